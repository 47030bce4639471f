// family: strings
package main

import (
	"fmt"
	"strings"
	"unicode/utf8"
)

func wrap(text string, width int) []string {
	var lines []string
	var cur []string
	curLen := 0
	for _, w := range strings.Fields(text) {
		wl := utf8.RuneCountInString(w)
		if curLen > 0 && curLen+1+wl > width {
			lines = append(lines, strings.Join(cur, " "))
			cur = cur[:0]
			curLen = 0
		}
		if curLen > 0 {
			curLen++
		}
		cur = append(cur, w)
		curLen += wl
	}
	if len(cur) > 0 {
		lines = append(lines, strings.Join(cur, " "))
	}
	return lines
}

func center(s string, width int) string {
	pad := width - utf8.RuneCountInString(s)
	if pad <= 0 {
		return s
	}
	return strings.Repeat(" ", pad/2) + s + strings.Repeat(" ", pad-pad/2)
}

func main() {
	text := "Escape analysis decides whether a value can live on the stack or must be moved to the heap."
	for _, l := range wrap(text, 24) {
		fmt.Printf("|%s|\n", center(l, 26))
	}
}
