// constructs: functions, closures, go, channels, make, builtins
package main

func main() {
	done := make(chan bool)
	count := 0
	go func() {
		count++
		done <- true
	}()
	<-done
	println(count)
}
