// kind: mismatch-return
package main

import (
	"errors"
	"fmt"
)

func div(a, b int) (int, error) {
	if b == 0 {
		return errors.New("division by zero"), 0
	}
	return a / b, nil
}

func main() {
	fmt.Println(div(4, 2))
}
