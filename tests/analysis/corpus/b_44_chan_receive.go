// constructs: functions, pointers, channels, loops
package main

func consume(ch chan *int) int {
	t := 0
	for p := range ch {
		t += *p
	}
	return t
}

func recvOne(ch <-chan []byte) []byte {
	return <-ch
}

func main() {
	_ = consume(nil)
	_ = recvOne(nil)
}
