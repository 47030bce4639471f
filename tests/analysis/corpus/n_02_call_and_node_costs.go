// constructs: inlining, functions, methods, method-values, builtins
package main

type T struct{ a, b int }

func (t *T) Get() int { return t.a }

// big is over the budget: a call to it costs 57 more than its nodes.
func big(n int) int {
	s := 0
	for i := 0; i < n; i++ {
		s += i*i + n*i - s/3 + i%7 + n%5 + (s^i)&n + i<<2 + n>>1 + s|i + n&^i + i*n*s
	}
	return s + n*n + n*n*n + n*n*n*n
}

func callsBig(n int) int { return big(n) }

// Calling a parameter costs 17 more, not 57.
func callsParam(f func(int) int, n int) int { return f(n) }

// A method expression calls the method, which can be inlined; a method value cannot be.
func methodExpr(t *T) int { return (*T).Get(t) }

func methodValue(t *T) int {
	g := t.Get
	return g()
}

// panic costs one more node, none for an implicit conversion to any.
func panicString(p *int) {
	if p == nil {
		panic("nil pointer")
	}
}

func panicError(e error) { panic(e) }

// s[0:len(s)] and &t.a (offset 0) cost less; a slice literal costs one more.
func whole(s []int) []int { return s[0:len(s)] }

func first(t *T) *int { return &t.a }

func second(t *T) *int { return &t.b }

func lit() []int { return []int{1, 2} }

const debug = false

// Only the branch a constant condition takes counts.
func logged(n int) int {
	if debug {
		println(big(n), big(n+1))
	}
	return n
}

func main() {
	t := &T{1, 2}
	println(callsBig(3), callsParam(big, 4), methodExpr(t), methodValue(t))
	panicString(&t.a)
	x := 1
	println(len(whole(lit())), *first(t), *second(t), logged(x))
	if t.b < 0 {
		panicError(nil)
	}
}
