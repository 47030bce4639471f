// constructs: closures, functions, structs, pointers
package main

type T struct{ n int }

var sink []byte

func mkf(n int) func(string) string {
	return func(s string) string { return s[n:] }
}

func strf() func() string {
	return func() string { return "v" }
}

func main() {
	println(func() *T { return &&T{1} }().n)
	sink = []byte(func() string { return "x" }())
	sink = []byte(strf()())
	sink = []byte(mkf(1)("ab"))
	fs := []func() string{strf()}
	sink = []byte(fs[0]())
	f := mkf(0)
	sink = []byte(f("cd"))
}
