// kind: branch
package main

import "fmt"

func main() {
	n := 0
	for {
		n++
		if n > 3 {
			goto done
		}
	}
fnished:
	fmt.Println(n)
}
