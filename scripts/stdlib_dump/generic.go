package main

import (
	"fmt"
	"go/ast"
	"go/build"
	"go/parser"
	"go/token"
	"go/types"
	"os"
	"path/filepath"
	"strings"
)

// Generic code is compiled where it is instantiated: a program calling
// slices.Sort makes gc analyse slices.Sort[go.shape.int] (and everything
// generic it calls) in the program's own package. So for every generic
// function and generic type (with all its methods) the dump carries the
// declaration's source, and every package-level object that source refers
// to is dumped too, exported or not, generic ones with their source, and so
// on until nothing new is reached.

// checkedPkg is a package type-checked from its files with syntax kept.
type checkedPkg struct {
	files   []*ast.File
	srcs    map[*ast.File][]byte
	info    *types.Info
	funcs   map[string]*ast.FuncDecl // "F" or "T.M" (receiver base name)
	typeDcl map[string]*ast.GenDecl  // the declaration holding type T
}

func (d *dumper) check(path string) *checkedPkg {
	if c, ok := d.checked[path]; ok {
		return c
	}
	c := &checkedPkg{srcs: map[*ast.File][]byte{}, funcs: map[string]*ast.FuncDecl{},
		typeDcl: map[string]*ast.GenDecl{}}
	d.checked[path] = c
	bp, err := build.Default.Import(path, "", 0)
	if err != nil {
		d.parseErrs = append(d.parseErrs, fmt.Sprintf("%s: %v", path, err))
		return c
	}
	for _, name := range bp.GoFiles {
		file := filepath.Join(bp.Dir, name)
		src, err := os.ReadFile(file)
		if err != nil {
			d.parseErrs = append(d.parseErrs, err.Error())
			continue
		}
		f, err := parser.ParseFile(d.fset, file, src, parser.ParseComments|parser.SkipObjectResolution)
		if err != nil {
			d.parseErrs = append(d.parseErrs, err.Error())
			continue
		}
		c.files = append(c.files, f)
		c.srcs[f] = src
		for _, decl := range f.Decls {
			switch decl := decl.(type) {
			case *ast.FuncDecl:
				c.funcs[funcKey(decl)] = decl
			case *ast.GenDecl:
				for _, s := range decl.Specs {
					if ts, ok := s.(*ast.TypeSpec); ok {
						c.typeDcl[ts.Name.Name] = decl
					}
				}
			}
		}
	}
	c.info = &types.Info{Uses: map[*ast.Ident]types.Object{}, Defs: map[*ast.Ident]types.Object{},
		Implicits: map[ast.Node]types.Object{}}
	conf := types.Config{Importer: d.imp, Sizes: d.sizes, Error: func(error) {}}
	conf.Check(path, d.fset, c.files, c.info)
	return c
}

// funcKey names a function declaration "F", or "T.M" for a method of T.
func funcKey(fd *ast.FuncDecl) string {
	if fd.Recv == nil || len(fd.Recv.List) == 0 {
		return fd.Name.Name
	}
	t := fd.Recv.List[0].Type
	for {
		switch x := t.(type) {
		case *ast.StarExpr:
			t = x.X
			continue
		case *ast.IndexExpr:
			t = x.X
			continue
		case *ast.IndexListExpr:
			t = x.X
			continue
		case *ast.ParenExpr:
			t = x.X
			continue
		}
		break
	}
	if id, ok := t.(*ast.Ident); ok {
		return id.Name + "." + fd.Name.Name
	}
	return fd.Name.Name
}

// isGenericFunc: a generic function, or a method of a generic type.
func isGenericFunc(f *types.Func) bool {
	sig := f.Type().(*types.Signature)
	return sig.TypeParams().Len() > 0 || sig.RecvTypeParams().Len() > 0
}

func objKey(o types.Object) string {
	if f, ok := o.(*types.Func); ok {
		if recv := f.Type().(*types.Signature).Recv(); recv != nil {
			if n := recvNamed(recv.Type()); n != nil {
				return namedKey(n.Origin()) + "." + f.Name()
			}
		}
	}
	return o.Pkg().Path() + "." + o.Name()
}

func recvNamed(t types.Type) *types.Named {
	if p, ok := t.(*types.Pointer); ok {
		t = p.Elem()
	}
	n, _ := types.Unalias(t).(*types.Named)
	return n
}

// wantSource queues a generic function or type for the walk of its source.
func (d *dumper) wantSource(o types.Object) {
	if o.Pkg() == nil || d.sourced[objKey(o)] {
		return
	}
	d.sourced[objKey(o)] = true
	d.generics = append(d.generics, o)
}

// sourceOf is the source of a generic function or of a method of a generic type,
// or of a function gc can inline (inline.go), from its first //go: directive if
// it has one.
func (d *dumper) sourceOf(f *types.Func) obj {
	if f.Pkg() == nil || !isGenericFunc(f) {
		return nil
	}
	return d.declSource(f)
}

// declSource is the source of a function or method declaration.
func (d *dumper) declSource(f *types.Func) obj {
	c := d.check(f.Pkg().Path())
	key := f.Name()
	if recv := f.Type().(*types.Signature).Recv(); recv != nil {
		key = recvNamed(recv.Type()).Obj().Name() + "." + f.Name()
	}
	fd := c.funcs[key]
	if fd == nil {
		d.parseErrs = append(d.parseErrs, fmt.Sprintf("%s: no declaration of %s", f.Pkg().Path(), key))
		return nil
	}
	start := fd.Pos()
	if fd.Doc != nil {
		// the compiler directives before it (//go:noinline) come with the text
		for _, cm := range fd.Doc.List {
			if strings.HasPrefix(cm.Text, "//go:") {
				start = cm.Pos()
				break
			}
		}
	}
	return d.snippet(c, start, fd.End())
}

// typeSource is the source of the declaration holding a generic type.
func (d *dumper) typeSource(tn *types.TypeName) obj {
	c := d.check(tn.Pkg().Path())
	gd := c.typeDcl[tn.Name()]
	if gd == nil {
		d.parseErrs = append(d.parseErrs, fmt.Sprintf("%s: no declaration of type %s", tn.Pkg().Path(), tn.Name()))
		return nil
	}
	return d.snippet(c, gd.Pos(), gd.End())
}

// snippet is the text between two positions of one file, where it starts
// (file relative to GOROOT/src, line, column) and the file's imports by name.
func (d *dumper) snippet(c *checkedPkg, start, end token.Pos) obj {
	for _, f := range c.files {
		if start < f.FileStart || start >= f.FileEnd {
			continue
		}
		tf := d.fset.File(start)
		src := c.srcs[f]
		p := d.fset.Position(start)
		imports := obj{}
		for _, spec := range f.Imports {
			pn := c.info.PkgNameOf(spec)
			if pn == nil || pn.Name() == "_" || pn.Name() == "." {
				continue
			}
			imports[pn.Name()] = pn.Imported().Path()
		}
		return obj{
			"file":    filepath.ToSlash(d.rel(p.Filename)),
			"line":    p.Line,
			"col":     p.Column,
			"text":    string(src[tf.Offset(start):tf.Offset(end)]),
			"imports": imports,
		}
	}
	return nil
}

// closeGenerics walks the source of every queued generic declaration and
// dumps what it refers to, until the queue is empty.
func (d *dumper) closeGenerics() {
	for len(d.generics) > 0 {
		o := d.generics[0]
		d.generics = d.generics[1:]
		c := d.check(o.Pkg().Path())
		switch o := o.(type) {
		case *types.Func:
			key := o.Name()
			recv := o.Type().(*types.Signature).Recv()
			if recv != nil {
				key = recvNamed(recv.Type()).Obj().Name() + "." + o.Name()
			}
			if fd := c.funcs[key]; fd != nil {
				d.walk(c, fd)
			}
			if recv == nil { // a generic method is in its type's methods already
				d.object(o)
			}
		case *types.TypeName:
			if gd := c.typeDcl[o.Name()]; gd != nil {
				d.walk(c, gd)
			}
			named := o.Type().(*types.Named)
			for i := 0; i < named.NumMethods(); i++ {
				m := named.Method(i)
				if fd := c.funcs[o.Name()+"."+m.Name()]; fd != nil {
					d.walk(c, fd)
				}
			}
			d.note(named)
			if !o.Exported() || !d.listed[o.Pkg().Path()] {
				d.object(o)
			}
		}
	}
}

// walk dumps every package-level object a declaration refers to.
func (d *dumper) walk(c *checkedPkg, n ast.Node) {
	ast.Inspect(n, func(n ast.Node) bool {
		id, ok := n.(*ast.Ident)
		if !ok {
			return true
		}
		if o := c.info.Uses[id]; o != nil {
			d.reference(o)
		}
		return true
	})
}

func (d *dumper) reference(o types.Object) {
	if o.Pkg() == nil || o.Pkg().Path() == "unsafe" {
		return
	}
	pkgLevel := o.Parent() != nil && o.Parent() == o.Pkg().Scope()
	switch o := o.(type) {
	case *types.Func:
		sig := o.Type().(*types.Signature)
		recv := sig.Recv()
		if recv == nil {
			d.object(o.Origin())
			return
		}
		base := recvNamed(recv.Type())
		if base == nil {
			return // an interface method, or a method of a type parameter
		}
		origin := base.Origin()
		if _, iface := origin.Underlying().(*types.Interface); iface {
			return
		}
		if origin.TypeParams().Len() > 0 {
			d.wantSource(origin.Obj())
			return
		}
		d.wantMethod(origin, o.Name())
	case *types.TypeName:
		if !pkgLevel {
			return
		}
		if n, ok := o.Type().(*types.Named); ok && n.TypeParams().Len() > 0 {
			d.wantSource(o)
		}
		d.object(o)
	case *types.Var:
		if pkgLevel && !o.IsField() {
			d.object(o)
		}
	case *types.Const:
		if pkgLevel {
			d.object(o)
		}
	}
}
