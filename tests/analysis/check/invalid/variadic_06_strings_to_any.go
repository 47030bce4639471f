// kind: variadic
package main

import "fmt"

func main() {
	args := []string{"a", "b"}
	go func() {
		fmt.Println(args...)
	}()
}
