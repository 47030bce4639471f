// constructs: functions, closures, pointers
package main

var sink *int

func outer() int {
	x := 0
	y := 10
	f := func() int {
		g := func() int {
			h := func() int {
				x++
				sink = &y
				return x
			}
			return h()
		}
		return g()
	}
	return f()
}

func retDeep() func() func() *int {
	v := 5
	return func() func() *int {
		return func() *int {
			return &v
		}
	}
}

func main() {
	println(outer(), *retDeep()()())
}
