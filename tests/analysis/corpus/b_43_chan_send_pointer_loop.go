// constructs: functions, pointers, make, channels, loops, builtins
package main

func produce(ch chan *int) {
	for i := 0; i < 3; i++ {
		v := i
		ch <- &v
	}
	close(ch)
}

func main() { produce(make(chan *int, 3)) }
