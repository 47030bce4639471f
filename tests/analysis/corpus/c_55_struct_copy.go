// constructs: functions, structs, pointers
package main

type rec struct {
	name *string
	n    int
}

var sink *string

func copyOut(p *rec) rec {
	c := *p
	c.n++
	return c
}

func leakCopy(p *rec) {
	c := *p
	sink = c.name
}

func main() {
	s := "x"
	r := rec{name: &s}
	leakCopy(&r)
	_ = copyOut(&r)
}
