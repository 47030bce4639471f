// constructs: interfaces, channels
package main

type T struct{ a, b int }

func send(ch chan any, t T, p *T) {
	ch <- t
	ch <- p
	ch <- 1
}

func main() {
	ch := make(chan any, 4)
	t := T{1, 2}
	send(ch, t, &t)
	x := 5
	ch <- x
	var i any = "s"
	ch <- i
	println(len(ch))
}
