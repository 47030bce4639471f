// kind: mismatch-assign
package main

import "fmt"

func main() {
	var count int = "zero"
	fmt.Println(count)
}
