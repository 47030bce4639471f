// constructs: strings, stdlib
package main

import (
	"fmt"
	"io"
	"os"
	"strings"
)

func main() {
	r := strings.NewReader("some data")
	data, err := io.ReadAll(r)
	if err != nil {
		panic(err)
	}
	fmt.Println(len(data))
	n, _ := io.Copy(os.Stdout, strings.NewReader("copied\n"))
	fmt.Println(n)
}
