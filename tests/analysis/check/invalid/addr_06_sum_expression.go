// kind: addr
package main

import "fmt"

func main() {
	a, b := 1, 2
	go func() {
		p := &(a + b)
		fmt.Println(*p)
	}()
}
