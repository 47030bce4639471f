// constructs: functions, methods, structs, pointers
package main

type acc struct{ total int }

func (a *acc) add(n int) { a.total += n }

func (a *acc) ref() *int { return &a.total }

func kept() *int {
	p := &acc{}
	p.add(2)
	return p.ref()
}

func local() int {
	q := &acc{}
	q.add(3)
	return *q.ref()
}

func main() { _, _ = kept(), local() }
