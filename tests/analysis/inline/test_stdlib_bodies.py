"""The standard library's inlinable bodies in the generated data (``stdlib_gen.bodies``)."""

from __future__ import annotations

from pathlib import Path

import pytest

from bench.stdcost import external, oracle
from quizapp.analysis import analyze
from quizapp.analysis.errors import NOPOS, Unsupported
from quizapp.analysis.noder.package import lower_file
from quizapp.analysis.syntax.nodes import named_children, text
from quizapp.analysis.syntax.parser import parse
from quizapp.analysis.types.stdlib import index, inline_bodies, package_data

from ..inline_util import answers_as_gc
from .test_stdlib_facts import functions

CORPUS = Path(__file__).resolve().parents[1] / "corpus"


def inlinable(f: dict) -> bool:
    inl = f.get("inline", {})
    return "cost" in inl and "reason" not in inl


def test_every_inlinable_function_has_its_body_and_only_those() -> None:
    """gc can inline it (and it is not generic code, which carries its source): its
    source is in the package's bodies file; nothing else is there."""
    missing = [n for n, f in functions() if inlinable(f) and "source" not in f and not f.get("body")]
    extra = [n for n, f in functions() if f.get("body") and not inlinable(f)]
    assert not missing, missing[:10]
    assert not extra, extra[:10]
    assert sum(1 for _, f in functions() if f.get("body")) > 3000


def test_each_body_is_its_declaration() -> None:
    """The source of ``T.M`` is ``func (r *T) M(...)``, parsed at its line and column."""
    count = 0
    for path in index()["packages"]:
        for key, src in inline_bodies(path).items():
            root = parse(("package p\n" + src["text"]).encode())
            decls = [d for d in named_children(root) if d.type not in ("comment", "package_clause")]
            assert len(decls) == 1, (path, key)
            d = decls[0]
            name = text(d.child_by_field_name("name"))
            assert key.rsplit(".", 1)[-1] == name, (path, key)
            assert (d.type == "method_declaration") == ("." in key), (path, key)
            assert src["file"].rsplit("/", 1)[0] == path or path.startswith("vendor/") \
                or src["file"].startswith(path + "/"), (path, key, src["file"])
            count += 1
    assert count > 3000


def test_bodies_name_what_they_refer_to() -> None:
    """What an inlinable body calls is in the data, unexported or internal:
    ``errors.New`` makes an ``errorString``, sync's Mutex calls internal/sync's, whose
    fast path reads the constant-false ``race.Enabled``."""
    errors = package_data("errors")
    assert errors is not None and errors["funcs"]["New"]["body"] is True
    assert "&errorString{text}" in inline_bodies("errors")["New"]["text"]
    assert "errors.errorString" in errors["named"]
    assert "m.mu.Lock()" in inline_bodies("sync")["Mutex.Lock"]["text"]
    isync = package_data("internal/sync")
    assert isync is not None
    assert isync["named"]["internal/sync.Mutex"]["methods"]["Lock"]["body"] is True
    race = package_data("internal/race")
    assert race is not None and race["consts"]["Enabled"]["value"] == "false"
    # an unexported method a body calls is listed with its body: strings.Builder.copyCheck
    strings = package_data("strings")
    assert strings is not None
    assert strings["named"]["strings.Builder"]["methods"]["copyCheck"]["body"] is True


def test_a_body_out_of_reach_is_unsupported_at_the_call() -> None:
    """slog.Default's body reads an atomic.Pointer[Logger]: the generic type's Load is
    lowered for that instance, which gc compiles in the user's package, not modelled under
    inlining: the call is unsupported, at its position, naming the body and why."""
    src = ('package main\n\nimport "log/slog"\n\nfunc main() {\n'
           '\tprintln(slog.Default() != nil)\n}\n')
    a = analyze(src, inline=True)
    assert [(u.pos.line, u.pos.col) for u in a.unsupported] == [(6, 22)]
    what = a.unsupported[0].what
    assert "slog.Default" in what and "instantiates generic code" in what, what


def test_bodies_reaching_one_generic_method_each_make_it() -> None:
    """sync.Map's Delete reaches HashTrieMap's Delete, which calls its LoadAndDelete,
    which Map.LoadAndDelete calls too: each body lowered instantiates it anew, and the program lowering them keeps
    none of those instances, nor what it records of them, as its own."""
    prog = lower_file(parse(b"package main\n\nfunc main() {}\n"))
    uni, lw = prog.universe, prog.universe.lowerer
    before = (dict(lw.instances), list(lw.refs), list(lw.inst_events), list(prog.instances))
    made = {}
    for key in ("Map.Delete", "Map.LoadAndDelete"):
        fn = external(uni, "sync", key)
        with pytest.raises(Unsupported, match="instantiates generic code"):
            uni.bodies.get(fn, NOPOS)
        generic = uni.bodies.instantiating(fn)
        assert generic is not None
        made[key] = [f.name for f in generic[1]]
    want = "(*HashTrieMap[go.shape.interface {},go.shape.interface {}]).LoadAndDelete"
    assert made["Map.Delete"][:2] == [want.replace("LoadAndDelete", "Delete"), want], made
    assert made["Map.LoadAndDelete"][0] == want, made
    assert (lw.instances, lw.refs, lw.inst_events, prog.instances) == before


PROGRAMS = {
    "errors.New in a function": """package main

import "errors"

func check(n int) error {
	if n < 0 {
		return errors.New("negative")
	}
	return nil
}

func main() { println(check(-1) != nil) }
""",
    "a function value given to strings.IndexFunc": """package main

import "strings"

func find(s string) int {
	return strings.IndexFunc(s, func(r rune) bool { return r == 'x' })
}

func main() { println(find("abx")) }
""",
    "strings.Builder and strconv": """package main

import (
	"fmt"
	"strconv"
	"strings"
)

func join(xs []int) string {
	var b strings.Builder
	for _, x := range xs {
		b.WriteString(strconv.Itoa(x))
		b.WriteByte(',')
	}
	return b.String()
}

func main() { fmt.Println(join([]int{1, 2})) }
""",
    "bytes.Buffer and a sync.Mutex": """package main

import (
	"bytes"
	"sync"
)

type Log struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (l *Log) Add(s string) {
	l.mu.Lock()
	l.buf.WriteString(s)
	l.mu.Unlock()
}

func (l *Log) Len() int { return l.buf.Len() }

func main() {
	l := &Log{}
	l.Add("x")
	println(l.Len())
}
""",
}


@pytest.mark.go
@pytest.mark.parametrize("level", [1, 2])
def test_inlined_standard_library_bodies_print_what_gc_prints(level: int) -> None:
    """Programs whose lines come from inlined standard-library bodies, against go1.27.3
    with inlining on (one go command for all of them): the analyzer answers each in
    full and prints exactly gc's lines (-m=2: explanations through the pasted code)."""
    answers_as_gc(PROGRAMS, level)


GENERIC_TYPE_METHODS = {f"sync.Map.{m}" for m in (
    "Clear", "CompareAndDelete", "CompareAndSwap", "Delete", "Load", "LoadAndDelete",
    "LoadOrStore", "Range", "Store", "Swap")} | {
    "log.Logger.Prefix", "log.Logger.SetPrefix", "log/slog.Default",
    "net/http.CrossOriginProtection.Handler", "net/netip.Addr.Zone"}
"""Bodies that call a method of a generic type's instance the data lays out
(``atomic.Pointer[T]``, ``sync.HashTrieMap``, ``unique.Handle``): the method is lowered
for that instance, so the body instantiates generic code."""

INSTANTIATING = {
    "sort.Float64sAreSorted", "sort.IntsAreSorted", "sort.StringsAreSorted",
    "encoding/asn1.ObjectIdentifier.Equal", "go/doc/comment.isStdPkg", "log/slog.Record.Clone",
    "log/slog.commonHandler.clone", "net/url.Values.Clone",
    "encoding/json/v2.newMarshalers", "encoding/json/v2.newUnmarshalers"}
"""Bodies that instantiate generic code: lowered, unsupported at a call (gc compiles the
instances in the user's package, not modelled under inlining), measured by the oracle."""


def split_name(name: str) -> tuple[str, str]:
    """``path.F`` or ``path.T.M``: the package's path, and ``F`` or ``T.M``."""
    path = next(p for p in sorted(index()["packages"], key=len, reverse=True)
                if name.startswith(p + "."))
    return path, name[len(path) + 1:]


def recorded_cost(name: str) -> int:
    """gc's cost of ``path.F`` or ``path.T.M`` as the data records it."""
    path, key = split_name(name)
    data = package_data(path)
    assert data is not None
    if "." in key:
        tname, mname = key.split(".")
        entry = (data["types"].get(tname) or data["named"][f"{path}.{tname}"])["methods"][mname]
    else:
        entry = data["funcs"][key]
    return int(entry["inline"]["cost"])


def test_bodies_calling_a_generic_types_methods_cost_what_gc_recorded() -> None:
    """``sync.Map.Load`` calls ``HashTrieMap[any, any].Load``, ``slog.Default`` an
    ``atomic.Pointer[Logger]``'s Load, ``netip.Addr.Zone`` a ``unique.Handle``'s Value:
    each is lowered with its instances and measured, at gc's recorded cost."""
    res = oracle(sorted({split_name(n)[0] for n in GENERIC_TYPE_METHODS}))
    got = {name: (want, cost) for name, want, cost in res.generic}
    assert set(got) >= GENERIC_TYPE_METHODS
    for name in sorted(GENERIC_TYPE_METHODS):
        assert got[name] == (recorded_cost(name), recorded_cost(name)), (name, got[name])


def test_the_cost_model_gives_every_body_its_recorded_cost() -> None:
    """The cost oracle over the whole standard library (about 4 s): every body the data
    carries, lowered as the inliner lowers it and measured by the cost model, costs
    exactly what gc recorded, in all; those not pasted at a call are the known ones,
    each with its reason: they instantiate generic code, measured with its instances."""
    res = oracle()
    total = res.measured + len(res.unsupported) + len(res.crashes)
    assert total > 3500
    assert res.measured_in_all == res.equal_in_all == total
    assert not res.crashes, res.crashes[:5]
    assert not res.differ, res.differ[:10]
    assert all(why for _, why in res.unsupported)
    assert {name for name, _ in res.unsupported} == GENERIC_TYPE_METHODS | INSTANTIATING
    assert {name for name, _, _ in res.generic} == GENERIC_TYPE_METHODS | INSTANTIATING
    assert not [g for g in res.generic if g[1] != g[2]], res.generic
