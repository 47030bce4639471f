// constructs: structs, slice-literals, closures, stdlib
package main

import (
	"fmt"
	"sort"
)

type Person struct {
	Name string
	Age  int
}

func main() {
	people := []Person{{"A", 30}, {"B", 20}, {"C", 25}}
	sort.Slice(people, func(i, j int) bool {
		return people[i].Age < people[j].Age
	})
	fmt.Println(people)
	names := []string{"b", "a"}
	sort.SliceStable(names, func(i, j int) bool { return names[i] < names[j] })
	fmt.Println(names[0])
}
