// constructs: functions, structs, pointers, loops
package main

type T struct{ n int }

func f() int {
	var last *T
	for i := 0; i < 3; i++ {
		last = &T{n: i}
	}
	return last.n
}

func g() {
	for i := 0; i < 3; i++ {
		t := &T{n: i}
		_ = t
	}
}

func main() { _ = f(); g() }
