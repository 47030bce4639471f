// accepts: comma-ok and multi-value assignments through temporaries, converted to interface
package main

var sink any

func two() (int, error) { return 1, nil }

func main() {
	var y any = 5
	var ok bool
	var e error
	sink, ok = y.(int)
	m := map[string]int{"a": 1}
	sink, ok = m["a"]
	ch := make(chan int, 1)
	sink, ok = <-ch
	sink, e = two()
	var a, b any
	a, b = two()
	var i, j int
	i, j = 1, 2
	a, b = i, j
	println(ok, e, a, b)
}
