// constructs: channels, pointers, structs, loops
package main

type T struct{ n int }

var sink *T

func main() {
	c := make(chan *T, 1)
	d := make(chan *T, 1)
	x := T{1}
	for i := 0; i < 2; i++ {
		select {
		case c <- &x:
		case p := <-d:
			sink = p
		case d <- &T{2}:
		default:
		}
	}
	e := make(chan *int)
	go func() { e <- new(int) }()
	select {
	case q, ok := <-e:
		println(q, ok)
	}
}
