// constructs: interfaces, pointers, methods
package main

type Stringer interface{ String() string }

type S struct{ s string }

func (s S) String() string { return s.s }

func asStringer(i any) Stringer {
	if st, ok := i.(Stringer); ok {
		return st
	}
	return nil
}

func asPtr(i any) *int {
	p, ok := i.(*int)
	if !ok {
		return nil
	}
	return p
}

func asStr(i any) (string, bool) {
	s, ok := i.(string)
	return s, ok
}

func main() {
	n := 2
	s, ok := asStr("x")
	println(asStringer(S{"a"}) != nil, asPtr(&n) != nil, s, ok)
}
