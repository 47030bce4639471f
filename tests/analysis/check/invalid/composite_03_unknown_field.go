// kind: composite
package main

import "fmt"

type user struct {
	name string
	age  int
}

func main() {
	u := &user{name: "ann", email: "a@b.c"}
	fmt.Println(u)
}
