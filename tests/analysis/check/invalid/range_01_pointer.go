// kind: range
package main

import "fmt"

func main() {
	n := 5
	p := &n
	for i := range p {
		fmt.Println(i)
	}
}
