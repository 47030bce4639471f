// constructs: range-func, functions, closures, loops, pointers
package main

type item struct{ id int }

func each(yield func(*item) bool) {
	for i := 0; i < 3; i++ {
		if !yield(&item{i}) {
			return
		}
	}
}

func find(id int) *item {
	for it := range each {
		if it.id == id {
			return it
		}
	}
	return nil
}

func main() {
	println(find(2) != nil)
}
