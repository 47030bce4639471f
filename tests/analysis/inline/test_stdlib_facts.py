"""The standard library's inlining facts in the generated data, as the inliner reads them."""

from __future__ import annotations

from pathlib import Path

from quizapp.analysis import analyze
from quizapp.analysis.types.stdlib import index, package_data

CORPUS = Path(__file__).resolve().parents[1] / "corpus"


def functions() -> list[tuple[str, dict]]:
    """Every function and method of every package's data file."""
    out = []
    for path in index()["packages"]:
        pkg = package_data(path)
        assert pkg is not None
        out += [(f"{path}.{n}", f) for n, f in pkg["funcs"].items()]
        for t, typ in pkg["types"].items():
            out += [(f"{path}.{t}.{m}", f) for m, f in typ["methods"].items()]
        for key, typ in pkg["named"].items():
            out += [(f"{key}.{m}", f) for m, f in typ.get("methods", {}).items()]
    return out


def test_the_standard_librarys_functions_carry_inlining_facts() -> None:
    """The facts come with each package's data: strings.Builder's WriteString is
    inlinable (gc prints inlining call to it in a user's package), fmt.Fprintf is not."""
    strings = package_data("strings")
    fmt = package_data("fmt")
    assert strings is not None and fmt is not None
    write = strings["types"]["Builder"]["methods"]["WriteString"]
    assert "cost" in write["inline"] and "reason" not in write["inline"]
    assert "inlined" in write
    assert "reason" in fmt["funcs"]["Fprintf"]["inline"]


def test_every_inlinable_function_says_what_inlining_it_brings() -> None:
    """gc can inline it: it is an intrinsic, was probed (waves, lines of its own), or is marked unprobed."""
    missing = [name for name, f in functions()
               if f.get("inline", {}).get("cost") is not None and "reason" not in f["inline"]
               and not (f.get("intrinsic") or "inlined" in f or f.get("probed") is False)]
    assert not missing, missing[:10]


def test_bodies_are_carried_by_other_packages_with_data() -> None:
    """``body_in`` lists packages whose export data hold the body: other packages, with data."""
    packages = index()["packages"]
    carried = 0
    for name, f in functions():
        body_in = f.get("inline", {}).get("body_in")
        if body_in:
            carried += 1
            assert body_in == sorted(set(body_in)) and set(body_in) <= set(packages), name
            assert not any(name.startswith(p + ".") and "/" not in name[len(p) + 1:]
                           for p in body_in), name
    assert carried > 100


def test_a_body_no_import_carries_is_not_inlined() -> None:
    """The labelled programs hold gc's answer: fs.FileMode.IsRegular is inlined when the file
    imports io/fs, not when the FileMode comes from os.Stat in a file importing only os."""
    lines = CORPUS.parent / "realistic" / "files_04_temp_rw.i1"
    src = lines.with_suffix(".go").read_text()
    assert "io/fs" not in src and "IsRegular()" in src
    want = lines.read_text().splitlines()
    got = analyze(src, inline=True).diagnostics("./main.go")
    assert not [ln for ln in want if "inlining call to fs.FileMode.IsRegular" in ln]
    assert not [ln for ln in got if "inlining call to fs.FileMode.IsRegular" in ln]


def test_costs_are_within_the_budget_only_when_inlinable() -> None:
    for name, f in functions():
        inl = f.get("inline")
        if inl and "cost" in inl:
            assert ("reason" in inl) == (inl["cost"] > 80), name


def test_a_quiet_body_and_a_loud_one_are_both_answered() -> None:
    """fmt.Println's inlined body prints nothing of its own, errors.New's allocates
    (``&errors.errorString{...} escapes to heap`` at its call): both programs are
    answered in full, as gc prints them."""
    for name in ("f_01_square_println", "f_08_errorf_wrap_as"):
        prog = CORPUS / name
        a = analyze(prog.with_suffix(".go").read_text(), inline=True)
        assert not a.unsupported, name
        want = prog.with_suffix(".i1").read_text().splitlines()
        assert a.diagnostics("./main.go") == want, name
    loud = (CORPUS / "f_08_errorf_wrap_as.i1").read_text()
    assert "&errors.errorString{...} escapes to heap" in loud


def test_an_intrinsic_is_never_inlined() -> None:
    src = 'package main\n\nimport "sync/atomic"\n\nvar n int32\n\nfunc main() { atomic.AddInt32(&n, 1) }\n'
    lines = analyze(src, inline=True).diagnostics("./main.go")
    assert not [ln for ln in lines if "AddInt32" in ln]
