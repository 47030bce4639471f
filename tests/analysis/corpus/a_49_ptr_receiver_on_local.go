// constructs: functions, methods, structs, pointers, builtins
package main

type Counter struct{ n int }

func (c *Counter) Inc() { c.n++ }

func (c Counter) Get() int { return c.n }

func main() {
	var c Counter
	c.Inc()
	c.Inc()
	println(c.Get())
	p := &Counter{}
	p.Inc()
	println(p.Get())
}
