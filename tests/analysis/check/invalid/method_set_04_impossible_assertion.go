// kind: method-set
package main

import (
	"fmt"
	"io"
	"strings"
)

type upper struct{ s string }

func (u *upper) Read(p []byte) (int, error) {
	return copy(p, strings.ToUpper(u.s)), io.EOF
}

func main() {
	var r io.Reader = &upper{"go"}
	if u, ok := r.(upper); ok {
		fmt.Println(u.s)
	}
}
