// constructs: functions, pointers, stdlib
package main

import "fmt"

func increase(n *int) {
	*n++
}

func show(n *int) {
	fmt.Println("value:", *n)
}

func main() {
	n := 10
	increase(&n)
	show(&n)
	fmt.Println(n)
	m := 20
	increase(&m)
	fmt.Println(&m)
}
