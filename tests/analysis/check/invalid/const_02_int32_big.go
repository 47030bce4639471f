// kind: const
package main

import "fmt"

const big = 1 << 40

func main() {
	var x int32 = big
	fmt.Println(x)
}
