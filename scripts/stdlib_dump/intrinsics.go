package main

import (
	"bufio"
	"go/ast"
	"go/types"
	"os"
	"path"
	"strconv"
	"strings"
)

// Intrinsics. gc compiles a call of some functions to machine instructions
// (sync/atomic's, math/bits', internal/runtime/atomic's...), and its inlining
// cost model charges such a call as one node. The exported ones are told apart
// by the probe program of scripts/stdlib_gen/inlining.py; the others only by
// the compiler's own build: with -d=ssa/intrinsics/debug=1 it prints
// "FILE:LINE:COL: intrinsic substitution for NAME with ..." at each call it
// substitutes. With -intrinsics FILE (lines "FILE:LINE NAME", FILE relative
// to GOROOT/src) every function called by NAME on such a line is marked
// "intrinsic": true.

// readIntrinsics resolves the -intrinsics file's calls to the functions they call.
func (d *dumper) readIntrinsics(file string) error {
	f, err := os.Open(file)
	if err != nil {
		return err
	}
	defer f.Close()
	want := map[string]map[int]map[string]bool{} // file -> line -> names
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		where, name, ok := strings.Cut(strings.TrimSpace(sc.Text()), " ")
		if !ok {
			continue
		}
		i := strings.LastIndex(where, ":")
		line, err := strconv.Atoi(where[i+1:])
		if i < 0 || err != nil {
			continue
		}
		fname := where[:i]
		if want[fname] == nil {
			want[fname] = map[int]map[string]bool{}
		}
		if want[fname][line] == nil {
			want[fname][line] = map[string]bool{}
		}
		want[fname][line][name] = true
	}
	if err := sc.Err(); err != nil {
		return err
	}
	for fname, lines := range want {
		c := d.check(path.Dir(fname))
		for _, af := range c.files {
			if d.rel(d.fset.Position(af.Pos()).Filename) != fname {
				continue
			}
			ast.Inspect(af, func(n ast.Node) bool {
				call, ok := n.(*ast.CallExpr)
				if !ok {
					return true
				}
				names := lines[d.fset.Position(call.Pos()).Line]
				if names == nil {
					names = lines[d.fset.Position(call.Lparen).Line]
				}
				if names == nil {
					return true
				}
				var id *ast.Ident
				switch fun := ast.Unparen(call.Fun).(type) {
				case *ast.Ident:
					id = fun
				case *ast.SelectorExpr:
					id = fun.Sel
				}
				if id == nil || !names[id.Name] {
					return true
				}
				// gc's intrinsics are functions: a method called on the same line with
				// the same name (atomic.Int32's Load, inlined there) is not one
				fn, ok := c.info.Uses[id].(*types.Func)
				if ok && fn.Type().(*types.Signature).Recv() == nil {
					d.intrinsic[objKey(fn.Origin())] = true
				}
				return true
			})
		}
	}
	return nil
}
