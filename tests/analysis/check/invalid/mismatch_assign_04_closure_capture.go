// kind: mismatch-assign
package main

import "fmt"

func main() {
	label := "count"
	inc := func(n int) {
		label = n
	}
	inc(3)
	fmt.Println(label)
}
