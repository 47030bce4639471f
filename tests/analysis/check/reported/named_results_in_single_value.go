package main

import "fmt"

type T struct{ v []int }

func get(s []int, i int) int { return s[i] }

func main() {
	t := &T{v: make([]int, 3)}
	fmt.Println(get(t.v, 5)) + undefinedVar
}
