// kind: mismatch-assign
package main

import "fmt"

func main() {
	total := 0
	for _, v := range []int{1, 2, 3} {
		total += v
	}
	total = 2.5
	fmt.Println(total)
}
