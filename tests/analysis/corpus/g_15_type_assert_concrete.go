// constructs: interfaces, pointers, structs
package main

type T struct{ a, b int }

type PT struct{ p *int }

func getT(i any) T { return i.(T) }

func getP(i any) *T { return i.(*T) }

func getPT(i any) PT { return i.(PT) }

func getS(i any) string { return i.(string) }

func main() {
	x := T{1, 2}
	println(getT(x).a, getP(&x).b)
	n := 1
	println(getPT(PT{&n}).p != nil, getS("s"))
}
