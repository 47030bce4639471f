// constructs: channels, pointers, loops, go, closures
package main

type T struct{ n int }

var sink *T

func produce(c chan<- *T) {
	for i := 0; i < 3; i++ {
		c <- &T{i}
	}
	close(c)
}

func main() {
	c := make(chan *T)
	go produce(c)
	out := make(chan *T, 3)
	for p := range c {
		out <- p
	}
	sink = <-out
	cc := make(chan chan *T, 1)
	inner := make(chan *T, 1)
	cc <- inner
	(<-cc) <- &T{9}
}
