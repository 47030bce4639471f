package main

import "fmt"

type Stack[E any] struct{ items []E }

func (s *Stack[E]) Push(x E) { s.items = append(s.items, x) }

func (s *Stack[E]) MapTo[R any](f func(E) R) []R {
	out := make([]R, 0, len(s.items))
	for _, it := range s.items {
		out = append(out, f(it))
	}
	return out
}

type Opt struct{ vals map[string]any }

func (o Opt) Get[T comparable](k string, def T) T {
	if v, ok := o.vals[k].(T); ok && v != def {
		return v
	}
	return def
}

func (o *Opt) Set[T any](k string, v T) *Opt {
	o.vals[k] = v
	return o
}

func main() {
	s := &Stack[int]{}
	s.Push(1)
	s.Push(2)
	strs := s.MapTo(func(i int) string { return fmt.Sprint(i * 2) })
	fmt.Println(strs, s.MapTo[float64](func(i int) float64 { return float64(i) / 2 }))
	o := &Opt{vals: map[string]any{}}
	o.Set("a", 3).Set[string]("b", "x")
	fmt.Println(o.Get("a", 0), o.Get[string]("b", ""))
	f := o.Get[int]
	fmt.Println(f("a", 1))
	g := (*Stack[int]).MapTo[string]
	_ = g
	defer o.Set("c", true)
	go o.Set[int]("d", 1)
}
