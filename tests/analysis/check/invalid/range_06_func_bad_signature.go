// kind: range
package main

import "fmt"

func count(n int) int {
	return n
}

func main() {
	for x := range count {
		fmt.Println(x)
	}
}
