// kind: shift
package main

import "fmt"

func main() {
	var n uint = 3
	y := 1.5 << n
	fmt.Println(y)
}
