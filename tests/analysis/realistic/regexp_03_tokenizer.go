// family: regexp
package main

import (
	"fmt"
	"regexp"
)

type Token struct {
	Kind string
	Text string
}

var rules = []struct {
	kind string
	re   *regexp.Regexp
}{
	{"number", regexp.MustCompile(`^\d+(\.\d+)?`)},
	{"ident", regexp.MustCompile(`^[a-zA-Z_]\w*`)},
	{"op", regexp.MustCompile(`^[-+*/()=]`)},
	{"space", regexp.MustCompile(`^\s+`)},
}

func tokenize(src string) ([]Token, error) {
	var toks []Token
	for len(src) > 0 {
		matched := false
		for _, r := range rules {
			loc := r.re.FindStringIndex(src)
			if loc == nil {
				continue
			}
			if r.kind != "space" {
				toks = append(toks, Token{r.kind, src[:loc[1]]})
			}
			src = src[loc[1]:]
			matched = true
			break
		}
		if !matched {
			return toks, fmt.Errorf("unexpected %q", src[0])
		}
	}
	return toks, nil
}

func main() {
	toks, err := tokenize("x = 3.14 * (radius + 2)")
	fmt.Println(err)
	for _, t := range toks {
		fmt.Printf("%s:%s ", t.Kind, t.Text)
	}
	fmt.Println()
}
