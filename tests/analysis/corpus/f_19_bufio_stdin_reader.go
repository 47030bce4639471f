// constructs: strings, stdlib
package main

import (
	"bufio"
	"fmt"
	"os"
	"strings"
)

func main() {
	r := bufio.NewReader(os.Stdin)
	fmt.Print("name: ")
	line, err := r.ReadString('\n')
	if err != nil {
		fmt.Fprintln(os.Stderr, "error:", err)
		return
	}
	fmt.Println("hello", strings.TrimSpace(line))
}
