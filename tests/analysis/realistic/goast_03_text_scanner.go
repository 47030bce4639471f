// family: go-tooling
package main

import (
	"fmt"
	"strings"
	"text/scanner"
)

type Tok struct {
	Kind string
	Text string
	Line int
}

func lex(src string) []Tok {
	var s scanner.Scanner
	s.Init(strings.NewReader(src))
	s.Filename = "query"
	s.Mode ^= scanner.SkipComments
	var toks []Tok
	for t := s.Scan(); t != scanner.EOF; t = s.Scan() {
		toks = append(toks, Tok{scanner.TokenString(t), s.TokenText(), s.Position.Line})
	}
	return toks
}

func main() {
	src := `select name, age // the columns
from users where age >= 18.5 and name != "x"`
	for _, t := range lex(src) {
		fmt.Printf("%d %-8s %s\n", t.Line, t.Kind, t.Text)
	}
}
