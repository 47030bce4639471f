// kind: recursive-type
package main

import "fmt"

type owner struct {
	name string
	pet  pet
}

type pet struct {
	name  string
	owner owner
}

func main() {
	var o owner
	fmt.Println(o.name)
}
