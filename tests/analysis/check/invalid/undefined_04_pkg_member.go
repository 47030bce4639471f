// kind: undefined
package main

import (
	"fmt"
	"strings"
)

func main() {
	s := "gopher"
	fmt.Println(strings.Reverse(s))
}
