package main

import (
	"fmt"
	"go/ast"
	"go/build"
	"go/constant"
	"go/parser"
	"go/token"
	"go/types"
	"path/filepath"
	"strings"
)

type funcDecl struct {
	bodyless bool
	noescape bool
}

type dumper struct {
	fset     *token.FileSet
	sizes    types.Sizes
	srcRoots []string // GOROOT/src/ spellings to strip from file names
	imp      types.Importer

	listed    map[string]bool                // packages named on the command line
	pkgs      obj                            // the "packages" table
	done      map[string]bool                // objects already in "packages"
	named     map[string]obj                 // the "named" table
	queue     []*types.Named                 // named types waiting for their entry
	methodsOf map[string]map[string]bool     // named key -> unexported methods to list too
	declPkgs  map[string]bool                // packages whose functions are listed
	declInfo  map[string]map[string]funcDecl // package -> name position -> facts from go/ast
	parseErrs []string

	checked   map[string]*checkedPkg // packages type-checked with syntax (generic.go)
	generics  []types.Object         // generic functions and types waiting for their source
	sourced   map[string]bool
	inlinable map[string]bool // object keys of the functions gc can inline (inline.go)
	intrinsic map[string]bool // object keys of the functions gc compiles to instructions (intrinsics.go)
}

func newDumper(fset *token.FileSet, roots []string, imp types.Importer) *dumper {
	return &dumper{
		fset:      fset,
		sizes:     types.SizesFor("gc", "amd64"),
		srcRoots:  roots,
		imp:       imp,
		listed:    map[string]bool{},
		pkgs:      obj{},
		done:      map[string]bool{},
		named:     map[string]obj{},
		methodsOf: map[string]map[string]bool{},
		declPkgs:  map[string]bool{},
		declInfo:  map[string]map[string]funcDecl{},
		checked:   map[string]*checkedPkg{},
		sourced:   map[string]bool{},
		inlinable: map[string]bool{},
		intrinsic: map[string]bool{},
	}
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

// typeName describes a type declaration.
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
	generic := named.TypeParams().Len() > 0
	e := obj{"underlying": d.typ(named.Underlying()), "methods": d.methods(named, generic)}
	if generic {
		e["typeparams"] = d.typeParams(named.TypeParams())
		if src := d.typeSource(tn); src != nil {
			e["source"] = src
		}
		d.wantSource(tn)
	}
	return e
}

// methods lists the methods declared on a named type (receiver T or *T):
// the exported ones, or with all set every one, and those generic source needs.
func (d *dumper) methods(named *types.Named, all bool) obj {
	ms := obj{}
	if _, isIface := named.Underlying().(*types.Interface); isIface {
		return ms // an interface's methods are in its underlying type
	}
	wanted := d.methodsOf[namedKey(named)]
	for i := 0; i < named.NumMethods(); i++ {
		m := named.Method(i)
		if !(m.Exported() || all || wanted[m.Name()]) {
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
		if sig.TypeParams().Len() > 0 { // a generic method (Go 1.27)
			e["typeparams"] = d.typeParams(sig.TypeParams())
			d.wantSource(f)
		}
	} else {
		e["generic"] = sig.TypeParams().Len() > 0
		if sig.TypeParams().Len() > 0 {
			e["typeparams"] = d.typeParams(sig.TypeParams())
			d.wantSource(f)
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
	if f.Pkg() != nil && d.intrinsic[objKey(f)] {
		e["intrinsic"] = true
	}
	if src := d.sourceOf(f); src != nil {
		e["source"] = src
	} else if body := d.inlineBody(f); body != nil {
		e["body"] = body
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
// and for types not already listed under "packages" its exported methods
// (plus the unexported ones generic source calls).
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
	listedHere := o.Exported() && d.listed[o.Pkg().Path()]
	if ms := d.methods(t, t.TypeParams().Len() > 0); len(ms) > 0 {
		if listedHere {
			// exported methods are under "packages"; keep only the extra ones here
			for name := range ms {
				if ast.IsExported(name) {
					delete(ms, name)
				}
			}
		}
		if len(ms) > 0 {
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
