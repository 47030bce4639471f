// kind: undefined
package main

import "fmt"

type person struct {
	name string
	age  int
}

func newPerson(name string) *person {
	p := person{name: name}
	return &p
}

func main() {
	p := newPerson("ann")
	fmt.Println(p.Name)
}
