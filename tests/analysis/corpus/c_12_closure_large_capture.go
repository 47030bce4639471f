// constructs: functions, closures, arrays, go, channels, size-limits
package main

func sumLocal() int {
	var a [20]int
	f := func() int { return a[0] + a[19] }
	return f()
}

func sumGo(done chan int) {
	var b [20]int
	go func() { done <- b[3] }()
}

func main() {
	_ = sumLocal()
	sumGo(nil)
}
