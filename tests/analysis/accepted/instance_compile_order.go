// accepts: the order gc compiles generic instances in (walk's lines): dictionaries, methods of instantiated types
package main

var tab [64]int

func first[T ~uint](x T) int  { return tab[x&1] }
func second[T ~uint](x T) int { return tab[x&2] }
func both[T ~uint](x T) int   { return tab[x&5] + second(x) + first(x) }

type Ring[T any] struct {
	buf [8]T
	pos uint
}

func (r *Ring[T]) Put(v T)  { r.buf[r.pos&7] = v; r.pos++ }
func (r *Ring[T]) Last() T  { return r.buf[(r.pos-1)&7] }
func (r *Ring[T]) Reset()   { r.pos = 0 }

func newRing[T any]() *Ring[T] { return &Ring[T]{} }

func fill[T any](v T) T {
	r := newRing[T]()
	r.Put(v)
	return r.Last()
}

var shared Ring[float64]

var start = first(uint(3))

func main() {
	var r Ring[int]
	r.Put(1)
	shared.Put(2.5)
	println(both(uint(7)), r.Last(), fill("s"), fill(3), start)
}
