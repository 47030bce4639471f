// constructs: functions, maps, pointers, loops
package main

var sink *int

func keys(m map[*int]bool) {
	for k := range m {
		sink = k
	}
}

func values(m map[int]*int) {
	for _, v := range m {
		sink = v
	}
}

func main() {
	keys(nil)
	values(nil)
}
