// constructs: functions, slice-literals, make, maps, loops, builtins
package main

func counts(words []string) int {
	m := make(map[string]int)
	for _, w := range words {
		m[w]++
	}
	return len(m)
}

func main() { _ = counts([]string{"a", "b", "a"}) }
