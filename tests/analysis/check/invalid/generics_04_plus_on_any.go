// kind: generics
package main

import "fmt"

func double[T any](x T) T {
	return x + x
}

func main() {
	fmt.Println(double(2))
}
