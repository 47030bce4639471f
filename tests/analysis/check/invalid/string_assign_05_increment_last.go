// kind: string-assign
package main

import "fmt"

func main() {
	b := "abc"
	b[len(b)-1]++
	fmt.Println(b)
}
