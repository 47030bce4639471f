// constructs: functions, builtins
package main

func greet(name string) string {
	return "hello, " + name + "!"
}

func width(a, b string) int {
	s := a + b
	return len(s)
}

func main() { _, _ = greet("go"), width("a", "b") }
