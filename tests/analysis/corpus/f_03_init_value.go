// constructs: functions, pointers, stdlib
package main

import "fmt"

func initValue() *int {
	i := 3
	return &i
}

func initLocal() int {
	j := 7
	p := &j
	return *p
}

func main() {
	p := initValue()
	fmt.Println(*p)
	fmt.Printf("%d %p\n", *p, p)
	fmt.Println(initLocal())
}
