// accepts: generic methods of the standard library ((*rand.Rand).N) from their source
package main

import (
	"fmt"
	"math/rand/v2"
	"time"
)

func main() {
	r := rand.New(rand.NewPCG(1, 2))
	d := r.N(10 * time.Second)
	k := rand.N[int64](100)
	fmt.Println(d, k, r.N(uint8(7)))
}
