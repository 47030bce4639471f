// constructs: functions, defer, closures, pointers
package main

type T struct{ n int }

func f() (r *T) {
	defer func() {
		r = &T{1}
	}()
	return nil
}

func g() (n int) {
	x := 1
	defer func() {
		n = x
	}()
	p := &x
	*p = 2
	return 0
}

func h() (res *int, err int) {
	v := 5
	defer func() { res = &v }()
	return nil, 0
}

func main() {
	r, _ := h()
	println(f().n, g(), *r)
}
