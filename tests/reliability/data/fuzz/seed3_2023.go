// constructs: functions, builtins
package main

var sink []byte

func h(a complex128, b complex64, c bool, d bool) string {
	if real(a) > float64(imag(b)) && c && d {
		return "x"
	}
	return "y"
}

func main() {
	sink = []byte(h(1+2i, 2i, true, "a" < 2))
	sink = []byte(h(-1-1i, complex64(1.5), false, !true))
	sink = []byte(h(3+0i, 1-2.5i, 3 > 4 || 2 > 1, "a" < "b"))
}
