// kind: addr
package main

import "fmt"

const limit = 10

func main() {
	p := &limit
	fmt.Println(*p)
}
