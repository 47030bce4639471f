// kind: method-set
package main

import (
	"fmt"
	"io"
)

type logger struct{ lines []string }

func (l *logger) Log(s string) {
	l.lines = append(l.lines, s)
}

func main() {
	var w io.Writer = &logger{}
	fmt.Fprintln(w, "hi")
}
