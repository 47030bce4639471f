// kind: unused-import
package main

import (
	"fmt"
	"strings"
)

func main() {
	greet := func(name string) string {
		return "hello " + name
	}
	fmt.Println(greet("gopher"))
}
