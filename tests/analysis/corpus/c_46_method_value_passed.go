// constructs: functions, methods, structs, loops, method-values
package main

type logger struct{ lines int }

func (l *logger) log() { l.lines++ }

func repeat(f func(), n int) {
	for i := 0; i < n; i++ {
		f()
	}
}

var saved func()

func keep(f func()) { saved = f }

func main() {
	var a, b logger
	repeat(a.log, 2)
	keep(b.log)
}
