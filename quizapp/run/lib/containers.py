"""Package container/list, in the program's memory with Go's own layout.

``List`` holds its sentinel ``root`` element and ``len``; each
``Element`` its ``next``, ``prev``, ``list`` and ``Value``: a program that
reads ``e.Value`` or prints a list sees what it would in Go, and the
diagram draws the real links.
"""

from __future__ import annotations

from typing import Any

from ..panics import nil_deref
from ..values import Ptr, zero
from .gotypes import std_type
from .util import Fields


class _L:
    def __init__(self, m: Any) -> None:
        self.m = m
        self.lt = std_type(m, "container/list", "List")
        self.et = std_type(m, "container/list", "Element")

    def el(self, p: Ptr | None) -> Fields:
        if p is None:
            raise nil_deref()
        return Fields(p, self.et)

    def lst(self, p: Ptr | None) -> Fields:
        if p is None:
            raise nil_deref()
        return Fields(p, self.lt)

    def root(self, lp: Ptr) -> Ptr:
        return Ptr(lp.c, lp.o + Fields(lp, self.lt).lay["root"][0])

    def init(self, lp: Ptr) -> Ptr:
        r = self.root(lp)
        rf = self.el(r)
        rf["next"] = r
        rf["prev"] = r
        self.lst(lp)["len"] = 0
        return lp

    def lazy_init(self, lp: Ptr) -> None:
        if self.el(self.root(lp))["next"] is None:
            self.init(lp)

    def insert(self, lp: Ptr, e: Ptr, at: Ptr) -> Ptr:
        ef, af = self.el(e), self.el(at)
        ef["prev"] = at
        ef["next"] = af["next"]
        af["next"] = e
        self.el(ef["next"])["prev"] = e
        ef["list"] = lp
        lf = self.lst(lp)
        lf["len"] = lf["len"] + 1
        return e

    def insert_value(self, lp: Ptr, v: Any, at: Ptr) -> Ptr:
        e = Ptr(zero(self.et), 0)
        self.el(e)["Value"] = v
        return self.insert(lp, e, at)

    def remove(self, lp: Ptr, e: Ptr) -> None:
        ef = self.el(e)
        self.el(ef["prev"])["next"] = ef["next"]
        self.el(ef["next"])["prev"] = ef["prev"]
        ef["next"] = None
        ef["prev"] = None
        ef["list"] = None
        lf = self.lst(lp)
        lf["len"] = lf["len"] - 1

    def move(self, e: Ptr, at: Ptr) -> None:
        if e == at:
            return
        ef = self.el(e)
        self.el(ef["prev"])["next"] = ef["next"]
        self.el(ef["next"])["prev"] = ef["prev"]
        af = self.el(at)
        ef["prev"] = at
        ef["next"] = af["next"]
        af["next"] = e
        self.el(ef["next"])["prev"] = e


def _next(m: Any, a: list, field: str) -> Any:
    L = _L(m)
    ef = L.el(a[0])
    p = ef[field]
    lp = ef["list"]
    if lp is not None and p != L.root(lp):
        return p
    return None


def _new(m: Any, a: list) -> Ptr:
    L = _L(m)
    return L.init(Ptr(zero(L.lt), 0))


def _front(m: Any, a: list, field: str) -> Any:
    L = _L(m)
    if L.lst(a[0])["len"] == 0:
        return None
    return L.el(L.root(a[0]))[field]


def _remove(m: Any, a: list) -> Any:
    L = _L(m)
    lp, e = a
    if L.el(e)["list"] == lp:
        L.remove(lp, e)
    return L.el(e)["Value"]


def _push(m: Any, a: list, front: bool) -> Ptr:
    L = _L(m)
    lp, v = a
    L.lazy_init(lp)
    at = L.root(lp) if front else L.el(L.root(lp))["prev"]
    return L.insert_value(lp, v, at)


def _insert(m: Any, a: list, after: bool) -> Any:
    L = _L(m)
    lp, v, mark = a
    mf = L.el(mark)
    if mf["list"] != lp:
        return None
    return L.insert_value(lp, v, mark if after else mf["prev"])


def _move_to(m: Any, a: list, front: bool) -> None:
    L = _L(m)
    lp, e = a
    root = L.root(lp)
    rf = L.el(root)
    if L.el(e)["list"] != lp or rf["next" if front else "prev"] == e:
        return
    L.move(e, root if front else rf["prev"])


def _move_rel(m: Any, a: list, after: bool) -> None:
    L = _L(m)
    lp, e, mark = a
    if L.el(e)["list"] != lp or e == mark or L.el(mark)["list"] != lp:
        return
    L.move(e, mark if after else L.el(mark)["prev"])


NATIVES = {
    "list.New": _new,
    "(*list.List).Init": lambda m, a: _L(m).init(a[0]),
    "(*list.List).Len": lambda m, a: _L(m).lst(a[0])["len"],
    "(*list.List).Front": lambda m, a: _front(m, a, "next"),
    "(*list.List).Back": lambda m, a: _front(m, a, "prev"),
    "(*list.List).Remove": _remove,
    "(*list.List).PushFront": lambda m, a: _push(m, a, True),
    "(*list.List).PushBack": lambda m, a: _push(m, a, False),
    "(*list.List).InsertBefore": lambda m, a: _insert(m, a, False),
    "(*list.List).InsertAfter": lambda m, a: _insert(m, a, True),
    "(*list.List).MoveToFront": lambda m, a: _move_to(m, a, True),
    "(*list.List).MoveToBack": lambda m, a: _move_to(m, a, False),
    "(*list.List).MoveBefore": lambda m, a: _move_rel(m, a, False),
    "(*list.List).MoveAfter": lambda m, a: _move_rel(m, a, True),
    "(*list.Element).Next": lambda m, a: _next(m, a, "next"),
    "(*list.Element).Prev": lambda m, a: _next(m, a, "prev"),
}
