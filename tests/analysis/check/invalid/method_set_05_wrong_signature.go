// kind: method-set
package main

import "fmt"

type animal interface {
	sound() string
}

type dog struct{}

func (d dog) sound() int {
	return 1
}

func main() {
	var a animal = dog{}
	fmt.Println(a.sound())
}
