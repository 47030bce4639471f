// constructs: functions, pointers, append, loops
package main

func ptrs(n int) []*int {
	var out []*int
	for i := 0; i < n; i++ {
		out = append(out, &i)
	}
	return out
}

func main() { _ = ptrs(3) }
