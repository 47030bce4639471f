// Command stdlibdump prints, as JSON on stdout, what the analyzer needs to
// know about the standard-library packages named on the command line, as
// go/types sees them when type-checking from source (the "source" importer,
// gc sizes for amd64). It is run by scripts/gen_stdlib.py, which adds the
// compiler's escape-analysis summaries and writes quizapp/analysis/data/stdlib/.
//
// Output:
//
//	{
//	  "goroot": "/abs/GOROOT",
//	  "packages": {PATH: {"name": NAME, "importable": bool,
//	                      "types": {...}, "funcs": {...}, "vars": {...}, "consts": {...}}},
//	  "named": {"pkgpath.Name": {"underlying": TYPE, "size": N, "align": N, ...}},
//	  "decl_packages": [PATH, ...]   // every package declaring a function or method listed
//	}
//
// For a package named on the command line ("importable") the maps hold its
// exported objects. Generic functions and the methods of generic types carry
// their source ("source": {"file", "line", "col", "text", "imports"}), since gc
// compiles their instances in the importing package; every package-level
// object such source refers to, exported or not and in whatever package, is
// listed too (packages only reached that way have "importable": false), and
// so on transitively (generic.go).
//
// With -inline FILE (object keys of the functions gc can inline, one a line)
// every such function listed carries its declaration as "body", and what that
// body refers to is listed too, transitively (inline.go). With -intrinsics
// FILE the functions gc compiled to instructions at the calls it lists carry
// "intrinsic": true (intrinsics.go).
//
// Functions and methods carry "params": [{"name", "pos"}] (receiver first,
// "pos" is FILE:LINE:COL with FILE relative to GOROOT/src), and, when the
// declaration has no body, "bodyless": true (and "noescape": true for
// //go:noescape). See scripts/stdlib_gen for the TYPE and SIG encodings.
package main

import (
	"encoding/json"
	"fmt"
	"go/build"
	"go/importer"
	"go/token"
	"go/types"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

type obj = map[string]any

func main() {
	if len(os.Args) < 2 {
		fmt.Fprintln(os.Stderr, "usage: stdlibdump [-inline FILE] [-intrinsics FILE] PKG...")
		os.Exit(2)
	}
	goroot := build.Default.GOROOT
	roots := []string{filepath.Join(goroot, "src") + string(filepath.Separator)}
	if real, err := filepath.EvalSymlinks(goroot); err == nil && real != goroot {
		roots = append(roots, filepath.Join(real, "src")+string(filepath.Separator))
	}
	fset := token.NewFileSet()
	d := newDumper(fset, roots, importer.ForCompiler(fset, "source", nil))

	paths := os.Args[1:]
	for len(paths) >= 2 && strings.HasPrefix(paths[0], "-") {
		var err error
		switch paths[0] {
		case "-inline":
			d.inlinable, err = readInlinable(paths[1])
		case "-intrinsics":
			err = d.readIntrinsics(paths[1])
		default:
			err = fmt.Errorf("unknown flag %s", paths[0])
		}
		if err != nil {
			fmt.Fprintln(os.Stderr, "stdlibdump:", err)
			os.Exit(2)
		}
		paths = paths[2:]
	}
	for _, p := range paths {
		d.listed[p] = true
	}
	for _, path := range paths {
		pkg, err := d.imp.Import(path)
		if err != nil {
			fmt.Fprintf(os.Stderr, "stdlibdump: %s: %v\n", path, err)
			os.Exit(1)
		}
		d.exported(pkg)
	}
	// Walk queued source and drain the named-type queue: each may reach more of the other.
	d.closeAll()
	if len(d.parseErrs) > 0 {
		for _, e := range d.parseErrs {
			fmt.Fprintln(os.Stderr, "stdlibdump:", e)
		}
		os.Exit(1)
	}
	decl := make([]string, 0, len(d.declPkgs))
	for p := range d.declPkgs {
		decl = append(decl, p)
	}
	sort.Strings(decl)
	out := obj{
		"goroot":        goroot,
		"packages":      d.pkgs,
		"named":         d.named,
		"decl_packages": decl,
	}
	enc := json.NewEncoder(os.Stdout)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(out); err != nil {
		fmt.Fprintln(os.Stderr, "stdlibdump:", err)
		os.Exit(1)
	}
}

// pkgEntry is the output map of one package, made on first use.
func (d *dumper) pkgEntry(pkg *types.Package) obj {
	if e, ok := d.pkgs[pkg.Path()]; ok {
		return e.(obj)
	}
	e := obj{"name": pkg.Name(), "importable": d.listed[pkg.Path()],
		"types": obj{}, "funcs": obj{}, "vars": obj{}, "consts": obj{}}
	d.pkgs[pkg.Path()] = e
	return e
}

// exported describes the exported objects of a package named on the command line.
func (d *dumper) exported(pkg *types.Package) {
	d.pkgEntry(pkg)
	scope := pkg.Scope()
	for _, name := range scope.Names() {
		o := scope.Lookup(name)
		if o.Exported() {
			d.object(o)
		}
	}
}

// object adds one package-level object to its package's maps (once).
func (d *dumper) object(o types.Object) {
	if d.done[objKey(o)] {
		return
	}
	d.done[objKey(o)] = true
	e := d.pkgEntry(o.Pkg())
	name := o.Name()
	switch o := o.(type) {
	case *types.TypeName:
		e["types"].(obj)[name] = d.typeName(o)
	case *types.Func:
		e["funcs"].(obj)[name] = d.function(o)
	case *types.Var:
		e["vars"].(obj)[name] = d.typ(o.Type())
	case *types.Const:
		e["consts"].(obj)[name] = obj{
			"type":  d.typ(o.Type()),
			"value": o.Val().ExactString(),
			"kind":  constKind(o.Val()),
		}
	}
}
