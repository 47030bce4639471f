// constructs: functions, methods, structs, method-values
package main

type T struct{ n int }

func (t T) Get() int { return t.n }

var f func() int

func main() {
	var t T
	f = t.Get
}
