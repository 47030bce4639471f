// kind: unexported
package main

import (
	"fmt"
	"strings"
)

func main() {
	fmt.Println(strings.indexFunc("go", nil, true))
}
