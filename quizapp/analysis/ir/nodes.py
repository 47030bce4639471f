"""The typed, desugared program that escape analysis walks.

The compiler's escape pass never sees Go as written: implicit conversions
are explicit, method calls are calls with the receiver as first argument,
variadic arguments are packed into a slice, ``go``/``defer`` calls are
wrapped in closures, constants are folded. The lowering in ``noder`` builds
this form from the syntax tree; ``escape`` walks it; ``printer`` prints it
the way gc's IR printer does. Every node keeps its gc position.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum
from typing import Any

from ..errors import Pos
from ..types.model import Signature, Type


UNKNOWN_HASH = "#?#"
"""The suffix of a literal copied by inlining when its place in gc's inlining tree is not
known (an inlined body not modelled came first, ``Func.link_name``): lines naming it are left out."""


class VarClass(Enum):
    """Where a variable lives in its function's frame."""

    AUTO = "auto"        # local variable or compiler temporary
    PARAM = "param"      # receiver or parameter
    RESULT = "result"    # result parameter, named or ~rN


@dataclass(eq=False)
class Var:
    """A variable of a function: the unit ``moved to heap`` speaks about."""

    name: str
    type: Type
    pos: Pos
    cls: VarClass
    fn: Func | None = None
    defn: Any = None               # the statement defining it (x := e, var x = e), if any
    is_temp: bool = False
    addrtaken_syntax: bool = False  # &x appears (or an implicit &x)
    captured_syntax: bool = False   # a closure refers to it
    unnamed: bool = False           # an unnamed parameter
    inlined_from: Any = None        # (callee, its own position) for a variable of an inlined body
    const_value: Any = None         # filled by the static-value oracle
    loc: Any = None                 # escape's location while its batch runs

    def __repr__(self) -> str:
        return f"Var({self.name}@{self.pos})"


@dataclass(eq=False)
class Global:
    name: str
    type: Type
    pos: Pos
    static_value: Any = None         # an initialiser gc lays out statically (no init code)
    static_part: Any = None          # one laid out statically but for parts computed in init


@dataclass(eq=False)
class Func:
    """A function, method or func literal, after lowering."""

    name: str                       # gc's symbol: f, T.M, (*T).M, outer.func1
    pos: Pos                        # the name (or the func keyword of a literal)
    sig: Signature
    recv: Var | None = None
    params: list[Var] = field(default_factory=list)
    results: list[Var] = field(default_factory=list)
    dcl: list[Var] = field(default_factory=list)   # every variable, in declaration order
    body: list[Any] | None = None
    outer: Func | None = None       # the enclosing function of a literal
    iface_calls: bool = False        # calls an interface method (itself or a literal inside it)
    closure_vars: list[Var] = field(default_factory=list)  # captured outer variables
    literal: Any = None             # the FuncLit node of a literal
    is_wrapper: bool = False        # a go/defer wrapper
    noescape: bool = False
    uintptr_escapes: bool = False   # //go:uintptrescapes: uintptr(unsafe.Pointer(p)) arguments escape
    order: int = 0                  # declaration order
    closure_count: int = 0          # numbering of nested literals
    wrap_count: int = 0             # numbering of go/defer wrappers
    callees: list[Func] = field(default_factory=list)  # static call-graph edges
    unsupported: list[Any] = field(default_factory=list)
    results_lost: bool = False
    esc_state: int = 0              # 0 unknown, 1 planned, 2 started, 3 tagged
    leaks: dict[int, Any] = field(default_factory=dict)  # param index (-1 receiver) -> Leaks
    leak_tags: dict[int, Any] = field(default_factory=dict)  # the same, as another package's data
    external: bool = False          # a function of another package: called, never analysed
    is_instance: bool = False       # an instance of a generic function or method
    capture_pos: dict[int, Pos] = field(default_factory=dict)  # id(var) -> first use inside
    decl_pos: Pos | None = None     # where gc speaks of the function itself, if not ``pos``:
    #                                 a method's receiver list
    pragmas: frozenset[str] = frozenset()   # //go: directives before the declaration
    end_pos: Pos | None = None      # the body's closing brace: where falling off its end returns
    inl_cost: int | None = None     # gc's inlining cost when it can inline this function
    inl_reason: str = ""            # why it cannot ("" while unchecked or inlinable)
    inl_checked: bool = False
    inl_unknown: bool = False       # its inlinability depends on something not judged
    intrinsic: bool = False         # another package's function gc compiles to instructions
    inl_waves: list[list[str]] | None = None
    """Another package's function gc inlines: what it inlines in turn, wave by wave."""
    inl_diags: bool | None = None   # ... and whether its inlined body prints lines (None: unknown)
    inl_bodies: frozenset[str] | None = None
    """Another package's function: the packages whose export data carry its body (its own,
    and those that inlined it); gc inlines it only where one of them is imported."""
    inlined_calls: int = 0          # calls inlined into this function's body
    inlined_labels: bool = False    # ... bringing labels of their own
    instantiations: list[str] = field(default_factory=list)
    """A shape instance: gc's names of the instantiations it serves (``Map[int,string]``)."""
    copy_of: Func | None = None
    """A literal copied by inlining: the literal as written that it is a copy of."""
    link_name: str = ""
    """A literal copied by inlining: its symbol as gc keeps it, with the hash of the inlined
    call that copied it (``mk.func1#8zPgLy6tR+c=#``); ``-m=2`` prints it in a few lines."""

    @property
    def sym(self) -> str:
        """The function's symbol as gc's ``-m=2`` lines print it raw (``link_name`` or ``name``)."""
        return self.link_name or self.name

    captures_dict: bool = False
    """A literal of a shape instance: it captures the instance's dictionary (gc's ``.dict``)."""

    @property
    def is_closure(self) -> bool:
        """A literal that captures something (batched with its parent)."""
        return self.outer is not None and (bool(self.closure_vars) or self.captures_dict)

    def __repr__(self) -> str:
        return f"Func({self.name})"

    def contains(self, other: Func | None) -> bool:
        """Is ``other`` a literal nested (at any depth) inside this function?"""
        f = other.outer if other is not None else None
        while f is not None:
            if f is self:
                return True
            f = f.outer
        return False


# ---------------------------------------------------------------- expressions

@dataclass(eq=False)
class Expr:
    pos: Pos
    type: Type
    init: list[Any] = field(default_factory=list, kw_only=True)
    implicit: bool = field(default=False, kw_only=True)
    paren: bool = field(default=False, kw_only=True)   # written in parentheses
    inlined_from: Any = field(default=None, kw_only=True)
    """For a node of an inlined body: (the callee's name, the node's position in the callee)."""


@dataclass(eq=False)
class Name(Expr):
    var: Var


@dataclass(eq=False)
class GlobalName(Expr):
    glob: Global


@dataclass(eq=False)
class FuncName(Expr):
    func: Func


@dataclass(eq=False)
class MethodExpr(Expr):
    """``T.M`` / ``(*T).M``: a static callee whose first argument is the receiver."""

    recv_type: Type
    func: Func


@dataclass(eq=False)
class Const(Expr):
    value: Any                       # int, float, complex, str, bool; a Rune for runes
    alias: str | None = None         # spelling of the type as written (byte vs uint8)
    src: str = field(default="", kw_only=True)          # the source text, for error messages
    start: Pos | None = field(default=None, kw_only=True)  # where that text starts


@dataclass(eq=False)
class Nil(Expr):
    pass


@dataclass(eq=False)
class Unary(Expr):
    op: str
    x: Expr


@dataclass(eq=False)
class Binary(Expr):
    op: str
    x: Expr
    y: Expr


@dataclass(eq=False)
class AddStr(Expr):
    operands: list[Expr]


@dataclass(eq=False)
class Addr(Expr):
    x: Expr


@dataclass(eq=False)
class Deref(Expr):
    x: Expr


@dataclass(eq=False)
class Dot(Expr):
    """``x.f`` on a struct value (``ptr`` False) or through a pointer (``ptr`` True)."""

    x: Expr
    field: str
    ptr: bool


class IndexKind(Enum):
    ARRAY = "array"
    SLICE = "slice"
    STRING = "string"
    MAP = "map"


@dataclass(eq=False)
class Index(Expr):
    x: Expr
    index: Expr
    kind: IndexKind


@dataclass(eq=False)
class SliceExpr(Expr):
    x: Expr
    lo: Expr | None
    hi: Expr | None
    max: Expr | None
    string: bool = False


class ConvOp(Enum):
    NOP = "convnop"
    CONV = "conv"
    IFACE = "conviface"
    STR2BYTES = "str2bytes"
    BYTES2STR = "bytes2str"
    STR2RUNES = "str2runes"
    RUNES2STR = "runes2str"
    RUNESTR = "runestr"
    SLICE2ARR = "slice2arr"
    SLICE2ARRPTR = "slice2arrptr"


@dataclass(eq=False)
class Conv(Expr):
    x: Expr
    op: ConvOp
    type_text: str = ""              # the target type as written, for printing


@dataclass(eq=False)
class TypeAssert(Expr):
    x: Expr
    type_text: str = ""
    dynamic: bool = False
    """To a type read from the dictionary in shaped code (gc's ``DYNAMICDOTTYPE``)."""
    derived_source: bool = False
    """The operand's interface type is read from the dictionary too."""


@dataclass(eq=False)
class Call(Expr):
    """A function call. Method calls carry the receiver as ``args[0]``;
    interface calls have ``iface`` set: ``fun`` is then the method selector
    and ``recv`` the interface value."""

    fun: Expr
    args: list[Expr]
    iface: bool = False
    recv: Expr | None = None
    method: str = ""
    ddd: bool = False                # f(s...) as written
    keepalive: bool = False
    dict_text: str | None = None     # the dictionary argument of a generic instance, as printed


@dataclass(eq=False)
class InlinedCall(Expr):
    """A call gc inlined (gc's OINLCALL): the callee's body, cloned where the call was.

    ``init`` declares the callee's parameters as locals of the caller and
    assigns the arguments to them; ``body`` is the cloned body, each
    ``return`` an assignment to ``results``, the result variables the
    call's value is read from (``~r0`` in messages)."""

    call: Call
    callee: Func
    body: list[Any]
    results: list[Var]


@dataclass(eq=False)
class Builtin(Expr):
    name: str
    args: list[Expr]
    ddd: bool = False
    type_arg: Type | None = None     # new(T), make(T, ...)
    type_text: str = ""


@dataclass(eq=False)
class CompLit(Expr):
    """A composite literal. ``kind`` is struct, array, slice or map; ``elems``
    are (key, value) pairs (key None when positional). ``ddd_arg`` marks the
    implicit ``... argument`` slice of a variadic call."""

    kind: str
    elems: list[tuple[Expr | None, Expr]]
    type_text: str = ""
    ddd_arg: bool = False
    fields: list[str] = field(default_factory=list)   # struct literals: the field each element sets


@dataclass(eq=False)
class PtrLit(Expr):
    """``&T{...}``, written or elided inside an outer literal."""

    lit: CompLit


@dataclass(eq=False)
class FuncLit(Expr):
    func: Func


@dataclass(eq=False)
class MethodValue(Expr):
    x: Expr                          # the receiver as evaluated (with implicit & or *)
    func: Func | None                # None for an interface method value
    text: str = ""                   # printed form, x.M with embedded steps


@dataclass(eq=False)
class DictEntry(Expr):
    """An entry of a generic instance's dictionary (``&.dict[0]``): static data."""

    text: str


@dataclass(eq=False)
class Recv(Expr):
    ch: Expr


# ----------------------------------------------------------------- statements

@dataclass(eq=False)
class Stmt:
    pos: Pos
    init: list[Any] = field(default_factory=list, kw_only=True)


@dataclass(eq=False)
class Decl(Stmt):
    var: Var


@dataclass(eq=False)
class Assign(Stmt):
    """``x = y`` (``op`` empty), ``x op= y``, and the assignments of declarations."""

    x: Expr
    y: Expr | None
    op: str = ""
    define: bool = False
    text: str = ""                   # printed statement for -m=2 notes


class Assign2Kind(Enum):
    PAIR = "assign-pair"
    DOTTYPE = "assign-pair-dot-type"
    MAPR = "assign-pair-mapr"
    RECV = "assign-pair-receive"
    FUNC = "assign-pair-func"


@dataclass(eq=False)
class Assign2(Stmt):
    lhs: list[Expr | None]
    rhs: list[Expr]
    kind: Assign2Kind
    define: bool = False
    text: str = ""
    via_temps: bool = False
    """``a, b = f()`` after gc's rewrite: the temporaries ``f()`` was assigned to are
    the right side (the inliner's cost model charges it as gc does, as one statement)."""


@dataclass(eq=False)
class Return(Stmt):
    results: list[Expr]
    text: str = ""


@dataclass(eq=False)
class Block(Stmt):
    body: list[Stmt]
    range_func: bool = False         # the rewrite of a range-over-func loop


@dataclass(eq=False)
class If(Stmt):
    cond: Expr
    then: list[Stmt]
    els: list[Stmt]
    static: int = 0                  # +1 always true, -1 always false (the other branch is dropped)


@dataclass(eq=False)
class For(Stmt):
    cond: Expr | None
    post: Stmt | None
    body: list[Stmt]
    per_iter: list[Var] = field(default_factory=list)


@dataclass(eq=False)
class Range(Stmt):
    key: Expr | None
    value: Expr | None
    x: Expr
    body: list[Stmt]
    define: bool = False
    array: bool = False              # ranging over an array value
    func_body: FuncLit | None = None  # range-over-func
    text: str = ""


@dataclass(eq=False)
class CaseClause:
    pos: Pos
    exprs: list[Expr]
    body: list[Stmt]
    var: Var | None = None           # type switch clause variable
    var_type: Type | None = None
    text: str = ""
    nil_case: bool = False           # a type switch clause that lists ``nil``
    types: list[Type | None] = field(default_factory=list)   # type switch: the listed types (None: nil)


@dataclass(eq=False)
class Switch(Stmt):
    tag: Expr | None
    cases: list[CaseClause]
    type_switch: bool = False
    bound: bool = False              # switch v := x.(type)


@dataclass(eq=False)
class SelectCase:
    pos: Pos
    comm: list[Stmt] | None          # the send or receive, lowered (None: default)
    body: list[Stmt]


@dataclass(eq=False)
class Select(Stmt):
    cases: list[SelectCase]


@dataclass(eq=False)
class Send(Stmt):
    ch: Expr
    value: Expr
    text: str = ""


@dataclass(eq=False)
class GoDefer(Stmt):
    is_go: bool
    call: Call
    text: str = ""


@dataclass(eq=False)
class Label(Stmt):
    name: str


@dataclass(eq=False)
class Branch(Stmt):
    kind: str                        # break, continue, goto, fallthrough
    label: str = ""


@dataclass(eq=False)
class ExprStmt(Stmt):
    x: Expr


@dataclass(eq=False)
class RecvStmt(Stmt):
    """A bare ``<-ch`` in a select case."""

    x: Recv
