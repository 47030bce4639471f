// family: math
package main

import (
	"fmt"
	"math/rand"
	randv2 "math/rand/v2"
)

type Deck []string

func NewDeck() Deck {
	var d Deck
	for _, s := range []string{"♠", "♥", "♦", "♣"} {
		for _, r := range []string{"A", "K", "Q", "J"} {
			d = append(d, r+s)
		}
	}
	return d
}

func (d Deck) Shuffle(r *rand.Rand) {
	r.Shuffle(len(d), func(i, j int) { d[i], d[j] = d[j], d[i] })
}

func sample(n int) []int {
	out := make([]int, n)
	for i := range out {
		out[i] = randv2.IntN(100)
	}
	return out
}

func main() {
	d := NewDeck()
	d.Shuffle(rand.New(rand.NewSource(42)))
	fmt.Println(d[:5])
	r := randv2.New(randv2.NewPCG(1, 2))
	fmt.Println(r.IntN(10), r.Float64() < 1, len(sample(8)))
	fmt.Println(randv2.N(10) < 10, randv2.Perm(4))
}
