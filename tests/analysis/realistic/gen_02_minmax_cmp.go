// family: generics-std
package main

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
)

type Employee struct {
	Name   string
	Dept   string
	Salary int
}

func byDeptThenSalary(a, b Employee) int {
	return cmp.Or(
		strings.Compare(a.Dept, b.Dept),
		cmp.Compare(b.Salary, a.Salary),
		strings.Compare(a.Name, b.Name),
	)
}

func main() {
	staff := []Employee{
		{"ann", "eng", 120}, {"bob", "ops", 90}, {"cy", "eng", 150}, {"dee", "ops", 90},
	}
	slices.SortStableFunc(staff, byDeptThenSalary)
	for _, e := range staff {
		fmt.Println(e.Dept, e.Name, e.Salary)
	}
	top := slices.MaxFunc(staff, func(a, b Employee) int { return cmp.Compare(a.Salary, b.Salary) })
	fmt.Println("top:", top.Name)
	i, found := slices.BinarySearchFunc(staff, "ops", func(e Employee, d string) int {
		return strings.Compare(e.Dept, d)
	})
	fmt.Println(i, found, min(3, 1, 2), max("a", "b"))
}
