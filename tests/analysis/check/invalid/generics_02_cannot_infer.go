// kind: generics
package main

import "fmt"

func zero[T any]() T {
	var z T
	return z
}

func main() {
	v := zero()
	fmt.Println(v)
}
