// kind: unused-var
package main

import "fmt"

func describe(n int) string {
	var buf [64]byte
	return fmt.Sprintf("n=%d", n)
}

func main() {
	fmt.Println(describe(3))
}
