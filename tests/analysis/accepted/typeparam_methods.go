// accepts: methods called on type parameters through the dictionary; constraint type inference
package main

import (
	"fmt"
	"strings"
)

type name string

func (n name) String() string { return "<" + string(n) + ">" }

type Num int

func (n *Num) Inc() *Num { *n++; return n }

func Join[T fmt.Stringer](xs []T) string {
	var b strings.Builder
	for _, x := range xs {
		b.WriteString(x.String())
		fmt.Println(x.String())
	}
	return b.String()
}

type Incer[T any] interface {
	*T
	Inc() *T
}

func IncAll[T any, P Incer[T]](xs []T) {
	for i := range xs {
		p := P(&xs[i])
		fmt.Println(p.Inc())
	}
}

func main() {
	println(Join([]name{"a", "b"}))
	IncAll([]Num{1, 2})
}
