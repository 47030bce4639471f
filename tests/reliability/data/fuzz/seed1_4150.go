// constructs: functions, pointers
package main

func named() (p *int) {
	x := 1
	p = &x
	return
}

func namedValue() (v int) {
	y := 1
	q := &&y
	v =*q
	return
}

func main() { _, _ = named(), namedValue() }
