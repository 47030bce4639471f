// constructs: functions, closures, pointers
package main

var sink *int

func stash() {
	var w int
	get := func() *int { return &w }
	sink = get()
}

func fresh() int {
	get := func() *int {
		z := 1
		return &z
	}
	return *get()
}

func main() {
	stash()
	_ = fresh()
}
