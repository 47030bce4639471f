// kind: assign-count
package main

import "fmt"

func newID() int {
	return 7
}

func main() {
	id, err := newID()
	fmt.Println(id, err)
}
