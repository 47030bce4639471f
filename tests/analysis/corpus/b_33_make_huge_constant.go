// constructs: functions, make, size-limits, builtins
package main

func huge(run bool) int {
	if !run {
		return 0
	}
	b := make([]byte, 1<<33)
	return len(b)
}

func main() { _ = huge(false) }
