// family: strings
package main

import (
	"bytes"
	"fmt"
	"io"
	"unicode/utf8"
)

type Table struct {
	Header []string
	Rows   [][]string
}

func (t *Table) WriteTo(w io.Writer) (int64, error) {
	widths := make([]int, len(t.Header))
	for i, h := range t.Header {
		widths[i] = utf8.RuneCountInString(h)
	}
	for _, row := range t.Rows {
		for i, c := range row {
			widths[i] = max(widths[i], utf8.RuneCountInString(c))
		}
	}
	var buf bytes.Buffer
	line := func(cells []string) {
		for i, c := range cells {
			buf.WriteString(c)
			buf.Write(bytes.Repeat([]byte{' '}, widths[i]-utf8.RuneCountInString(c)+2))
		}
		buf.WriteByte('\n')
	}
	line(t.Header)
	for _, r := range t.Rows {
		line(r)
	}
	return buf.WriteTo(w)
}

func main() {
	t := &Table{Header: []string{"name", "lang"}, Rows: [][]string{{"gopher", "Go"}, {"crab", "Rust"}}}
	var out bytes.Buffer
	n, err := t.WriteTo(&out)
	fmt.Print(out.String())
	fmt.Println(n, err, bytes.Count(out.Bytes(), []byte("\n")))
}
