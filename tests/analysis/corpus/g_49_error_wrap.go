// constructs: interfaces, methods, structs, pointers
package main

type Wrap struct {
	msg string
	err error
}

func (w *Wrap) Error() string { return w.msg }
func (w *Wrap) Unwrap() error { return w.err }

type Base int

func (b Base) Error() string { return "base" }

func wrap(err error, msg string) error {
	return &Wrap{msg, err}
}

func unwrap(err error) error {
	if u, ok := err.(interface{ Unwrap() error }); ok {
		return u.Unwrap()
	}
	return nil
}

func main() {
	var b Base = 3
	e := wrap(b, "ctx")
	println(unwrap(e) != nil, e.Error())
	var e2 error = Base(4)
	println(e2.Error())
}
