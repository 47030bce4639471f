// constructs: functions, pointers
package main

func deep(a **int, b *int, c, d, e *int, f **int) (r0, r1, r2, r3, r4 *int, r5 *int) {
	r0 = *a
	r5 = *f
	r4 = b
	return
}

func main() {
	x, y, z := 1, 2, 3
	px, pz := &x, &z
	v0, _, _, _, v4, v5 := deep(&px, &y, nil, nil, nil, &pz)
	println(*v0, *v4, *v5)
}
