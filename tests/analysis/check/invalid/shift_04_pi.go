// kind: shift
package main

import (
	"fmt"
	"math"
)

func main() {
	fmt.Println(math.Pi << 1)
}
