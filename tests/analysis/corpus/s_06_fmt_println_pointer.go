// constructs: functions, structs, pointers, stdlib, interfaces
package main

import "fmt"

type T struct{ n int }

func f() {
	t := T{n: 1}
	fmt.Println(&t)
}

func main() { f() }
