// family: strings
package main

import (
	"fmt"
	"strings"
	"unicode"
)

func slugify(title string) string {
	var b strings.Builder
	b.Grow(len(title))
	dash := false
	for _, r := range strings.ToLower(title) {
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			b.WriteRune(r)
			dash = false
		case !dash && b.Len() > 0:
			b.WriteByte('-')
			dash = true
		}
	}
	return strings.TrimSuffix(b.String(), "-")
}

func main() {
	titles := []string{"Hello, World!", "  Go 1.27: What's New?  ", "Ünïcödé – Tëst"}
	for _, t := range titles {
		fmt.Printf("%q -> %q\n", t, slugify(t))
	}
}
