// constructs: functions, closures, builtins
package main

var hook func() int

func install(start int) {
	state := start
	hook = func() int {
		state *= 2
		return state
	}
}

func main() {
	install(3)
	println(hook())
}
