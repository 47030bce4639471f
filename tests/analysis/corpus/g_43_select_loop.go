// constructs: select, loops, channels, pointers
package main

func main() {
	ch := make(chan *int, 2)
	quit := make(chan struct{})
	res := make(chan any, 1)
	for i := 0; i < 3; i++ {
		x := i
		select {
		case ch <- &x:
		case res <- i:
		case <-quit:
			return
		default:
			y := i
			println(&y != nil)
		}
	}
	select {}
}
