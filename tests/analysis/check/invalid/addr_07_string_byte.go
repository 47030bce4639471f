// kind: addr
package main

import "fmt"

func main() {
	s := "heap"
	p := &s[0]
	fmt.Println(*p)
}
