"""The standard library's inlinable bodies in the generated data (``stdlib_gen.bodies``)."""

from __future__ import annotations

from quizapp.analysis.syntax.nodes import named_children, text
from quizapp.analysis.syntax.parser import parse
from quizapp.analysis.types.stdlib import index, inline_bodies, package_data

from .test_stdlib_facts import functions


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
