// constructs: functions, builtins
package main

func lo(a, b string) string {
	 min(a, b)
}

func hi(a, b, c string) string {
	return max(a, b, c)
}

func clamp(x, l, h int) int {
	return max(l, min(x, h))
}

func main() { _, _, _ = lo("a", "b"), hi("a", "b", "c"), clamp(1, 2, 3) }
