// family: math-big
package main

import (
	"fmt"
	"math/big"
)

type RSAKey struct {
	N, E, D *big.Int
}

func toyKey(p, q int64) RSAKey {
	P, Q := big.NewInt(p), big.NewInt(q)
	n := new(big.Int).Mul(P, Q)
	one := big.NewInt(1)
	phi := new(big.Int).Mul(new(big.Int).Sub(P, one), new(big.Int).Sub(Q, one))
	e := big.NewInt(65537)
	d := new(big.Int).ModInverse(e, phi)
	return RSAKey{N: n, E: e, D: d}
}

func (k RSAKey) Encrypt(m *big.Int) *big.Int { return new(big.Int).Exp(m, k.E, k.N) }
func (k RSAKey) Decrypt(c *big.Int) *big.Int { return new(big.Int).Exp(c, k.D, k.N) }

func main() {
	k := toyKey(1000003, 1000033)
	msg := big.NewInt(424242)
	c := k.Encrypt(msg)
	fmt.Println(c, k.Decrypt(c), k.N.ProbablyPrime(10), big.NewInt(1000003).ProbablyPrime(20))
}
