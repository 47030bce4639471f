// constructs: functions, structs, closures
package main

type Handler struct{ fn func() int }

func newHandler() Handler {
	base := 10
	return Handler{fn: func() int { base++; return base }}
}

func main() { _ = newHandler() }
