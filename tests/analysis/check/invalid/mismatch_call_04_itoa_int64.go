// kind: mismatch-call
package main

import (
	"fmt"
	"strconv"
)

func main() {
	var n int64 = 99
	fmt.Println(strconv.Itoa(n))
}
