// constructs: functions, loops, append, make, strings, stdlib
package main

import (
	"fmt"
	"strings"
)

func shout(s string) []string {
	words := strings.Fields(s)
	out := make([]string, 0, len(words))
	for _, w := range words {
		out = append(out, strings.ToUpper(w))
	}
	return out
}

func main() {
	for _, w := range shout("go is fun") {
		fmt.Print(w, " ")
	}
	fmt.Println(strings.Repeat("=", 3))
	fmt.Println(strings.Replace("aaa", "a", "b", 2), strings.ToLower("ABC"))
}
