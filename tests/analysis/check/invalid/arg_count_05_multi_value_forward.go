// kind: arg-count
package main

import "fmt"

func pair() (int, int) {
	return 1, 2
}

func sum3(a, b, c int) int {
	return a + b + c
}

func main() {
	fmt.Println(sum3(pair()))
}
