// kind: unused-import
package main

import (
	"fmt"
	"os"
)

func main() {
	x := 42
	p := &x
	fmt.Println(*p)
}
