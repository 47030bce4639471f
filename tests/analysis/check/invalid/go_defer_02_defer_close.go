// kind: go-defer
package main

import (
	"fmt"
	"os"
)

func main() {
	f, err := os.Open("data.txt")
	if err != nil {
		return
	}
	defer f.Close
	fmt.Println(f.Name())
}
