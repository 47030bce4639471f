// constructs: functions, builtins
package main

func lower(a, b string) string {
	return min(a, b)
}

func upper(a, b, c string) string {
	return max(a, b, c)
}

func main() { _, _ = lower("a", "b"), upper("a", "b", "c") }
