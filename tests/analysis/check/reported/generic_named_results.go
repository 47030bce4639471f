package main

import "fmt"

func pair[T any](v T) (first T, ok bool) { return v, true }

func divmod(a, b int) (q, r int) { return a / b, a % b }

func main() {
	x := pair(3) + 1
	y := divmod(7, 2) * 2
	fmt.Println(x, y)
}
