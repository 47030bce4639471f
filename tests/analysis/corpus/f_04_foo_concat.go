// constructs: functions, strings, stdlib
package main

import "fmt"

func foo(s string) string {
	r := s + " world"
	fmt.Println(r)
	return r
}

func bar(s string) {
	t := s + "!"
	fmt.Println(len(t))
}

func main() {
	out := foo("hello")
	fmt.Println(len(out))
	bar(out)
}
