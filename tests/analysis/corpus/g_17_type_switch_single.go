// constructs: interfaces, type-switches, pointers
package main

type T struct{ a, b int }

func pick(i any) *int {
	switch v := i.(type) {
	case *int:
		return v
	case T:
		return &v.a
	case string:
		println(v)
	}
	return nil
}

func str(i any) string {
	switch v := i.(type) {
	case string:
		return v
	}
	return ""
}

func main() {
	n := 1
	println(pick(&n) != nil, pick(T{}) != nil, str("x"))
}
