"""The diagram's own words in the interface language.

The layout (pure Python) and the trace speak English, the language of the
trace format; what a diagram draws is put into the interface language
here, at drawing time: column titles and tags, goroutine states and what
a goroutine waits for (Go's own reason kept in parentheses), the notes an
object carries (``run.allocs``: Go allocates nothing for this escaping
value, the runtime made this memory...), and the tooltips. Each English
text is matched as a whole (a pattern for the ones with a number or a
name in them); a text no pattern knows is shown as it is.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLibraryInfo, QTranslator

from ..run.allocs import NoAlloc

I18N = Path(__file__).resolve().parent.parent / "assets" / "i18n"

NIL_FULL = QT_TRANSLATE_NOOP("Diagram", "a nil map: no map was made, so nothing points anywhere; Go prints it "
                             "map[] as it prints an empty map, and writing to it panics")
NIL_SLICE_FULL = QT_TRANSLATE_NOOP("Diagram", "a nil slice: it has no backing array, so nothing points anywhere; Go "
                                   "prints it [] as it prints an empty slice, and append allocates an array for it")
NIL_POINTER_FULL = QT_TRANSLATE_NOOP("Diagram", "a nil pointer: it points at no memory, and nothing was allocated "
                                     "for it; reading or writing through it panics")
NIL_CHANNEL_FULL = QT_TRANSLATE_NOOP("Diagram", "a nil channel: no channel was made; sending or receiving on it "
                                     "blocks forever, and closing it panics")
NIL_FUNC_FULL = QT_TRANSLATE_NOOP("Diagram", "a nil function value: no function and no closure is behind it; "
                                  "calling it panics")


def install_language(app: QCoreApplication, lang: str) -> list[QTranslator]:
    """Put the app's Chinese words and Qt's own (OK, Cancel…) into ``app`` for ``lang`` "zh";
    nothing for English. The translators returned are installed: remove them to switch back.
    The app and the command line's drawings share this, so both speak the same words."""
    if lang != "zh":
        return []
    out = []
    for name, where in (("quizapp_zh_CN", str(I18N)),
                        ("qtbase_zh_CN", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))):
        tr = QTranslator(app)
        if tr.load(name, where):
            app.installTranslator(tr)
            out.append(tr)
    return out


OUR_REASONS = frozenset({"not started yet"})
"""Reasons the diagram words itself (a goroutine dump has no such state)."""


def reason(r: str) -> str:
    """What a goroutine waits for (Go's words, as in a goroutine dump), in the interface language."""
    names = {
        "chan send": QCoreApplication.translate("Diagram", "channel send"),
        "chan send (nil chan)": QCoreApplication.translate("Diagram", "send on a nil channel"),
        "chan receive": QCoreApplication.translate("Diagram", "channel receive"),
        "chan receive (nil chan)": QCoreApplication.translate("Diagram", "receive from a nil channel"),
        "select": QCoreApplication.translate("Diagram", "waiting in a select"),
        "select (no cases)": QCoreApplication.translate("Diagram", "select with no cases"),
        "sleep": QCoreApplication.translate("Diagram", "sleep"),
        "sync.Mutex.Lock": QCoreApplication.translate("Diagram", "locking a mutex"),
        "sync.RWMutex.Lock": QCoreApplication.translate("Diagram", "locking a read-write mutex"),
        "sync.RWMutex.RLock": QCoreApplication.translate("Diagram", "read-locking a read-write mutex"),
        "sync.WaitGroup.Wait": QCoreApplication.translate("Diagram", "waiting for a WaitGroup"),
        "sync.Cond.Wait": QCoreApplication.translate("Diagram", "waiting on a condition"),
        "not started yet": QCoreApplication.translate("Diagram", "not started yet"),
    }
    ours = names.get(r)
    if ours is None or ours == r:
        return r
    if r in OUR_REASONS:        # not Go's words: nothing to quote beside them
        return ours
    return QCoreApplication.translate("Diagram", "{ours} ({go})").format(ours=ours, go=r)


_STATE = re.compile(r"(running|runnable|waiting)(: (.*))?", re.S)


def state(text: str) -> str:
    """A goroutine's state as the layout writes it (``waiting: chan receive``)."""
    m = _STATE.fullmatch(text)
    if m is None:
        return text
    states = {"running": QCoreApplication.translate("Diagram", "running"),
              "runnable": QCoreApplication.translate("Diagram", "runnable"),
              "waiting": QCoreApplication.translate("Diagram", "waiting")}
    return states[m.group(1)] + (QCoreApplication.translate("Diagram", ": {why}").format(why=reason(m.group(3)))
                                 if m.group(3) else "")


def problem(text: str) -> str:
    """Why a run stopped early or a step cannot be drawn (``DiagramModel.problem``,
    ``DiagramError``), in the interface language; the interpreter's own detail (Go's
    words: a construct, a function) is kept as it is."""
    m = re.fullmatch(r"cannot run: (.*?)( \((main\.go:)?(\d+):(\d+)\))?", text, re.S)
    if m is not None:
        what = m.group(1)
        sub = re.fullmatch(r"(.*) is not supported by the interpreter", what, re.S)
        if sub is not None:
            what = QCoreApplication.translate("Diagram", "the interpreter does not support {what}").format(
                what=sub.group(1))
        elif (sub := re.fullmatch(r"(.*) \(unsupported by the analyzer\)", what, re.S)) is not None:
            what = QCoreApplication.translate("Diagram", "{what} (the analyzer does not judge it)").format(
                what=sub.group(1))
        elif (sub := re.fullmatch(r"function (\S+) has no body", what)) is not None:
            what = QCoreApplication.translate("Diagram", "function {f} has no body").format(f=sub.group(1))
        elif (sub := re.fullmatch(r"math\.(\w+) \(Go's own approximation: its last bits are not reproduced\)",
                                  what)) is not None:
            what = QCoreApplication.translate("Diagram", "math.{f} (Go computes it with its own approximation, whose "
                                              "last bits the interpreter does not reproduce)").format(f=sub.group(1))
        elif what.startswith("math.Pow with a fractional exponent"):
            what = QCoreApplication.translate("Diagram", "math.Pow with a fractional exponent (Go computes it with "
                                              "its own Exp and Log, whose last bits the interpreter does not "
                                              "reproduce)")
        elif (sub := re.fullmatch(r"(\S+) \(it reads the wall clock or the local time zone\)", what)) is not None:
            what = QCoreApplication.translate("Diagram", "{f} (it reads the wall clock or the local time zone)").format(
                f=sub.group(1))
        elif (sub := re.fullmatch(r"more than (\d+) goroutines alive at once", what)) is not None:
            what = QCoreApplication.translate("Diagram", "more than {n} goroutines alive at once").format(
                n=sub.group(1))
        elif what in ("no function main", "os.Getenv (the environment differs from run to run)"):
            what = QCoreApplication.translate("Diagram", what)
        elif (sub := re.fullmatch(r"calls nested more than (\d+) deep.*", what, re.S)) is not None:
            what = QCoreApplication.translate("Diagram", "calls nested more than {n} deep (the interpreter's "
                                              "stack is smaller than Go's)").format(n=sub.group(1))
        if m.group(4):
            return QCoreApplication.translate("Diagram", "cannot run: {what} (line {line}, column {col})").format(
                what=what, line=m.group(4), col=m.group(5))
        return QCoreApplication.translate("Diagram", "cannot run: {what}").format(what=what)
    m = re.fullmatch(r"stopped after ([\d,]+) steps", text)
    if m is not None:
        return QCoreApplication.translate("Diagram", "stopped after {n} steps (the step budget)").format(
            n=m.group(1))
    known = {"no program to draw": QCoreApplication.translate("Diagram", "there is no program to draw"),
             "the program took no step": QCoreApplication.translate("Diagram", "the program took no step")}
    return known.get(text, text)


def label(text: str) -> str:
    """An object's label: gc's words for a site are kept (``func literal``, ``... argument``);
    the names of what the runtime makes are ours."""
    names = {"go closure": QCoreApplication.translate("Diagram", "go closure"),
             # gc's words, kept; a language other than English may explain them beside
             "... argument": QCoreApplication.translate("Diagram", "... argument"),
             "deferred closure": QCoreApplication.translate("Diagram", "deferred closure"),
             "defer record": QCoreApplication.translate("Diagram", "defer record")}
    if text in names:
        return names[text]
    if text.endswith(", boxed"):
        return QCoreApplication.translate("Diagram", "{name}, boxed").format(name=text.removesuffix(", boxed"))
    if text.endswith("'s array, moved"):
        return QCoreApplication.translate("Diagram", "{name}'s array, moved").format(
            name=text.removesuffix("'s array, moved"))
    return text


def word(text: str) -> str:
    """A title or tag the layout put in a scene."""
    words = {"Stack": QCoreApplication.translate("Diagram", "Stack"),
             "Heap": QCoreApplication.translate("Diagram", "Heap"),
             "garbage": QCoreApplication.translate("Diagram", "garbage"),
             "not allocated": QCoreApplication.translate("Diagram", "not allocated"),
             "SP": QCoreApplication.translate("Diagram", "SP"),
             "globals": QCoreApplication.translate("Diagram", "globals"),
             "package-level variables: static data, neither on the stack nor on the heap":
             QCoreApplication.translate("Diagram", "package-level variables: static data, neither on the stack nor on "
                                        "the heap"),
             "nil": "nil",                   # Go's own word, in every language
             "nil map": QCoreApplication.translate("Diagram", NIL_FULL),
             "nil slice": QCoreApplication.translate("Diagram", NIL_SLICE_FULL),
             "nil pointer": QCoreApplication.translate("Diagram", NIL_POINTER_FULL),
             "nil channel": QCoreApplication.translate("Diagram", NIL_CHANNEL_FULL),
             "nil func": QCoreApplication.translate("Diagram", NIL_FUNC_FULL),
             "the stack pointer: the top of the running goroutine's stack":
             QCoreApplication.translate("Diagram", "the stack pointer: the top of the running goroutine's stack")}
    if text in words:
        return words[text]
    m = re.fullmatch(r"goroutine (\d+)'s stack pointer: the top of its stack", text)
    if m is not None:
        return QCoreApplication.translate("Diagram", "goroutine {n}'s stack pointer: the top of its stack").format(
            n=m.group(1))
    m = re.fullmatch(r"(\S+\.(go|defer)wrap\d+)  :(\d+)", text)     # gc's wrapper of a go/defer call
    if m is not None:
        what = (QCoreApplication.translate("Diagram", "{f}, the go statement's wrapper") if m.group(2) == "go"
                else QCoreApplication.translate("Diagram", "{f}, the deferred call's wrapper"))
        return f"{what.format(f=m.group(1))}  :{m.group(3)}"
    if text.endswith(" (inlined)"):
        return QCoreApplication.translate("Diagram", "{f} (inlined)").format(f=text.removesuffix(" (inlined)"))
    if text.endswith("  (returned)"):
        return QCoreApplication.translate("Diagram", "{f}  (returned)").format(
            f=text.removesuffix("  (returned)"))
    m = re.fullmatch(r"goroutine (\d+)( \(main\))?( · (.*))?", text, re.S)
    if m is not None and (m.group(4) is None or _STATE.fullmatch(m.group(4))):
        head = (QCoreApplication.translate("Diagram", "goroutine {n} (main)") if m.group(2)
                else QCoreApplication.translate("Diagram", "goroutine {n}")).format(n=m.group(1))
        return f"{head} · {state(m.group(4))}" if m.group(4) else head
    if _STATE.fullmatch(text):
        return state(text)
    if text.endswith(" more"):
        return QCoreApplication.translate("Diagram", "{n} more").format(n=text.removesuffix(" more"))
    head, sep, rest = text.partition("  ")         # an object's header: its label, then its type
    return label(head) + sep + rest


RUN_REASONS = (
    QT_TRANSLATE_NOOP("Diagram", "no function main"),
    QT_TRANSLATE_NOOP("Diagram", "os.Getenv (the environment differs from run to run)"),
)
"""Whole reasons the interpreter gives for not running a program (``problem``)."""

WHYS = (
    QT_TRANSLATE_NOOP("Diagram", "a constant: Go boxes it as read-only data, nothing is allocated"),
    QT_TRANSLATE_NOOP("Diagram", "zero-size: Go points the interface at runtime.zerobase, nothing is "
                       "allocated"),
    QT_TRANSLATE_NOOP("Diagram", "a one-byte value: Go uses its static table of values, nothing is "
                       "allocated"),
    QT_TRANSLATE_NOOP("Diagram", "a one-byte string: Go points it into its static table of byte values, "
                       "nothing is allocated"),
    QT_TRANSLATE_NOOP("Diagram", "a read-only global: the interface points at it"),
    QT_TRANSLATE_NOOP("Diagram", "a zero value known at compile time: the interface points at "
                       "runtime.zeroVal, nothing is allocated"),
    QT_TRANSLATE_NOOP("Diagram", "a value known at compile time: the interface points at a read-only "
                       "copy, nothing is allocated"),
    QT_TRANSLATE_NOOP("Diagram", "the empty string: Go uses its zero value, nothing is allocated"),
    QT_TRANSLATE_NOOP("Diagram", "a nil slice: Go uses its zero value, nothing is allocated"),
    QT_TRANSLATE_NOOP("Diagram", "holds nothing (zero bytes): Go allocates nothing (runtime.zerobase)"),
    QT_TRANSLATE_NOOP("Diagram", "captures nothing: Go uses a static function value, nothing is "
                       "allocated"),
    QT_TRANSLATE_NOOP("Diagram", "is zero-size: Go allocates nothing (runtime.zerobase)"),
)
"""Why an escaping value needs no allocation (``run.allocs.box_allocates`` and friends)."""

NOTES = (
    QT_TRANSLATE_NOOP("Diagram", "made by the standard library"),
    QT_TRANSLATE_NOOP("Diagram", "static data: nothing is allocated"),
    QT_TRANSLATE_NOOP("Diagram", "gc's 32-byte stack buffer for this append: nothing is allocated"),
    QT_TRANSLATE_NOOP("Diagram", "a channel is always made on the heap (runtime.makechan); gc reports "
                       "nothing about it"),
    QT_TRANSLATE_NOOP("Diagram", "gc wraps the call in a closure holding its arguments; the new "
                       "goroutine outlives the statement, so the closure is on the heap (gc "
                       "reports nothing)"),
    QT_TRANSLATE_NOOP("Diagram", "gc wraps the deferred call in a closure holding its arguments; a "
                       "defer in a loop puts it on the heap (gc reports nothing)"),
    QT_TRANSLATE_NOOP("Diagram", "a defer in a loop: the runtime records it on the heap "
                       "(runtime._defer; a record freed by an earlier defer is reused)"),
    QT_TRANSLATE_NOOP("Diagram", "the appends used a stack buffer; where the slice is handed out, gc "
                       "copies it to the heap (move2heap)"),
    QT_TRANSLATE_NOOP("Diagram", "does not escape, but append grew it past gc's 32-byte stack buffer: "
                       "growslice allocated it on the heap"),
    QT_TRANSLATE_NOOP("Diagram", "a span read from the clock: Go allocates its box unless the real span "
                       "is under 256 ns, which the interpreter's virtual clock cannot tell"),
)
"""Whole notes (``run.allocs``'s constants and the registry's)."""


def _patterns() -> list[tuple[str, Callable[[re.Match[str]], str]]]:
    return [
        (r"escapes, but the value (\d+) is below 256: Go uses its static table of small values, "
         r"nothing is allocated",
         lambda m: QCoreApplication.translate("Diagram", "escapes, but the value {n} is below 256: Go uses its static table of small "
                      "values, nothing is allocated").format(n=m.group(1))),
        (r"escapes, but (.*)",
         lambda m: QCoreApplication.translate("Diagram", "escapes, but {why}").format(why=_known(WHYS, m.group(1)))),
        (r"does not escape, but its size \((\d+) bytes\) is only known at run time and is over "
         r"gc's (\d+)-byte stack buffer: allocated on the heap",
         lambda m: QCoreApplication.translate("Diagram", "does not escape, but its size ({size} bytes) is only known at run time and "
                      "is over gc's {buf}-byte stack buffer: allocated on the heap").format(
                          size=m.group(1), buf=m.group(2))),
        (r"does not escape, but the (string|slice) is (\d+) bytes, over the (\d+)-byte buffer gc gives a "
         r"conversion on the stack: allocated on the heap",
         lambda m: (QCoreApplication.translate("Diagram", "does not escape, but the string is {size} bytes, over the "
                                               "{buf}-byte buffer gc gives a conversion on the stack: allocated on "
                                               "the heap") if m.group(1) == "string" else
                    QCoreApplication.translate("Diagram", "does not escape, but the slice is {size} bytes, over the "
                                               "{buf}-byte buffer gc gives a conversion on the stack: allocated on "
                                               "the heap")).format(size=m.group(2), buf=m.group(3))),
        (r"does not escape, but it holds (\d+) runes, over the (\d+)-rune buffer gc gives a conversion on the "
         r"stack: allocated on the heap",
         lambda m: QCoreApplication.translate("Diagram", "does not escape, but it holds {n} runes, over the {buf}-rune "
                                              "buffer gc gives a conversion on the stack: allocated on the heap").format(
                                                  n=m.group(1), buf=m.group(2))),
        (r"moved to heap, allocated together with (.*): gc puts small variables without pointers "
         r"in one allocation",
         lambda m: QCoreApplication.translate("Diagram", "moved to heap, allocated together with {name}: gc puts small variables "
                      "without pointers in one allocation").format(name=m.group(1))),
    ]


def _known(texts: tuple[str, ...], text: str) -> str:
    return QCoreApplication.translate("Diagram", text) if text in texts else text


def note(text: str) -> str:
    """An object's note (``ObjView.note``)."""
    if text in NOTES:
        return QCoreApplication.translate("Diagram", text)
    more = re.fullmatch(r"\+(\d+) more", text)      # objects not drawn
    if more is not None:
        return QCoreApplication.translate("Diagram", "+{n} more").format(n=more.group(1))
    for pattern, word_it in _patterns():
        m = re.fullmatch(pattern, text)
        if m is not None:
            return word_it(m)
    return text


def value(text: str) -> str:
    """A value as a box shows it: only the words around Go's values are ours."""
    if text == "→ heap":
        return QCoreApplication.translate("Diagram", "→ heap")
    if text.endswith("  closed") and "  buf [" in text:       # a channel's state: Go's buf, len, cap kept
        return QCoreApplication.translate("Diagram", "{channel}  closed").format(channel=text.removesuffix("  closed"))
    if text.endswith(" (bound to its receiver)"):
        return QCoreApplication.translate("Diagram", "{f} (bound to its receiver)").format(
            f=text.removesuffix(" (bound to its receiver)"))
    m = re.fullmatch(r"([\w.()*\[\]]+), capturing (.*)", text)
    if m is not None:
        return QCoreApplication.translate("Diagram", "{f}, capturing {names}").format(
            f=m.group(1), names=m.group(2))
    return text


def tooltip(text: str, role: str) -> str:
    """A text's full form (``layout.Text.full``) in the interface language."""
    if role == "note":
        return note(text)
    if role == "itype" and text.startswith("dynamic type: "):
        t = text.removeprefix("dynamic type: ")
        if t == "nil":
            return QCoreApplication.translate("Diagram", "a nil interface: both its words, the type and the data, are "
                                              "nil")
        return QCoreApplication.translate("Diagram", "dynamic type: {t} (the interface's first word; the second, its "
                                          "data, holds a pointer: to a copy of the value, or the pointer itself)").format(t=t)
    if role == "nil":
        return word(text)
    if role in ("title", "head", "tag", "state"):
        m = re.fullmatch(r"(.*) \((.*)\) at (0x[0-9a-f]+)(, made by (.*))?", text, re.S)
        if m is not None:
            head = QCoreApplication.translate("Diagram", "{label} ({type}) at {addr}").format(
                label=label(m.group(1)), type=m.group(2), addr=m.group(3))
            if m.group(5):
                head = QCoreApplication.translate("Diagram", "{head}, made by {site}").format(
                    head=head, site=m.group(5))
            return head
        return word(text)
    if role in ("value", "moved"):
        m = re.fullmatch(r"(.*)   \((.*), (stack|heap|unknown), (0x[0-9a-f]+)\)", text, re.S)
        if m is not None:
            where = {"stack": QCoreApplication.translate("Diagram", "on the stack"),
                     "heap": QCoreApplication.translate("Diagram", "moved to the heap"),
                     "unknown": QCoreApplication.translate("Diagram", "not judged")}[m.group(3)]
            return f"{value(m.group(1))}   ({m.group(2)}, {where}, {m.group(4)})"
        return value(text)
    return text


def no_alloc_title(line: int, site: str, how: str) -> str:
    """The title of an allocation step Go makes nothing for (``run.allocs.NoAlloc``): what
    really happens, never "allocate"."""
    hows = {NoAlloc.STATIC: QCoreApplication.translate("Diagram", "Go uses its static table"),
            NoAlloc.READ_ONLY: QCoreApplication.translate("Diagram", "Go points at read-only data"),
            NoAlloc.ZERO_SIZE: QCoreApplication.translate("Diagram", "zero-size (runtime.zerobase)"),
            NoAlloc.ZERO_VALUE: QCoreApplication.translate("Diagram", "Go uses the zero value"),
            NoAlloc.STATIC_FUNC: QCoreApplication.translate("Diagram", "Go uses a static function value"),
            NoAlloc.STACK_BUFFER: QCoreApplication.translate("Diagram", "the append uses its stack buffer")}
    return QCoreApplication.translate("Diagram", "line {n}: {site} not allocated: {how}").format(
        n=line, site=site, how=hows.get(how, how))


__all__ = ["word", "no_alloc_title", "note", "value", "reason", "tooltip", "state", "problem"]


def ended_text(message: str) -> str:
    """The last step of a program Go ends with a fatal message (a panic nothing recovered, a
    deadlock), in the interface language; the message stays Go's own, as it prints it."""
    if message.startswith("fatal error:"):
        return QCoreApplication.translate("Diagram", "the program stops: {message} (exit status 2)").format(
            message=message)
    return QCoreApplication.translate("Diagram", "the program crashes: {message} (exit status 2)").format(
        message=message)
