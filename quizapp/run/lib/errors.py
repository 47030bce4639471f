"""Package errors, and the error values fmt.Errorf makes.

``errors.New`` returns a ``*errors.errorString``; ``fmt.Errorf`` with
``%w`` a ``*fmt.wrapError`` (``*fmt.wrapErrors`` for several), whose
``Unwrap`` is what ``errors.Is``, ``errors.As`` and ``errors.Unwrap`` follow.
"""

from __future__ import annotations

from typing import Any

from ...analysis.types import model as T
from ..errors import CannotRun
from ..rtypes import find_method, identical, implements, method_set_has
from ..values import Iface, Ptr, Slice, is_aggregate, width
from .gotypes import STRING_RESULT, sig, synthetic
from .util import items

ERROR_STRING = synthetic("errors", "errorString", T.Struct([T.Field("s", T.STRING)]),
                         {"Error": (STRING_RESULT, True)})
WRAP_ERROR = synthetic("fmt", "wrapError",
                       T.Struct([T.Field("msg", T.STRING), T.Field("err", T.ERROR_TYPE)]),
                       {"Error": (STRING_RESULT, True),
                        "Unwrap": (sig([], [T.ERROR_TYPE]), True)})
WRAP_ERRORS = synthetic("fmt", "wrapErrors",
                        T.Struct([T.Field("msg", T.STRING),
                                  T.Field("errs", T.Slice(T.ERROR_TYPE))]),
                        {"Error": (STRING_RESULT, True),
                         "Unwrap": (sig([], [T.Slice(T.ERROR_TYPE)]), True)})
JOIN_ERROR = synthetic("errors", "joinError", T.Struct([T.Field("errs", T.Slice(T.ERROR_TYPE))]),
                       {"Error": (STRING_RESULT, True),
                        "Unwrap": (sig([], [T.Slice(T.ERROR_TYPE)]), True)})


def new_error(msg: bytes) -> Iface:
    return Iface(T.Pointer(ERROR_STRING), Ptr([msg], 0))


def wrap_error(msg: bytes, errs: list[Any]) -> Iface:
    if len(errs) == 1:
        return Iface(T.Pointer(WRAP_ERROR), Ptr([msg, errs[0]], 0))
    s = Slice(list(errs), 0, len(errs), len(errs))
    return Iface(T.Pointer(WRAP_ERRORS), Ptr([msg, s], 0))


def _error_string(m: Any, args: list) -> bytes:
    p = args[0]
    return p.c[p.o]


def _join_error(m: Any, args: list) -> bytes:
    p = args[0]
    errs = items(p.c[p.o], T.ERROR_TYPE)
    return b"\n".join(m.call_method(e, "Error", []) for e in errs)


def _unwrap_one(m: Any, args: list) -> Any:
    p = args[0]
    return p.c[p.o + 1]


def _unwrap_many(m: Any, args: list) -> Slice:
    p = args[0]
    s = p.c[p.o + (1 if width(T.STRING) else 0)] if len(p.c) > 1 else p.c[p.o]
    return s


def _join_unwrap(m: Any, args: list) -> Slice:
    p = args[0]
    return p.c[p.o]


def unwrap_all(m: Any, err: Iface) -> list[Iface]:
    """What ``err`` wraps: Unwrap() error, or each of Unwrap() []error."""
    sel = find_method(err.t, "Unwrap")
    if sel is None or not method_set_has(err.t, "Unwrap"):
        return []
    res = sel.method.sig.results
    if len(res) != 1 or sel.method.sig.params:
        return []
    r = m.call_method(err, "Unwrap", [])
    if isinstance(res[0].type.under, T.Slice):
        return [e for e in items(r, T.ERROR_TYPE) if e is not None]
    return [r] if r is not None else []


def errors_is(m: Any, err: Any, target: Any) -> bool:
    if err is None or target is None:
        return err is target
    from ..rtypes import comparable, equal_fn
    target_comparable = comparable(target.t)
    stack = [err]
    while stack:
        e = stack.pop(0)
        if target_comparable and identical(e.t, target.t) and equal_fn(e.t)(e.v, target.v):
            return True
        sel = find_method(e.t, "Is")
        if sel is not None and method_set_has(e.t, "Is"):
            if m.call_method(e, "Is", [target]):
                return True
        subs = unwrap_all(m, e)
        stack[0:0] = subs
    return False


def errors_as(m: Any, err: Any, target: Any, target_type: T.Type) -> bool:
    """``errors.As(err, target)``; ``target_type`` is the pointed-to type."""
    if target is None:
        raise CannotRun(None, "errors.As with a nil target")
    stack = [err] if err is not None else []
    while stack:
        e = stack.pop(0)
        ok = implements(e.t, target_type) if target_type.is_interface() else identical(e.t, target_type)
        if ok:
            val = e if target_type.is_interface() else e.v
            if is_aggregate(target_type):
                w = width(target_type)
                target.c[target.o:target.o + w] = val
            else:
                target.c[target.o] = val
            return True
        sel = find_method(e.t, "As")
        if sel is not None and method_set_has(e.t, "As"):
            raise CannotRun(None, "errors.As on an error with its own As method")
        stack[0:0] = unwrap_all(m, e)
    return False


def _new(m: Any, args: list) -> Iface:
    return new_error(args[0])


def _unwrap(m: Any, args: list) -> Any:
    e = args[0]
    if e is None:
        return None
    sel = find_method(e.t, "Unwrap")
    if sel is None or not method_set_has(e.t, "Unwrap"):
        return None
    if isinstance(sel.method.sig.results[0].type.under, T.Slice):
        return None
    return m.call_method(e, "Unwrap", [])


def _is(m: Any, args: list) -> bool:
    return errors_is(m, args[0], args[1])


def _as(m: Any, args: list) -> bool:
    err, target = args
    if not isinstance(target, Iface) or not isinstance(target.t.under, T.Pointer):
        raise CannotRun(None, "errors.As with a target that is not a non-nil pointer")
    return errors_as(m, err, target.v, target.t.under.elem)


def _join(m: Any, args: list) -> Any:
    errs = [e for e in items(args[0], T.ERROR_TYPE) if e is not None]
    if not errs:
        return None
    s = Slice(errs, 0, len(errs), len(errs))
    return Iface(T.Pointer(JOIN_ERROR), Ptr([s], 0))


def _wrap_error_text(m: Any, args: list) -> bytes:
    p = args[0]
    return p.c[p.o]


NATIVES = {
    "errors.New": _new,
    "errors.Unwrap": _unwrap,
    "errors.Is": _is,
    "errors.As": _as,
    "errors.Join": _join,
    "errors.(*errorString).Error": _error_string,
    "errors.(*joinError).Error": _join_error,
    "errors.(*joinError).Unwrap": _join_unwrap,
    "fmt.(*wrapError).Error": _wrap_error_text,
    "fmt.(*wrapError).Unwrap": _unwrap_one,
    "fmt.(*wrapErrors).Error": _wrap_error_text,
    "fmt.(*wrapErrors).Unwrap": lambda m, args: args[0].c[args[0].o + 1],
}
