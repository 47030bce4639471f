// constructs: interfaces, type-switches, pointers, structs
package main

type T struct{ p *int }

func asT(i any) T {
	switch v := i.(type) {
	case T:
		return v
	}
	return T{}
}

func asIface(i any) error {
	switch v := i.(type) {
	case error:
		return v
	}
	return nil
}

func asPtrMulti(i any) any {
	switch v := i.(type) {
	case *int, *string:
		return v
	}
	return nil
}

func main() {
	n := 1
	println(asT(T{&n}).p != nil, asIface(nil) == nil, asPtrMulti(&n) != nil)
}
