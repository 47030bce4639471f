// constructs: functions, structs, pointers, maps
package main

type K struct{ a, b int }

func f(m map[*K]*K) {
	k := &K{}
	v := &&K{}
	m[k] = v
	k2 := &K{}
	_ = m[k2]
}

func main() { f(map[*K]*K{}) }
