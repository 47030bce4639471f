// constructs: functions, closures, loops, append, builtins
package main

func makers(n int) []func() int {
	var fs []func() int
	for i := 0; i < n; i++ {
		fs = append(fs, func() int { return i * i })
	}
	return fs
}

func main() { println(makers(3)[2]()) }
