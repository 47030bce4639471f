"""The explanation pane of a fix question: the latest check's verdict, with every reason and its evidence.

Before any check: the hints asked for. After a check: whether the fix holds
and, for each failing check, why (the site still escapes, with the
analyzer's sentence and flow and gc's lines; the escape moved elsewhere; the
output differs, both outputs side by side; the marker or the site is gone;
gc's errors with what they mean; what the judge could not judge). Once the
answer is recorded, the next review, the author's explanation and where to
find the model solution follow.
"""

from __future__ import annotations

import html
from datetime import datetime

from PySide6.QtCore import QCoreApplication

from ..quiz.fix import FixOutcome, FixResult, Output
from ..quiz.session import QuestionState
from ..quiz.text import to_html
from .feedback import RIGHT_ICON, WRONG_ICON, due_text, hints_html

WARN_ICON = "⚠"



def fix_html(st: QuestionState, lang: str, pal: dict[str, str], due: datetime | None = None) -> str:
    """Everything the explanation pane shows for a fix question."""
    e = html.escape
    r = st.fix_result
    parts = [hints_html(st, lang)]
    if r is None:
        if st.submitted:               # time ran out before any check
            late = QCoreApplication.translate("FixFeedback", "Time ran out before a check; the question counts as not fixed.")
            parts.append(f"<p style='color:{pal['wrong']}'>{e(late)}</p>")
        return "".join(parts) + _recorded(st, lang, pal, due)
    if st.changed_since_check:
        later = QCoreApplication.translate("FixFeedback", "Your code has changed since this check: what follows is "
                                           "about the code you checked. Check again (Ctrl+Enter) to judge your changes.")
        parts.append(f"<p style='color:{pal['muted']}'><i>{e(later)}</i></p>")
    parts.append(_head(r, pal))
    for f in r.failures:
        parts.append(_reason(f, r, st, lang, pal))
    if r.passed:
        said = QCoreApplication.translate("FixFeedback", "{site} is no longer allocated on the marked line; the compiler "
                                          "now makes {after} instead of {before}; and the program prints the same.") \
            if r.gone else QCoreApplication.translate("FixFeedback", "{site} stays on the stack; the compiler now makes "
                                                      "{after} instead of {before}; and the program prints the same.")
        parts.append("<p>" + e(said.format(site=st.question.why_site, after=_decisions(r.heap_after),
                                           before=_decisions(r.heap_before))) + "</p>")
    if st.submitted and st.grade is not None and st.grade.fix is not r:
        first = QCoreApplication.translate("FixFeedback", "Your first judged check passed; it is the one recorded.") if st.grade.correct else \
            QCoreApplication.translate("FixFeedback", "Your first judged check did not pass; it is the one recorded. Keep trying: this check only shows feedback.")
        parts.append(f"<p style='color:{pal['muted']}'>{e(first)}</p>")
    return "".join(parts) + _recorded(st, lang, pal, due)


def _head(r: FixResult, pal: dict[str, str]) -> str:
    e = html.escape
    if r.passed:
        text, colour, icon = QCoreApplication.translate("FixFeedback", "Fixed!"), pal["right"], RIGHT_ICON
    elif r.outcome is FixOutcome.DOES_NOT_COMPILE:
        text, colour, icon = QCoreApplication.translate("FixFeedback", "Your code does not compile."), pal["wrong"], WRONG_ICON
    elif r.outcome is FixOutcome.CANNOT_JUDGE:
        text, colour, icon = QCoreApplication.translate("FixFeedback", "This edit cannot be judged (it is not a pass)."), pal["wrong"], WARN_ICON
    elif r.outcome is FixOutcome.MARKER_MISSING:
        text, colour, icon = QCoreApplication.translate("FixFeedback", "The marker is gone."), pal["wrong"], WRONG_ICON
    else:
        text, colour, icon = QCoreApplication.translate("FixFeedback", "Not fixed yet."), pal["wrong"], WRONG_ICON
    return f"<h2><span style='color:{colour}'>{icon} {e(text)}</span></h2>"


def _reason(f: FixOutcome, r: FixResult, st: QuestionState, lang: str, pal: dict[str, str]) -> str:
    e = html.escape
    site = st.question.why_site
    if f is FixOutcome.DOES_NOT_COMPILE:
        helped = r.error_help.get("zh" if lang.startswith("zh") else "en", "")
        says = QCoreApplication.translate("FixFeedback", "gc says:")
        return (f"<p>{e(says)}</p><pre>{e(chr(10).join(r.errors))}</pre>"
                + (f"<p>{e(helped)}</p>" if helped else ""))
    if f is FixOutcome.MARKER_MISSING:
        said = (QCoreApplication.translate("FixFeedback", "The marker {marker} must stay, once, at the end of the line that holds {site}.")
                if r.markers == 0 else
                QCoreApplication.translate("FixFeedback", "The marker {marker} appears {n} times; keep only the one on the line that holds {site}."))
        return ("<p>" + e(said.format(marker="// want: stack", site=site, n=r.markers)) + " "
                + e(QCoreApplication.translate("FixFeedback", "Deleting the site or its marker does not count as a fix; Reset brings the original back."))
                + "</p>")
    if f is FixOutcome.CANNOT_JUDGE:
        return ("<p>" + e(QCoreApplication.translate("FixFeedback", "What stopped the judge:")) + f" <code>{e(r.detail)}</code></p><p>"
                + e(QCoreApplication.translate("FixFeedback", "Only an edit the analyzer and the interpreter can both judge passes. Change what is "
                       "named, or reset.")) + "</p>")
    if f is FixOutcome.SITE_GONE:
        return "<p>" + e(QCoreApplication.translate("FixFeedback", "The marked line (line {line}) holds no code any more. Deleting the site does "
                            "not count as a fix: keep the code that does the work of {site} on the marked "
                            "line and change how it does it.").format(line=r.line, site=site)) + "</p>"
    if f is FixOutcome.ESCAPES:
        why = r.why.get("zh" if lang.startswith("zh") else "en", [])
        head = QCoreApplication.translate("FixFeedback", "{site} still escapes").format(site=site)
        out = f"<h3>{e(head)}</h3>"
        if why:
            out += f"<p>{e(why[0])}</p>"
            if why[1:]:
                out += "<ul>" + "".join(f"<li>{e(x)}</li>" for x in why[1:]) + "</ul>"
        if r.site_lines:
            out += f"<pre>{e(chr(10).join('./main.go:' + x for x in r.site_lines))}</pre>"
        return out
    if f is FixOutcome.MOVED:
        head = QCoreApplication.translate("FixFeedback", "The escape moved")
        said = QCoreApplication.translate("FixFeedback", "{site} is no longer on the marked line, but what it allocated "
                                          "still escapes elsewhere (the compiler makes {after}; the original made "
                                          "{before}):") if r.gone else \
            QCoreApplication.translate("FixFeedback", "{site} stays on the stack now, but the compiler still makes "
                                       "{after} (the original made {before}): the allocation went somewhere else.")
        return (f"<h3>{e(head)}</h3><p>"
                + e(said.format(site=site, after=_decisions(r.heap_after), before=_decisions(r.heap_before))) + "</p>"
                + f"<pre>{e(chr(10).join('./main.go:' + x for x in r.heap_lines))}</pre>")
    if f is FixOutcome.OUTPUT_DIFFERS and r.expected is not None and r.got is not None:
        head = QCoreApplication.translate("FixFeedback", "The program prints something else")
        return (f"<h3>{e(head)}</h3>"
                + _outputs(r.expected, r.got, pal))
    return ""


def _outputs(want: Output, got: Output, pal: dict[str, str]) -> str:
    """Both runs side by side, the differing parts in the wrong colour."""
    e = html.escape
    rows = [(QCoreApplication.translate("FixFeedback", "standard output"), want.stdout, got.stdout), (QCoreApplication.translate("FixFeedback", "standard error"), want.stderr, got.stderr),
            (QCoreApplication.translate("FixFeedback", "exit status"), str(want.status), str(got.status))]
    theirs = QCoreApplication.translate("FixFeedback", "The original")
    yours = QCoreApplication.translate("FixFeedback", "Yours")
    cells = [f"<tr><th></th><th align='left'>{e(theirs)}</th><th align='left'>{e(yours)}</th></tr>"]
    for name, a, b in rows:
        style = "" if a == b else f" style='color:{pal['wrong']}'"
        cells.append(f"<tr><td>{e(name)}</td><td><pre>{e(a) or '—'}</pre></td><td{style}><pre>{e(b) or '—'}</pre></td></tr>")
    return "<table cellpadding='3'>" + "".join(cells) + "</table>"


def _recorded(st: QuestionState, lang: str, pal: dict[str, str], due: datetime | None) -> str:
    """After the answer is recorded: the next review, the explanation, the model solution's place."""
    if not st.submitted:
        return ""
    e = html.escape
    out = []
    if due is not None:
        out.append(f"<p style='color:{pal['muted']}'>{e(due_text(due))}</p>")
    if st.question.explanation is not None:
        head = QCoreApplication.translate("FixFeedback", "Explanation")
        out.append(f"<h3>{e(head)}</h3><p>{to_html(st.question.explanation.get(lang))}</p>")
    where = QCoreApplication.translate("FixFeedback", "The model solution is in the Model solution tab beside the original.")
    out.append(f"<p style='color:{pal['muted']}'>{e(where)}</p>")
    return "".join(out)


def _decisions(n: int) -> str:
    """``1 heap decision``, ``3 heap decisions``, in the interface language."""
    return QCoreApplication.translate("FixFeedback", "1 heap decision") if n == 1 else \
        QCoreApplication.translate("FixFeedback", "{n} heap decisions").format(n=n)
