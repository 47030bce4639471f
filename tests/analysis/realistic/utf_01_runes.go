// family: unicode
package main

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf16"
	"unicode/utf8"
)

func truncateRunes(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	i := 0
	for pos := range s {
		if i == n {
			return s[:pos] + "…"
		}
		i++
	}
	return s
}

func classify(s string) map[string]int {
	m := map[string]int{}
	for _, r := range s {
		switch {
		case unicode.Is(unicode.Han, r):
			m["han"]++
		case unicode.IsUpper(r):
			m["upper"]++
		case unicode.IsSpace(r):
			m["space"]++
		case unicode.IsPunct(r):
			m["punct"]++
		default:
			m["other"]++
		}
	}
	return m
}

func main() {
	s := "Go 语言: Escape 分析!"
	fmt.Println(truncateRunes(s, 6), len(s), utf8.RuneCountInString(s))
	fmt.Println(classify(s))
	enc := utf16.Encode([]rune("😀a"))
	fmt.Println(enc, string(utf16.Decode(enc)), utf8.ValidString("\xff"))
	buf := utf8.AppendRune(nil, '世')
	r, size := utf8.DecodeRune(buf)
	fmt.Println(string(r), size, strings.ToValidUTF8("a\xffb", "?"))
}
