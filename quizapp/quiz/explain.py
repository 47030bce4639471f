"""Explanations for learners, in their language: why a site lives where it lives.

Built from the analyzer's site records: the principle ids (``reasons``) and
the flow steps (what ``-m=2`` prints), turned into short sentences. Three
rules keep them honest: a sentence names the main reason behind the verdict
(a variable moved for a goroutine does not "outlive" its function), compiler
temporaries (``.autotmp_2``) never reach the learner, and a site on the stack
gets no escape flow (the flow would contradict the verdict).
"""

from __future__ import annotations

import re

from ..analysis import Site, SiteKind, Verdict
from ..analysis.principles import PRINCIPLES, PrincipleId
from . import spans
from .text import inline_html

WHY = {
    "address-of": ("its address is taken", "被取地址"),
    "return": ("it is returned", "被返回"),
    "assign": ("it is assigned", "被赋值"),
    "assign-pair": ("it is assigned", "被赋值"),
    "call parameter": ("it is passed to a call", "作为参数传给函数"),
    "interface-converted": ("it is converted to an interface", "被转换为接口"),
    "captured by a closure": ("a closure captures it", "被闭包捕获"),
    "reference": ("the closure refers to it by reference", "闭包按引用使用它"),
    "send": ("it is sent on a channel", "被发送到 channel"),
    "spill": ("it needs storage of its own", "需要一块自己的存储"),
    "slice-literal-element": ("it is stored in a slice", "被存进切片"),
    "key of map put": ("it is stored as a map key", "被存为 map 的键"),
    "map literal value": ("it is stored in a map", "被存进 map"),
    "map literal key": ("it is stored as a map key", "被存为 map 的键"),
    "appendee slice": ("its slice is appended to", "它所在的切片被追加"),
    "dot of pointer": ("it is read through a pointer", "通过指针读取"),
    "indirection": ("it is dereferenced", "被解引用"),
    "too large for stack": ("it is too large for the stack", "太大，放不进栈"),
    "zero-sized element": ("its elements have size zero", "元素大小为零"),
    "range": ("it is ranged over", "被 range 遍历"),
    "range-deref": ("it is ranged over", "被 range 遍历"),
    "switch case": ("a type switch binds it", "被类型 switch 绑定"),
    "slice": ("it is sliced", "被切片"),
    "dot": ("a field of it is used", "使用了它的字段"),
}

_LITERAL_WHYS = {"slice-literal-element", "map literal value", "map literal key"}   # a literal's own storage

REASONS = {
    "sharing-up": ("is returned, or kept by something that outlives {f}", "被返回，或被生命周期超出 {f} 的东西保存"),
    "closure-capture": ("is captured by reference by a closure that may outlive {f}",
                        "被一个生命周期可能超出 {f} 的闭包按引用捕获"),
    "goroutine": ("is used by a goroutine, or by a defer in a loop, which may run after {f} can hold it",
                  "被 goroutine（或循环里的 defer）使用，它们运行时 {f} 可能已经保不住它"),
    "global-store": ("is stored in a package-level variable, which lives as long as the program",
                     "被存进与程序同寿的包级变量"),
    "interface-call": ("is passed to a call the compiler cannot see into (an interface method or a "
                       "function value)", "被传给编译器看不透的调用（接口方法或函数值）"),
    "channel-send": ("is sent on a channel, and the receiver may keep it", "被发送到 channel，接收方可能一直保存它"),
    "pointer-in-container": ("is stored in a slice or map literal that escapes", "被存进会逃逸的切片或 map 字面量"),
    "param-leak": ("is passed to a function that keeps it (its parameter leaks)", "被传给会保存它的函数（参数泄漏）"),
    "interface-conversion": ("is held by an interface value that escapes", "被一个会逃逸的接口值持有"),
    "too-large": ("is too large for the stack", "太大，放不进栈"),
    "unknown-size": ("has a size known only at run time", "的大小要到运行时才知道"),
}
DEFAULT_REASON = ("may outlive {f} as far as the compiler can prove", "在编译器看来，生命周期可能超出 {f}")
_OWN = {"closure-capture", "goroutine", "too-large", "unknown-size"}
"""Reasons about the variable itself; the others are about its address."""

_TMP = re.compile(r"\.autotmp_\d+")


def _zh(lang: str) -> bool:
    return lang.startswith("zh")


def colon(lang: str) -> str:
    """The colon after a title, as each language writes it."""
    return "：" if _zh(lang) else ": "


def join(items: list[str], lang: str) -> str:
    """A list in running text: ``a, b`` in English, ``a、b`` in Chinese (titles may hold a comma)."""
    return ("、" if _zh(lang) else ", ").join(items)


# ------------------------------------------------------------------ naming sites
def site_name(site: Site, lang: str, code: str = "") -> str:
    """A site's name that tells a variable from its box: ``n2`` vs ``n2, boxed for fmt.Println``;
    in the default build, a copy of an inlined body names where it comes from: ``&T{...} from
    newT``."""
    zh = _zh(lang)
    call = site.inlined_call
    if call is not None and call[1] == site.pos and site.inlined_from is not None:
        plain = _plain_name(site, lang, code)
        origin = site.inlined_from[0]
        return f"来自 {origin} 的 {plain}" if zh else f"{plain} from {origin}"
    return _plain_name(site, lang, code)


def _plain_name(site: Site, lang: str, code: str) -> str:
    zh = _zh(lang)
    if site.alloc == "ddd":
        call = spans.callee(code, site) if code else None
        if call:
            return f"{call} 的 ... 参数" if zh else f"{call}'s ... argument"
        return "... 参数" if zh else "the ... argument"
    if site.alloc == "box":
        call = spans.callee(code, site) if code else None
        if call:
            return f"为 {call} 装箱的 {site.name}" if zh else f"{site.name}, boxed for {call}"
        return f"装进接口的 {site.name}" if zh else f"{site.name}, boxed in an interface"
    if zh and site.name == "func literal":       # gc's term, kept beside the Chinese one
        return "函数字面量（func literal）"
    return site.name


def site_label(site: Site, lang: str, code: str = "", offset: int = 0) -> str:
    """The name and the line (shifted by ``offset`` lines): ``n2 (line 7)``, ``n2（第 7 行）``."""
    name = site_name(site, lang, code)
    line = site.pos.line - offset
    return f"{name}（第 {line} 行）" if _zh(lang) else f"{name} (line {line})"


# ------------------------------------------------------------------ why it lives there
def main_reasons(site: Site, code: str = "", sites: list[Site] | None = None) -> list[str]:
    """The principles behind the verdict, main one first (at most two); a closure that captures
    nothing is not explained by capturing."""
    reasons = list(site.reasons)
    if site.alloc == "funclit" and code and spans.captures(code, site, sites or []) is False:
        reasons = [r for r in reasons if r != "closure-capture"]
    return reasons[:2]


def verdict_sentence(site: Site, lang: str, code: str = "", sites: list[Site] | None = None) -> str:
    """The one-line why, from the main reason behind the verdict."""
    zh = _zh(lang)
    name = site_name(site, lang, code)
    f = site.function
    heap = site.verdict is Verdict.HEAP
    reasons = main_reasons(site, code, sites)
    nothing = site.alloc == "funclit" and code and spans.captures(code, site, sites or []) is False
    if not heap:
        if site.kind is SiteKind.VARIABLE:
            return (f"{f} 返回后，没有任何东西还在用 {name}：它留在栈上。" if zh else
                    f"Nothing uses {name} after {f} returns: it stays on the stack.")
        tail = ("它不捕获任何变量。" if zh else " It captures no variables.") if nothing else ""
        return (f"{name} 没有逃逸（does not escape），可以留在栈上。{tail}" if zh else
                f"{name} does not escape: it can stay on the stack.{tail}")
    if site.alloc == "box":
        return (f"装着 {site.name} 的接口值逃逸了，所以装箱后的副本逃逸到堆上（escapes to heap）。" if zh else
                f"The interface value holding {site.name} escapes, so the box holding its copy "
                f"escapes to the heap.")
    if nothing:
        return ("这个函数值逃逸了，编译器报告 func literal 在堆上；它不捕获任何变量。" if zh else
                "The func value escapes, so gc reports the func literal on the heap; it captures "
                "no variables.")
    reason = reasons[0] if reasons else ""
    en, zh_text = REASONS.get(reason, DEFAULT_REASON)
    if reason == "sharing-up":      # say which of the two it is, from the flow
        returned = any(why == "return" for step in site.flow for _w, why, _p in step.notes)
        en, zh_text = (("is returned by {f}", "被 {f} 返回") if returned else
                       ("is kept by something that outlives {f}", "被生命周期超出 {f} 的东西保存"))
    if reason == "pointer-in-container" and not any(why in _LITERAL_WHYS for step in site.flow
                                                     for _w, why, _p in step.notes):
        en, zh_text = ("is appended to, or stored in, a slice or map; gc sends what goes in there to the heap "
                       "even when the slice or map itself stays on the stack",
                       "被追加进或存进切片、map；即使切片或 map 本身留在栈上，编译器也把放进去的东西放到堆上")
    phrase = (zh_text if zh else en).format(f=f)
    if site.kind is SiteKind.VARIABLE:
        if zh:
            subject = name if reason in _OWN else f"{name} 的地址"
            return f"{subject}{phrase}，所以编译器把 {name} 移到堆上（moved to heap）。"
        subject = name if reason in _OWN else f"{name}'s address"
        return f"{subject} {phrase}, so the compiler moves {name} to the heap."
    return (f"{name} {phrase}，所以它逃逸到堆上（escapes to heap）。" if zh else
            f"{name} {phrase}, so it escapes to the heap.")


def where_text(where: str, lang: str) -> str:
    if where == "{heap}":
        return "堆" if _zh(lang) else "the heap"
    if where == "{temp}" or _TMP.fullmatch(where):
        return "临时值" if _zh(lang) else "a temporary"
    if where.startswith("~r"):
        return "返回值" if _zh(lang) else "the result"
    return where


def flow_sentences(site: Site, lang: str) -> list[str]:
    """One sentence per step of the path that made a site escape (none for a site on the stack)."""
    if site.verdict is not Verdict.HEAP:
        return []
    out = []
    for step in site.flow:
        for where, why, pos in step.notes:
            if _TMP.search(where):
                continue        # the compiler's own temporaries mean nothing to a learner
            en, zh = WHY.get(why, (why, why))
            out.append(f"第 {pos.line} 行 {where}：{zh}" if _zh(lang) else f"line {pos.line}: {where} — {en}")
        if step.dst == "{heap}" or step.dst.startswith("~r"):
            target = where_text(step.dst, lang)
            out.append(f"于是 {site.name} 流向{target}。" if _zh(lang) else
                       f"So {site.name} reaches {target}.")
    return out


def principle_lines(site: Site, lang: str, code: str = "",
                    sites: list[Site] | None = None) -> list[tuple[str, str]]:
    """(title, summary) of each principle behind the verdict, main one first."""
    out = []
    for r in main_reasons(site, code, sites):
        p = PRINCIPLES.get(PrincipleId(r))
        if p is not None:
            out.append((p.title(lang), p.summary(lang)))
    return out


def principle_title(pid: str, lang: str) -> str:
    p = PRINCIPLES.get(PrincipleId(pid)) if pid in PrincipleId._value2member_map_ else None
    return p.title(lang) if p is not None else pid


# ------------------------------------------------------------------ model answers
def answer_blocks(text: str) -> list[tuple[str, str]]:
    """A model answer as paragraphs and list items: ``("p", text)`` / ``("li", text)``.

    Authors write answers as plain text; blank lines part paragraphs, lines
    starting with ``-``, ``*``, ``•`` or ``1.`` are list items, and so are
    the items of a paragraph written as ``1. ... 2. ... 3. ...`` on one line.
    """
    out: list[tuple[str, str]] = []
    for para in re.split(r"\n\s*\n", text.strip()):
        if re.match(r"^1[.)、]\s", para.strip()) and re.search(r"[\s。！？]2[.)、]\s", para):
            para = re.sub(r"(?<=[.。!?！？）)])\s*(?=\d+[.)、]\s)", "\n", para)   # 1. ... 2. ... inline
        lines = [ln.strip() for ln in para.splitlines() if ln.strip()]
        buf: list[str] = []
        for ln in lines:
            m = re.match(r"^(?:[-*•]|\d+[.)、])\s*(.+)$", ln)
            if m:
                if buf:
                    out.append(("p", " ".join(buf)))
                    buf = []
                out.append(("li", m.group(1)))
            else:
                buf.append(ln)
        if buf:
            out.append(("p", " ".join(buf)))
    return out


def blocks_html(text: str) -> str:
    """A model answer (or explanation) as HTML: paragraphs, lists, `code spans` in <code>."""
    out = []
    in_list = False
    for kind, piece in answer_blocks(text):
        if kind == "li" and not in_list:
            out.append("<ol>")
            in_list = True
        elif kind != "li" and in_list:
            out.append("</ol>")
            in_list = False
        out.append(f"<li>{inline_html(piece)}</li>" if kind == "li" else f"<p>{inline_html(piece)}</p>")
    if in_list:
        out.append("</ol>")
    return "".join(out)
