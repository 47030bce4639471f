// constructs: functions, methods, structs, pointers, method-values, builtins
package main

type slot struct{ v int }

func (s *slot) get() int { return s.v }

var getter = (*slot).get

func main() {
	var a, b slot
	println((*slot).get(&a))
	println(getter(&b))
}
