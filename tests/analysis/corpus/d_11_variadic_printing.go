// constructs: functions, pointers, builtins
package main

var sink []byte

func v(xs ...*int) int {
	return len(xs)
}

func join(sep string, parts ...string) string {
	if len(parts) == 0 {
		return sep
	}
	return parts[0]
}

func main() {
	a, b := 1, 2
	ps := []*int{&a}
	println(v(&a, &b), v(), v(ps...), v(nil...))
	sink = []byte(join(",", "x", "y"))
	sink = []byte(join(";"))
	sink = []byte(join("-", []string{"z"}...))
}
