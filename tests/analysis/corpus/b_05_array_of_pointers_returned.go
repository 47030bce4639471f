// constructs: functions, pointers, arrays
package main

var g [2]*int

func wrap(p *int) [2]*int {
	return [2]*int{p, nil}
}

func keep() {
	x := 5
	g = wrap(&x)
}

func main() { keep() }
