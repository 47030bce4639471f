// constructs: functions, pointers, make
package main

func setPtr(pp **int) {
	x := 1
	*pp = &x
}

func setElem(s []*int) {
	y := 2
	s[0] = &y
}

func main() {
	var p *int
	setPtr(&p)
	s := make([]*int, 1)
	setElem(s)
}
