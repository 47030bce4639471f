// constructs: size-limits, builtins, arrays, pointers
package main

type Big struct{ a [65537]byte }

type Fit struct{ a [65536]byte }

func main() {
	p := new([65536]byte)
	q := new([65537]byte)
	r := &Big{}
	s := &Fit{}
	t := new([8192]int64)
	u := new([8193]int64)
	p[0], q[0], r.a[0], s.a[0], t[0], u[0] = 1, 2, 3, 4, 5, 6
	println(p[0], q[0], r.a[0], s.a[0], t[0], u[0])
}
