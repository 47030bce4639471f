// kind: compare
package main

import "fmt"

type user struct {
	name string
	tags []string
}

func main() {
	u1 := user{name: "ann"}
	u2 := user{name: "ann"}
	fmt.Println(u1 == u2)
}
