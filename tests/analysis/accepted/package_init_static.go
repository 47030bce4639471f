// accepts: package-level initialisers laid out statically print nothing for the static parts
package main

import (
	"errors"
	"regexp"
	"strings"
)

type rule struct {
	kind string
	re   *regexp.Regexp
}

type T struct {
	name string
	next *T
}

var rules = []rule{
	{"number", regexp.MustCompile(`^\d+`)},
	{"word", regexp.MustCompile(`^\w+`)},
}

var head = &T{name: strings.Repeat("a", 3), next: &T{name: "b"}}

var byName = map[string]*T{"head": head}

var errs = []error{errors.New("x"), nil}

var boxed any = T{name: "boxed"}

var counter = 0

var bump = func() int { counter++; return counter }

func main() {
	println(len(rules), head.next.name, len(byName), len(errs), boxed != nil, bump())
}
