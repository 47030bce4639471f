"""Random, compilable ``package main`` programs for differential fuzzing.

Each program is assembled from *construct generators*: small functions
that emit one or two Go functions exercising a construct (closures, maps,
interfaces...) with random choices inside (which value escapes and how,
types, sizes, loop shapes). ``main`` calls every generated function, so
nothing is unused. Programs are 10 to 80 lines.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass, field
from typing import Callable

WHERE_TO = ["return", "global", "local", "param", "append", "map", "chan", "closure", "iface"]


@dataclass
class Ctx:
    rng: random.Random
    n: int = 0
    globals_: set[str] = field(default_factory=set)
    types: set[str] = field(default_factory=set)
    imports: set[str] = field(default_factory=set)
    calls: list[str] = field(default_factory=list)

    def name(self, base: str) -> str:
        self.n += 1
        return f"{base}{self.n}"

    def pick(self, xs):  # noqa: ANN001, ANN201
        return self.rng.choice(xs)

    def chance(self, p: float) -> bool:
        return self.rng.random() < p


TYPES = {
    "T": "type T struct {\n\tn int\n\tp *int\n}\n",
    "S": "type S struct{ a, b int }\n",
    "Big": "type Big struct{ buf [200]byte }\n",
    "Shape": "type Shape interface{ Area() int }\n",
    "Sq": "type Sq struct{ s int }\n\nfunc (q Sq) Area() int { return q.s * q.s }\n",
    "Box": "type Box struct{ v *int }\n\nfunc (b *Box) Set(p *int) { b.v = p }\n\nfunc (b Box) Get() *int { return b.v }\n",
}
GLOBALS = {
    "sinkP": "var sinkP *int\n",
    "sinkT": "var sinkT *T\n",
    "sinkA": "var sinkA any\n",
    "sinkS": "var sinkS []int\n",
    "sinkF": "var sinkF func() int\n",
}


def use_type(c: Ctx, *names: str) -> None:
    c.types.update(names)


def use_global(c: Ctx, name: str) -> None:
    c.globals_.add(name)


def sink_int_ptr(c: Ctx, expr: str, indent: str = "\t") -> str:
    """A statement that sends an *int somewhere, chosen at random."""
    how = c.pick(["global", "local", "println", "iface"])
    if how == "global":
        use_global(c, "sinkP")
        return f"{indent}sinkP = {expr}\n"
    if how == "iface":
        use_global(c, "sinkA")
        return f"{indent}sinkA = {expr}\n"
    if how == "println":
        return f"{indent}println({expr})\n"
    return f"{indent}_ = *{expr}\n"


# ---------------------------------------------------------------- constructs

def g_pointers(c: Ctx) -> str:
    f = c.name("ptr")
    x = c.name("x")
    if c.chance(0.5):
        c.calls.append(f"_ = {f}()")
        return f"func {f}() *int {{\n\t{x} := {c.rng.randint(0, 99)}\n\treturn &{x}\n}}\n"
    c.calls.append(f"{f}()")
    return f"func {f}() {{\n\t{x} := {c.rng.randint(0, 99)}\n\tp := &{x}\n" + sink_int_ptr(c, "p") + "}\n"


def g_structs(c: Ctx) -> str:
    use_type(c, "T")
    f = c.name("mk")
    ret = c.pick(["*T", "T", "int"])
    body = "\tv := 1\n"
    if ret == "*T":
        body += "\treturn &T{n: v, p: &v}\n"
    elif ret == "T":
        body += "\tt := T{n: v}\n\tt.p = &v\n\treturn t\n"
    else:
        body += "\tt := &T{n: v}\n\treturn t.n\n"
    c.calls.append(f"_ = {f}()")
    return f"func {f}() {ret} {{\n{body}}}\n"


def g_params(c: Ctx) -> str:
    f = c.name("use")
    kind = c.pick(["heap", "result", "content", "none", "deref"])
    if kind == "heap":
        use_global(c, "sinkP")
        body, ret = "\tsinkP = p\n", ""
    elif kind == "result":
        body, ret = "\treturn p\n", " *int"
    elif kind == "content":
        use_global(c, "sinkP")
        body, ret = "\tsinkP = *pp\n", ""
    elif kind == "deref":
        body, ret = "\treturn *p + 1\n", " int"
    else:
        body, ret = "\t_ = p\n", ""
    param = "pp **int" if kind == "content" else "p *int"
    call_arg = "&q" if kind != "content" else "&r"
    pre = "q := 3\n\t" if kind != "content" else "q := 3\n\tr := &q\n\t"
    caller = c.name("call")
    use = f"_ = {f}({call_arg})" if ret else f"{f}({call_arg})"
    c.calls.append(f"{caller}()")
    return (f"func {f}({param}){ret} {{\n{body}}}\n\n"
            f"func {caller}() {{\n\t{pre}{use}\n}}\n")


def g_slices(c: Ctx) -> str:
    f = c.name("sl")
    n = c.pick([3, 8, 100])
    kind = c.pick(["local", "return", "ptrs", "slicearr", "copy"])
    if kind == "local":
        body = f"\ts := make([]int, {n})\n\ts = append(s, 1)\n\treturn len(s)\n"
        ret = "int"
    elif kind == "return":
        body = f"\ts := []int{{1, 2, 3}}\n\tfor i := 0; i < {n}; i++ {{\n\t\ts = append(s, i)\n\t}}\n\treturn s\n"
        ret = "[]int"
    elif kind == "ptrs":
        body = "\ta, b := 1, 2\n\tps := []*int{&a}\n\tps = append(ps, &b)\n\treturn len(ps)\n"
        ret = "int"
    elif kind == "slicearr":
        body = f"\tvar arr [{n}]int\n\ts := arr[1:]\n\treturn s\n"
        ret = "[]int"
    else:
        body = f"\tdst := make([]int, {n})\n\tsrc := []int{{1, 2}}\n\treturn copy(dst, src)\n"
        ret = "int"
    c.calls.append(f"_ = {f}()")
    return f"func {f}() {ret} {{\n{body}}}\n"


def g_maps(c: Ctx) -> str:
    f = c.name("mp")
    kind = c.pick(["store", "lookup", "literal", "return"])
    if kind == "store":
        body = "\tm := make(map[int]*int)\n\tv := 1\n\tm[0] = &v\n\treturn len(m)\n"
    elif kind == "lookup":
        body = "\tm := map[string]int{\"a\": 1}\n\tk := \"a\"\n\treturn m[k]\n"
    elif kind == "literal":
        body = "\tx := 2\n\tm := map[int]*int{1: &x}\n\treturn len(m)\n"
    else:
        c.calls.append(f"_ = {f}()")
        return f"func {f}() map[int]int {{\n\treturn map[int]int{{1: 2}}\n}}\n"
    c.calls.append(f"_ = {f}()")
    return f"func {f}() int {{\n{body}}}\n"


def g_closures(c: Ctx) -> str:
    f = c.name("clo")
    kind = c.pick(["byvalue", "byref", "local", "global", "param"])
    if kind == "byvalue":
        body, ret = "\tx := 1\n\treturn func() int { return x }\n", "func() int"
    elif kind == "byref":
        body, ret = "\tx := 1\n\treturn func() int { x++; return x }\n", "func() int"
    elif kind == "local":
        body, ret = "\tx := 1\n\tg := func() { x += 2 }\n\tg()\n\treturn x\n", "int"
    elif kind == "global":
        use_global(c, "sinkF")
        body, ret = "\ty := 5\n\tsinkF = func() int { return y }\n\treturn 0\n", "int"
    else:
        h = c.name("apply")
        c.calls.append(f"_ = {f}()")
        return (f"func {h}(g func() int) int {{ return g() }}\n\n"
                f"func {f}() int {{\n\tz := 4\n\treturn {h}(func() int {{ z++; return z }})\n}}\n")
    c.calls.append(f"_ = {f}()")
    return f"func {f}() {ret} {{\n{body}}}\n"


def g_go_defer(c: Ctx) -> str:
    f = c.name("gd")
    h = c.name("touch")
    kind = c.pick(["go", "defer", "deferloop", "golit"])
    head = f"func {h}(p *int) {{ *p++ }}\n\n"
    if kind == "go":
        body = f"\ta := 1\n\tgo {h}(&a)\n"
    elif kind == "defer":
        body = f"\ta := 1\n\tdefer {h}(&a)\n"
    elif kind == "deferloop":
        body = f"\tfor i := 0; i < 2; i++ {{\n\t\tb := i\n\t\tdefer {h}(&b)\n\t}}\n"
    else:
        body = "\tc := 2\n\tgo func() {\n\t\tc++\n\t}()\n"
    c.calls.append(f"{f}()")
    return head + f"func {f}() {{\n{body}}}\n"


def g_loops(c: Ctx) -> str:
    f = c.name("lp")
    kind = c.pick(["outer", "inner", "range", "rangeint", "label"])
    if kind == "outer":
        use_type(c, "S")
        body = "\tvar last *S\n\tfor i := 0; i < 3; i++ {\n\t\tlast = &S{a: i}\n\t}\n\treturn last.a\n"
    elif kind == "inner":
        use_type(c, "S")
        body = "\tt := 0\n\tfor i := 0; i < 3; i++ {\n\t\ts := &S{a: i}\n\t\tt += s.a\n\t}\n\treturn t\n"
    elif kind == "range":
        body = "\tvar p *int\n\tfor _, v := range []int{1, 2} {\n\t\tp = &v\n\t}\n\treturn *p\n"
    elif kind == "rangeint":
        body = "\tt := 0\n\tfor i := range 4 {\n\t\tq := &i\n\t\tt += *q\n\t}\n\treturn t\n"
    else:
        body = ("\tn := 0\n\tvar keep *int\nagain:\n\tv := n\n\tkeep = &v\n\tn++\n"
                "\tif n < 3 {\n\t\tgoto again\n\t}\n\treturn *keep\n")
    c.calls.append(f"_ = {f}()")
    return f"func {f}() int {{\n{body}}}\n"


def g_channels(c: Ctx) -> str:
    f = c.name("ch")
    kind = c.pick(["send", "select", "recv"])
    if kind == "send":
        body = "\tch := make(chan *int, 1)\n\tv := 1\n\tch <- &v\n\treturn *<-ch\n"
    elif kind == "select":
        body = ("\tch := make(chan *int, 1)\n\tv := 2\n\tselect {\n\tcase ch <- &v:\n\tdefault:\n\t}\n"
                "\treturn len(ch)\n")
    else:
        body = "\tch := make(chan int, 1)\n\tch <- 3\n\tx := <-ch\n\treturn x\n"
    c.calls.append(f"_ = {f}()")
    return f"func {f}() int {{\n{body}}}\n"


def g_methods(c: Ctx) -> str:
    use_type(c, "Box")
    f = c.name("mt")
    kind = c.pick(["set", "get", "value", "expr"])
    if kind == "set":
        body = "\tvar b Box\n\tx := 1\n\tb.Set(&x)\n\treturn *b.Get()\n"
    elif kind == "get":
        body = "\tb := &Box{}\n\ty := 2\n\tb.v = &y\n\treturn *b.Get()\n"
    elif kind == "value":
        use_global(c, "sinkP")
        body = "\tb := Box{}\n\tg := b.Get\n\tsinkP = g()\n\treturn 0\n"
    else:
        body = "\tb := Box{}\n\tz := 3\n\tset := (*Box).Set\n\tset(&b, &z)\n\treturn *b.v\n"
    c.calls.append(f"_ = {f}()")
    return f"func {f}() int {{\n{body}}}\n"


def g_interfaces(c: Ctx) -> str:
    use_type(c, "Shape", "Sq")
    f = c.name("ifc")
    kind = c.pick(["param", "devirt", "assert", "switch", "any"])
    if kind == "param":
        h = c.name("area")
        c.calls.append(f"_ = {f}()")
        return (f"func {h}(s Shape) int {{ return s.Area() }}\n\n"
                f"func {f}() int {{\n\tq := Sq{{s: 2}}\n\treturn {h}(q)\n}}\n")
    if kind == "devirt":
        body = "\tvar s Shape = Sq{s: 3}\n\treturn s.Area()\n"
    elif kind == "assert":
        body = "\tvar v any = 5\n\tif n, ok := v.(int); ok {\n\t\treturn n\n\t}\n\treturn 0\n"
    elif kind == "switch":
        body = ("\tvar v any = &Sq{s: 1}\n\tswitch x := v.(type) {\n\tcase *Sq:\n\t\treturn x.s\n"
                "\tcase int:\n\t\treturn x\n\t}\n\treturn 0\n")
    else:
        use_global(c, "sinkA")
        body = "\tn := 7\n\tsinkA = n\n\ts := \"str\"\n\tsinkA = s\n\treturn 0\n"
    c.calls.append(f"_ = {f}()")
    return f"func {f}() int {{\n{body}}}\n"


def g_strings(c: Ctx) -> str:
    f = c.name("str")
    kind = c.pick(["concat", "bytes", "string", "runes", "zerocopy"])
    if kind == "concat":
        body, ret = "\ta := \"x\"\n\tb := a + \"y\"\n\treturn b + a\n", "string"
    elif kind == "bytes":
        body, ret = "\tb := []byte(s)\n\tb[0] = 'a'\n\treturn string(b)\n", "string"
    elif kind == "string":
        body, ret = "\tb := []byte{1, 2}\n\treturn string(b) == s\n", "bool"
    elif kind == "runes":
        body, ret = "\tr := []rune(s)\n\treturn len(r) > 1\n", "bool"
    else:
        body, ret = "\tb := []byte(s)\n\treturn len(b) == 3\n", "bool"
    c.calls.append(f"_ = {f}(\"abc\")")
    return f"func {f}(s string) {ret} {{\n{body}}}\n"


def g_sizes(c: Ctx) -> str:
    f = c.name("sz")
    n = c.pick([1024, 65536, 65537, 131072, 131073, 8192, 8193])
    kind = c.pick(["var", "make", "new", "makeint64"])
    if kind == "var":
        body = f"\tvar a [{n}]byte\n\treturn int(a[0])\n"
    elif kind == "make":
        body = f"\ta := make([]byte, {n})\n\treturn len(a)\n"
    elif kind == "makeint64":
        body = f"\ta := make([]int64, {n // 8})\n\treturn len(a)\n"
    else:
        body = f"\ta := new([{n}]byte)\n\treturn int(a[1])\n"
    c.calls.append(f"_ = {f}()")
    return f"func {f}() int {{\n{body}}}\n"


def g_recursion(c: Ctx) -> str:
    f = c.name("rec")
    x = c.name("rx")
    c.calls.append(f"{x} := 1\n\t_ = {f}(&{x}, 3)")
    return (f"func {f}(p *int, n int) *int {{\n\tif n == 0 {{\n\t\treturn p\n\t}}\n"
            f"\treturn {f}(p, n-1)\n}}\n")


def g_fmt(c: Ctx) -> str:
    c.imports.add("fmt")
    f = c.name("pr")
    kind = c.pick(["println", "sprintf", "ptr", "errorf"])
    if kind == "println":
        body = "\tn := 1\n\tfmt.Println(n, \"s\", 42)\n"
    elif kind == "sprintf":
        body = "\ts := fmt.Sprintf(\"%d\", 3)\n\t_ = s\n"
    elif kind == "ptr":
        use_type(c, "S")
        body = "\tt := S{a: 1}\n\tfmt.Println(&t)\n"
    else:
        body = "\terr := fmt.Errorf(\"bad %d\", 2)\n\t_ = err\n"
    c.calls.append(f"{f}()")
    return f"func {f}() {{\n{body}}}\n"


def g_generics(c: Ctx) -> str:
    f = c.name("Id")
    v = c.name("gv")
    c.calls.append(f"{v} := 1\n\t_ = {f}(&{v})\n\t_ = {f}(2)")
    return f"func {f}[E any](x E) E {{\n\treturn x\n}}\n"


def g_type_switch(c: Ctx) -> str:
    use_type(c, "Sq")
    f = c.name("ts")
    kind = c.pick(["bound", "multi", "assert2", "iface"])
    if kind == "bound":
        body = ("\tswitch v := x.(type) {\n\tcase *Sq:\n\t\treturn v.s\n\tcase string:\n"
                "\t\treturn len(v)\n\tdefault:\n\t\t_ = v\n\t}\n\treturn 0\n")
    elif kind == "multi":
        body = "\tswitch x.(type) {\n\tcase int, int64:\n\t\treturn 1\n\t}\n\treturn 0\n"
    elif kind == "assert2":
        body = "\tif q, ok := x.(Sq); ok {\n\t\treturn q.s\n\t}\n\treturn 0\n"
    else:
        body = "\tif p, ok := x.(*Sq); ok {\n\t\treturn p.s\n\t}\n\treturn 0\n"
    arg = c.pick(["&Sq{s: 1}", "Sq{s: 2}", "\"s\"", "7"])
    c.calls.append(f"_ = {f}({arg})")
    return f"func {f}(x any) int {{\n{body}}}\n"


def g_devirt(c: Ctx) -> str:
    use_type(c, "Shape", "Sq")
    f = c.name("dv")
    kind = c.pick(["var", "conv", "ptr"])
    if kind == "var":
        body = "\tvar s Shape = Sq{s: 2}\n\treturn s.Area()\n"
    elif kind == "conv":
        body = "\ts := Shape(Sq{s: 3})\n\treturn s.Area()\n"
    else:
        body = "\tvar s Shape = &Sq{s: 4}\n\treturn s.Area()\n"
    c.calls.append(f"_ = {f}()")
    return f"func {f}() int {{\n{body}}}\n"


def g_method_values(c: Ctx) -> str:
    use_type(c, "Box")
    f = c.name("mv")
    kind = c.pick(["local", "global", "expr", "iface"])
    if kind == "local":
        body = "\tb := Box{}\n\tx := 1\n\tset := b.Set\n\tset(&x)\n\treturn *b.v\n"
    elif kind == "global":
        use_global(c, "sinkF")
        body = "\tb := &Box{}\n\tg := b.Get\n\t_ = g\n\tsinkF = func() int { return 0 }\n\treturn 0\n"
    elif kind == "expr":
        body = "\tget := Box.Get\n\ty := 2\n\treturn *get(Box{v: &y})\n"
    else:
        use_type(c, "Shape", "Sq")
        body = "\tvar s Shape = Sq{s: 5}\n\tarea := s.Area\n\treturn area()\n"
    c.calls.append(f"_ = {f}()")
    return f"func {f}() int {{\n{body}}}\n"


def g_range_func(c: Ctx) -> str:
    f = c.name("rf")
    seq = c.name("seq")
    kind = c.pick(["keep", "local", "break"])
    head = (f"func {seq}(n int) func(func(*int) bool) {{\n\treturn func(yield func(*int) bool) {{\n"
            f"\t\tfor i := 0; i < n; i++ {{\n\t\t\tv := i\n\t\t\tif !yield(&v) {{\n\t\t\t\treturn\n"
            f"\t\t\t}}\n\t\t}}\n\t}}\n}}\n\n")
    if kind == "keep":
        body = f"\tvar last *int\n\tfor p := range {seq}(3) {{\n\t\tlast = p\n\t}}\n\treturn *last\n"
    elif kind == "local":
        body = f"\tt := 0\n\tfor p := range {seq}(2) {{\n\t\tt += *p\n\t}}\n\treturn t\n"
    else:
        body = f"\tt := 0\n\tfor p := range {seq}(5) {{\n\t\tif *p > 2 {{\n\t\t\tbreak\n\t\t}}\n\t\tt++\n\t}}\n\treturn t\n"
    c.calls.append(f"_ = {f}()")
    return head + f"func {f}() int {{\n{body}}}\n"


def g_select_goto(c: Ctx) -> str:
    f = c.name("sg")
    kind = c.pick(["select", "goto", "rangeint"])
    if kind == "select":
        body = ("\ta := make(chan *int, 1)\n\tb := make(chan int, 1)\n\tv := 3\n\tselect {\n"
                "\tcase a <- &v:\n\tcase x := <-b:\n\t\t_ = x\n\t}\n\treturn len(a)\n")
    elif kind == "goto":
        body = ("\ti := 0\n\tvar ps []*int\nloop:\n\tw := i\n\tps = append(ps, &w)\n\ti++\n"
                "\tif i < 3 {\n\t\tgoto loop\n\t}\n\treturn len(ps)\n")
    else:
        body = "\tt := 0\n\tfor i := range 3 {\n\t\tp := &i\n\t\tt += *p\n\t}\n\treturn t\n"
    c.calls.append(f"_ = {f}()")
    return f"func {f}() int {{\n{body}}}\n"


def g_unsafe(c: Ctx) -> str:
    c.imports.add("unsafe")
    f = c.name("us")
    kind = c.pick(["roundtrip", "uintptr", "arith"])
    if kind == "roundtrip":
        body = "\tx := 1\n\tp := unsafe.Pointer(&x)\n\treturn *(*int)(p)\n"
    elif kind == "uintptr":
        body = "\tx := 2\n\tu := uintptr(unsafe.Pointer(&x))\n\treturn int(u % 2)\n"
    else:
        use_type(c, "S")
        body = ("\ts := S{a: 1, b: 2}\n\tpb := (*int)(unsafe.Pointer(uintptr(unsafe.Pointer(&s)) + "
                "unsafe.Offsetof(s.b)))\n\treturn *pb\n")
    c.calls.append(f"_ = {f}()")
    return f"func {f}() int {{\n{body}}}\n"


def g_pragmas(c: Ctx) -> str:
    f = c.name("ni")
    use_global(c, "sinkP")
    x = c.name("nx")
    c.calls.append(f"{x} := 4\n\t{f}(&{x})")
    return f"//go:noinline\nfunc {f}(p *int) {{\n\tif *p > 3 {{\n\t\tsinkP = p\n\t}}\n}}\n"


def g_stdlib(c: Ctx) -> str:
    f = c.name("sl")
    kind = c.pick(["builder", "mutex", "errors", "sort", "strconv", "waitgroup"])
    if kind == "builder":
        c.imports.add("strings")
        body = "\tvar sb strings.Builder\n\tsb.WriteString(\"a\")\n\treturn sb.Len()\n"
    elif kind == "mutex":
        c.imports.add("sync")
        body = "\tvar mu sync.Mutex\n\tmu.Lock()\n\tdefer mu.Unlock()\n\treturn 1\n"
    elif kind == "errors":
        c.imports.add("errors")
        body = "\terr := errors.New(\"boom\")\n\tif err != nil {\n\t\treturn 1\n\t}\n\treturn 0\n"
    elif kind == "sort":
        c.imports.add("sort")
        body = ("\txs := []int{3, 1, 2}\n\tsort.Slice(xs, func(i, j int) bool { return xs[i] < xs[j] })\n"
                "\treturn xs[0]\n")
    elif kind == "strconv":
        c.imports.add("strconv")
        body = "\ts := strconv.Itoa(42)\n\tn, _ := strconv.Atoi(s)\n\treturn n\n"
    else:
        c.imports.add("sync")
        body = ("\tvar wg sync.WaitGroup\n\tn := 0\n\twg.Add(1)\n\tgo func() {\n\t\tdefer wg.Done()\n"
                "\t\tn++\n\t}()\n\twg.Wait()\n\treturn n\n")
    c.calls.append(f"_ = {f}()")
    return f"func {f}() int {{\n{body}}}\n"


CONSTRUCTS: dict[str, Callable[[Ctx], str]] = {
    "pointers": g_pointers,
    "structs": g_structs,
    "params": g_params,
    "slices": g_slices,
    "maps": g_maps,
    "closures": g_closures,
    "go-defer": g_go_defer,
    "loops": g_loops,
    "channels": g_channels,
    "methods": g_methods,
    "interfaces": g_interfaces,
    "strings": g_strings,
    "size-limits": g_sizes,
    "recursion": g_recursion,
    "fmt": g_fmt,
    "generics": g_generics,
    "type-switches": g_type_switch,
    "devirtualization": g_devirt,
    "method-values": g_method_values,
    "range-func": g_range_func,
    "select-goto": g_select_goto,
    "unsafe": g_unsafe,
    "pragmas": g_pragmas,
    "stdlib": g_stdlib,
}


def g_inline_helpers(c: Ctx) -> str:
    """Helpers whose inlining cost straddles gc's budget of 80, and their callers.

    A constructor of cost 76 to 84 (two nodes per term, one more for a leading
    minus) is inlined or not, which decides whether its ``&T{}`` escapes at
    the call; a second helper passes a pointer through, one more level."""
    use_type(c, "T")
    f = c.name("mk")
    g = c.name("via")
    k = c.rng.randint(33, 37)
    terms = ("-a" if c.chance(0.5) else "a") + " + a" * k
    out = f"func {f}(a int) *T {{\n\tt := &T{{n: {terms}}}\n\treturn t\n}}\n"
    k2 = c.rng.randint(30, 34)
    terms2 = ("-a" if c.chance(0.5) else "a") + " + a" * k2
    out += (f"\nfunc {g}(p *int, a int) *int {{\n\tx := {terms2}\n\tif x > a {{\n\t\treturn p\n\t}}\n"
            f"\treturn &x\n}}\n")
    v = c.name("hv")
    use_ = c.pick(["local", "global", "println"])
    if use_ == "global":
        use_global(c, "sinkT")
        c.calls.append(f"sinkT = {f}({k})")
    elif use_ == "println":
        c.calls.append(f"println({f}({k}).n)")
    else:
        c.calls.append(f"{v} := {f}({k})\n\t_ = {v}.n")
    y = c.name("hy")
    c.calls.append(f"{y} := {k2}\n\t" + sink_int_ptr(c, f"{g}(&{y}, 3)", "").strip())
    return out


INLINE_CONSTRUCTS: dict[str, Callable[[Ctx], str]] = {**CONSTRUCTS, "inline-helpers": g_inline_helpers}
"""With ``--inline``: every construct, plus helpers biased to costs around the budget."""


def generate(seed: int, constructs: list[str] | None = None,
             inline: bool = False, require: list[str] | None = None) -> tuple[str, list[str]]:
    """A program and the constructs it uses (``inline``: one that tests the inliner too;
    ``require``: constructs every program holds, besides the random ones)."""
    from bench.fuzzgen_inline import CONSTRUCTS as MORE
    rng = random.Random(seed)
    c = Ctx(rng)
    table = {**INLINE_CONSTRUCTS, **MORE} if inline else CONSTRUCTS
    names = constructs or list(table)
    chosen = [n for n in names if rng.random() < 0.25] or [rng.choice(names)]
    for r in require or []:
        if r not in chosen:
            chosen.insert(rng.randrange(len(chosen) + 1), r)
    if inline and "inline-helpers" in names and "inline-helpers" not in chosen and rng.random() < 0.6:
        chosen.append("inline-helpers")
    rng.shuffle(chosen)
    bodies: list[str] = []
    for name in chosen:
        bodies.append(table[name](c))
        text = "\n".join(bodies)
        if text.count("\n") > 60 and all(r in chosen[:len(bodies)] for r in require or []):
            break
    used = chosen[:len(bodies)]
    out = ["package main\n"]
    if c.imports:
        out.append("import (\n" + "".join(f'\t"{i}"\n' for i in sorted(c.imports)) + ")\n")
    for t in sorted(c.types):
        out.append(TYPES[t])
    for g in sorted(c.globals_):
        out.append(GLOBALS[g])
    out.extend(bodies)
    out.append("func main() {\n" + "".join(f"\t{call}\n" for call in c.calls) + "}\n")
    return "\n".join(out), used


# ---------------------------------------------------------------- programs that run

_DECL = re.compile(r"^\t(?:var\s+([A-Za-z_]\w*)\b|([A-Za-z_]\w*(?:\s*,\s*[A-Za-z_]\w*)*)\s*:=)")


def print_locals(func_src: str) -> str:
    """Before each top-level return (and at the end) print the function's variables so far."""
    lines = func_src.split("\n")
    head = lines[0]
    name = head.split("(", 1)[0].replace("func ", "").strip() or "f"
    known: list[str] = []
    out = [head]
    depth_one_return = False
    body = lines[1:]
    for i, line in enumerate(body):
        if line == "}" and i == len([ln for ln in body if ln]) - 1 + body[:i].count(""):
            pass
        m = _DECL.match(line)
        if line.startswith("\treturn") and not line.startswith("\t\t"):
            if known:
                out.append(f'\tfmt.Println("{name}:", {", ".join(known)})')
            depth_one_return = True
        elif line == "}" and not depth_one_return and known:
            out.append(f'\tfmt.Println("{name}:", {", ".join(known)})')
        out.append(line)
        if m and not re.search(r"\[\d{3,}\]|make\(\[\]\w+, \d{3,}", line):
            names = [n.strip() for n in (m.group(1) or m.group(2)).split(",")]
            for n in names:
                if n != "_" and n not in known:
                    known.append(n)
        if line == "}":
            depth_one_return = False
    return "\n".join(out)


def generate_run(seed: int) -> tuple[str, list[str]]:
    """A program that prints what it computes, and the constructs it uses (for bench/run.py)."""
    from bench.fuzzrun import RUN_CONSTRUCTS, TYPES as RUN_TYPES
    rng = random.Random(seed)
    c = Ctx(rng)
    c.final = ""  # type: ignore[attr-defined]
    c.imports.add("fmt")
    chosen = [n for n in RUN_CONSTRUCTS if rng.random() < 0.22]
    chosen += [n for n in CONSTRUCTS if n not in ("unsafe", "size-limits") and rng.random() < 0.1]
    if not chosen:
        chosen = [rng.choice(list(RUN_CONSTRUCTS))]
    rng.shuffle(chosen)
    bodies: list[str] = []
    for name in chosen:
        gen = RUN_CONSTRUCTS.get(name) or CONSTRUCTS[name]
        text = gen(c)
        funcs = re.split(r"(?m)^(?=func )", text)
        bodies.append("".join(print_locals(f) if f.startswith("func ") and name in CONSTRUCTS
                              else f for f in funcs))
    out = ["package main\n", "import (\n" + "".join(f'\t"{i}"\n' for i in sorted(c.imports)) + ")\n"]
    for t in sorted(c.types):
        out.append(TYPES.get(t) or RUN_TYPES[t])
    for g in sorted(c.globals_):
        out.append(GLOBALS[g])
    out.extend(bodies)
    final = getattr(c, "final", "")
    out.append("func main() {\n" + "".join(f"\t{call}\n" for call in c.calls)
               + (f"\t{final}\n" if final else "") + "}\n")
    return "\n".join(out), chosen
