// constructs: functions, loops, self-assignment, builtins
package main

func reverse(s string) string {
	r := []rune(s)
	for i, j := 0, len(r)-1; i < j; i, j = i+1, j-1 {
		r[i], r[j] = r[j], r[i]
	}
	return string(r)
}

func letter(c rune) string {
	return string(c)
}

func main() { _, _ = reverse("abc"), letter('x') }
