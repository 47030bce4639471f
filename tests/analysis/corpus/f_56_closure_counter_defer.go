// constructs: functions, closures, defer, stdlib
package main

import "fmt"

func counter() func() int {
	c := 0
	return func() int {
		c++
		return c
	}
}

func main() {
	next := counter()
	fmt.Println(next(), next())
	msg := "hi"
	defer fmt.Println("deferred", msg)
	func() {
		fmt.Println(msg)
	}()
}
