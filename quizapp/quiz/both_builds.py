"""Both builds for a learner: a site's answer with ``-l`` and in a default build, and why.

Articles teach with ``go build -gcflags='-m -l'`` (inlining off); the
everyday build inlines. A question is graded in its pack's build, and for
each asked site the feedback says what the other build answers when it
differs, naming the call gc inlined: the copy of ``&T{}`` pasted where
``newT`` is called stays on the stack; ``x`` stays on the stack because the
call to ``keep`` is inlined. The pairing of the two builds' sites comes from
``analysis.report.builds``; nothing is said when the other build cannot be
judged in full.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..analysis import BuildPairs, Difference, Pos, Site, SitePair, Verdict
from .model import BuildFlags


def _zh(lang: str) -> bool:
    return lang.startswith("zh")


def verdict_word(site: Site, lang: str) -> str:
    if not isinstance(site.verdict, Verdict):
        return str(site.verdict)
    if site.verdict is Verdict.HEAP:
        return "堆上" if _zh(lang) else "on the heap"
    return "栈上" if _zh(lang) else "on the stack"


def _name(site: Site, lang: str) -> str:
    """A site as the note names it (a literal in words, as the glossary asks)."""
    if site.alloc == "funclit":
        return "函数字面量" if _zh(lang) else "the function literal"
    return site.name


def _line(pos: Pos, offset: int) -> int:
    return pos.line - offset


@dataclass(frozen=True)
class Comparison:
    """One asked site's answer in the other build, for the feedback and ``pack show``."""

    site: Site
    pair: SitePair | None
    build: BuildFlags            # the build the question is graded in
    judged: bool = True          # the other build was analysed in full (else nothing is said)

    @property
    def others(self) -> list[Site]:
        """The site's counterparts in the other build."""
        if self.pair is None:
            return []
        if self.build.inline:
            return [self.pair.no_inline] if self.pair.no_inline is not None else []
        return list(self.pair.default)

    @property
    def differs(self) -> bool:
        if self.pair is None:
            return False
        if self.build.inline:
            other = self.pair.no_inline
            return other is None or other.verdict != self.site.verdict
        return self.pair.difference is not Difference.SAME


def answers_other_build(c: Comparison, given: str) -> bool:
    """Is ``given`` (``stack``/``heap``), wrong in the question's build, what the other build
    answers for the site (the learner thought of an inlined copy, or of the function alone)?"""
    return c.differs and given != _word(c.site) and any(_word(t) == given for t in c.others)


def _word(site: Site) -> str:
    return site.verdict.value if isinstance(site.verdict, Verdict) else str(site.verdict)


def compare(site: Site, pairs: BuildPairs | None, build: BuildFlags) -> Comparison:
    return Comparison(site, pairs.pair_of(site) if pairs is not None else None, build,
                      judged=pairs is not None)


def note(c: Comparison, pairs: BuildPairs, lang: str, offset: int = 0) -> str:
    """What the other build answers for ``c.site`` and why, when it differs ("" otherwise)."""
    head, body = note_parts(c, pairs, lang, offset)
    return head + body


def note_parts(c: Comparison, pairs: BuildPairs, lang: str, offset: int = 0) -> tuple[str, str]:
    """``note`` as (the other build's name, as the sentence begins; the rest)."""
    if not c.differs or c.pair is None:
        return "", ""
    text = _note_default(c, pairs, lang, offset) if c.build.inline else \
        _note_no_inline(c, pairs, lang, offset)
    for head in (_HEADS[c.build.other][0], _HEADS[c.build.other][1]):
        if text.startswith(head):
            return head, text[len(head):]
    return "", text


_HEADS = {BuildFlags.DEFAULT: ("In a default build (go build -gcflags=-m), ",
                               "在默认构建（go build -gcflags=-m）中，"),
          BuildFlags.NO_INLINING: ("With -l (inlining off), ", "关闭内联（-l）时，")}


def _note_no_inline(c: Comparison, pairs: BuildPairs, lang: str, off: int) -> str:
    """The question uses ``-l``: what a default build does with the site."""
    zh = _zh(lang)
    s, p = c.site, c.pair
    assert p is not None
    head = _HEADS[BuildFlags.DEFAULT][1 if zh else 0]
    if not p.default:
        if s.alloc == "funclit":
            return head + ("这个函数字面量在调用处被内联，根本不会创建闭包，编译器对它不再输出任何判断。" if zh else
                           "this function literal is inlined where it is called: no closure is made, "
                           "and gc decides nothing about it.")
        return head + ("含有它的代码都被内联了，编译器对它不再作出判断。" if zh else
                       "the code holding it is inlined wherever it is used, and gc decides nothing "
                       "about it any more.")
    parts: list[str] = []
    own = p.own()
    if own is not None and own.verdict != s.verdict:
        calls = pairs.calls_in_flow(s if s.verdict is Verdict.HEAP else own)
        why = _calls(calls, lang, off)
        parts.append((f"{_name(s, lang)} 在 {s.function} 里{verdict_word(own, lang)}" + (f"，因为{why}被内联了" if why else "")
                      if zh else f"{_name(s, lang)} is {verdict_word(own, lang)} in {s.function}"
                      + (f", because {why} {'is' if len(calls) == 1 else 'are'} inlined" if why else "")))
    elif own is not None:
        parts.append(f"它在 {s.function} 里仍在{verdict_word(own, lang)}" if zh else
                     f"in {s.function} itself it is still {verdict_word(own, lang)}")
    for t in p.copies():
        callee, at = t.inlined_call or ("", t.pos)
        where = t.function
        if zh:
            parts.append(f"{callee} 在第 {_line(at, off)} 行被内联进 {where}，那里的副本在{verdict_word(t, lang)}")
        else:
            parts.append(f"where {callee} is inlined into {where} (line {_line(at, off)}), its copy is "
                         f"{verdict_word(t, lang)}")
    sep = "；" if zh else "; "
    return head + sep.join(parts) + ("。" if zh else ".")


def _note_default(c: Comparison, pairs: BuildPairs, lang: str, off: int) -> str:
    """The question uses the default build: what ``-l`` answers, and which call makes the
    difference."""
    zh = _zh(lang)
    s, p = c.site, c.pair
    assert p is not None
    other = p.no_inline
    head = _HEADS[BuildFlags.NO_INLINING][1 if zh else 0]
    if other is None:
        if s.inlined_call is not None:
            callee, at = s.inlined_call
            return head + (f"{callee} 不会被内联，第 {_line(at, off)} 行不会有这个副本。" if zh else
                           f"{callee} is not inlined, and there is no copy of this at line "
                           f"{_line(at, off)}.")
        return head + ("编译器不会生成这段代码，也就没有这个位置。" if zh else
                       "gc does not generate this code, and there is no such site.")
    if s.inlined_call is not None:
        callee, at = s.inlined_call
        origin, _ = s.inlined_from or (callee, s.pos)
        return head + (f"{callee} 不会被内联，{_name(other, lang)} 只在 {origin} 中被判断一次，在{verdict_word(other, lang)}。"
                       f"这里第 {_line(at, off)} 行对 {callee} 的调用被内联进 {s.function}，副本在{verdict_word(s, lang)}。"
                       if zh else
                       f"{callee} is not inlined, and {_name(other, lang)} is decided once, in {origin}: "
                       f"{verdict_word(other, lang)}. Here the call to {callee} at line "
                       f"{_line(at, off)} is inlined into {s.function}, and the copy is "
                       f"{verdict_word(s, lang)}.")
    calls = pairs.calls_in_flow(other if other.verdict is Verdict.HEAP else s)
    why = _calls(calls, lang, off)
    return head + (f"{_name(other, lang)} 在{verdict_word(other, lang)}" + (f"：{why}不会被内联" if why else "") + "。"
                   if zh else f"{_name(other, lang)} is {verdict_word(other, lang)}"
                   + (f": {why} {'is' if len(calls) == 1 else 'are'} not inlined" if why else "") + ".")


def _calls(calls: list[tuple[Pos, str]], lang: str, off: int) -> str:
    """``the call to keep (line 7)`` / ``第 7 行对 keep 的调用``, for one or more calls."""
    seen: list[str] = []
    for pos, name in calls:
        text = (f"第 {_line(pos, off)} 行对 {name} 的调用" if _zh(lang) else
                f"the call to {name} (line {_line(pos, off)})")
        if text not in seen:
            seen.append(text)
    return ("、" if _zh(lang) else " and ").join(seen)


def other_answer(c: Comparison) -> str:
    """The other build's answer in a few words, for ``pack show``: ``heap``, ``stack in newT,
    heap at 13:9 (newT inlined into main)``, ``absent`` (gc decides nothing about it: the
    parameter of an inlined function, a local at the call, is a parameter with ``-l``)."""
    if not c.judged:
        return "not judged"
    if c.pair is None:
        return "absent"
    others = c.others
    if not others:
        return "absent"
    out = []
    for t in sorted(others, key=lambda t: t.inlined_call is not None):
        word = t.verdict.value if isinstance(t.verdict, Verdict) else str(t.verdict)
        if t.inlined_call is not None and not c.build.inline:
            callee, at = t.inlined_call
            out.append(f"{word} at {at} ({callee} inlined into {t.function})")
        elif len(others) > 1:
            out.append(f"{word} in {t.function}")
        else:
            out.append(word)
    return ", ".join(out)
