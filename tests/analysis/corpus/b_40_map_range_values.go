// constructs: functions, pointers, maps, loops, builtins
package main

var keep *int

func sumAll(m map[string]*int) int {
	t := 0
	for k, v := range m {
		t += *v + len(k)
	}
	return t
}

func grab(m map[string]*int) {
	for _, v := range m {
		keep = v
	}
}

func main() {
	_ = sumAll(nil)
	grab(nil)
}
