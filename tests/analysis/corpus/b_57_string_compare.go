// constructs: functions
package main

func isOK(b []byte) bool {
	return string(b) == "ok"
}

func less(a, b string) bool {
	return a < b
}

func same(b []byte, s string) bool {
	return string(b) == s
}

func main() { _, _, _ = isOK(nil), less("a", "b"), same(nil, "") }
