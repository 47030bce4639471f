// constructs: functions, pointers, maps, builtins
package main

func prune(m map[*int]int, p *int) {
	delete(m, p)
	if len(m) > 10 {
		clear(m)
	}
}

func main() {
	x := 1
	prune(map[*int]int{}, &x)
}
