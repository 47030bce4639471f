// kind: directive
package main

import "fmt"

func main() {
	count := 0
	next := func() int {
		count++
		return count
		//go:noinline
	}
	fmt.Println(next(), next())
}
