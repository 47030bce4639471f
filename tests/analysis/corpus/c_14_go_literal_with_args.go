// constructs: functions, go, closures, pointers
package main

func launch() {
	x := 0
	go func(p *int) { *p = 1 }(&x)
	go func(n int) { _ = n * 2 }(x)
}

func main() { launch() }
