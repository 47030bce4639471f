// constructs: functions, loops, make, closures, slice-literals, stdlib
package main

import (
	"fmt"
	"math/rand"
)

func roll(n int) []int {
	out := make([]int, n)
	for i := range out {
		out[i] = rand.Intn(6) + 1
	}
	return out
}

func main() {
	r := roll(3)
	fmt.Println(r)
	s := []string{"a", "b", "c"}
	rand.Shuffle(len(s), func(i, j int) {
		s[i], s[j] = s[j], s[i]
	})
	fmt.Println(s, rand.Float64() < 2)
}
