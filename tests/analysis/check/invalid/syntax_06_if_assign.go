// kind: syntax
package main

import "fmt"

func main() {
	x := 1
	if x = 5 {
		fmt.Println(x)
	}
}
