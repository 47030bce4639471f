// constructs: functions, channels, pointers, loops, make, builtins
package main

var latest *int

func drain(ch chan *int) {
	for p := range ch {
		latest = p
	}
}

func main() {
	ch := make(chan *int, 1)
	v  := 3
	ch <- &&v
	close(ch)
	drain(ch)
}
