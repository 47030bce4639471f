// constructs: functions, builtins
package main

var sink []byte

func h(a, b, c, d, e, f, g float64) string {
	if a+b+c+d+e+f+g > 0 {
		return "pos"
	}
	return "neg"
}

func k(a, b float32) string {
	if a > b {
		return "gt"
	}
	return "le"
}

func main() {
	sink = []byte(h(100000.5, 1e100, 0.1, 3.0, 1234567.8, 1e-7, 123456.5))
	sink = []byte(h(-2.5, 1.0/3, 2e6, 1e21, 0.000012345, 100, 'a'))
	sink = []byte(k(float32(0.1), 16777217))
	sink = []byte(k(1.5, -0.25))
}
