// kind: string-assign
package main

import "fmt"

func main() {
	word := "gopher"
	mask := func(i int) {
		word[i] = '*'
	}
	mask(1)
	fmt.Println(word)
}
