"""Random programs calling the standard library, for differential fuzzing.

Each program picks a few packages from ``SNIPPETS`` (more than 40) and, for
each, one of its snippets: a function using the package the way real code
does (parsing, encoding, hashing, sorting, formatting, iterating...), with
random choices of where its values go (a global, an ``any``, a return,
``fmt.Println``, nowhere) and whether locals are passed by address.
``main`` calls every function. ``bench/fuzz.py --std`` runs them against
go1.27.3.
"""

from __future__ import annotations

import random

from bench.fuzzgen import Ctx


class Gen(Ctx):
    """The construct generator's context (fresh names, imports, globals), plus sinks."""

    def sink(self, expr: str, indent: str = "\t") -> str:
        """A statement sending ``expr`` somewhere (or nowhere)."""
        how = self.pick(["global", "fmt", "blank"])
        if how == "global":
            self.globals_.add("var sinkA any\n")
            return f"{indent}sinkA = {expr}\n"
        if how == "fmt":
            self.imports.add("fmt")
            return f"{indent}fmt.Println({expr})\n"
        return f"{indent}_ = {expr}\n"


# Each snippet: (imports, body) where body uses {sink:EXPR} markers resolved by the generator.
SNIPPETS: dict[str, list[tuple[list[str], str]]] = {
    "strings": [
        (["strings"], 'parts := strings.Split("a,b,c", ",")\n{sink:parts}\nup := strings.ToUpper(parts[0])\n{sink:up}'),
        (["strings"], 'var b strings.Builder\nfor i := 0; i < 3; i++ {\n\tb.WriteString("x")\n}\ns := b.String()\n{sink:s}'),
    ],
    "strconv": [
        (["strconv"], 'n, err := strconv.Atoi("42")\n{sink:n}\n{sink:err}\ns := strconv.Itoa(n * 2)\n{sink:s}'),
        (["strconv"], 'b := strconv.AppendInt(nil, 7, 10)\n{sink:b}\nq := strconv.Quote("hi")\n{sink:q}'),
    ],
    "bytes": [
        (["bytes"], 'var buf bytes.Buffer\nbuf.WriteString("hello")\nout := buf.Bytes()\n{sink:out}'),
        (["bytes"], 'b := []byte("a b c")\nf := bytes.Fields(b)\n{sink:f}\nok := bytes.HasPrefix(b, []byte("a"))\n{sink:ok}'),
    ],
    "bufio": [
        (["bufio", "strings"], 'sc := bufio.NewScanner(strings.NewReader("a\\nb"))\nn := 0\nfor sc.Scan() {\n\tn += len(sc.Text())\n}\n{sink:n}'),
        (["bufio", "os"], 'w := bufio.NewWriter(os.Stdout)\nw.WriteString("x")\nw.Flush()\n{sink:w}'),
    ],
    "io": [
        (["io", "strings"], 'data, err := io.ReadAll(strings.NewReader("abc"))\n{sink:data}\n{sink:err}'),
        (["io", "strings"], 'var sb strings.Builder\nn, _ := io.Copy(&sb, strings.NewReader("xyz"))\n{sink:n}'),
    ],
    "os": [
        (["os"], 'v := os.Getenv("HOME")\n{sink:v}\n_, err := os.Stat("/nonexistent")\n{sink:err}'),
        (["os"], 'args := os.Args\n{sink:len(args)}\nh, _ := os.Hostname()\n{sink:h}'),
    ],
    "errors": [
        (["errors"], 'e := errors.New("boom")\nw := errors.Join(e, errors.New("two"))\n{sink:w}\n{sink:errors.Is(w, e)}'),
    ],
    "fmt": [
        (["fmt"], 'x := 3\ns := fmt.Sprintf("%d-%s", x, "y")\n{sink:s}\nerr := fmt.Errorf("wrap: %w", nil)\n{sink:err}'),
        (["fmt"], 'p := &struct{ A int }{1}\nfmt.Printf("%v\\n", p)\n{sink:p}'),
    ],
    "sort": [
        (["sort"], 'xs := []int{3, 1, 2}\nsort.Ints(xs)\n{sink:xs}'),
        (["sort"], 'names := []string{"b", "a"}\nsort.Slice(names, func(i, j int) bool { return names[i] < names[j] })\n{sink:names[0]}'),
    ],
    "slices": [
        (["slices"], 'xs := []int{3, 1, 2}\nslices.Sort(xs)\ni := slices.Index(xs, 2)\n{sink:i}\n{sink:slices.Contains(xs, 3)}'),
        (["slices"], 'ws := []string{"a", "b"}\nc := slices.Clone(ws)\nslices.Reverse(c)\n{sink:c}'),
    ],
    "maps": [
        (["maps", "slices"], 'm := map[string]int{"a": 1, "b": 2}\nks := slices.Sorted(maps.Keys(m))\n{sink:ks}'),
        (["maps"], 'm := map[int]bool{1: true}\nc := maps.Clone(m)\n{sink:len(c)}'),
    ],
    "sync": [
        (["sync"], 'var mu sync.Mutex\nn := 0\nmu.Lock()\nn++\nmu.Unlock()\n{sink:n}'),
        (["sync"], 'var wg sync.WaitGroup\nres := make([]int, 2)\nfor i := range res {\n\twg.Add(1)\n\tgo func() {\n\t\tdefer wg.Done()\n\t\tres[i] = i\n\t}()\n}\nwg.Wait()\n{sink:res}'),
    ],
    "sync/atomic": [
        (["sync/atomic"], 'var c atomic.Int64\nc.Add(2)\n{sink:c.Load()}'),
        (["sync/atomic"], 'var n int64\natomic.AddInt64(&n, 1)\n{sink:n}'),
    ],
    "time": [
        (["time"], 'd := 3 * time.Second\nt := time.Unix(0, 0).Add(d)\n{sink:t}\n{sink:d.String()}'),
        (["time"], 'tm := time.NewTimer(time.Millisecond)\ntm.Stop()\n{sink:tm}'),
    ],
    "context": [
        (["context"], 'ctx, cancel := context.WithCancel(context.Background())\ncancel()\n{sink:ctx.Err()}'),
        (["context"], 'ctx := context.WithValue(context.Background(), "k", 1)\n{sink:ctx.Value("k")}'),
    ],
    "math": [
        (["math"], 'x := math.Sqrt(2)\n{sink:x}\n{sink:math.Floor(x)}'),
    ],
    "math/big": [
        (["math/big"], 'a := big.NewInt(7)\nb := new(big.Int).Mul(a, a)\n{sink:b}\n{sink:b.String()}'),
    ],
    "math/rand": [
        (["math/rand"], 'r := rand.New(rand.NewSource(1))\n{sink:r.Intn(10)}'),
    ],
    "math/bits": [
        (["math/bits"], 'n := bits.OnesCount(7)\n{sink:n}'),
    ],
    "unicode": [
        (["unicode"], 'ok := unicode.IsUpper(\'A\')\n{sink:ok}\nr := unicode.ToLower(\'B\')\n{sink:r}'),
    ],
    "unicode/utf8": [
        (["unicode/utf8"], 's := "héllo"\nn := utf8.RuneCountInString(s)\n{sink:n}\nb := utf8.AppendRune(nil, \'é\')\n{sink:b}'),
    ],
    "encoding/json": [
        (["encoding/json"], 'v := map[string]int{"a": 1}\nb, err := json.Marshal(v)\n{sink:b}\n{sink:err}'),
        (["encoding/json"], 'var out struct{ A int }\nerr := json.Unmarshal([]byte(`{"A":1}`), &out)\n{sink:out.A}\n{sink:err}'),
    ],
    "encoding/base64": [
        (["encoding/base64"], 's := base64.StdEncoding.EncodeToString([]byte("hi"))\n{sink:s}'),
    ],
    "encoding/hex": [
        (["encoding/hex"], 's := hex.EncodeToString([]byte{1, 2})\n{sink:s}\nb, err := hex.DecodeString(s)\n{sink:b}\n{sink:err}'),
    ],
    "encoding/binary": [
        (["encoding/binary"], 'b := make([]byte, 8)\nbinary.LittleEndian.PutUint32(b, 7)\n{sink:binary.BigEndian.Uint32(b)}'),
    ],
    "encoding/csv": [
        (["encoding/csv", "strings"], 'r := csv.NewReader(strings.NewReader("a,b\\n"))\nrec, err := r.Read()\n{sink:rec}\n{sink:err}'),
    ],
    "regexp": [
        (["regexp"], 're := regexp.MustCompile(`a+`)\nm := re.FindString("baaa")\n{sink:m}\n{sink:re.MatchString("x")}'),
    ],
    "path/filepath": [
        (["path/filepath"], 'p := filepath.Join("a", "b")\n{sink:p}\n{sink:filepath.Ext(p)}'),
    ],
    "path": [
        (["path"], 'p := path.Clean("/a/../b")\n{sink:p}'),
    ],
    "net/url": [
        (["net/url"], 'u, err := url.Parse("http://x/y?a=1")\n{sink:err}\nif err == nil {\n\t{sink:u.Query().Get("a")}\n}'),
    ],
    "net/netip": [
        (["net/netip"], 'a := netip.MustParseAddr("10.0.0.1")\n{sink:a.Is4()}\n{sink:a.String()}'),
    ],
    "net/http": [
        (["net/http"], 'h := http.Header{}\nh.Set("A", "b")\n{sink:h.Get("A")}\n{sink:http.StatusText(404)}'),
    ],
    "net/http/httptest": [
        (["net/http/httptest"], 'rec := httptest.NewRecorder()\nrec.WriteHeader(201)\n{sink:rec.Code}'),
    ],
    "crypto/sha256": [
        (["crypto/sha256"], 'sum := sha256.Sum256([]byte("x"))\n{sink:sum[0]}\nh := sha256.New()\nh.Write([]byte("y"))\n{sink:h.Sum(nil)}'),
    ],
    "crypto/md5": [
        (["crypto/md5"], 'sum := md5.Sum([]byte("x"))\n{sink:len(sum)}'),
    ],
    "hash/crc32": [
        (["hash/crc32"], 'c := crc32.ChecksumIEEE([]byte("x"))\n{sink:c}'),
    ],
    "hash/fnv": [
        (["hash/fnv"], 'h := fnv.New32a()\nh.Write([]byte("k"))\n{sink:h.Sum32()}'),
    ],
    "container/list": [
        (["container/list"], 'l := list.New()\nl.PushBack(1)\n{sink:l.Len()}\n{sink:l.Front().Value}'),
    ],
    "container/heap": [
        (["container/heap"], 'h := &intHeap{3, 1}\nheap.Init(h)\nheap.Push(h, 2)\n{sink:heap.Pop(h)}'),
    ],
    "container/ring": [
        (["container/ring"], 'r := ring.New(3)\nr.Value = 1\n{sink:r.Len()}'),
    ],
    "log": [
        (["log", "io"], 'l := log.New(io.Discard, "p: ", 0)\nl.Printf("x %d", 1)\n{sink:l.Prefix()}'),
    ],
    "log/slog": [
        (["log/slog", "io"], 'lg := slog.New(slog.NewTextHandler(io.Discard, nil))\nlg.Info("hi", "k", 1)\n{sink:lg}'),
    ],
    "text/template": [
        (["text/template", "io"], 't := template.Must(template.New("x").Parse("{{.}}"))\nerr := t.Execute(io.Discard, 1)\n{sink:err}'),
    ],
    "html": [
        (["html"], 's := html.EscapeString("<a>")\n{sink:s}'),
    ],
    "reflect": [
        (["reflect"], 'x := 3\nv := reflect.ValueOf(&x).Elem()\nv.SetInt(4)\n{sink:v.Kind()}\n{sink:reflect.TypeOf(x).String()}'),
    ],
    "unique": [
        (["unique"], 'h := unique.Make("key")\n{sink:h.Value()}'),
    ],
    "iter": [
        (["iter", "slices"], 'var seq iter.Seq[int] = slices.Values([]int{1, 2})\nt := 0\nfor v := range seq {\n\tt += v\n}\n{sink:t}'),
    ],
    "cmp": [
        (["cmp"], 'c := cmp.Compare(1, 2)\n{sink:c}\n{sink:cmp.Or(0, 3)}'),
    ],
    "flag": [
        (["flag"], 'fs := flag.NewFlagSet("x", flag.ContinueOnError)\nn := fs.Int("n", 1, "")\nfs.Parse([]string{"-n", "2"})\n{sink:*n}'),
    ],
    "runtime": [
        (["runtime"], 'n := runtime.NumGoroutine()\n{sink:n}\n{sink:runtime.GOOS}'),
    ],
    "io/fs": [
        (["io/fs", "testing/fstest"], 'fsys := fstest.MapFS{"a.txt": {Data: []byte("x")}}\nb, err := fs.ReadFile(fsys, "a.txt")\n{sink:b}\n{sink:err}'),
    ],
    "compress/gzip": [
        (["compress/gzip", "bytes"], 'var buf bytes.Buffer\nzw := gzip.NewWriter(&buf)\nzw.Write([]byte("x"))\nzw.Close()\n{sink:buf.Len()}'),
    ],
    "mime": [
        (["mime"], 't := mime.TypeByExtension(".json")\n{sink:t}'),
    ],
    "text/tabwriter": [
        (["text/tabwriter", "io"], 'w := tabwriter.NewWriter(io.Discard, 0, 8, 1, \' \', 0)\nw.Write([]byte("a\\tb\\n"))\n{sink:w.Flush()}'),
    ],
    "database/sql": [
        (["database/sql"], 'var ns sql.NullString\nns.Scan("x")\n{sink:ns.String}\n{sink:ns.Valid}'),
    ],
    "encoding/xml": [
        (["encoding/xml"], 'b, err := xml.Marshal(struct{ A int }{1})\n{sink:b}\n{sink:err}'),
    ],
}

HELPERS = {
    "container/heap": ('type intHeap []int\n\nfunc (h intHeap) Len() int           { return len(h) }\n'
                       'func (h intHeap) Less(i, j int) bool { return h[i] < h[j] }\n'
                       'func (h intHeap) Swap(i, j int)      { h[i], h[j] = h[j], h[i] }\n'
                       'func (h *intHeap) Push(x any)        { *h = append(*h, x.(int)) }\n'
                       'func (h *intHeap) Pop() any {\n\told := *h\n\tx := old[len(old)-1]\n'
                       '\t*h = old[:len(old)-1]\n\treturn x\n}\n'),
}


def expand(g: Gen, body: str) -> str:
    """Resolve ``{sink:EXPR}`` markers into statements, indenting the body."""
    out = []
    for line in body.split("\n"):
        stripped = line.lstrip("\t")
        indent = "\t" + line[:len(line) - len(stripped)]
        if stripped.startswith("{sink:") and stripped.endswith("}"):
            out.append(g.sink(stripped[len("{sink:"):-1], indent).rstrip("\n"))
        else:
            out.append(indent + stripped)
    return "\n".join(out) + "\n"


def generate(seed: int, per_program: tuple[int, int] = (2, 5)) -> tuple[str, list[str]]:
    """A program using a few standard-library packages, and the packages it uses."""
    rng = random.Random(seed)
    g = Gen(rng)
    chosen = rng.sample(sorted(SNIPPETS), rng.randint(*per_program))
    funcs: list[str] = []
    helpers: list[str] = []
    for pkg in chosen:
        imports, body = rng.choice(SNIPPETS[pkg])
        g.imports.update(imports)
        f = g.name("use")
        g.calls.append(f"{f}()")
        funcs.append(f"func {f}() {{\n{expand(g, body)}}}\n")
        if pkg in HELPERS:
            helpers.append(HELPERS[pkg])
    out = ["package main\n"]
    out.append("import (\n" + "".join(f'\t"{i}"\n' for i in sorted(g.imports)) + ")\n")
    out.extend(sorted(g.globals_))
    out.extend(helpers)
    out.extend(funcs)
    out.append("func main() {\n" + "".join(f"\t{call}\n" for call in g.calls) + "}\n")
    return "\n".join(out), sorted(chosen)
