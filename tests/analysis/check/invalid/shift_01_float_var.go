// kind: shift
package main

import "fmt"

func main() {
	f := 1.5
	g := f << 2
	fmt.Println(g)
}
