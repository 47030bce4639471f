// constructs: inlining, go, defer, closures, functions
package main

var hits int

func tick() { hits++ }

func pick() func() { return tick }

func add(n int) { hits += n }

func two() int { return 2 }

func run() {
	defer add(two())
	defer pick()()
	go add(two())
	go pick()()
	f := func() { hits-- }
	defer f()
}

func main() {
	run()
	println(hits)
}
