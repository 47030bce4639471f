// kind: generic-method
package main

import "fmt"

type Number interface{ ~int | ~float64 }

type Acc struct{ total float64 }

func (a *Acc) Add[N Number](n N) {
	a.total += float64(n)
}

func main() {
	var a Acc
	a.Add(2)
	a.Add("x")
	fmt.Println(a.total)
}
