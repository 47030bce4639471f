// constructs: structs, methods, pointers, interfaces, stdlib
package main

import "fmt"

type Person struct {
	Name string
	Age  int
}

func (p *Person) String() string {
	return fmt.Sprintf("%s (%d)", p.Name, p.Age)
}

func main() {
	p := Person{"Ann", 30}
	fmt.Println(&p)
	fmt.Println(p)
	q := &Person{"Bo", 4}
	var s fmt.Stringer = q
	fmt.Println(s)
}
