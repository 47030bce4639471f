// constructs: strings, loops
package main

var sink string

func main() {
	r := 'q'
	s := string(r)
	println(s)
	var rr rune = 0x263a
	sink = string(rr)
	rs := []rune("héllo")
	rs[0] = 'H'
	println(string(rs))
	t := "abc"
	n := 0
	for range []rune(t) {
		n++
	}
	sink = string([]rune(t))
	println(n)
}
