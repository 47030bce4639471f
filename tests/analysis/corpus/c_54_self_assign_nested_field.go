// constructs: functions, structs, pointers, arrays, self-assignment
package main

type inner struct{ a, b *int }

type outer struct {
	in  inner
	arr [2]*int
}

func rotate(o *outer) {
	o.in.a = o.in.b
	o.arr[0] = o.arr[1]
}

func mix(o, q *outer) {
	o.in.a = q.in.b
}

func main() {
	var o, q outer
	rotate(&o)
	mix(&o, &q)
}
