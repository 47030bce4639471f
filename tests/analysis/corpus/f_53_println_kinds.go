// constructs: maps, slice-literals, arrays, pointers, channels, closures, stdlib
package main

import "fmt"

func main() {
	m := map[string]int{"a": 1}
	s := []int{1, 2, 3}
	arr := [3]int{1, 2, 3}
	p := &arr
	var e error
	ch := make(chan int)
	f := func() {}
	fmt.Println(m, s, arr, p, e, ch, f == nil)
	fmt.Println(true, 'x', 3.5, nil, struct{}{})
	var u8 uint8 = 200
	fmt.Println(u8, s[0], m["a"])
}
