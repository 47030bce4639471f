// kind: define
package main

import (
	"fmt"
	"strconv"
)

func main() {
	a, err := strconv.Atoi("1")
	b, err := strconv.Atoi("2")
	err := fmt.Errorf("a=%d b=%d", a, b)
	fmt.Println(err)
}
