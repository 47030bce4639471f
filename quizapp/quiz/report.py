"""The mock interview's report: score, time per question, your answer beside the model answer.

A report is self-contained data (JSON in the attempt), so it can be
reopened from the history even after its pack was removed, and it renders
to one HTML page used both by the report view and by "Export as HTML"
(a standalone, styled file).
"""

from __future__ import annotations

import html
import json
from dataclasses import asdict, dataclass, field

from .explain import blocks_html, principle_title, site_label
from .model import QuestionKind, Text
from .session import QuestionState

T = {
    "title": ("Mock interview report", "模拟面试报告"), "score": ("Score", "得分"), "time": ("Time", "用时"),
    "question": ("Question", "题目"), "result": ("Result", "结果"), "limit": ("limit", "限时"),
    "yours": ("Your answer", "你的回答"), "model": ("Model answer", "参考答案"),
    "review": ("What to review", "需要复习"), "weak": ("Weak principles", "薄弱的原理"),
    "named": ("Principle you named", "你说出的原理"), "taught": ("Principles behind it", "涉及的原理"),
    "timeout": ("time ran out", "超时"), "none": ("(no answer)", "（未作答）"), "stack": ("stack", "栈"),
    "heap": ("heap", "堆"), "nothing": ("Nothing: every answer was right.", "没有：全部答对。"),
    "mixed": ("mixed", "混合"), "easy": ("easy", "简单"), "medium": ("medium", "中等"), "hard": ("hard", "困难"),
    "difficulty": ("Difficulty", "难度"), "explanation": ("Explanation", "解析"),
    "compare": ("not scored: compare your answer with the model answer",
                "不计分：请把你的回答和参考答案对照"),
}


def _t(key: str, lang: str) -> str:
    en, zh = T[key]
    return zh if lang.startswith("zh") else en


@dataclass
class Row:
    """One part of an answer: what was asked, what the learner said, what is right."""

    label: dict[str, str]            # {"en": ..., "zh": ...}
    given: str | None
    expected: str
    correct: bool


@dataclass
class InterviewItem:
    pack_id: str
    question_id: str
    title: dict[str, str]
    kind: str
    difficulty: str
    correct: bool
    seconds: float
    limit: int
    timed_out: bool
    principle: str | None                           # what the learner named in "explain your answer"
    principles: list[str] = field(default_factory=list)
    rows: list[Row] = field(default_factory=list)
    typed: str = ""                                 # flashcards: what the learner wrote
    model: dict[str, str] | None = None             # flashcards: the model answer
    explanation: dict[str, str] | None = None
    scored: bool = True                             # free-text answers are not scored in an interview

    @property
    def principle_right(self) -> bool:
        return self.principle is not None and self.principle in self.principles


@dataclass
class InterviewReport:
    items: list[InterviewItem] = field(default_factory=list)
    difficulty: str = "mixed"

    @property
    def score(self) -> float:
        scored = [i for i in self.items if i.scored]
        return sum(i.correct for i in scored) / len(scored) if scored else 0.0

    @property
    def seconds(self) -> float:
        return sum(i.seconds for i in self.items)

    def weak_principles(self) -> list[str]:
        wrong: dict[str, int] = {}
        for i in self.items:
            if i.scored and not i.correct:
                for p in i.principles:
                    wrong[p] = wrong.get(p, 0) + 1
        return sorted(wrong, key=lambda p: (-wrong[p], p))

    def to_review(self) -> list[InterviewItem]:
        return [i for i in self.items if (i.scored and not i.correct) or not i.principle_right]

    def to_json(self) -> str:
        return json.dumps({"difficulty": self.difficulty, "items": [asdict(i) for i in self.items]},
                          ensure_ascii=False)

    @classmethod
    def from_json(cls, text: str) -> InterviewReport:
        data = json.loads(text)
        items = []
        for d in data.get("items", []):
            rows = [Row(**r) for r in d.pop("rows", [])]
            items.append(InterviewItem(**d, rows=rows))
        return cls(items, data.get("difficulty", "mixed"))


def _text(t: Text | None) -> dict[str, str] | None:
    return {"en": t.en, "zh": t.zh} if t is not None else None


def item_for(pack_id: str, st: QuestionState, limit: int, principle: str | None) -> InterviewItem:
    """The report's record of one graded question."""
    q, g, key = st.question, st.grade, st.key
    rows: list[Row] = []
    if key is not None and g is not None and q.kind is QuestionKind.WHERE:
        off = len(q.code) - len(q.code.lstrip("\n"))
        for s, r in zip(key.sites, g.sites):
            rows.append(Row({"en": site_label(s, "en", q.code, off), "zh": site_label(s, "zh", q.code, off)},
                            r.given, r.expected, r.correct))
    elif key is not None and g is not None and q.kind is QuestionKind.WHY:
        rows.append(Row({"en": "principle", "zh": "原理"}, st.chosen_principle, key.why or "", g.correct))
    elif key is not None and g is not None and q.kind is QuestionKind.ALLOCS:
        rows.append(Row({"en": "allocations per call", "zh": "每次调用的堆分配次数"},
                        None if st.allocs is None else str(st.allocs), str(key.allocs), g.correct))
    elif key is not None and g is not None and q.kind is QuestionKind.LINES:
        for ln in sorted(set(key.lines) | st.chosen_lines):
            printed = ln in key.lines
            rows.append(Row({"en": ln, "zh": ln}, "printed" if ln in st.chosen_lines else "not printed",
                            "printed" if printed else "not printed", printed == (ln in st.chosen_lines)))
    elif g is not None and g.fix is not None and q.kind is QuestionKind.FIX:
        rows.append(Row({"en": "the fix", "zh": "修改"}, g.fix.outcome.value, "passed", g.correct))
    return InterviewItem(pack_id, q.id, _text(q.title) or {}, q.kind.value, q.difficulty.value,
                         bool(g and g.correct), round(st.seconds, 1), limit, st.timed_out, principle,
                         list(q.principles), rows, st.typed_answer, _text(q.answer), _text(q.explanation),
                         scored=q.kind is not QuestionKind.FLASHCARD)


# ------------------------------------------------------------------ HTML
LIGHT = {"bg": "#ffffff", "text": "#111827", "muted": "#4b5563", "right": "#15803d", "wrong": "#b91c1c",
         "border": "#d1d5db", "panel": "#f3f4f6"}


def _value(kind: str, v: str | None, lang: str) -> str:
    if v is None or v == "":
        return _t("none", lang)
    if kind == "why":
        return principle_title(v, lang)
    if v in ("stack", "heap"):
        return _t(v, lang)
    return v


def report_html(report: InterviewReport, lang: str = "en", colours: dict[str, str] | None = None,
                standalone: bool = True) -> str:
    """The report as HTML: a complete styled page, or (``standalone=False``) a body for a text view."""
    c = {**LIGHT, **(colours or {})}
    e = html.escape
    zh = lang.startswith("zh")
    parts = [f"<h1>{e(_t('title', lang))}</h1>",
             f"<p class='big'><b>{e(_t('score', lang))}</b>{'：' if zh else ': '}{round(report.score * 100)}%"
             f" &nbsp; <b>{e(_t('time', lang))}</b>{'：' if zh else ': '}{_clock(report.seconds)}"
             f" &nbsp; <b>{e(_t('difficulty', lang))}</b>{'：' if zh else ': '}"
             f"{e(_t(report.difficulty, lang) if report.difficulty in T else report.difficulty)}</p>"]
    parts.append("<table class='sum'><tr>" + "".join(
        f"<th>{e(_t(k, lang))}</th>" for k in ("question", "result", "time")) + "</tr>")
    for n, i in enumerate(report.items, 1):
        res = _verdict(i, lang) + (f" <span class='muted'>({e(_t('timeout', lang))})</span>"
                                   if i.timed_out else "")
        parts.append(f"<tr><td>{n}. {e(i.title.get('zh' if zh else 'en', ''))}</td><td>{res}</td>"
                     f"<td>{_clock(i.seconds)} <span class='muted'>/ {_clock(i.limit)}</span></td></tr>")
    parts.append("</table>")
    for n, i in enumerate(report.items, 1):
        parts.append(_item_html(n, i, lang))
    weak = [principle_title(p, lang) for p in report.weak_principles()]
    parts.append(f"<h2>{e(_t('weak', lang))}</h2>" + (
        "<ul>" + "".join(f"<li>{e(w)}</li>" for w in weak) + "</ul>" if weak else f"<p>{e(_t('nothing', lang))}</p>"))
    review = report.to_review()
    parts.append(f"<h2>{e(_t('review', lang))}</h2>" + (
        "<ul>" + "".join(f"<li>{e(i.title.get('zh' if zh else 'en', ''))}</li>" for i in review) + "</ul>"
        if review else f"<p>{e(_t('nothing', lang))}</p>"))
    body = "".join(parts)
    style = (f"body{{background:{c['bg']};color:{c['text']};font-family:sans-serif;max-width:60em;margin:1em auto;"
             f"padding:0 1em;line-height:1.45}} h1{{font-size:1.6em}} h2{{font-size:1.25em;margin-top:1.4em}}"
             f" table{{border-collapse:collapse;margin:.5em 0}} td,th{{border:1px solid {c['border']};"
             f"padding:4px 10px;text-align:left;vertical-align:top}} th{{background:{c['panel']}}}"
             f" .ok{{color:{c['right']};font-weight:bold}} .bad{{color:{c['wrong']};font-weight:bold}}"
             f" .muted{{color:{c['muted']}}} .big{{font-size:1.15em}}"
             f" .card{{border:1px solid {c['border']};border-radius:6px;padding:.2em 1em;margin:1em 0}}")
    if not standalone:
        return f"<style>{style}</style>{body}"
    return (f"<!DOCTYPE html><html lang='{'zh' if zh else 'en'}'><head><meta charset='utf-8'>"
            f"<meta name='viewport' content='width=device-width, initial-scale=1'>"
            f"<title>{e(_t('title', lang))}</title><style>{style}</style></head><body>{body}</body></html>")


def _item_html(n: int, i: InterviewItem, lang: str) -> str:
    e = html.escape
    zh = lang.startswith("zh")
    L = "zh" if zh else "en"
    ok, bad = "<span class='ok'>✔</span>", "<span class='bad'>✘</span>"
    out = [f"<div class='card'><h3>{n}. {e(i.title.get(L, ''))} {_verdict(i, lang)}</h3>"]
    if i.rows:
        out.append(f"<table><tr><th></th><th>{e(_t('yours', lang))}</th><th>{e(_t('model', lang))}</th></tr>")
        for r in i.rows:
            mark = ok if r.correct else bad
            out.append(f"<tr><td>{e(r.label.get(L, ''))}</td><td>{mark} {e(_value(i.kind, r.given, lang))}</td>"
                       f"<td>{e(_value(i.kind, r.expected, lang))}</td></tr>")
        out.append("</table>")
    if i.kind == "flashcard":
        model = (i.model or {}).get(L, "")
        typed = e(i.typed).replace("\n", "<br>") if i.typed.strip() else e(_t("none", lang))
        out.append(f"<table><tr><th>{e(_t('yours', lang))}</th><th>{e(_t('model', lang))}</th></tr>"
                   f"<tr><td>{typed}</td><td>{blocks_html(model)}</td></tr></table>")
    named = principle_title(i.principle, lang) if i.principle else _t("none", lang)
    taught = ("、" if zh else ", ").join(principle_title(p, lang) for p in i.principles)
    sep = "：" if zh else ": "
    out.append(f"<p><b>{e(_t('named', lang))}</b>{sep}{ok if i.principle_right else bad} {e(named)}"
               f"<br><b>{e(_t('taught', lang))}</b>{sep}{e(taught)}</p>")
    if i.explanation:
        out.append(f"<p><b>{e(_t('explanation', lang))}</b>{sep}</p>{blocks_html(i.explanation.get(L, ''))}")
    out.append("</div>")
    return "".join(out)


def _verdict(i: InterviewItem, lang: str) -> str:
    if not i.scored:
        return f"<span class='muted'>{html.escape(_t('compare', lang))}</span>"
    return "<span class='ok'>✔</span>" if i.correct else "<span class='bad'>✘</span>"


def _clock(seconds: float) -> str:
    s = int(round(seconds))
    return f"{s // 60}:{s % 60:02d}"


def load_report(text: str) -> InterviewReport | None:
    """A stored report, or None when it cannot be read (never an exception for bad data)."""
    try:
        return InterviewReport.from_json(text)
    except (ValueError, TypeError, KeyError, AttributeError):
        return None

