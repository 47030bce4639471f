// constructs: functions, pointers
package main

func deref1(pp **int) *int { return *pp }

func deref2(ppp ***int) *int { return **ppp }

func viaOne() *int {
	x := 1
	p := &x
	return deref1(&p)
}

func viaTwo() *int {
	y := 2
	p := &y
	pp := &p
	return deref2(&pp)
}

func main() { _, _ = viaOne(), viaTwo() }
