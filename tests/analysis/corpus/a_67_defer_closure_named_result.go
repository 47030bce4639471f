// constructs: functions, closures, defer
package main

func double() (n int) {
	defer func() { n *= 2 }()
	n = 3
	return
}

func main() { _ = double() }
