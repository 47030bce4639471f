// family: reflect
package main

import (
	"fmt"
	"reflect"
	"sort"
)

type Calculator struct {
	acc float64
}

func (c *Calculator) Add(x float64) float64 { c.acc += x; return c.acc }
func (c *Calculator) Mul(x float64) float64 { c.acc *= x; return c.acc }
func (c *Calculator) Reset()                { c.acc = 0 }

func invoke(obj any, name string, args ...any) ([]any, error) {
	m := reflect.ValueOf(obj).MethodByName(name)
	if !m.IsValid() {
		return nil, fmt.Errorf("no method %s", name)
	}
	in := make([]reflect.Value, len(args))
	for i, a := range args {
		in[i] = reflect.ValueOf(a)
	}
	var out []any
	for _, r := range m.Call(in) {
		out = append(out, r.Interface())
	}
	return out, nil
}

func main() {
	c := &Calculator{}
	t := reflect.TypeOf(c)
	var names []string
	for i := 0; i < t.NumMethod(); i++ {
		names = append(names, t.Method(i).Name)
	}
	sort.Strings(names)
	fmt.Println(names)
	fmt.Println(invoke(c, "Add", 2.0))
	fmt.Println(invoke(c, "Mul", 10.0))
	fmt.Println(invoke(c, "Div", 1.0))
}
