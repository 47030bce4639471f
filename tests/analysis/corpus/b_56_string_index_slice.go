// constructs: functions, slicing, builtins
package main

var kept string

func first(s string) byte {
	return s[0]
}

func middle(s string) string {
	return s[1 : len(s)-1]
}

func keep(s string) {
	kept = s[:2]
}

func main() {
	_, _ = first("abc"), middle("abc")
	keep("abc")
}
