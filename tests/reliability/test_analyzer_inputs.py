"""The analyzer on the reliability findings' reproducers: an answer for each, never a crash.

Valid Go exits 0 (or 3, naming what is unsupported); invalid Go exits 2
with one positioned line. The real compiler is the oracle, through labels
``scripts/label_reliability.py`` wrote from go1.27.3 (some of these programs
take gc minutes): for every reproducer, every crash input of the earlier
fuzz runs and every program nested ten times deeper than a reproducer,
``quizapp analyze`` must agree with gc on whether the program is valid,
print the same lines when it is, and, for the errors we reproduce, the
same first error.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from quizapp.worker import Worker

from .guard import quizapp
from .inputs import DATA, labelled_inputs, nested_structs

INPUTS = labelled_inputs()
SAME_FIRST_ERROR = {
    "crash_assertion_assign_to_const.go", "crash_recursion_invalid_recursive_array.go",
    "crash_recursion_invalid_recursive_struct.go", "crash_valueerror_string_to_int_var.go",
    "memory_blowup_int_const_squaring.go", "AssertionError_0cebcf35.go", "AssertionError_290eceb2.go",
    "AssertionError_98e3040f.go", "RecursionError_f380bf85.go", "ValueError_1fc1c090.go",
    "in_11_1366.go", "in_11_374.go", "in_11_43.go", "in_11_619.go", "in_11_794.go", "in_11_846.go",
    "in_3_22.go", "in_7_1254.go", "in_7_978.go", "ValueError_90f79a58.go", "in_11_64.go",
    "seed1_1677.go", "seed1_3564.go", "seed1_3574.go", "seed1_4150.go", "seed1_5265.go",
    "seed1_5377.go", "seed1_642.go", "seed3_2023.go", "seed4_8233.go",
}
"""Inputs whose first error we print exactly as gc does (position and words)."""
POSITIONED = re.compile(r"^(\./)?main\.go:\d+(:\d+)?: \S")
"""gc's first line: the compiler's ``./main.go:...``, the go command's ``main.go:...``."""


def gc_label(name: str) -> tuple[bool, list[str]]:
    text = (DATA / "labels" / f"{name}.gc").read_text(encoding="utf-8").splitlines()
    return text[0] == "ok", text[1:]


def check(name: str, status: int, out: list[str], err: list[str]) -> None:
    """One answer against gc's label: the same verdict on validity, lines, and first error."""
    ok, theirs = gc_label(name)
    if ok:
        assert status in (0, 3), err
        if status == 0:
            assert out == theirs
        else:
            assert all(": unsupported: " in ln for ln in err)
        return
    assert status == 2, f"gc rejects it ({theirs[:2]}), we answered {status}: {err}"
    assert out == [] and 1 <= len(err) <= 11 and POSITIONED.match(err[0]), err
    if name in SAME_FIRST_ERROR:
        first = next(ln for ln in theirs if "main.go:" in ln)
        assert err[0] == first


@pytest.mark.parametrize("name", sorted(n for n in INPUTS if not n.endswith(".go") or (DATA / n).exists()))
def test_the_command_answers_as_gc_does(name: str, tmp_path: Path) -> None:
    """The reproducers and the deep programs, through ``quizapp analyze`` in a guarded process."""
    src = INPUTS[name]()
    (tmp_path / "main.go").write_bytes(src.encode() if isinstance(src, str) else src)
    ours = quizapp("analyze", "-m", "-l", "main.go", cwd=tmp_path)
    check(name, ours.status, ours.out.splitlines(), ours.lines)


@pytest.fixture(scope="module")
def worker():  # noqa: ANN201
    with Worker() as w:
        yield w


@pytest.mark.parametrize("name", sorted(p.name for p in (DATA / "fuzz").glob("*.go")))
def test_earlier_fuzz_crashes_answer_as_gc_does(name: str, worker: Worker) -> None:
    """Crash inputs of earlier fuzz runs, analysed in a worker (time and memory limits) as the command would."""
    src = INPUTS[name]()
    status, out, err = worker.call(analyse_as_command, src.encode() if isinstance(src, str) else src)
    check(name, status, out, err)


def analyse_as_command(data: bytes) -> tuple[int, list[str], list[str]]:
    """What ``quizapp analyze -m -l main.go`` prints (status, stdout lines, stderr lines), in process."""
    from quizapp.analysis import AnalysisError, analyze
    try:
        a = analyze(data)
    except AnalysisError as exc:
        return 2, [], exc.lines("./main.go")
    err = [f"./main.go:{u.pos}: unsupported: {u.what}" for u in a.unsupported]
    return (3 if err else 0), a.diagnostics("./main.go"), err


def test_five_thousand_nested_structs(tmp_path: Path) -> None:
    """Ten times the 500 of a reproducer; gc itself needs minutes, so no label: judged, no crash."""
    (tmp_path / "main.go").write_text(nested_structs(5000), encoding="utf-8")
    ours = quizapp("analyze", "-m", "-l", "main.go", cwd=tmp_path)
    assert ours.status == 0 and ours.err == ""


def test_endless_and_huge_files_are_refused_before_reading(tmp_path: Path) -> None:
    ran = quizapp("analyze", "-m", "-l", "/dev/zero", cwd=tmp_path)
    assert ran.status == 2 and ran.lines == ["/dev/zero: the file is larger than 4 MB; the analyzer "
                                             "reads Go files up to that size"]
    sparse = tmp_path / "huge.go"
    with open(sparse, "wb") as f:
        f.truncate(1 << 40)                       # a terabyte, holding no disk space
    ran = quizapp("analyze", "huge.go", cwd=tmp_path)
    assert ran.status == 2 and "larger than 4 MB" in ran.err
    import os
    os.mkfifo(tmp_path / "pipe.go")
    ran = quizapp("analyze", "pipe.go", cwd=tmp_path)
    assert ran.status == 2 and "not a regular file" in ran.err


@pytest.mark.parametrize("const, says", [
    ("1e1000000000", "beyond"), ("0x1p100000000", "beyond"), ("1e-1000000000", "below"),
    ("0x1p-100000000", "below"), ("1e-300 * 1e-300", "below"), ("1e-300 / 1e300", "below"),
])
def test_floats_float64_cannot_hold_are_named_not_guessed(const: str, says: str) -> None:
    """gc holds untyped float constants with 512-bit precision and a vast exponent range; where
    float64 cannot follow (infinite, or a non-zero value rounded to 0) the analyzer says so."""
    from quizapp.analysis import analyze
    a = analyze(f"package main\n\nconst f = {const}\n\nfunc main() {{}}\n")
    assert [u.what for u in a.unsupported] == [f"a floating-point constant {says} float64's range"]


def test_zero_and_small_floats_are_judged() -> None:
    from quizapp.analysis import analyze
    for const in ("0.0e-5000", "0x0p-5000", "2.0 * 0.5", "1e-300", "0.0 * 5"):
        assert analyze(f"package main\n\nconst f = {const}\n\nfunc main() {{}}\n").unsupported == [], const
