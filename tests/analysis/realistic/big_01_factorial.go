// family: math-big
package main

import (
	"fmt"
	"math/big"
)

func factorial(n int64) *big.Int {
	r := big.NewInt(1)
	for i := int64(2); i <= n; i++ {
		r.Mul(r, big.NewInt(i))
	}
	return r
}

func digitSum(x *big.Int) int {
	s := x.String()
	sum := 0
	for _, c := range s {
		sum += int(c - '0')
	}
	return sum
}

func main() {
	f := factorial(50)
	fmt.Println(f)
	fmt.Println("digits:", len(f.String()), "sum:", digitSum(f))
}
