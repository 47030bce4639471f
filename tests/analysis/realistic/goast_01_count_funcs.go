// family: go-tooling
package main

import (
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"sort"
)

const src = `package demo

func Add(a, b int) int { return a + b }

func (s *Stack) Push(v int) { s.items = append(s.items, v) }

func helper() {}
`

func main() {
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, "demo.go", src, parser.ParseComments)
	if err != nil {
		panic(err)
	}
	var names []string
	ast.Inspect(f, func(n ast.Node) bool {
		fd, ok := n.(*ast.FuncDecl)
		if !ok {
			return true
		}
		name := fd.Name.Name
		if fd.Recv != nil {
			name = "method " + name
		}
		pos := fset.Position(fd.Pos())
		names = append(names, fmt.Sprintf("%s@%d", name, pos.Line))
		return false
	})
	sort.Strings(names)
	fmt.Println(names, ast.IsExported("helper"))
}
