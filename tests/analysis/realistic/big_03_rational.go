// family: math-big
package main

import (
	"fmt"
	"math/big"
)

// harmonic returns 1 + 1/2 + ... + 1/n exactly.
func harmonic(n int) *big.Rat {
	sum := new(big.Rat)
	for k := 1; k <= n; k++ {
		sum.Add(sum, big.NewRat(1, int64(k)))
	}
	return sum
}

func main() {
	h := harmonic(20)
	fmt.Println(h.RatString())
	f, exact := h.Float64()
	fmt.Printf("%.6f exact=%v\n", f, exact)

	x := new(big.Float).SetPrec(200)
	x.SetInt64(2)
	x.Sqrt(x)
	fmt.Println(x.Text('g', 50))
}
