// kind: assign-count
package main

import "fmt"

func main() {
	split := func(s string) string {
		return s[:1]
	}
	head, tail := split("go")
	fmt.Println(head, tail)
}
