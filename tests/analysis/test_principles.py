"""Principle ids on sites: the spec's §5 programs, and one corpus program per principle."""

from __future__ import annotations

from pathlib import Path

import pytest

from quizapp.analysis import analyze
from quizapp.analysis.principles import PRINCIPLES, PrincipleId

CORPUS = Path(__file__).resolve().parent / "corpus"

# (program, site name, function, the principle that must come first)
CASES = [
    ("a_01_return_addr", "x", "f", "sharing-up"),                          # spec 5.1
    ("a_02_ptrlit_returned_vs_local", "&T{...}", "newT", "sharing-up"),    # spec 5.2
    ("a_02_ptrlit_returned_vs_local", "&T{...}", "sum", "sharing-down"),
    ("a_03_param_leak_levels", "p", "keep", "param-leak"),                 # spec 5.3
    ("a_04_global_store", "x", "f", "global-store"),                       # spec 5.4
    ("s_05_fmt_println_boxes", "n", "f", "interface-conversion"),          # spec 5.5
    ("s_06_fmt_println_pointer", "t", "f", "interface-conversion"),        # spec 5.6
    ("a_05_make_size_limit", "make([]byte, 65537)", "f", "too-large"),     # spec 5.7
    ("a_05_make_size_limit", "make([]byte, n)", "f", "unknown-size"),
    ("a_06_large_array_var", "big", "f", "too-large"),                     # spec 5.8
    ("a_07_append_backing_store", "x", "ptrs", "pointer-in-container"),    # spec 5.9
    ("a_08_closure_by_value_vs_ref", "x", "byRef", "closure-capture"),     # spec 5.10
    ("a_09_loop_outer_var", "&T{...}", "f", "compiler-decides"),           # spec 5.11
    ("a_10_range_var_addr", "x", "f", "sharing-up"),                       # spec 5.12
    ("a_11_go_defer_loop", "b", "f", "goroutine"),                         # spec 5.13
    ("a_11_go_defer_loop", "c", "f", "goroutine"),
    ("a_12_channel_send", "&T{}", "f", "channel-send"),                    # spec 5.14
    ("a_13_map_store_vs_lookup", "&K{}", "f", "pointer-in-container"),     # spec 5.15
    ("a_14_store_via_pointer", "x", "viaPointer", "compiler-decides"),     # spec 5.16
    ("a_15_func_value_call", "y", "viaFunc", "interface-call"),            # spec 5.17
    ("a_16_method_value_escape", "t", "f", "closure-capture"),             # spec 5.18
    ("a_17_string_concat_conv", "a + b", "concat", "value-vs-pointer"),    # spec 5.19
    ("s_20_mutex_vs_builder", "mu", "f", "param-leak"),                    # spec 5.20
    ("a_58_go_closure_capture", "func literal", "main", "goroutine"),
]


def _site(program: str, name: str, function: str):  # noqa: ANN202
    a = analyze((CORPUS / f"{program}.go").read_bytes())
    matches = [s for s in a.sites if s.name == name and s.function == function]
    assert matches, f"no site {name} in {function} of {program}"
    return matches[0]


@pytest.mark.parametrize("program, name, function, first", CASES,
                         ids=[f"{c[0]}:{c[1]}" for c in CASES])
def test_principle_of_site(program: str, name: str, function: str, first: str) -> None:
    site = _site(program, name, function)
    assert site.reasons, f"{name} has no reasons"
    assert site.reasons[0] == first


def test_every_principle_but_inlining_is_exercised() -> None:
    covered = {c[3] for c in CASES}
    expected = {p.value for p in PrincipleId} - {"inlining"}
    assert expected <= covered


def test_every_reason_is_a_known_principle() -> None:
    known = {p.value for p in PrincipleId}
    for path in sorted(CORPUS.glob("[abcde]_*.go"))[:120]:
        for s in analyze(path.read_bytes()).sites:
            assert set(s.reasons) <= known, (path.name, s.name, s.reasons)


def test_principles_are_bilingual() -> None:
    for p in PRINCIPLES.values():
        assert p.title("en") and p.summary("en") and p.example
        assert any("\u4e00" <= ch <= "\u9fff" for ch in p.title("zh") + p.summary("zh"))


def test_heap_sites_carry_their_flow_with_positions() -> None:
    site = _site("a_04_global_store", "x", "f")
    assert site.flow and site.flow[-1].dst == "{heap}"
    wheres = [w for step in site.flow for (w, why, pos) in step.notes]
    assert "global = &x" in wheres
