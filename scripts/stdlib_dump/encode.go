package main

import (
	"fmt"
	"go/types"
)

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
			fe := obj{"name": f.Name(), "type": d.typ(f.Type()), "embedded": f.Embedded()}
			if !f.Exported() && f.Pkg() != nil {
				fe["pkg"] = f.Pkg().Path() // gc qualifies unexported fields in type names
			}
			if tag := t.Tag(i); tag != "" {
				fe["tag"] = tag // and quotes tags in them
			}
			fields = append(fields, fe)
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
			me := obj{"name": m.Name(), "sig": d.sig(m.Type().(*types.Signature))}
			if !m.Exported() && m.Pkg() != nil {
				me["pkg"] = m.Pkg().Path()
			}
			methods = append(methods, me)
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
