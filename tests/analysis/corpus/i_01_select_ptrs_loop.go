// constructs: select, channels, loops, pointers, functions
package main

type msg struct{ id int }

func pump(in chan *msg, out chan *msg, n int) int {
	got := 0
	for i := 0; i < n; i++ {
		m := &msg{id: i}
		select {
		case out <- m:
		case r := <-in:
			got += r.id
		default:
			_ = m.id
		}
	}
	return got
}

func main() {
	in := make(chan *msg, 1)
	out := make(chan *msg, 4)
	in <- &msg{id: 9}
	println(pump(in, out, 3))
}
