// family: math-big
package main

import (
	"fmt"
	"math/big"
)

func fib(n int) *big.Int {
	a, b := big.NewInt(0), big.NewInt(1)
	for i := 0; i < n; i++ {
		a.Add(a, b)
		a, b = b, a
	}
	return a
}

func main() {
	var limit big.Int
	limit.Exp(big.NewInt(10), big.NewInt(30), nil)
	for n := 100; ; n++ {
		f := fib(n)
		if f.Cmp(&limit) > 0 {
			fmt.Printf("fib(%d) = %s has %d bits\n", n, f.String(), f.BitLen())
			break
		}
	}
}
