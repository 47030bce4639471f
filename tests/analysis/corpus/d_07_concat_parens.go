// constructs: functions, builtins
package main

var sink string

func pick(n int) string {
	if n > 0 {
		return "p"
	}
	return "n"
}

func main() {
	a, b, c := pick(1), pick(2), pick(-1)
	sink = a + (b + c)
	sink = (a + b) + c
	sink = a + ("x" + "y")
	sink = a + (b + "z") + "w"
	sink = (a + b) + (c + a)
	d := a + b
	e := (c + d) + (a + "q")
	println(d, e)
	sink = a +
		b +
		c
}
