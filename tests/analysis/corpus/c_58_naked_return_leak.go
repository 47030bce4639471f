// constructs: functions, structs, pointers, builtins
package main

type span struct{ lo, hi *int }

func bounds(s *span) (lo, hi *int) {
	lo = s.lo
	if s.hi != nil {
		hi = s.hi
	}
	return
}

func main() {
	a, b := 1, 2
	lo, hi := bounds(&span{&a, &b})
	println(*lo + *hi)
}
