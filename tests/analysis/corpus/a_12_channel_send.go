// constructs: functions, structs, pointers, channels, make
package main

type T struct{ n int }

func f(ch chan *T) {
	t := &T{}
	ch <- t
}

func main() { f(make(chan *T, 1)) }
