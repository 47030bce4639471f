// constructs: interfaces, devirtualization, structs, methods
package main

type C interface{ C() }

type CImpl struct{}

func (CImpl) C() {}

//go:noinline
func twoStructTypes() {
	var i C = struct {
		CImpl
	}{}
	i = struct {
		CImpl
	}{}
	i.C()
}

//go:noinline
func oneStructType() {
	v := struct{ CImpl }{}
	var i C = v
	i = v
	i.C()
}

func main() {
	twoStructTypes()
	oneStructType()
}
