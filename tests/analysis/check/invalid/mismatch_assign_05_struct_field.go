// kind: mismatch-assign
package main

import "fmt"

type user struct {
	name string
	age  int
}

func main() {
	u := &user{name: "ann"}
	u.age = "ten"
	fmt.Println(u)
}
