// constructs: functions, pointers, builtins
package main

func pick(x, y, z *int) *int {
	switch {
	case *x > *y:
		return x
	case *y > 0:
		return y
	}
	_ = *z
	return nil
}

func main() {
	a, b, c := 1, 2, 3
	println(*pick(&a, &b, &c))
}
