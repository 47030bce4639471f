// constructs: functions, loops, strings, stdlib
package main

import (
	"bufio"
	"fmt"
	"strings"
)

func countWords(text string) (int, int) {
	sc := bufio.NewScanner(strings.NewReader(text))
	lines, words := 0, 0
	for sc.Scan() {
		lines++
		words += len(strings.Fields(sc.Text()))
	}
	return lines, words
}

func main() {
	l, w := countWords("one two\nthree\n")
	fmt.Println(l, w)
}
