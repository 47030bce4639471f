"""Fuzzing the inliner: closures in every role, and standard-library calls.

Two construct generators for ``bench/fuzz.py --inline --require``: closures
that gc inlines where they are called, copies with the function that holds
them (a constructor returning a closure, a helper taking one), nests,
stores and loops; and calls of the standard library that are inlined or
not (formatting, conversions, strings, errors, sorting, synchronisation),
with their results kept, boxed or dropped.
"""

from __future__ import annotations

from bench.fuzzgen import Ctx, sink_int_ptr, use_global, use_type


def g_closures_inline(c: Ctx) -> str:
    """One of several closure shapes, each with random escape choices."""
    f = c.name("cl")
    kind = c.pick(["direct", "ctor", "apply", "nested", "loop", "store", "twice", "capture-ptr",
                   "method", "recursive-helper"])
    out = ""
    if kind == "direct":
        cap = c.pick(["x", "&x"])
        body = (f"\tx := {c.rng.randint(1, 9)}\n\tv := func() int {{ return x * 2 }}()\n"
                f"\tp := func() *int {{ return {cap if cap == '&x' else 'new(int)'} }}()\n"
                + sink_int_ptr(c, "p") + "\treturn v\n")
    elif kind == "ctor":
        g = c.name("mkc")
        byref = c.chance(0.5)
        inner = "n++; return n" if byref else "return n * 2"
        out = f"func {g}(n int) func() int {{\n\treturn func() int {{ {inner} }}\n}}\n\n"
        use_ = c.pick(["call", "keep", "global"])
        if use_ == "global":
            use_global(c, "sinkF")
            body = f"\tsinkF = {g}(3)\n\treturn 0\n"
        elif use_ == "keep":
            body = f"\th := {g}(4)\n\treturn h() + h()\n"
        else:
            body = f"\treturn {g}(5)()\n"
    elif kind == "apply":
        g = c.name("ap")
        out = f"func {g}(fn func(int) int, v int) int {{ return fn(v) }}\n\n"
        k = c.rng.randint(1, 5)
        if c.chance(0.5):
            body = f"\tk := {k}\n\treturn {g}(func(x int) int {{ return x * k }}, 2)\n"
        else:
            body = (f"\ttotal := 0\n\t{g}(func(x int) int {{ total += x; return total }}, {k})\n"
                    f"\tq := &total\n" + sink_int_ptr(c, "q") + "\treturn total\n")
    elif kind == "nested":
        body = ("\ta := 1\n\touter := func() func() int {\n\t\tb := a + 1\n"
                "\t\treturn func() int { return a + b }\n\t}\n")
        body += ("\treturn outer()()\n" if c.chance(0.5) else "\tg := outer()\n\t_ = g\n\treturn a\n")
    elif kind == "loop":
        use_type(c, "T")
        body = ("\tvar fs []func() int\n\tfor i := range 3 {\n"
                "\t\tfs = append(fs, func() int { return i })\n\t}\n"
                "\ts := 0\n\tfor _, g := range fs {\n\t\ts += g()\n\t}\n")
        if c.chance(0.5):
            body += "\tt := &T{n: s}\n\tfunc() { t.n++ }()\n\treturn t.n\n"
        else:
            body += "\treturn s\n"
    elif kind == "store":
        use_type(c, "T")
        where = c.pick(["slice", "map", "struct"])
        if where == "slice":
            body = "\tx := 2\n\tfs := []func() int{func() int { return x }}\n\treturn fs[0]()\n"
        elif where == "map":
            body = ("\tx := 3\n\tm := map[string]func() int{\"a\": func() int { x++; return x }}\n"
                    "\treturn m[\"a\"]()\n")
        else:
            body = "\tx := 4\n\tholder := struct{ f func() int }{func() int { return x }}\n" \
                   "\treturn holder.f()\n"
    elif kind == "twice":
        big = " + ".join(f"m*{i}" for i in range(1, c.rng.randint(20, 45)))
        body = f"\tg := func(m int) int {{ return {big} }}\n"
        body += ("\treturn g(1) + g(2)\n" if c.chance(0.5) else "\treturn g(3)\n")
    elif kind == "capture-ptr":
        use_type(c, "T")
        body = "\tt := &T{n: 1}\n\tinc := func() { t.n++ }\n\tinc()\n"
        body += ("\tsinkT = t\n" if c.chance(0.5) else "") + "\treturn t.n\n"
        if "sinkT = t" in body:
            use_global(c, "sinkT")
    elif kind == "method":
        use_type(c, "Box")
        body = ("\tb := &Box{}\n\tset := func(p *int) { b.Set(p) }\n\ty := 7\n\tset(&y)\n"
                "\treturn *b.Get()\n")
    else:
        g = c.name("walk")
        out = (f"func {g}(n int, visit func(int)) {{\n\tif n == 0 {{\n\t\treturn\n\t}}\n"
               f"\tvisit(n)\n\t{g}(n-1, visit)\n}}\n\n")
        body = f"\tsum := 0\n\t{g}(3, func(v int) {{ sum += v }})\n\treturn sum\n"
    c.calls.append(f"_ = {f}()")
    return out + f"func {f}() int {{\n{body}}}\n"


def g_stdlib_inline(c: Ctx) -> str:
    """A function using a few standard-library calls, inlined by gc or not."""
    f = c.name("std")
    lines: list[str] = []
    for _ in range(c.rng.randint(1, 3)):
        kind = c.pick(["println", "printf", "sprintf", "itoa", "atoi", "repeat", "upper", "contains",
                       "join", "fields", "errors", "errorf", "sortints", "sortslice", "mutex",
                       "sqrt", "maxmin", "builder", "bytesbuf", "once", "hasprefix", "trim"])
        v = c.name("s")
        if kind == "println":
            c.imports.add("fmt")
            lines.append(f"{v} := {c.rng.randint(1, 300)}\n\tfmt.Println({v}, \"x\")")
        elif kind == "printf":
            c.imports.add("fmt")
            lines.append(f"{v} := 2.5\n\tfmt.Printf(\"%v\\n\", {v})")
        elif kind == "sprintf":
            c.imports.add("fmt")
            lines.append(f"{v} := fmt.Sprintf(\"%d-%s\", 3, \"a\")\n\t_ = len({v})")
        elif kind == "itoa":
            c.imports.add("strconv")
            lines.append(f"{v} := strconv.Itoa({c.rng.randint(1, 99)})\n\t_ = {v}")
        elif kind == "atoi":
            c.imports.add("strconv")
            lines.append(f"{v}, _ := strconv.Atoi(\"12\")\n\t_ = {v}")
        elif kind == "repeat":
            c.imports.add("strings")
            lines.append(f"{v} := strings.Repeat(\"ab\", 3)\n\t_ = {v}")
        elif kind == "upper":
            c.imports.add("strings")
            lines.append(f"{v} := strings.ToUpper(\"go\")\n\tprintln({v})")
        elif kind == "contains":
            c.imports.add("strings")
            lines.append(f"{v} := strings.Contains(\"gopher\", \"ph\")\n\t_ = {v}")
        elif kind == "join":
            c.imports.add("strings")
            lines.append(f"{v} := strings.Join([]string{{\"a\", \"b\"}}, \",\")\n\t_ = {v}")
        elif kind == "fields":
            c.imports.add("strings")
            lines.append(f"{v} := strings.Fields(\"a b c\")\n\t_ = len({v})")
        elif kind == "errors":
            c.imports.add("errors")
            lines.append(f"{v} := errors.New(\"boom\")\n\t_ = {v}")
        elif kind == "errorf":
            c.imports.add("fmt")
            lines.append(f"{v} := fmt.Errorf(\"n=%d\", 3)\n\t_ = {v}")
        elif kind == "sortints":
            c.imports.add("sort")
            lines.append(f"{v} := []int{{3, 1, 2}}\n\tsort.Ints({v})")
        elif kind == "sortslice":
            c.imports.add("sort")
            lines.append(f"{v} := []int{{3, 1, 2}}\n\tsort.Slice({v}, func(i, j int) bool "
                         f"{{ return {v}[i] < {v}[j] }})")
        elif kind == "mutex":
            c.imports.add("sync")
            lines.append(f"var {v} sync.Mutex\n\t{v}.Lock()\n\t{v}.Unlock()")
        elif kind == "sqrt":
            c.imports.add("math")
            lines.append(f"{v} := math.Sqrt(2)\n\t_ = {v}")
        elif kind == "maxmin":
            lines.append(f"{v} := max(3, 4) + min(1, 2)\n\t_ = {v}")
        elif kind == "builder":
            c.imports.add("strings")
            lines.append(f"var {v} strings.Builder\n\t{v}.WriteString(\"a\")\n\t_ = {v}.String()")
        elif kind == "bytesbuf":
            c.imports.add("bytes")
            lines.append(f"var {v} bytes.Buffer\n\t{v}.WriteByte('a')\n\t_ = {v}.Len()")
        elif kind == "once":
            c.imports.add("sync")
            lines.append(f"var {v} sync.Once\n\tn{v} := 0\n\t{v}.Do(func() {{ n{v}++ }})\n\t_ = n{v}")
        elif kind == "hasprefix":
            c.imports.add("strings")
            lines.append(f"{v} := strings.HasPrefix(\"gopher\", \"go\")\n\t_ = {v}")
        else:
            c.imports.add("strings")
            lines.append(f"{v} := strings.TrimSpace(\" a \")\n\t_ = {v}")
    c.calls.append(f"{f}()")
    return f"func {f}() {{\n\t" + "\n\t".join(lines) + "\n}\n"


CONSTRUCTS = {"closures-inline": g_closures_inline, "stdlib-inline": g_stdlib_inline}
"""The constructs ``--require`` asks of every program (names as ``bench/fuzz.py`` lists them)."""
