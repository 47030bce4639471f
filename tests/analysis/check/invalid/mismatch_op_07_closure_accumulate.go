// kind: mismatch-op
package main

import "fmt"

func main() {
	var sum float64
	add := func(n int) {
		sum += n
	}
	add(2)
	fmt.Println(sum)
}
