// constructs: functions, slice-literals, strings, stdlib
package main

import "fmt"

func label(name string, age int) string {
	return fmt.Sprintf("%s is %d years old", name, age)
}

func describe(vals []int) string {
	return fmt.Sprint(vals, len(vals))
}

func main() {
	fmt.Println(label("bob", 30))
	fmt.Println(describe([]int{1, 2, 3}))
	s := fmt.Sprintln("a", 1)
	fmt.Print(s)
}
