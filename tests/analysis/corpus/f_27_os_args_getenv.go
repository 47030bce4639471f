// constructs: slicing, stdlib
package main

import (
	"fmt"
	"os"
)

func main() {
	name := os.Getenv("USER")
	if name == "" {
		name = "world"
	}
	args := os.Args[1:]
	fmt.Printf("hello %s, %d args: %v\n", name, len(args), args)
	fmt.Fprintln(os.Stdout, "bye", name)
	if len(os.Args) > 5 {
		os.Exit(1)
	}
}
