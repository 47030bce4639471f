// constructs: functions, structs, pointers, go, defer, loops
package main

type T struct{ n int }

func use(t *T) {}

func f() {
	a := T{}
	defer use(&a)
	b := T{}
	go use(&b)
	for i := 0; i < 2; i++ {
		c := T{}
		defer use(&c)
	}
}

func main() { f() }
