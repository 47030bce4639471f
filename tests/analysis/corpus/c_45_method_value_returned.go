// constructs: functions, methods, structs, pointers, method-values
package main

type timer struct{ ticks int }

func (t *timer) tick() int {
	t.ticks++
	return t.ticks
}

func newTick() func() int {
	var t timer
	return t.tick
}

func bind(t *timer) func() int { return t.tick }

func main() {
	_ = newTick()
	_ = bind(&timer{})
}
