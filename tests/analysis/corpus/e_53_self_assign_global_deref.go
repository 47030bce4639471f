// constructs: functions, structs, pointers, slicing, self-assignment, maps
package main

type buf struct {
	b []*int
}

var gb *buf

func popGlobal() { gb.b = gb.b[1:] }

func popDeref(pp *[]*int) { *pp = (*pp)[1:] }

func swapMap(s []*int, m map[int]int) { s[m[0]] = s[0] }

func swapIdx(s []*int, t []int) { s[t[0]] = s[t[1]] }

func main() {
	gb = &buf{}
	popGlobal()
	var s []*int
	popDeref(&s)
	swapMap(s, nil)
	swapIdx(s, nil)
}
