// constructs: functions, loops, builtins
package main

func upper(s string) string {
	b := []byte(s)
	for i := range b {
		if b[i] >= 'a' && b[i] <= 'z' {
			b[i] -= 32
		}
	}
	return string(b)
}

func size(s string) int {
	b := []byte(s)
	return len(b)
}

func main() { _, _ = upper("go"), size("go") }
