// constructs: range-func, defer, closures, functions, loops
package main

func items(yield func(string) bool) {
	_ = yield("a") && yield("b")
}

func run() (out string) {
	for s := range items {
		defer func() { out += s }()
	}
	return ""
}

func main() {
	println(run())
}
