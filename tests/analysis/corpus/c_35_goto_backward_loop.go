// constructs: functions, structs, pointers, labels, builtins
package main

type item struct{ n int }

func build(n int) *item {
	var cur *item
	i := 0
top:
	cur = &item{n: i}
	i++
	if i < n {
		goto top
	}
	return cur
}

func keep() int {
	var cur *item
	cur = &item{n: 1}
	return cur.n
}

func main() { println(build(3).n, keep()) }
