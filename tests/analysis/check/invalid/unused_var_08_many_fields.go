// kind: unused-var
package main

import "fmt"

type record struct {
	name             string
	age, score, rank int
}

// summary works out everything "to use later" and then prints only the name.
func summary(r record) {
	name := r.name
	age := r.age
	score := r.score
	rank := r.rank
	double := score * 2
	half := score / 2
	older := age + 1
	younger := age - 1
	next := rank + 1
	prev := rank - 1
	label := name + "!"
	initial := name[0]
	shout := label + "!"
	length := len(name)
	top := rank == 1
	fmt.Println(r.name)
}

func main() {
	summary(record{"ada", 36, 90, 1})
}
