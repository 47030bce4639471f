// constructs: loops, make, slicing, strings, stdlib
package main

import (
	"fmt"
	"unicode"
	"unicode/utf8"
)

func main() {
	s := "héllo, 世界"
	fmt.Println(len(s), utf8.RuneCountInString(s))
	for i, r := range s {
		if unicode.IsLetter(r) {
			fmt.Printf("%d:%c ", i, r)
		}
	}
	rs := []rune(s)
	fmt.Println(string(rs[1]))
	buf := make([]byte, 4)
	n := utf8.EncodeRune(buf, '界')
	fmt.Println(buf[:n], utf8.ValidString(s))
}
