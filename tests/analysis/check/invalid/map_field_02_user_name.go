// kind: map-field
package main

import "fmt"

type user struct {
	name string
	age  int
}

func main() {
	users := map[int]user{1: {"ann", 30}}
	users[1].name = "bob"
	fmt.Println(users)
}
