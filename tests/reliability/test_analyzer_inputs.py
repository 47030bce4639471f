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

from .guard import quizapp
from .inputs import DATA, labelled_inputs, nested_structs

INPUTS = labelled_inputs()
SAME_FIRST_ERROR = {
    "crash_assertion_assign_to_const.go", "crash_recursion_invalid_recursive_array.go",
    "crash_recursion_invalid_recursive_struct.go", "crash_valueerror_string_to_int_var.go",
    "memory_blowup_int_const_squaring.go", "AssertionError_0cebcf35.go", "AssertionError_290eceb2.go",
    "AssertionError_98e3040f.go", "RecursionError_f380bf85.go", "ValueError_1fc1c090.go",
    "in_11_1366.go", "in_11_374.go", "in_11_43.go", "in_11_619.go", "in_11_794.go", "in_11_846.go",
    "in_3_22.go", "in_7_1254.go", "in_7_978.go",
}
"""Inputs whose first error we print exactly as gc does (position and words)."""
POSITIONED = re.compile(r"^\./main\.go:\d+(:\d+)?: \S")


def gc_label(name: str) -> tuple[bool, list[str]]:
    text = (DATA / "labels" / f"{name}.gc").read_text(encoding="utf-8").splitlines()
    return text[0] == "ok", text[1:]


@pytest.mark.parametrize("name", sorted(INPUTS))
def test_answers_as_gc_does(name: str, tmp_path: Path) -> None:
    (tmp_path / "main.go").write_text(INPUTS[name](), encoding="utf-8")
    ours = quizapp("analyze", "-m", "-l", "main.go", cwd=tmp_path)
    ok, theirs = gc_label(name)
    if ok:
        assert ours.status in (0, 3), ours.err
        if ours.status == 0:
            assert ours.out.splitlines() == theirs
        else:
            assert all(": unsupported: " in ln for ln in ours.lines)
        return
    assert ours.status == 2, f"gc rejects it ({theirs[:2]}), we answered {ours.status}: {ours.err}"
    assert ours.out == "" and len(ours.lines) == 1 and POSITIONED.match(ours.lines[0]), ours.err
    if name in SAME_FIRST_ERROR:
        first = next(ln for ln in theirs if "main.go:" in ln)
        assert ours.lines[0].removeprefix("./") == first.removeprefix("./").split(" ($GOROOT")[0]


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
