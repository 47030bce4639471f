// kind: syntax
package main

import "fmt"

func main() {
	name := "ann"
	fmt.Println("hello" name)
}
