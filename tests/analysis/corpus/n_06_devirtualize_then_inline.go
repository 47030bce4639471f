// constructs: inlining, interfaces, devirtualization, methods, structs, pointers
package main

type Shape interface{ Area() int }

type Sq struct{ s int }

func (q Sq) Area() int { return q.s * q.s }

type Rect struct{ w, h *int }

func (r *Rect) Area() int { return *r.w * *r.h }

// Once newShape is inlined, the concrete type of its result is known: the
// interface call is devirtualized, then inlined too.
func newShape(n int) Shape { return Sq{n} }

func newRect(w, h *int) Shape { return &Rect{w, h} }

func main() {
	var s Shape = Sq{2}
	println(s.Area())
	t := newShape(3)
	println(t.Area())
	w, h := 4, 5
	r := newRect(&w, &h)
	println(r.Area())
}
