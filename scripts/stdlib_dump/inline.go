package main

import (
	"bufio"
	"go/types"
	"os"
	"strings"
)

// Bodies gc can inline. A standard-library call gc inlines into the user's
// package pastes the callee's body there, and the calls that body makes are
// inlined in turn: the analyzer lowers those bodies from their source as it
// lowers generic code. With -inline FILE (one object key a line, "pkgpath.F"
// or "pkgpath.T.M", the functions and methods gc can inline, from the
// compiler's own -m=2 build) every such function the dump lists carries its
// declaration as "body" (the SOURCE encoding of generic code), and every
// package-level object that body refers to is listed too, and so on until
// nothing new is reached: a body reached that way may be inlined as well.

// readInlinable reads the -inline file.
func readInlinable(path string) (map[string]bool, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	keys := map[string]bool{}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if k := strings.TrimSpace(sc.Text()); k != "" {
			keys[k] = true
		}
	}
	return keys, sc.Err()
}

// inlineBody is the source of a non-generic function gc can inline (nil for
// any other), and queues its body for the walk of what it refers to.
func (d *dumper) inlineBody(f *types.Func) obj {
	if f.Pkg() == nil || isGenericFunc(f) || !d.inlinable[objKey(f)] {
		return nil
	}
	d.wantSource(f)
	return d.declSource(f)
}

// wantMethod records that source refers to method name of the named type
// key: listed with the type's other methods, even unexported. A type whose
// entry was made before is made again with it.
func (d *dumper) wantMethod(named *types.Named, name string) {
	key := namedKey(named)
	if d.methodsOf[key] == nil {
		d.methodsOf[key] = map[string]bool{}
	}
	if d.methodsOf[key][name] {
		return
	}
	d.methodsOf[key][name] = true
	if e, ok := d.named[key]; ok && e != nil {
		d.named[key] = nil
		d.queue = append(d.queue, named)
	}
	d.note(named)
}

// closeAll walks queued source and makes queued named-type entries until
// neither queue has anything left (an entry may list a method whose body is
// walked, and a body may reach further named types).
func (d *dumper) closeAll() {
	for len(d.generics) > 0 || len(d.queue) > 0 {
		d.closeGenerics()
		for len(d.queue) > 0 {
			t := d.queue[0]
			d.queue = d.queue[1:]
			d.named[namedKey(t)] = d.namedEntry(t)
		}
	}
}
