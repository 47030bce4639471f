"""Constructs for generated programs that *run*: every one prints what it computes.

Each generator writes one or two functions exercising a construct the
interpreter must reproduce exactly (integer wrap-around at every width,
float and complex printing, UTF-8, slices sharing backing arrays and
growing, maps, structs and embedding, closures, interfaces, generics,
defer/panic/recover, goroutines and channels, select, sync, range over
integers and functions, goto, print/println, the standard library) with
random values inside, and registers a call for ``main``. Output is always
deterministic in Go (no map ranges printed in map order, goroutines
synchronised). ``bench.fuzzgen.generate_run`` assembles programs from these
and from the escape constructs, with each function printing its locals.
"""

from __future__ import annotations

from typing import Any, Callable

INT_TYPES = [("int8", 8, True), ("int16", 16, True), ("int32", 32, True), ("int64", 64, True),
             ("int", 64, True), ("uint8", 8, False), ("uint16", 16, False), ("uint32", 32, False),
             ("uint64", 64, False), ("uint", 64, False), ("byte", 8, False), ("rune", 32, True)]


def _edge(c: Any, bits: int, signed: bool) -> int:
    lo, hi = (-(1 << (bits - 1)), (1 << (bits - 1)) - 1) if signed else (0, (1 << bits) - 1)
    return c.pick([lo, hi, hi - 1, lo + 1, 0, 1, c.rng.randint(lo, hi), c.rng.randint(-100, 100)
                   if signed else c.rng.randint(0, 200)])


def r_ints(c: Any) -> str:
    f = c.name("ints")
    t, bits, signed = c.pick(INT_TYPES)
    a, b = _edge(c, bits, signed), _edge(c, bits, signed)
    k = c.rng.randint(0, bits + 2)
    other, obits, osigned = c.pick(INT_TYPES)
    body = (f"\tvar a {t} = {a}\n\tvar b {t} = {b}\n\tsum := a + b\n\tdiff := a - b\n"
            f"\tprod := a * b\n\tneg := -a\n\tnot := ^b\n\tsh := a << {k}\n\tshr := a >> {k % bits}\n"
            f"\tx := a & b | a ^ b &^ 3\n\tcv := {other}(a)\n\tback := {t}(cv)\n")
    if b != 0:
        body += "\tq := a / b\n\tr := a % b\n\tfmt.Println(q, r)\n"
    body += "\ta++\n\tb--\n\tfmt.Println(a, b, sum, diff, prod, neg, not, sh, shr, x, cv, back)\n"
    c.calls.append(f"{f}()")
    c.imports.add("fmt")
    return f"func {f}() {{\n{body}}}\n"


def r_floats(c: Any) -> str:
    c.imports.add("fmt")
    f = c.name("flt")
    t = c.pick(["float32", "float64"])
    big = "1e300" if t == "float64" else "3e38"
    vals = [c.pick(["0.1", "1.5", "-2.25", "1e21", "1e-7", "3.0", "0.3", "123456.789", big, "7"])
            for _ in range(3)]
    verb = c.pick(["%v", "%g", "%.3f", "%e", "%8.2f", "%-9.4g", "%+.1e", "%G", "%.0f", "%5.1f%%"])
    body = (f"\tvar x {t} = {vals[0]}\n\tvar y {t} = {vals[1]}\n\tz := x*y + {vals[2]}\n"
            f"\tw := x / y\n\tvar zero {t}\n\tinf := x / zero\n\tnan := zero / zero\n"
            f"\tfmt.Println(x, y, z, w, inf, -inf, nan == nan, nan)\n"
            f"\tfmt.Printf(\"{verb} {verb}\\n\", z, w)\n\tn := int64(w)\n\tfmt.Println(n, {t}(n), "
            f"float64(x) == float64({t}(float64(x))))\n")
    if c.chance(0.4):
        body += ("\tc1 := complex(x, y)\n\tc2 := c1 * c1 / complex(1, 2)\n"
                 "\tfmt.Println(c1, c2, real(c2), imag(c2))\n")
    c.calls.append(f"{f}()")
    return f"func {f}() {{\n{body}}}\n"


def r_utf8(c: Any) -> str:
    c.imports.add("fmt")
    f = c.name("txt")
    s = c.pick(['"héllo, 世界"', '"abc"', '"a\\xffb"', '"😀 ok"', '"naïve café"', '""'])
    body = (f"\ts := {s}\n\tfmt.Println(len(s), []byte(s), []rune(s))\n"
            "\tfor i, r := range s {\n\t\tfmt.Print(i, \":\", string(r), \" \")\n\t}\n\tfmt.Println()\n"
            "\tif len(s) > 1 {\n\t\tfmt.Println(s[1], s[:1], string(s[0]))\n\t}\n"
            "\tfmt.Printf(\"%q %x %v\\n\", s, s, string([]rune(s)))\n")
    c.calls.append(f"{f}()")
    return f"func {f}() {{\n{body}}}\n"


def r_arrays(c: Any) -> str:
    c.imports.add("fmt")
    f = c.name("arr")
    n = c.rng.randint(1, 5)
    body = (f"\tvar a [{n}]int\n\tfor i := range a {{\n\t\ta[i] = i * {c.rng.randint(1, 9)}\n\t}}\n"
            "\tb := a\n\tb[0] = 99\n\tp := &a\n\tp[0]++\n"
            f"\tm := [2][{n}]int{{a, b}}\n\tfmt.Println(a, b, m, len(m), a == b)\n")
    c.calls.append(f"{f}()")
    return f"func {f}() {{\n{body}}}\n"


def r_slices(c: Any) -> str:
    c.imports.add("fmt")
    f = c.name("slc")
    et = c.pick(["int", "byte", "string", "int32", "[2]int", "*int"])
    vals = {"int": "7", "byte": "'x'", "string": '"s"', "int32": "-3", "[2]int": "[2]int{1, 2}",
            "*int": "nil"}[et]
    n = c.rng.randint(0, 20)
    start = c.pick(["var s []ET", "s := []ET{}", "s := make([]ET, 0, CAP)", "s := make([]ET, LEN)"])
    start = start.replace("ET", et).replace("CAP", str(c.rng.randint(0, 6))).replace(
        "LEN", str(c.rng.randint(0, 4)))
    body = (f"\t{start}\n\tfor i := 0; i < {n}; i++ {{\n\t\ts = append(s, {vals})\n"
            "\t\tfmt.Print(len(s), \"/\", cap(s), \" \")\n\t}\n\tfmt.Println()\n")
    if et in ("int", "byte", "int32"):
        body += ("\tif len(s) > 2 {\n\t\tt := s[1:2]\n\t\tt = append(t, 42)\n"
                 "\t\tfmt.Println(s[:3], t, len(t), cap(t))\n\t\tu := s[:1:1]\n\t\tu = append(u, 5)\n"
                 "\t\tfmt.Println(u, s[0:2], cap(u))\n\t}\n"
                 "\tcp := make([]ET, 2)\n\tk := copy(cp, s)\n\tfmt.Println(k, cp)\n"
                 "\ts = append(s, s...)\n\tfmt.Println(len(s), cap(s))\n").replace("ET", et)
    c.calls.append(f"{f}()")
    return f"func {f}() {{\n{body}}}\n"


def r_maps(c: Any) -> str:
    c.imports.add("fmt")
    f = c.name("mp")
    kt = c.pick(["string", "int", "[2]int", "bool"])
    keyf = {"string": 'fmt.Sprint("k", {v}%3)', "int": "{v} * 7 % 5", "[2]int": "[2]int{{{v} % 2, 1}}",
            "bool": "{v}%2 == 0"}[kt]
    key = keyf.format(v="i")
    body = (f"\tm := map[{kt}]int{{}}\n\tfor i := 0; i < {c.rng.randint(1, 8)}; i++ {{\n"
            f"\t\tm[{key}] += i\n\t}}\n\tfmt.Println(m, len(m))\n"
            f"\tfor k := range m {{\n\t\tif m[k] > 3 {{\n\t\t\tdelete(m, k)\n\t\t}}\n\t}}\n"
            f"\tv, ok := m[{keyf.format(v='1')}]\n\tvar nilmap map[{kt}]int\n"
            f"\tfmt.Println(m, v, ok, nilmap == nil, len(nilmap))\n")
    c.calls.append(f"{f}()")
    return f"func {f}() {{\n{body}}}\n"


def r_structs(c: Any) -> str:
    c.imports.add("fmt")
    f = c.name("st")
    c.types.add("RPoint")
    c.types.add("RShape")
    body = ("\tp := RPoint{X: 1, Y: -2}\n\tq := p\n\tq.X = 5\n\tpp := &q\n\tpp.Y *= 3\n"
            "\tsh := RShape{RPoint: p, Name: \"sq\", Tags: []string{\"a\"}}\n"
            "\tsh.Move(2)\n\tfmt.Println(p, q, *pp, sh, sh.X, sh.Norm())\n"
            "\tfmt.Printf(\"%v %+v %#v\\n\", sh, sh, p)\n")
    c.calls.append(f"{f}()")
    return f"func {f}() {{\n{body}}}\n"


def r_closures(c: Any) -> str:
    c.imports.add("fmt")
    f = c.name("clo")
    n = c.rng.randint(1, 4)
    body = ("\tcount := 0\n\tinc := func() int {\n\t\tcount++\n\t\treturn count\n\t}\n"
            f"\tfor i := 0; i < {n}; i++ {{\n\t\tinc()\n\t}}\n\tvar fs []func() int\n"
            "\tfor i := range 3 {\n\t\tfs = append(fs, func() int { return i * count })\n\t}\n"
            "\tfor _, g := range fs {\n\t\tfmt.Print(g(), \" \")\n\t}\n\tfmt.Println(count, inc())\n")
    c.calls.append(f"{f}()")
    return f"func {f}() {{\n{body}}}\n"


def r_ifaces(c: Any) -> str:
    c.imports.add("fmt")
    c.types.update({"RPoint", "RShape", "RNamer"})
    f = c.name("ifc")
    body = ("\tvar xs []any = []any{1, \"two\", 3.5, RPoint{1, 2}, &RPoint{3, 4}, nil, []int{1}, "
            "RShape{Name: \"n\"}, true, int8(-1)}\n"
            "\tfor _, x := range xs {\n\t\tswitch v := x.(type) {\n\t\tcase int, int8:\n"
            "\t\t\tfmt.Println(\"int\", v)\n\t\tcase string:\n\t\t\tfmt.Println(\"str\", len(v))\n"
            "\t\tcase RNamer:\n\t\t\tfmt.Println(\"namer\", v.Name2())\n\t\tcase nil:\n"
            "\t\t\tfmt.Println(\"nil\")\n\t\tdefault:\n\t\t\tfmt.Printf(\"%T %v\\n\", v, v)\n\t\t}\n\t}\n"
            "\tvar n RNamer = RPoint{5, 6}\n\tif p, ok := n.(RPoint); ok {\n\t\tfmt.Println(p.X)\n\t}\n"
            "\t_, ok := n.(fmt.Stringer)\n\tfmt.Println(ok, n)\n")
    c.calls.append(f"{f}()")
    return f"func {f}() {{\n{body}}}\n"


def r_generics(c: Any) -> str:
    c.imports.add("fmt")
    f = c.name("gen")
    g = c.name("Max")
    return_t = c.pick(["int", "float64", "string"])
    vals = {"int": "3, 9, -2", "float64": "1.5, -0.5, 2.25", "string": '"b", "a", "c"'}[return_t]
    c.calls.append(f"{f}()")
    return (f"func {g}[T int | float64 | string](xs ...T) T {{\n\tbest := xs[0]\n\tfor _, x := range xs "
            f"{{\n\t\tif x > best {{\n\t\t\tbest = x\n\t\t}}\n\t}}\n\treturn best\n}}\n\n"
            f"func {f}() {{\n\tfmt.Println({g}({vals}))\n\tfmt.Printf(\"%v %T\\n\", {g}[{return_t}]({vals}), "
            f"{g}({vals}))\n}}\n")


def r_panics(c: Any) -> str:
    c.imports.add("fmt")
    f = c.name("pnc")
    what = c.pick(["var p *RPoint\n\t_ = p.X", "a := []int{1}\n\ti := 3\n\t_ = a[i]",
                   "var m map[string]int\n\tm[\"x\"] = 1", "panic(\"boom\")", "panic(fmt.Errorf(\"e%d\", 2))",
                   "x := 0\n\t_ = 5 / x", "var i any = \"s\"\n\t_ = i.(int)", "panic(RPoint{1, 2})"])
    if "RPoint" in what:
        c.types.add("RPoint")
    body = (f"\tdefer func() {{\n\t\tr := recover()\n\t\tfmt.Println(\"recovered:\", r)\n"
            f"\t\tif e, ok := r.(error); ok {{\n\t\t\tfmt.Println(e.Error())\n\t\t}}\n\t}}()\n"
            f"\tdefer fmt.Println(\"deferred 1\")\n\t{what}\n\tfmt.Println(\"not reached\")\n")
    c.calls.append(f"{f}()")
    return f"func {f}() {{\n{body}}}\n"


def r_goroutines(c: Any) -> str:
    c.imports.add("fmt")
    f = c.name("gor")
    n = c.rng.randint(1, 5)
    kind = c.pick(["wg", "chan", "buffered", "select", "mutex"])
    if kind in ("wg", "mutex"):
        c.imports.add("sync")
    if kind == "wg":
        body = (f"\tvar wg sync.WaitGroup\n\tres := make([]int, {n})\n\tfor i := 0; i < {n}; i++ {{\n"
                "\t\twg.Add(1)\n\t\tgo func() {\n\t\t\tdefer wg.Done()\n\t\t\tres[i] = i * i\n\t\t}()\n"
                "\t}\n\twg.Wait()\n\tfmt.Println(res)\n")
    elif kind == "chan":
        body = (f"\tch := make(chan int)\n\tgo func() {{\n\t\tfor i := 0; i < {n}; i++ {{\n"
                "\t\t\tch <- i\n\t\t}\n\t\tclose(ch)\n\t}()\n\tsum := 0\n\tfor v := range ch {\n"
                "\t\tsum += v\n\t}\n\tfmt.Println(sum)\n")
    elif kind == "buffered":
        body = (f"\tch := make(chan string, {n})\n\tfor i := 0; i < {n}; i++ {{\n"
                "\t\tch <- fmt.Sprint(\"m\", i)\n\t}\n\tclose(ch)\n\tv, ok := <-ch\n"
                "\tfmt.Println(v, ok, len(ch), cap(ch))\n\tfor v := range ch {\n\t\tfmt.Print(v)\n\t}\n"
                "\t_, ok = <-ch\n\tfmt.Println(ok)\n")
    elif kind == "select":
        body = ("\tdone := make(chan bool)\n\tdata := make(chan int, 1)\n\tgo func() {\n"
                "\t\tdata <- 7\n\t\tdone <- true\n\t}()\n\t<-done\n\tselect {\n\tcase v := <-data:\n"
                "\t\tfmt.Println(\"got\", v)\n\tdefault:\n\t\tfmt.Println(\"none\")\n\t}\n"
                "\tselect {\n\tcase v := <-data:\n\t\tfmt.Println(\"again\", v)\n\tdefault:\n"
                "\t\tfmt.Println(\"empty\")\n\t}\n")
    else:
        body = (f"\tvar mu sync.Mutex\n\tvar wg sync.WaitGroup\n\ttotal := 0\n"
                f"\tfor i := 1; i <= {n}; i++ {{\n\t\twg.Add(1)\n\t\tgo func(k int) {{\n"
                "\t\t\tdefer wg.Done()\n\t\t\tmu.Lock()\n\t\t\tdefer mu.Unlock()\n\t\t\ttotal += k\n"
                "\t\t}(i)\n\t}\n\twg.Wait()\n\tfmt.Println(total)\n")
    c.calls.append(f"{f}()")
    return f"func {f}() {{\n{body}}}\n"


def r_ranges(c: Any) -> str:
    c.imports.add("fmt")
    f = c.name("rng")
    seq = c.name("countTo")
    n = c.rng.randint(0, 6)
    stop = c.rng.randint(0, 6)
    c.calls.append(f"{f}()")
    return (f"func {seq}(n int) func(func(int) bool) {{\n\treturn func(yield func(int) bool) {{\n"
            f"\t\tfor i := range n {{\n\t\t\tif !yield(i) {{\n\t\t\t\treturn\n\t\t\t}}\n\t\t}}\n\t}}\n}}\n\n"
            f"func {f}() {{\n\tfor i := range {n} {{\n\t\tfmt.Print(i, \",\")\n\t}}\n\tfmt.Println()\n"
            f"\tfor v := range {seq}({n}) {{\n\t\tif v == {stop} {{\n\t\t\tbreak\n\t\t}}\n"
            f"\t\tif v%2 == 1 {{\n\t\t\tcontinue\n\t\t}}\n\t\tfmt.Print(v, \";\")\n\t}}\n\tfmt.Println()\n}}\n")


def r_goto(c: Any) -> str:
    c.imports.add("fmt")
    f = c.name("lbl")
    n = c.rng.randint(1, 5)
    c.calls.append(f"{f}()")
    return (f"func {f}() {{\n\ti := 0\nagain:\n\tif i < {n} {{\n\t\ti++\n\t\tgoto again\n\t}}\n"
            f"outer:\n\tfor a := 0; a < 3; a++ {{\n\t\tfor b := 0; b < 3; b++ {{\n"
            f"\t\t\tif b == 2 {{\n\t\t\t\tcontinue outer\n\t\t\t}}\n\t\t\tif a == {n % 3} {{\n"
            f"\t\t\t\tbreak outer\n\t\t\t}}\n\t\t\tfmt.Print(a, b, \" \")\n\t\t}}\n\t}}\n\tfmt.Println(i)\n}}\n")


def r_print(c: Any) -> str:
    f = c.name("prt")
    c.calls.append(f"{f}()")
    return (f"func {f}() {{\n\tprintln(\"println\", 1, -2, true, 3.5, float32(0.1), 'x', \"s\")\n"
            f"\tprint(\"a\", 1, \"\\n\")\n\tvar e error\n\tprintln(e == nil)\n}}\n")


def r_stdlib(c: Any) -> str:
    c.imports.update({"fmt", "strings", "strconv", "errors", "sort", "unicode/utf8", "bytes",
                      "container/list", "math"})
    f = c.name("lib")
    words = c.pick(['"the quick brown fox"', '"a,b,,c"', '"  Hello World  "', '"x"'])
    body = (f"\ts := {words}\n\tfmt.Println(strings.Fields(s), strings.Split(s, \",\"), "
            "strings.ToUpper(s), strings.TrimSpace(s), strings.Contains(s, \"o\"))\n"
            "\tfmt.Println(strings.Repeat(\"ab\", 3), strings.Index(s, \"o\"), strings.ReplaceAll(s, \" \", \"_\"))\n"
            "\tn, err := strconv.Atoi(\"12a\")\n\tfmt.Println(n, err, strconv.Itoa(-45), strconv.Quote(s))\n"
            "\tf, _ := strconv.ParseFloat(\"2.5e3\", 64)\n\tfmt.Println(f, strconv.FormatInt(255, 2))\n"
            "\te1 := errors.New(\"base\")\n\te2 := fmt.Errorf(\"wrapped: %w\", e1)\n"
            "\tfmt.Println(e2, errors.Is(e2, e1), errors.Unwrap(e2) == e1)\n"
            "\tws := strings.Fields(s)\n\tsort.Strings(ws)\n\tnums := []int{5, 2, 8, 2, 9, 1}\n"
            "\tsort.Ints(nums)\n\tfmt.Println(ws, nums, sort.SearchInts(nums, 8))\n"
            "\tfmt.Println(utf8.RuneCountInString(\"héé\"), math.Sqrt(2), math.Floor(-2.5), math.MaxInt8)\n"
            "\tvar sb strings.Builder\n\tvar bb bytes.Buffer\n\tfor i := 0; i < 5; i++ {\n"
            "\t\tsb.WriteString(strconv.Itoa(i))\n\t\tfmt.Fprintf(&bb, \"[%d]\", i)\n\t}\n"
            "\tfmt.Println(sb.String(), sb.Len(), bb.String(), bb.Len())\n"
            "\tl := list.New()\n\tl.PushBack(1)\n\tl.PushFront(0)\n\tfor e := l.Front(); e != nil; e = e.Next() {\n"
            "\t\tfmt.Print(e.Value)\n\t}\n\tfmt.Println(l.Len())\n")
    c.calls.append(f"{f}()")
    return f"func {f}() {{\n{body}}}\n"


def r_sortstruct(c: Any) -> str:
    c.imports.update({"fmt", "sort"})
    c.types.add("RPoint")
    f = c.name("srt")
    n = c.rng.randint(3, 30)
    seed = c.rng.randint(1, 100)
    c.calls.append(f"{f}()")
    return (f"func {f}() {{\n\tvar ps []RPoint\n\tfor i := 0; i < {n}; i++ {{\n"
            f"\t\tps = append(ps, RPoint{{X: (i * {seed}) % 7, Y: i}})\n\t}}\n"
            "\tsort.Slice(ps, func(i, j int) bool { return ps[i].X < ps[j].X })\n\tfmt.Println(ps)\n"
            "\tsort.SliceStable(ps, func(i, j int) bool { return ps[i].Y%3 < ps[j].Y%3 })\n"
            "\tfmt.Println(ps)\n}\n")


def r_exit(c: Any) -> str:
    c.imports.add("fmt")
    f = c.name("ext")
    kind = c.pick(["args", "exit", "crash", "deadlock"])
    if kind in ("args", "exit"):
        c.imports.add("os")
    c.calls.append(f"{f}()")
    if kind == "args":
        return f"func {f}() {{\n\tfmt.Println(len(os.Args), os.Args[1:])\n}}\n"
    c.final = {"exit": f"os.Exit({c.rng.randint(0, 5)})", "crash": "var z []int\n\t_ = z[1]",
               "deadlock": "ch := make(chan int)\n\t<-ch"}[kind]
    return f"func {f}() {{\n\tfmt.Println(\"before the end\")\n}}\n"


TYPES = {
    "RPoint": ("type RPoint struct{ X, Y int }\n\nfunc (p RPoint) Name2() string { return fmt.Sprint(\"P\", p.X) }\n\n"
               "func (p *RPoint) Move(d int) { p.X += d; p.Y += d }\n\nfunc (p RPoint) Norm() int { return p.X*p.X + p.Y*p.Y }\n"),
    "RShape": "type RShape struct {\n\tRPoint\n\tName string\n\tTags []string\n}\n",
    "RNamer": "type RNamer interface{ Name2() string }\n",
}

RUN_CONSTRUCTS: dict[str, Callable[[Any], str]] = {
    "ints": r_ints, "floats": r_floats, "utf8": r_utf8, "arrays": r_arrays,
    "slice-growth": r_slices, "run-maps": r_maps, "run-structs": r_structs,
    "run-closures": r_closures, "run-interfaces": r_ifaces, "run-generics": r_generics,
    "panic-recover": r_panics, "goroutines": r_goroutines, "ranges": r_ranges,
    "goto-labels": r_goto, "print": r_print, "stdlib-run": r_stdlib, "sort-stable": r_sortstruct,
    "exit": r_exit,
}
