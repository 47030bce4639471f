// accepts: methods of generic types compiled last declared first
package main

type Box[T any] struct{ v T }

func (b *Box[T]) A() any { return any(b.v) }
func (b Box[T]) B() any  { return any(b.v) }
func (b *Box[T]) C() any { return any(b.v) }
func (b Box[T]) D() any  { return any(b.v) }

type Pair[T any] struct{ v T }

func (b Pair[T]) X() any  { return any(b.v) }
func (b *Pair[T]) Y() any { return any(b.v) }

func main() {
	var b Box[int]
	var p Pair[string]
	println(&b, &p)
}
