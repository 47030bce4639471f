// constructs: functions, builtins
package main

func concat(a, b string) string {
	return a + b
}

func compare(b []byte) bool {
	return string(b) == "ok"
}

func toBytes(s string) int {
	bs := []byte(s)
	return len(bs)
}

func main() {}
