// kind: compare
package main

import "fmt"

func double(x int) int { return 2 * x }

func main() {
	f := double
	g := func(x int) int { return x + x }
	fmt.Println(f == g)
}
