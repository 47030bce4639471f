// constructs: functions, stdlib
package main

import "fmt"

func square(x int) int {
	return x * x
}

func main() {
	a := 4
	fmt.Println(square(a))
	fmt.Println("square of", a, "is", square(a))
	fmt.Println(square(3) + 1)
}
