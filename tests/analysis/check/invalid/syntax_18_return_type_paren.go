// kind: syntax
package main

import "fmt"

func divmod(a, b int) int, int {
	return a / b, a % b
}

func main() {
	fmt.Println(divmod(7, 2))
}
