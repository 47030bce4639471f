// Command stdlibdump prints, as JSON on stdout, the exported API of the
// standard-library packages named on the command line, as go/types sees it
// when type-checking them from source (the "source" importer, gc sizes for
// amd64). It is run by scripts/gen_stdlib.py, which adds the compiler's
// escape-analysis summaries and writes quizapp/analysis/data/stdlib.json.
//
// Output:
//
//	{
//	  "goroot": "/abs/GOROOT",
//	  "packages": {PATH: {"types": {...}, "funcs": {...}, "vars": {...}, "consts": {...}}},
//	  "named": {"pkgpath.Name": {"underlying": TYPE, "size": N, "align": N, ...}},
//	  "decl_packages": [PATH, ...]   // every package declaring a function or method listed
//	}
//
// Functions and methods carry "params": [{"name", "pos"}] (receiver first,
// "pos" is FILE:LINE:COL with FILE relative to GOROOT/src), and, when the
// declaration has no body, "bodyless": true (and "noescape": true for
// //go:noescape). See scripts/gen_stdlib.py for the TYPE and SIG encodings.
package main

import (
	"encoding/json"
	"fmt"
	"go/ast"
	"go/build"
	"go/constant"
	"go/importer"
	"go/parser"
	"go/token"
	"go/types"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

type obj = map[string]any

type funcDecl struct {
	bodyless bool
	noescape bool
}

type dumper struct {
	fset     *token.FileSet
	sizes    types.Sizes
	srcRoots []string // GOROOT/src/ spellings to strip from file names

	listed    map[string]bool                // packages named on the command line
	named     map[string]obj                 // the "named" table
	queue     []*types.Named                 // named types waiting for their entry
	declPkgs  map[string]bool                // packages whose functions are listed
	declInfo  map[string]map[string]funcDecl // package -> name position -> facts from go/ast
	parseErrs []string
}

func main() {
	if len(os.Args) < 2 {
		fmt.Fprintln(os.Stderr, "usage: stdlibdump PKG...")
		os.Exit(2)
	}
	goroot := build.Default.GOROOT
	roots := []string{filepath.Join(goroot, "src") + string(filepath.Separator)}
	if real, err := filepath.EvalSymlinks(goroot); err == nil && real != goroot {
		roots = append(roots, filepath.Join(real, "src")+string(filepath.Separator))
	}
	fset := token.NewFileSet()
	d := &dumper{
		fset:     fset,
		sizes:    types.SizesFor("gc", "amd64"),
		srcRoots: roots,
		listed:   map[string]bool{},
		named:    map[string]obj{},
		declPkgs: map[string]bool{},
		declInfo: map[string]map[string]funcDecl{},
	}
	imp := importer.ForCompiler(fset, "source", nil)

	paths := os.Args[1:]
	for _, p := range paths {
		d.listed[p] = true
	}
	pkgs := obj{}
	for _, path := range paths {
		pkg, err := imp.Import(path)
		if err != nil {
			fmt.Fprintf(os.Stderr, "stdlibdump: %s: %v\n", path, err)
			os.Exit(1)
		}
		pkgs[path] = d.pkg(pkg)
	}
	// Drain the named-type queue: entries may reach further named types.
	for len(d.queue) > 0 {
		t := d.queue[0]
		d.queue = d.queue[1:]
		d.named[namedKey(t)] = d.namedEntry(t)
	}
	decl := make([]string, 0, len(d.declPkgs))
	for p := range d.declPkgs {
		decl = append(decl, p)
	}
	sort.Strings(decl)
	if len(d.parseErrs) > 0 {
		for _, e := range d.parseErrs {
			fmt.Fprintln(os.Stderr, "stdlibdump:", e)
		}
		os.Exit(1)
	}
	out := obj{
		"goroot":        goroot,
		"packages":      pkgs,
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

// pkg describes the exported API of one package.
func (d *dumper) pkg(pkg *types.Package) obj {
	typesTab, funcs, vars, consts := obj{}, obj{}, obj{}, obj{}
	scope := pkg.Scope()
	for _, name := range scope.Names() {
		o := scope.Lookup(name)
		if !o.Exported() {
			continue
		}
		switch o := o.(type) {
		case *types.TypeName:
			typesTab[name] = d.typeName(o)
		case *types.Func:
			funcs[name] = d.function(o)
		case *types.Var:
			vars[name] = d.typ(o.Type())
		case *types.Const:
			consts[name] = obj{
				"type":  d.typ(o.Type()),
				"value": o.Val().ExactString(),
				"kind":  constKind(o.Val()),
			}
		}
	}
	return obj{"types": typesTab, "funcs": funcs, "vars": vars, "consts": consts}
}

func constKind(v constant.Value) string {
	switch v.Kind() {
	case constant.Int:
		return "int"
	case constant.Float:
		return "float"
	case constant.String:
		return "string"
	case constant.Bool:
		return "bool"
	case constant.Complex:
		return "complex"
	}
	return "unknown"
}

// typeName describes an exported type declaration.
func (d *dumper) typeName(tn *types.TypeName) obj {
	if tn.IsAlias() {
		// For an alias, "underlying" is the type it stands for (which may be
		// a named type of another package, e.g. os.FileMode = fs.FileMode).
		e := obj{"alias": true, "underlying": d.typ(types.Unalias(tn.Type())), "methods": obj{}}
		if a, ok := tn.Type().(*types.Alias); ok && a.TypeParams().Len() > 0 {
			e["typeparams"] = d.typeParams(a.TypeParams())
		}
		return e
	}
	named, ok := tn.Type().(*types.Named)
	if !ok {
		panic(fmt.Sprintf("%s: not a named type: %T", tn.Name(), tn.Type()))
	}
	d.note(named)
	e := obj{"underlying": d.typ(named.Underlying()), "methods": d.methods(named)}
	if named.TypeParams().Len() > 0 {
		e["typeparams"] = d.typeParams(named.TypeParams())
	}
	return e
}

// methods lists the exported methods declared on a named type (receiver T or *T).
func (d *dumper) methods(named *types.Named) obj {
	ms := obj{}
	if _, isIface := named.Underlying().(*types.Interface); isIface {
		return ms // an interface's methods are in its underlying type
	}
	for i := 0; i < named.NumMethods(); i++ {
		m := named.Method(i)
		if !m.Exported() {
			continue
		}
		ms[m.Name()] = d.function(m)
	}
	return ms
}

// function describes a package function or a method.
func (d *dumper) function(f *types.Func) obj {
	sig := f.Type().(*types.Signature)
	e := obj{"sig": d.sig(sig)}
	var params []any
	if recv := sig.Recv(); recv != nil {
		_, isPtr := recv.Type().(*types.Pointer)
		e["ptr_recv"] = isPtr
		params = append(params, d.param(recv))
		if sig.RecvTypeParams().Len() > 0 {
			e["recv_typeparams"] = d.typeParams(sig.RecvTypeParams())
		}
	} else {
		e["generic"] = sig.TypeParams().Len() > 0
		if sig.TypeParams().Len() > 0 {
			e["typeparams"] = d.typeParams(sig.TypeParams())
		}
	}
	for i := 0; i < sig.Params().Len(); i++ {
		params = append(params, d.param(sig.Params().At(i)))
	}
	if params == nil {
		params = []any{}
	}
	e["params"] = params
	if f.Pkg() != nil {
		d.declPkgs[f.Pkg().Path()] = true
		info := d.declsOf(f.Pkg().Path())[d.pos(f.Pos())]
		if info.bodyless {
			e["bodyless"] = true
		}
		if info.noescape {
			e["noescape"] = true
		}
	}
	return e
}

func (d *dumper) param(v *types.Var) obj {
	return obj{"name": v.Name(), "pos": d.pos(v.Pos())}
}

// pos formats a position as FILE:LINE:COL with FILE relative to GOROOT/src.
func (d *dumper) pos(p token.Pos) string {
	return d.position(d.fset.Position(p))
}

func (d *dumper) position(p token.Position) string {
	file := filepath.ToSlash(d.rel(p.Filename))
	return fmt.Sprintf("%s:%d:%d", file, p.Line, p.Column)
}

func (d *dumper) rel(file string) string {
	for _, root := range d.srcRoots {
		if strings.HasPrefix(file, root) {
			return file[len(root):]
		}
	}
	return file
}

// declsOf parses a package's files (as go build would select them) and
// records which function declarations have no body or carry //go:noescape.
func (d *dumper) declsOf(path string) map[string]funcDecl {
	if m, ok := d.declInfo[path]; ok {
		return m
	}
	m := map[string]funcDecl{}
	d.declInfo[path] = m
	bp, err := build.Default.Import(path, "", 0)
	if err != nil {
		d.parseErrs = append(d.parseErrs, fmt.Sprintf("%s: %v", path, err))
		return m
	}
	fset := token.NewFileSet()
	for _, name := range bp.GoFiles {
		f, err := parser.ParseFile(fset, filepath.Join(bp.Dir, name), nil, parser.ParseComments|parser.SkipObjectResolution)
		if err != nil {
			d.parseErrs = append(d.parseErrs, err.Error())
			continue
		}
		for _, decl := range f.Decls {
			fd, ok := decl.(*ast.FuncDecl)
			if !ok {
				continue
			}
			info := funcDecl{bodyless: fd.Body == nil}
			if fd.Doc != nil {
				for _, c := range fd.Doc.List {
					if strings.HasPrefix(c.Text, "//go:noescape") {
						info.noescape = true
					}
				}
			}
			m[d.position(fset.Position(fd.Name.Pos()))] = info
		}
	}
	return m
}

func (d *dumper) typeParams(list *types.TypeParamList) []any {
	out := []any{}
	for i := 0; i < list.Len(); i++ {
		tp := list.At(i)
		out = append(out, obj{"name": tp.Obj().Name(), "constraint": d.typ(tp.Constraint())})
	}
	return out
}

func (d *dumper) sig(s *types.Signature) obj {
	return obj{
		"params":   d.tuple(s.Params()),
		"results":  d.tuple(s.Results()),
		"variadic": s.Variadic(),
	}
}

func (d *dumper) tuple(t *types.Tuple) []any {
	out := []any{}
	for i := 0; i < t.Len(); i++ {
		v := t.At(i)
		out = append(out, obj{"name": v.Name(), "type": d.typ(v.Type())})
	}
	return out
}

// typ encodes a type; named types are referenced and queued for the "named" table.
func (d *dumper) typ(t types.Type) obj {
	switch t := t.(type) {
	case *types.Alias:
		return d.typ(types.Unalias(t))
	case *types.Basic:
		if t.Kind() == types.UnsafePointer {
			return obj{"kind": "basic", "name": "unsafe.Pointer"}
		}
		return obj{"kind": "basic", "name": t.Name()}
	case *types.Named:
		o := t.Obj()
		path := ""
		if o.Pkg() != nil {
			path = o.Pkg().Path()
		}
		e := obj{"kind": "named", "path": path, "name": o.Name()}
		if args := t.TypeArgs(); args.Len() > 0 {
			list := []any{}
			for i := 0; i < args.Len(); i++ {
				list = append(list, d.typ(args.At(i)))
			}
			e["args"] = list
		}
		d.note(t)
		return e
	case *types.Pointer:
		return obj{"kind": "pointer", "elem": d.typ(t.Elem())}
	case *types.Slice:
		return obj{"kind": "slice", "elem": d.typ(t.Elem())}
	case *types.Array:
		return obj{"kind": "array", "len": t.Len(), "elem": d.typ(t.Elem())}
	case *types.Map:
		return obj{"kind": "map", "key": d.typ(t.Key()), "elem": d.typ(t.Elem())}
	case *types.Chan:
		dir := "both"
		switch t.Dir() {
		case types.SendOnly:
			dir = "send"
		case types.RecvOnly:
			dir = "recv"
		}
		return obj{"kind": "chan", "dir": dir, "elem": d.typ(t.Elem())}
	case *types.Struct:
		fields := []any{}
		for i := 0; i < t.NumFields(); i++ {
			f := t.Field(i)
			fields = append(fields, obj{"name": f.Name(), "type": d.typ(f.Type()), "embedded": f.Embedded()})
		}
		return obj{"kind": "struct", "fields": fields}
	case *types.Signature:
		e := d.sig(t)
		e["kind"] = "func"
		return e
	case *types.Interface:
		methods := []any{}
		for i := 0; i < t.NumMethods(); i++ {
			m := t.Method(i)
			methods = append(methods, obj{"name": m.Name(), "sig": d.sig(m.Type().(*types.Signature))})
		}
		e := obj{"kind": "interface", "methods": methods}
		if !t.IsMethodSet() {
			e["typeset"] = true
			if t.IsComparable() {
				e["comparable"] = true
			}
			emb := []any{}
			for i := 0; i < t.NumEmbeddeds(); i++ {
				emb = append(emb, d.typ(t.EmbeddedType(i)))
			}
			e["embeddeds"] = emb
		}
		return e
	case *types.TypeParam:
		return obj{"kind": "typeparam", "name": t.Obj().Name()}
	case *types.Union:
		terms := []any{}
		for i := 0; i < t.Len(); i++ {
			term := t.Term(i)
			terms = append(terms, obj{"tilde": term.Tilde(), "type": d.typ(term.Type())})
		}
		return obj{"kind": "union", "terms": terms}
	}
	panic(fmt.Sprintf("unexpected type %T: %v", t, t))
}

func qualifier(p *types.Package) string { return p.Path() }

// namedKey is "pkgpath.Name", and for an instantiated generic type its
// go/types spelling with package paths, e.g. "iter.Seq[string]" or
// "sync/atomic.Pointer[internal/sync.node[any, any]]".
func namedKey(t *types.Named) string {
	if t.TypeArgs().Len() > 0 {
		return types.TypeString(t, qualifier)
	}
	o := t.Obj()
	if o.Pkg() == nil {
		return o.Name()
	}
	return o.Pkg().Path() + "." + o.Name()
}

// note queues a named type for the "named" table (predeclared error and comparable are left out).
func (d *dumper) note(t *types.Named) {
	if t.Obj().Pkg() == nil {
		return
	}
	key := namedKey(t)
	if _, ok := d.named[key]; ok {
		return
	}
	d.named[key] = nil // placeholder until the queue is drained
	d.queue = append(d.queue, t)
}

// namedEntry describes a named type: underlying type, size and alignment,
// and for types not already listed under "packages" its exported methods.
func (d *dumper) namedEntry(t *types.Named) obj {
	e := obj{"underlying": d.typ(t.Underlying())}
	generic := t.TypeParams().Len() > 0 && t.TypeArgs().Len() == 0
	if generic {
		e["typeparams"] = d.typeParams(t.TypeParams())
	} else if iface, ok := t.Underlying().(*types.Interface); !ok || iface.IsMethodSet() {
		// Constraint interfaces have no values, hence no layout.
		size, align, ok := d.layout(t)
		if ok {
			e["size"] = size
			e["align"] = align
		}
	}
	if t.TypeArgs().Len() > 0 {
		e["origin"] = namedKey(t.Origin())
		d.note(t.Origin())
		args := []any{}
		for i := 0; i < t.TypeArgs().Len(); i++ {
			args = append(args, d.typ(t.TypeArgs().At(i)))
		}
		e["args"] = args
		return e
	}
	o := t.Obj()
	if !(o.Exported() && d.listed[o.Pkg().Path()]) {
		if ms := d.methods(t); len(ms) > 0 {
			e["methods"] = ms
		}
	}
	return e
}

func (d *dumper) layout(t types.Type) (size, align int64, ok bool) {
	defer func() {
		if recover() != nil {
			ok = false
		}
	}()
	return d.sizes.Sizeof(t), d.sizes.Alignof(t), true
}
