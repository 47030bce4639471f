// constructs: functions, pointers, structs, channels
package main

func pump(in <-chan *int, out chan<- *int, done chan struct{}) int {
	x := 1
	select {
	case out <- &x:
		return 0
	case p := <-in:
		return *p
	case <-done:
		return -1
	}
}

func main() { _ = pump(nil, nil, nil) }
