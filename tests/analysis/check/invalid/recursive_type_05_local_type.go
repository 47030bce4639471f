// kind: recursive-type
package main

import "fmt"

func main() {
	type list struct {
		head int
		tail list
	}
	var l list
	fmt.Println(l.head)
}
