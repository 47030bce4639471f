// constructs: functions, structs, pointers, loops, builtins
package main

type pair struct{ a, b int }

func sums(n int) int {
	s := 0
	for i := 0; i < n; i++ {
		p := &pair{a: i, b: i + 1}
		q := p
		s += q.a + q.b
	}
	return s
}

func main() { println(sums(3)) }
