// kind: define
package main

import "fmt"

func main() {
	total := 0
	for _, v := range []int{1, 2} {
		total += v
	}
	total := total * 2
	fmt.Println(total)
}
