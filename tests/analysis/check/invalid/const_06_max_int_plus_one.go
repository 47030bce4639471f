// kind: const
package main

import (
	"fmt"
	"math"
)

func main() {
	var limit int64 = math.MaxInt64 + 1
	fmt.Println(limit)
}
