// constructs: functions, slice-literals, closures, defer, builtins
package main

func safe(s []int, i int) (v int) {
	defer func() {
		if r := recover(); r != nil {
			v = -1
		}
	}()
	return s[i]
}

func main() { _ = safe([]int{1}, 3) }
