"""Explanations for learners, in their language: why a site lives where it lives.

Built from the analyzer's site records: the principle ids (``reasons``) and
the flow steps (what ``-m=2`` prints), turned into short sentences such as
"x is returned at line 5, so it outlives f".
"""

from __future__ import annotations

from ..analysis import Site, SiteKind, Verdict
from ..analysis.principles import PRINCIPLES, PrincipleId

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
    "spill": ("it is allocated", "在这里分配"),
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


def _zh(lang: str) -> bool:
    return lang.startswith("zh")


def where_text(where: str, lang: str) -> str:
    if where == "{heap}":
        return "堆" if _zh(lang) else "the heap"
    if where == "{temp}":
        return "临时值" if _zh(lang) else "a temporary"
    if where.startswith("~r"):
        return "返回值" if _zh(lang) else "the result"
    return where


def flow_sentences(site: Site, lang: str) -> list[str]:
    """One sentence per step of the path that decided the verdict."""
    out = []
    for step in site.flow:
        for where, why, pos in step.notes:
            en, zh = WHY.get(why, (why, why))
            if _zh(lang):
                out.append(f"第 {pos.line} 行 {where}：{zh}")
            else:
                out.append(f"line {pos.line}: {where} — {en}")
        if step.dst in ("{heap}",) or step.dst.startswith("~r"):
            target = where_text(step.dst, lang)
            out.append(f"→ 流向{target}" if _zh(lang) else f"→ it reaches {target}")
    return out


def verdict_sentence(site: Site, lang: str) -> str:
    """The one-line why: the main principle applied to this site."""
    name = site.name
    zh = _zh(lang)
    heap = site.verdict is Verdict.HEAP
    if site.kind is SiteKind.VARIABLE:
        if heap:
            return (f"{name} 的生命周期超出 {site.function}，被移到堆上（moved to heap）。" if zh else
                    f"{name} outlives {site.function}, so the compiler moves it to the heap.")
        return (f"没有任何东西让 {name} 的生命周期超出 {site.function}，它留在栈上。" if zh else
                f"Nothing makes {name} outlive {site.function}: it stays on the stack.")
    if heap:
        return (f"{name} 逃逸到堆上（escapes to heap）。" if zh else f"{name} escapes to the heap.")
    return (f"{name} 没有逃逸（does not escape），可以留在栈上。" if zh else
            f"{name} does not escape: it can stay on the stack.")


def principle_lines(site: Site, lang: str) -> list[tuple[str, str]]:
    """(title, summary) of each principle behind the verdict, main one first."""
    out = []
    for r in site.reasons[:2]:
        p = PRINCIPLES.get(PrincipleId(r))
        if p is not None:
            out.append((p.title(lang), p.summary(lang)))
    return out
