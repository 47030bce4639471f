"""Go's types, as far as escape analysis needs them.

Escape analysis asks four questions of a type: how big is it (size limits,
the 128-byte capture rule), does its memory hold pointers (pointer-free
values are pruned from the graph), is it pointer-shaped (an interface can
hold it without a box), and what are its methods (receivers are arguments).
Sizes and alignments are those of amd64.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum

PTR_SIZE = 8


class Kind(Enum):
    """The closed set of type constructors."""

    BASIC = "basic"
    NAMED = "named"
    POINTER = "pointer"
    SLICE = "slice"
    ARRAY = "array"
    MAP = "map"
    CHAN = "chan"
    STRUCT = "struct"
    FUNC = "func"
    INTERFACE = "interface"
    TUPLE = "tuple"


class Type:
    """A Go type. Subclasses are immutable apart from named types' late binding."""

    kind: Kind

    @property
    def under(self) -> Type:
        """The underlying type (itself for every type but a named one)."""
        return self

    def size(self) -> int:
        raise NotImplementedError

    def align(self) -> int:
        raise NotImplementedError

    def has_pointers(self) -> bool:
        raise NotImplementedError

    def __str__(self) -> str:
        return type_string(self)

    # Convenience predicates on the underlying type.
    def is_pointer(self) -> bool:
        return isinstance(self.under, Pointer)

    def is_slice(self) -> bool:
        return isinstance(self.under, Slice)

    def is_array(self) -> bool:
        return isinstance(self.under, Array)

    def is_map(self) -> bool:
        return isinstance(self.under, Map)

    def is_chan(self) -> bool:
        return isinstance(self.under, Chan)

    def is_struct(self) -> bool:
        return isinstance(self.under, Struct)

    def is_func(self) -> bool:
        return isinstance(self.under, Signature)

    def is_interface(self) -> bool:
        return isinstance(self.under, Interface)

    def is_string(self) -> bool:
        u = self.under
        return isinstance(u, Basic) and u.info is BasicInfo.STRING

    def is_untyped(self) -> bool:
        u = self.under
        return isinstance(u, Basic) and u.untyped


class BasicInfo(Enum):
    """Families of basic types, for conversions and constants."""

    BOOL = "bool"
    INT = "int"
    UINT = "uint"
    FLOAT = "float"
    COMPLEX = "complex"
    STRING = "string"
    UNSAFE_POINTER = "unsafe.Pointer"
    NIL = "nil"


@dataclass(eq=False, repr=False)
class Basic(Type):
    name: str
    info: BasicInfo
    _size: int
    _align: int
    untyped: bool = False
    kind: Kind = Kind.BASIC

    def size(self) -> int:
        return self._size

    def align(self) -> int:
        return self._align

    def has_pointers(self) -> bool:
        return self.info in (BasicInfo.STRING, BasicInfo.UNSAFE_POINTER)

    def is_integer(self) -> bool:
        return self.info in (BasicInfo.INT, BasicInfo.UINT)

    def is_numeric(self) -> bool:
        return self.info in (BasicInfo.INT, BasicInfo.UINT, BasicInfo.FLOAT, BasicInfo.COMPLEX)

    def __repr__(self) -> str:
        return self.name


def _b(name: str, info: BasicInfo, size: int, align: int | None = None) -> Basic:
    return Basic(name, info, size, size if align is None else align)


BOOL = _b("bool", BasicInfo.BOOL, 1)
INT = _b("int", BasicInfo.INT, 8)
INT8 = _b("int8", BasicInfo.INT, 1)
INT16 = _b("int16", BasicInfo.INT, 2)
INT32 = _b("int32", BasicInfo.INT, 4)
INT64 = _b("int64", BasicInfo.INT, 8)
UINT = _b("uint", BasicInfo.UINT, 8)
UINT8 = _b("uint8", BasicInfo.UINT, 1)
UINT16 = _b("uint16", BasicInfo.UINT, 2)
UINT32 = _b("uint32", BasicInfo.UINT, 4)
UINT64 = _b("uint64", BasicInfo.UINT, 8)
UINTPTR = _b("uintptr", BasicInfo.UINT, 8)
FLOAT32 = _b("float32", BasicInfo.FLOAT, 4)
FLOAT64 = _b("float64", BasicInfo.FLOAT, 8)
COMPLEX64 = _b("complex64", BasicInfo.COMPLEX, 8, 4)
COMPLEX128 = _b("complex128", BasicInfo.COMPLEX, 16, 8)
STRING = _b("string", BasicInfo.STRING, 16, 8)
UNSAFE_POINTER = _b("unsafe.Pointer", BasicInfo.UNSAFE_POINTER, 8)
# byte and rune are aliases of uint8 and int32; distinct objects only because gc
# prints them by the name they were written with (byte(7), 'a').
BYTE = _b("byte", BasicInfo.UINT, 1)
RUNE = _b("rune", BasicInfo.INT, 4)
_CANONICAL = {"byte": "uint8", "rune": "int32"}


def basic_name(t: Basic) -> str:
    """The name of a basic type with aliases resolved (byte is uint8)."""
    return _CANONICAL.get(t.name, t.name)


def is_byte(t: Type) -> bool:
    u = t.under
    return isinstance(u, Basic) and not u.untyped and basic_name(u) == "uint8"


def is_rune(t: Type) -> bool:
    u = t.under
    return isinstance(u, Basic) and not u.untyped and basic_name(u) == "int32"

UNTYPED_BOOL = Basic("untyped bool", BasicInfo.BOOL, 1, 1, untyped=True)
UNTYPED_INT = Basic("untyped int", BasicInfo.INT, 8, 8, untyped=True)
UNTYPED_RUNE = Basic("untyped rune", BasicInfo.INT, 4, 4, untyped=True)
UNTYPED_FLOAT = Basic("untyped float", BasicInfo.FLOAT, 8, 8, untyped=True)
UNTYPED_COMPLEX = Basic("untyped complex", BasicInfo.COMPLEX, 16, 8, untyped=True)
UNTYPED_STRING = Basic("untyped string", BasicInfo.STRING, 16, 8, untyped=True)
UNTYPED_NIL = Basic("untyped nil", BasicInfo.NIL, 8, 8, untyped=True)

PREDECLARED_TYPES: dict[str, Type] = {
    t.name: t for t in (BOOL, INT, INT8, INT16, INT32, INT64, UINT, UINT8, UINT16, UINT32,
                        UINT64, UINTPTR, FLOAT32, FLOAT64, COMPLEX64, COMPLEX128, STRING)
}
PREDECLARED_TYPES["byte"] = BYTE
PREDECLARED_TYPES["rune"] = RUNE


def default_type(t: Type) -> Type:
    """The type an untyped constant takes when nothing else decides."""
    if t is UNTYPED_BOOL:
        return BOOL
    if t is UNTYPED_INT:
        return INT
    if t is UNTYPED_RUNE:
        return RUNE
    if t is UNTYPED_FLOAT:
        return FLOAT64
    if t is UNTYPED_COMPLEX:
        return COMPLEX128
    if t is UNTYPED_STRING:
        return STRING
    return t


@dataclass(eq=False, repr=False)
class Pointer(Type):
    elem: Type
    kind: Kind = Kind.POINTER

    def size(self) -> int:
        return PTR_SIZE

    def align(self) -> int:
        return PTR_SIZE

    def has_pointers(self) -> bool:
        return True


@dataclass(eq=False, repr=False)
class Slice(Type):
    elem: Type
    kind: Kind = Kind.SLICE

    def size(self) -> int:
        return 3 * PTR_SIZE

    def align(self) -> int:
        return PTR_SIZE

    def has_pointers(self) -> bool:
        return True


@dataclass(eq=False, repr=False)
class Array(Type):
    length: int
    elem: Type
    kind: Kind = Kind.ARRAY

    def size(self) -> int:
        return self.length * self.elem.size()

    def align(self) -> int:
        return self.elem.align()

    def has_pointers(self) -> bool:
        return self.length > 0 and self.elem.has_pointers()


@dataclass(eq=False, repr=False)
class Map(Type):
    key: Type
    elem: Type
    kind: Kind = Kind.MAP

    def size(self) -> int:
        return PTR_SIZE

    def align(self) -> int:
        return PTR_SIZE

    def has_pointers(self) -> bool:
        return True


class ChanDir(Enum):
    BOTH = "chan"
    SEND = "chan<-"
    RECV = "<-chan"


@dataclass(eq=False, repr=False)
class Chan(Type):
    elem: Type
    dir: ChanDir = ChanDir.BOTH
    kind: Kind = Kind.CHAN

    def size(self) -> int:
        return PTR_SIZE

    def align(self) -> int:
        return PTR_SIZE

    def has_pointers(self) -> bool:
        return True


@dataclass(eq=False)
class Field:
    name: str
    type: Type
    embedded: bool = False
    tag: str = ""
    pkg: str = ""            # path of the declaring package, for an unexported name ("": the file's)


@dataclass(eq=False, repr=False)
class Struct(Type):
    fields: list[Field]
    kind: Kind = Kind.STRUCT
    _layout: tuple[list[int], int, int] | None = field(default=None, init=False, repr=False)
    _pointers: bool | None = field(default=None, init=False, repr=False)

    def layout(self) -> tuple[list[int], int, int]:
        """Field offsets, total size and alignment, as gc lays structs out.

        Computed once: a struct of structs nested n deep would otherwise be
        laid out again for every size and alignment question, 3**n times."""
        if self._layout is not None:
            return self._layout
        offsets = []
        off = 0
        align = 1
        for f in self.fields:
            a = f.type.align()
            align = max(align, a)
            off = (off + a - 1) // a * a
            offsets.append(off)
            off += f.type.size()
        if self.fields and off > 0 and self.fields[-1].type.size() == 0:
            off += 1
        size = (off + align - 1) // align * align
        self._layout = (offsets, size, align)
        return self._layout

    def size(self) -> int:
        return self.layout()[1]

    def align(self) -> int:
        return self.layout()[2]

    def has_pointers(self) -> bool:
        if self._pointers is None:
            self._pointers = any(f.type.has_pointers() for f in self.fields)
        return self._pointers

    def field(self, name: str) -> Field | None:
        for f in self.fields:
            if f.name == name:
                return f
        return None


@dataclass(eq=False)
class Param:
    """A parameter or result of a signature; ``name`` is empty when unnamed."""

    name: str
    type: Type


@dataclass(eq=False, repr=False)
class Signature(Type):
    params: list[Param]
    results: list[Param]
    variadic: bool = False
    recv: Param | None = None
    kind: Kind = Kind.FUNC

    def size(self) -> int:
        return PTR_SIZE

    def align(self) -> int:
        return PTR_SIZE

    def has_pointers(self) -> bool:
        return True


@dataclass(eq=False)
class MethodSig:
    name: str
    sig: Signature


@dataclass(eq=False, repr=False)
class Interface(Type):
    methods: list[MethodSig]
    embeds: list[Type] = field(default_factory=list)
    kind: Kind = Kind.INTERFACE

    def size(self) -> int:
        return 2 * PTR_SIZE

    def align(self) -> int:
        return PTR_SIZE

    def has_pointers(self) -> bool:
        return True

    def all_methods(self) -> list[MethodSig]:
        out = list(self.methods)
        for e in self.embeds:
            u = e.under
            if isinstance(u, Interface):
                out.extend(u.all_methods())
        return sorted(out, key=lambda m: m.name)


@dataclass(eq=False, repr=False)
class Tuple(Type):
    types: list[Type]
    kind: Kind = Kind.TUPLE
    names: list[str] | None = None       # a call's named results: messages print them, (n int, err error)

    def size(self) -> int:
        return sum(t.size() for t in self.types)

    def align(self) -> int:
        return PTR_SIZE

    def has_pointers(self) -> bool:
        return any(t.has_pointers() for t in self.types)


class IncompleteType(AssertionError):
    """A defined type used before (or without) its declaration being read."""

    def __init__(self, name: str) -> None:
        super().__init__(f"type {name} used before its declaration was read")
        self.name = name


@dataclass(eq=False, repr=False)
class Named(Type):
    """A defined type. ``underlying`` is bound after the declaration is read."""

    name: str
    underlying: Type | None = None
    methods: dict[str, object] = field(default_factory=dict)  # name -> ir.Func
    pkg: str = ""            # the package's name, as the IR printer qualifies ("": the file's)
    path: str = ""           # the package's path, as link names qualify ("": the file's)
    kind: Kind = Kind.NAMED

    @property
    def under(self) -> Type:
        u = self.underlying
        seen = 0
        while isinstance(u, Named):
            u = u.underlying
            seen += 1
            if seen > 100:
                raise RecursionError(self.name)
        if u is None:
            raise IncompleteType(self.name)
        return u

    def size(self) -> int:
        return self.under.size()

    def align(self) -> int:
        return self.under.align()

    def has_pointers(self) -> bool:
        return self.under.has_pointers()


ERROR_TYPE = Named("error")
ERROR_TYPE.underlying = Interface([MethodSig("Error", Signature([], [Param("", STRING)]))])
ANY_TYPE = Interface([])


def is_pointer_shaped(t: Type) -> bool:
    """A value that is exactly one pointer word: an interface holds it without a box."""
    u = t.under
    if isinstance(u, (Pointer, Map, Chan, Signature)):
        return True
    if isinstance(u, Basic):
        return u.info is BasicInfo.UNSAFE_POINTER
    if isinstance(u, Array):
        return u.length == 1 and is_pointer_shaped(u.elem)
    if isinstance(u, Struct):
        return len(u.fields) == 1 and is_pointer_shaped(u.fields[0].type)
    return False


def identical(a: Type, b: Type) -> bool:
    """Go's type identity."""
    if a is b:
        return True
    if isinstance(a, Named) or isinstance(b, Named):
        return False
    if type(a) is not type(b):
        return False
    if isinstance(a, Basic):
        return a.untyped == b.untyped and basic_name(a) == basic_name(b)  # type: ignore[arg-type]
    if isinstance(a, Pointer):
        return identical(a.elem, b.elem)  # type: ignore[attr-defined]
    if isinstance(a, Slice):
        return identical(a.elem, b.elem)  # type: ignore[attr-defined]
    if isinstance(a, Array):
        return a.length == b.length and identical(a.elem, b.elem)  # type: ignore[attr-defined]
    if isinstance(a, Map):
        return identical(a.key, b.key) and identical(a.elem, b.elem)  # type: ignore[attr-defined]
    if isinstance(a, Chan):
        return a.dir == b.dir and identical(a.elem, b.elem)  # type: ignore[attr-defined]
    if isinstance(a, Struct):
        fb = b.fields  # type: ignore[attr-defined]
        return len(a.fields) == len(fb) and all(
            x.name == y.name and x.embedded == y.embedded and identical(x.type, y.type)
            for x, y in zip(a.fields, fb))
    if isinstance(a, Signature):
        sb: Signature = b  # type: ignore[assignment]
        return (a.variadic == sb.variadic and len(a.params) == len(sb.params)
                and len(a.results) == len(sb.results)
                and all(identical(x.type, y.type) for x, y in zip(a.params, sb.params))
                and all(identical(x.type, y.type) for x, y in zip(a.results, sb.results)))
    if isinstance(a, Interface):
        ma, mb = a.all_methods(), b.all_methods()  # type: ignore[attr-defined]
        return len(ma) == len(mb) and all(
            x.name == y.name and identical(x.sig, y.sig) for x, y in zip(ma, mb))
    if isinstance(a, Tuple):
        return len(a.types) == len(b.types) and all(  # type: ignore[attr-defined]
            identical(x, y) for x, y in zip(a.types, b.types))  # type: ignore[attr-defined]
    return False


def type_string(t: Type, alias: str | None = None, *, link: bool = False) -> str:
    """The spelling gc's IR printer uses for a type. With ``link``, the spelling of the names
    gc gives instantiations (``G[uint8]`` for ``G[byte]``): byte and rune as what they alias."""
    if alias:
        return alias
    if isinstance(t, Named):
        return t.name if not t.pkg else f"{t.pkg}.{t.name}"
    if isinstance(t, Basic):
        if t is UNTYPED_NIL:
            return "nil"
        return _CANONICAL.get(t.name, t.name) if link else t.name
    if isinstance(t, Pointer):
        return "*" + type_string(t.elem, link=link)
    if isinstance(t, Slice):
        return "[]" + type_string(t.elem, link=link)
    if isinstance(t, Array):
        return f"[{t.length}]" + type_string(t.elem, link=link)
    if isinstance(t, Map):
        return f"map[{type_string(t.key, link=link)}]{type_string(t.elem, link=link)}"
    if isinstance(t, Chan):
        inner = type_string(t.elem, link=link)
        if t.dir is ChanDir.BOTH and isinstance(t.elem, Chan) and t.elem.dir is ChanDir.RECV:
            inner = f"({inner})"
        return f"{t.dir.value} {inner}"
    if isinstance(t, Struct):
        if not t.fields:
            return "struct {}"
        parts = []
        for f in t.fields:
            parts.append(type_string(f.type, link=link) if f.embedded else
                         f"{f.name} {type_string(f.type, link=link)}")
        return "struct { " + "; ".join(parts) + " }"
    if isinstance(t, Signature):
        return "func" + signature_string(t)
    if isinstance(t, Interface):
        ms = t.all_methods()
        if t is ANY_TYPE:
            return "any"            # gc prints the universe's any by its name
        if not ms:
            return "interface {}"
        return "interface { " + "; ".join(m.name + signature_string(m.sig) for m in ms) + " }"
    if isinstance(t, Tuple):
        return "(" + ", ".join(type_string(x) for x in t.types) + ")"
    return "?"


def signature_string(sig: Signature) -> str:
    ps = []
    for i, p in enumerate(sig.params):
        s = type_string(p.type)
        if sig.variadic and i == len(sig.params) - 1 and isinstance(p.type, Slice):
            s = "..." + type_string(p.type.elem)
        ps.append(s)
    out = "(" + ", ".join(ps) + ")"
    if len(sig.results) == 1:
        out += " " + type_string(sig.results[0].type)
    elif sig.results:
        out += " (" + ", ".join(type_string(r.type) for r in sig.results) + ")"
    return out


def is_exported(name: str) -> bool:
    """Go's rule: a name is exported when it starts with an upper-case letter."""
    return bool(name) and name[0].isupper()
