// constructs: functions, pointers, make, channels, go
package main

func request(reqs chan chan *int) *int {
	reply := make(chan *int)
	reqs <- reply
	return <-reply
}

func serve(reqs chan chan *int) {
	x := 42
	r := <-reqs
	r <- &x
}

func main() {
	reqs := make(chan chan *int, 1)
	go serve(reqs)
	_ = request(reqs)
}
