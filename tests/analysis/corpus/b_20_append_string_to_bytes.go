// constructs: functions, append
package main

func withSuffix(b []byte, s string) []byte {
	return append(b, s...)
}

func main() { _ = withSuffix(nil, ".go") }
