"""Sizes, alignment and pointer facts of the type model (amd64, from the Go spec's appendix)."""

from __future__ import annotations

from quizapp.analysis.types import model as T


def test_basic_sizes() -> None:
    assert [t.size() for t in (T.BOOL, T.INT8, T.INT16, T.INT32, T.INT, T.COMPLEX128, T.STRING)] == \
        [1, 1, 2, 4, 8, 16, 16]
    assert T.COMPLEX64.align() == 4


def test_struct_layout_padding_and_trailing_zero_size_field() -> None:
    s = T.Struct([T.Field("a", T.INT8), T.Field("b", T.INT64), T.Field("c", T.INT16)])
    assert s.layout() == ([0, 8, 16], 24, 8)
    z = T.Struct([T.Field("p", T.Pointer(T.INT)), T.Field("_", T.Array(0, T.INT))])
    assert z.size() == 16
    assert T.Struct([]).size() == 0


def test_pointer_facts() -> None:
    assert not T.Array(4, T.INT).has_pointers()
    assert T.Array(1, T.STRING).has_pointers()
    assert not T.Array(0, T.Pointer(T.INT)).has_pointers()
    assert T.is_pointer_shaped(T.Struct([T.Field("p", T.Pointer(T.INT))]))
    assert not T.is_pointer_shaped(T.STRING)
    assert T.is_pointer_shaped(T.Map(T.INT, T.INT))


def test_byte_is_uint8_but_prints_as_written() -> None:
    assert T.identical(T.BYTE, T.UINT8)
    assert not T.identical(T.INT, T.INT64)
    assert str(T.Slice(T.BYTE)) == "[]byte"
