// kind: composite
package main

import "fmt"

func main() {
	p := &int{1}
	fmt.Println(*p)
}
