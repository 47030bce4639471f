// constructs: select, channels, pointers
package main

type T struct{ n int }

func pump(in chan *T, out chan *T, done chan bool) int {
	a := &T{1}
	b := T{2}
	select {
	case out <- a:
		return 1
	case v := <-in:
		return v.n
	case in <- &b:
		return 2
	case <-done:
		return 3
	default:
		c := &T{4}
		return c.n
	}
}

func main() {
	in := make(chan *T, 1)
	out := make(chan *T, 1)
	println(pump(in, out, nil))
}
