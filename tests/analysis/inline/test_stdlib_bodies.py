"""The standard library's inlinable bodies in the generated data (``stdlib_gen.bodies``)."""

from __future__ import annotations

from pathlib import Path

import pytest

from bench.stdcost import oracle
from quizapp.analysis import analyze
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
    """slog.Default's body reads an atomic.Pointer[Logger], a generic type's method the
    lowering of an inlined body does not instantiate: the call is unsupported, at its
    position, naming the body and why."""
    src = ('package main\n\nimport "log/slog"\n\nfunc main() {\n'
           '\tprintln(slog.Default() != nil)\n}\n')
    a = analyze(src, inline=True)
    assert [(u.pos.line, u.pos.col) for u in a.unsupported] == [(6, 22)]
    what = a.unsupported[0].what
    assert "slog.Default" in what and "atomic.Pointer[log/slog.Logger]" in what, what


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
"""Bodies that call a method of a generic type's instance the data lays out only
(``atomic.Pointer[T]``, ``sync.HashTrieMap``, ``unique.Handle``): not lowered."""

INSTANTIATING = {
    "sort.Float64sAreSorted", "sort.IntsAreSorted", "sort.StringsAreSorted",
    "encoding/asn1.ObjectIdentifier.Equal", "go/doc/comment.isStdPkg", "log/slog.Record.Clone",
    "log/slog.commonHandler.clone", "net/url.Values.Clone",
    "encoding/json/v2.newMarshalers", "encoding/json/v2.newUnmarshalers"}
"""Bodies that instantiate generic code: lowered, unsupported at a call (gc compiles the
instances in the user's package, not modelled under inlining), measured by the oracle."""

def test_the_cost_model_gives_every_body_its_recorded_cost() -> None:
    """The cost oracle over the whole standard library (about 4 s): every body the data
    carries, lowered as the inliner lowers it and measured by the cost model, costs
    exactly what gc recorded; the bodies not lowered are the known ones, each with
    its reason, and those that instantiate generic code cost gc's too."""
    res = oracle()
    assert res.measured > 3480
    assert not res.crashes, res.crashes[:5]
    assert not res.differ, res.differ[:10]
    assert all(why for _, why in res.unsupported)
    assert {name for name, _ in res.unsupported} == GENERIC_TYPE_METHODS | INSTANTIATING
    assert {name for name, _, _ in res.generic} == INSTANTIATING
    assert not [g for g in res.generic if g[1] != g[2]], res.generic
