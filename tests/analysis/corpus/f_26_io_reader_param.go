// constructs: functions, loops, make, interfaces, stdlib
package main

import (
	"fmt"
	"io"
	"strings"
)

func consume(r io.Reader) (int, error) {
	buf := make([]byte, 16)
	total := 0
	for {
		n, err := r.Read(buf)
		total += n
		if err == io.EOF {
			return total, nil
		}
		if err != nil {
			return total, err
		}
	}
}

func main() {
	n, err := consume(strings.NewReader("hello reader"))
	fmt.Println(n, err)
}
