// constructs: functions, methods, structs, pointers
package main

type T struct{ s string }

func (t T) Name() string   { return t.s }
func (t *T) PName() string { return t.s }

func mk() T { return T{"m"} }

var sink []byte

func main() {
	t := T{"a"}
	p := &T{"b"}
	sink = []byte(t.Name())
	sink = []byte(p.PName())
	sink = []byte(p.Name())
	sink = []byte(t.PName())
	sink = []byte((*p).Name())
	sink = []byte(mk().Name())
	sink = []byte(T{"lit"}.Name())
	sink = []byte(T.Name(t))
	sink = []byte((*T).PName(p))
}
