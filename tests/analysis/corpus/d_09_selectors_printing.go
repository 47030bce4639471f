// constructs: functions, structs, pointers, slicing, maps
package main

type C struct {
	name string
	bs   []byte
}
type B struct{ c C }
type A struct {
	b   B
	pb  *B
	arr [3]C
}

var sink []byte

func use(a A, p *A, xs []C, m map[string]string, i int) {
	sink = []byte(a.b.c.name)
	sink = []byte((*p).b.c.name)
	sink = []byte(p.pb.c.name)
	sink = []byte((*p.pb).c.name)
	sink = []byte(xs[i+1].name)
	sink = []byte(a.arr[2].name)
	sink = []byte(m["k"])
	sink = []byte(string(p.arr[i].bs[1 : i : i+1][:i]))
}

func main() {
	a := A{pb: &B{}}
	use(a, &a, []C{{name: "x"}}, map[string]string{"k": "v"}, 0)
}
