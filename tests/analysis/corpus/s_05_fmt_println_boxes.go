// constructs: functions, stdlib, interfaces
package main

import "fmt"

func f(n int, s string) {
	fmt.Println(n, s, 42)
}

func main() { f(1, "a") }
