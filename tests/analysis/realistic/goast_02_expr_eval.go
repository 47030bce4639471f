// family: go-tooling
package main

import (
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"strconv"
)

func eval(e ast.Expr, vars map[string]float64) (float64, error) {
	switch n := e.(type) {
	case *ast.BasicLit:
		return strconv.ParseFloat(n.Value, 64)
	case *ast.Ident:
		v, ok := vars[n.Name]
		if !ok {
			return 0, fmt.Errorf("undefined: %s", n.Name)
		}
		return v, nil
	case *ast.ParenExpr:
		return eval(n.X, vars)
	case *ast.BinaryExpr:
		x, err := eval(n.X, vars)
		if err != nil {
			return 0, err
		}
		y, err := eval(n.Y, vars)
		if err != nil {
			return 0, err
		}
		switch n.Op {
		case token.ADD:
			return x + y, nil
		case token.SUB:
			return x - y, nil
		case token.MUL:
			return x * y, nil
		case token.QUO:
			return x / y, nil
		}
		return 0, fmt.Errorf("unsupported operator %s", n.Op)
	}
	return 0, fmt.Errorf("unsupported expression %T", e)
}

func main() {
	vars := map[string]float64{"x": 3, "rate": 0.5}
	for _, s := range []string{"(x + 1) * rate", "x / 0.25 - 2", "y + 1", "x % 2"} {
		e, err := parser.ParseExpr(s)
		if err != nil {
			fmt.Println(err)
			continue
		}
		v, err := eval(e, vars)
		fmt.Println(s, "=", v, err)
	}
}
