// constructs: interfaces, methods, structs, pointers
package main

type MyErr struct{ code int }

func (e *MyErr) Error() string { return "myerr" }

type ValErr struct{ msg string }

func (e ValErr) Error() string { return e.msg }

func f1(n int) error {
	if n > 0 {
		return &MyErr{n}
	}
	return nil
}

func f2(msg string) error {
	return ValErr{msg}
}

func f3() error {
	var e error = ValErr{"x"}
	return e
}

func main() {
	err := f1(1)
	println(err != nil, f2("m").Error(), f3() != nil)
	var e2 error = &MyErr{2}
	println(e2.Error())
}
