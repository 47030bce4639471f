// kind: shift
package main

import "fmt"

func main() {
	scale := 2.0
	double := func(n uint) float64 {
		return scale << n
	}
	fmt.Println(double(1))
}
