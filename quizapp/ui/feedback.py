"""The feedback after an answer, as HTML for the explanation pane.

Per site: an icon, the verdict in its colour, one sentence on the main
reason and, for sites on the heap, the flow that put them there. Each
principle is explained once, at the end, and the compiler's own lines close
the page with the asked ones marked. Before submitting only the hints the
learner asked for are shown.
"""

from __future__ import annotations

import html
import re
from datetime import datetime, timezone

from PySide6.QtCore import QCoreApplication

from ..analysis.principles import PRINCIPLES, PrincipleId
from ..quiz.both_builds import answers_other_build, compare, note_parts
from ..quiz.explain import (colon, flow_sentences, main_reasons, principle_title, site_label,
                            verdict_sentence)
from ..quiz.grading import SelfGrade
from ..quiz.model import QuestionKind
from ..quiz.session import HEAP, QuestionState
from ..quiz.text import to_html

RIGHT_ICON, WRONG_ICON = "✔", "✘"


def texts() -> dict[str, str]:
    """The pane's fixed words, translated (literal calls, so that lupdate finds them)."""
    return {
        'Hints': QCoreApplication.translate("Feedback", "Hints"),
        'Correct!': QCoreApplication.translate("Feedback", "Correct!"),
        'Not quite.': QCoreApplication.translate("Feedback", "Not quite."),
        'Wrong.': QCoreApplication.translate("Feedback", "Wrong."),
        'Time ran out; the answer was graded as it stood.': QCoreApplication.translate("Feedback", "Time ran out; the answer was graded as it stood."),
        'The answer': QCoreApplication.translate("Feedback", "The answer"),
        'Your choice': QCoreApplication.translate("Feedback", "Your choice"),
        'Principle': QCoreApplication.translate("Feedback", "Principle"),
        'Principles': QCoreApplication.translate("Feedback", "Principles"),
        'Explanation': QCoreApplication.translate("Feedback", "Explanation"),
        'With inlining on:': QCoreApplication.translate("Feedback", "With inlining on:"),
        'At run time:': QCoreApplication.translate("Feedback", "At run time:"),
        'Printed, but you left it out:': QCoreApplication.translate("Feedback", "Printed, but you left it out:"),
        'Not printed, but you ticked it:': QCoreApplication.translate("Feedback", "Not printed, but you ticked it:"),
    }


def code_offset(code: str) -> int:
    """The code is shown without its leading blank lines; positions shift by this many."""
    return len(code) - len(code.lstrip("\n"))


def shift_line(line: str, off: int) -> str:
    head, _, msg = line.partition(": ")
    try:
        ln, col = head.split(":")
        return f"{int(ln) - off}:{col}: {msg}"
    except ValueError:
        return line


def _shift_positions(sentence: str, off: int) -> str:
    if not off:
        return sentence
    return re.sub(r"(line |第 )(\d+)", lambda m: m.group(1) + str(int(m.group(2)) - off), sentence)


def where_word(verdict: str) -> str:
    return QCoreApplication.translate("Feedback", "heap") if verdict == HEAP else QCoreApplication.translate("Feedback", "stack")


def hints_html(st: QuestionState, lang: str) -> str:
    T = texts()
    if not st.hints_shown:
        return ""
    items = "".join(f"<li>{to_html(h.get(lang))}</li>" for h in st.question.hints[:st.hints_shown])
    return f"<h3>{html.escape(T['Hints'])}</h3><ul>{items}</ul>"


def days_until(due: datetime, now: datetime | None = None) -> int:
    now = now or datetime.now(timezone.utc)
    return max(0, round((due - now).total_seconds() / 86400))


def flash_result(st: QuestionState, due: datetime | None) -> tuple[str, bool | None]:
    """What a flashcard says after the learner rated it, and whether that counts as remembered."""
    if st.rating is None:
        return "", None
    names = {SelfGrade.AGAIN: QCoreApplication.translate("QuestionView", "again"),
             SelfGrade.HARD: QCoreApplication.translate("QuestionView", "hard"),
             SelfGrade.GOOD: QCoreApplication.translate("QuestionView", "good"),
             SelfGrade.EASY: QCoreApplication.translate("QuestionView", "easy")}
    result = QCoreApplication.translate("QuestionView", "You rated it: {rating}.").format(rating=names[st.rating])
    if due is not None:
        days = days_until(due)
        result += " " + (QCoreApplication.translate("QuestionView", "Next review: tomorrow.") if days == 1 else
                         QCoreApplication.translate("QuestionView", "It comes back for review later today.")
                         if days == 0 else
                         QCoreApplication.translate("QuestionView", "Next review: in {n} days.").format(n=days))
    return result, st.rating is not SelfGrade.AGAIN


def unanswered(st: QuestionState) -> int:
    """How many asked parts have no answer (said when time ran out in an interview)."""
    q = st.question
    if q.kind is QuestionKind.WHERE:
        return sum(1 for s in (st.key.sites if st.key else []) if s.key not in st.answers)
    if q.kind is QuestionKind.WHY:
        return int(st.chosen_principle is None)
    if q.kind is QuestionKind.LINES:
        return int(not st.chosen_lines)
    if q.kind is QuestionKind.FIX:
        return int(st.fix_result is None or not st.fix_result.judged)
    if q.kind is QuestionKind.ALLOCS:
        return int(st.allocs is None)
    return int(not st.typed_answer.strip())


def due_text(due: datetime | None) -> str:
    if due is None:
        return ""
    days = days_until(due)
    if days == 0:
        return QCoreApplication.translate("Feedback", "It comes back for review later today.")
    if days == 1:
        return QCoreApplication.translate("Feedback", "Next review: tomorrow.")
    return QCoreApplication.translate("Feedback", "Next review: in {n} days.").format(n=days)


def other_build_text(inline: bool) -> str:
    """Said when a wrong answer is the other build's answer for the site."""
    if inline:
        return QCoreApplication.translate(
            "Feedback", "That is the answer with -l (inlining off); this question asks about the "
            "default build (go build -gcflags=-m), where the call is inlined.")
    return QCoreApplication.translate(
        "Feedback", "That is what a default build decides where the call is inlined; this question "
        "asks about go build -gcflags='-m -l' (inlining off), as articles build.")


def feedback_html(st: QuestionState, lang: str, pal: dict[str, str], due: datetime | None = None) -> str:
    """Everything the explanation pane shows for a question (hints before, the verdict after)."""
    T = texts()
    if not st.submitted:
        return hints_html(st, lang)
    g, key, q = st.grade, st.key, st.question
    assert g is not None and key is not None
    e = html.escape
    off = code_offset(q.code)
    parts: list[str] = []
    if q.kind is QuestionKind.WHERE and g.sites:
        right = sum(r.correct for r in g.sites)
        count = QCoreApplication.translate("Feedback", "{right} of {n} right").format(right=right, n=len(g.sites))
    else:
        count = ""
    head = (f"<span style='color:{pal['right']}'>{RIGHT_ICON} {e(T['Correct!'])}</span>" if g.correct else
            f"<span style='color:{pal['wrong']}'>{WRONG_ICON} "
            f"{e(T['Wrong.'] if q.kind in (QuestionKind.ALLOCS, QuestionKind.WHY) else T['Not quite.'])}</span>")
    parts.append(f"<h2>{head} <span style='color:{pal['muted']};font-size:small'>{e(count)}</span></h2>")
    if st.timed_out:
        parts.append(f"<p style='color:{pal['wrong']}'>{e(T['Time ran out; the answer was graded as it stood.'])}</p>")
    if st.hints_shown:
        parts.append(f"<p style='color:{pal['muted']}'>" + e(
            QCoreApplication.translate("Feedback", "You used 1 hint.") if st.hints_shown == 1 else QCoreApplication.translate("Feedback", "You used {n} hints.").format(n=st.hints_shown))
            + "</p>")
    if due is not None:
        parts.append(f"<p style='color:{pal['muted']}'>{e(due_text(due))}</p>")
    seen: list[str] = []
    results = {r.key: r for r in g.sites}
    pairs = key.both_builds()
    if q.kind is QuestionKind.WHY and key.why is not None:
        mine = st.chosen_principle
        parts.append(f"<p><b>{e(T['The answer'])}</b>{colon(lang)}<span style='color:{pal['right']}'>"
                     f"{RIGHT_ICON} {e(principle_title(key.why, lang))}</span>")
        if mine and mine != key.why:
            parts.append(f"<br><b>{e(T['Your choice'])}</b>{colon(lang)}<span style='color:{pal['wrong']}'>"
                         f"{WRONG_ICON} {e(principle_title(mine, lang))}</span>")
        parts.append("</p>")
    if q.kind is QuestionKind.ALLOCS:
        parts.append(allocs_answer_html(st, lang, pal))
    facts = key.runtime()
    for s in key.sites:
        verdict = s.verdict.value  # type: ignore[union-attr]
        colour = pal["heap"] if verdict == HEAP else pal["stack"]
        res = results.get(s.key)
        icon = ""
        if res is not None:
            icon = (f"<span style='color:{pal['right']}'>{RIGHT_ICON}</span> " if res.correct else
                    f"<span style='color:{pal['wrong']}'>{WRONG_ICON}</span> ")
        label = e(site_label(s, lang, q.code, off))
        parts.append(f"<h3>{icon}{label} → <span style='color:{colour}'>{e(where_word(verdict))}</span></h3>")
        if res is not None and not res.correct:
            parts.append(f"<p style='color:{pal['wrong']}'>" + e(
                QCoreApplication.translate("Feedback", "You said {given}.").format(given=where_word(res.given)) if res.given else QCoreApplication.translate("Feedback", "Not answered."))
                + (" " + e(other_build_text(key.build.inline)) if res.given and pairs is not None
                   and answers_other_build(compare(s, pairs, key.build), res.given) else "")
                + "</p>")
        sentence = verdict_sentence(s, lang, q.code, key.analysis.sites if key.analysis else None)
        reasons = main_reasons(s, q.code, key.analysis.sites if key.analysis else None)
        names = [principle_title(r, lang) for r in reasons]
        lp, rp = ("（", "）") if lang.startswith("zh") else ("(", ")")
        tail = (f" <span style='color:{pal['muted']}'>{lp}{e(T['Principle'])}{colon(lang)}"
                f"{e(' · '.join(names))}{rp}</span>") if names and q.kind is not QuestionKind.WHY else ""
        parts.append(f"<p>{e(_shift_positions(sentence, off))}{tail}</p>")
        if key.calls is not None and s.key in key.calls.sites:
            parts.append(f"<p>{e(per_call_text(key.calls.sites[s.key][1] // len(key.calls.per_call)))}</p>")
        note = facts.notes.get(s.key) if facts is not None else None
        if note is not None:
            parts.append(f"<p><i>{e(T['At run time:'])}</i> {to_html(note.text(lang))}</p>")
        flow = flow_sentences(s, lang)
        if flow:
            parts.append("<ul>" + "".join(f"<li>{e(_shift_positions(f, off))}</li>" for f in flow) + "</ul>")
        head, other = note_parts(compare(s, pairs, key.build), pairs, lang, off) \
            if pairs is not None else ("", "")
        if other:
            parts.append(f"<p><b>{e(head.rstrip(' ,，'))}</b>{colon(lang)}{e(other)}</p>")
        seen += [r for r in reasons if r not in seen]
    if q.kind is QuestionKind.LINES:
        parts.append(_lines_verdict(st, lang, pal, off))
    if seen:
        parts.append(f"<h3>{e(T['Principles'])}</h3>")
        for pid in seen:
            p = PRINCIPLES.get(PrincipleId(pid)) if pid in PrincipleId._value2member_map_ else None
            if p is not None:
                parts.append(f"<p><b>{e(p.title(lang))}</b>{colon(lang)}{e(p.summary(lang))}</p>")
    if q.explanation is not None:
        parts.append(f"<h3>{e(T['Explanation'])}</h3><p>{to_html(q.explanation.get(lang))}</p>")
    if q.inlining_note is not None:
        parts.append(f"<p><i>{e(T['With inlining on:'])}</i> {to_html(q.inlining_note.get(lang))}</p>")
    if q.code.strip():
        parts.append(_compiler_lines(st, pal, off))
    return "".join(parts)


def per_call_text(n: int) -> str:
    if n == 0:
        return QCoreApplication.translate("Feedback", "Heap allocations per call: none.")
    return QCoreApplication.translate("Feedback", "Heap allocations per call: {n}.").format(n=n)


def allocs_answer_html(st: QuestionState, lang: str, pal: dict[str, str]) -> str:
    """An allocs question's answer beside the learner's, and what the sites below are."""
    key, e = st.key, html.escape
    assert key is not None
    right = key.allocs == st.allocs
    f = st.question.function
    answer = (QCoreApplication.translate("Feedback", "no heap allocation per call of {f}").format(f=f)
              if key.allocs == 0 else
              QCoreApplication.translate("Feedback", "1 heap allocation per call of {f}").format(f=f)
              if key.allocs == 1 else
              QCoreApplication.translate("Feedback", "{n} heap allocations per call of {f}").format(
                  n=key.allocs, f=f))
    out = [f"<p><b>{e(texts()['The answer'])}</b>{colon(lang)}<span style='color:{pal['right']}'>"
           f"{RIGHT_ICON} {e(answer)}</span>"]
    if not right:
        given = "–" if st.allocs is None else str(st.allocs)
        yours = QCoreApplication.translate("Feedback", "Your answer")
        out.append(f"<br><b>{e(yours)}</b>{colon(lang)}"
                   f"<span style='color:{pal['wrong']}'>{WRONG_ICON} {e(given)}</span>")
    out.append("</p><p>" + e(QCoreApplication.translate(
        "Feedback", "Counted from a run of the program: every site below made memory during the "
        "calls; those on the heap allocate, unless the run-time note says Go allocates nothing.")
        if key.sites else QCoreApplication.translate(
            "Feedback", "Counted from a run of the program: the calls made no memory of their own.")) + "</p>")
    return "".join(out)


def _lines_verdict(st: QuestionState, lang: str, pal: dict[str, str], off: int) -> str:
    T = texts()
    g = st.grade
    assert g is not None
    e = html.escape
    out = []
    if g.missed_lines:
        out.append(f"<p style='color:{pal['wrong']}'>{WRONG_ICON} {e(T['Printed, but you left it out:'])}</p><ul>"
                   + "".join(f"<li><code>{e(shift_line(x, off))}</code></li>" for x in g.missed_lines) + "</ul>")
    if g.wrong_lines:
        out.append(f"<p style='color:{pal['wrong']}'>{WRONG_ICON} {e(T['Not printed, but you ticked it:'])}</p><ul>"
                   + "".join(f"<li><code>{e(shift_line(x, off))}</code></li>" for x in g.wrong_lines) + "</ul>")
    return "".join(out)


def _compiler_lines(st: QuestionState, pal: dict[str, str], off: int) -> str:
    key = st.key
    assert key is not None
    asked = {f"{s.pos.line}:{s.pos.col}" for s in key.sites}
    lines = []
    for ln in key.lines:
        shown = html.escape("./main.go:" + shift_line(ln, off))
        if ln.split(": ")[0] in asked:
            shown = f"<b style='background:{pal['current_line']}'>{shown}</b>"
        lines.append(shown)
    heading = html.escape(
        QCoreApplication.translate("Feedback", "What go build -gcflags=-m prints (the default build)")
        if key.build.inline else QCoreApplication.translate("Feedback", "What go build -gcflags='-m -l' prints"))
    body = "\n".join(lines) or html.escape(QCoreApplication.translate("Feedback", "(nothing)"))
    return f"<h3>{heading}</h3><pre>{body}</pre>"


def model_answer_html(st: QuestionState, lang: str) -> str:
    """A flashcard's model answer, formatted: paragraphs and lists (the learner's own stays in its field)."""
    from ..quiz.explain import blocks_html
    q = st.question
    return blocks_html(q.answer.get(lang)) if q.answer is not None else ""
