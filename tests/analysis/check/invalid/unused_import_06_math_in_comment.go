// kind: unused-import
package main

import "math"

// area uses math.Pi in spirit, but approximates it.
func area(r float64) float64 {
	return 3.14159 * r * r
}

func main() {
	println(area(2))
}
