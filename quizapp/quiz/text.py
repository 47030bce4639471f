"""Pack texts: prose with `code spans`.

A pack's prompts, hints, explanations and model answers are plain text in
which anything between backticks is code or compiler output, shown in code
font and never translated (``moved to heap: x`` stays verbatim in Chinese).
A blank line starts a new paragraph.
"""

from __future__ import annotations

import html
import re

_SPAN = re.compile(r"`([^`\n]+)`")


def spans(text: str) -> list[tuple[bool, str]]:
    """The text cut into (is_code, piece) pairs, in order."""
    out: list[tuple[bool, str]] = []
    pos = 0
    for m in _SPAN.finditer(text):
        if m.start() > pos:
            out.append((False, text[pos:m.start()]))
        out.append((True, m.group(1)))
        pos = m.end()
    if pos < len(text):
        out.append((False, text[pos:]))
    return out


def prose(text: str) -> str:
    """The text without its code spans (each replaced by a space): what a reader reads as language."""
    return "".join(" " if code else piece for code, piece in spans(text))


def plain(text: str) -> str:
    """The text with the backticks dropped, for places that cannot show code font."""
    return "".join(piece for _, piece in spans(text))


def inline_html(text: str) -> str:
    """The text as inline HTML: escaped, code spans in <code> (no paragraphs)."""
    out = []
    for code, piece in spans(text):
        escaped = html.escape(piece)
        out.append(f"<code>{escaped}</code>" if code else escaped)
    return "".join(out)


def to_html(text: str) -> str:
    """The text as HTML: code spans in <code>, paragraphs and line breaks kept."""
    body = inline_html(text)
    paras = [p.replace("\n", "<br>") for p in re.split(r"\n\s*\n", body.strip())]
    if len(paras) == 1:
        return paras[0]
    return "".join(f"<p>{p}</p>" for p in paras)


_TAG = re.compile(r"(<[^>]*>)")
_CODE = re.compile(r"(<code[^>]*>)(.*?)(</code>)", re.S)
_UNIT = re.compile(r"&#?\w+;|.", re.S)
_WORD = re.compile(r"[A-Za-z0-9_]")
_FLAGS = re.compile(r"(?:go build )?-gcflags=(?:&#x27;[^&<]*&#x27;|'[^'<]*'|[^\s<)（），。,;]+)"
                    r"|(?<![\w-])-m(?: -l)?(?![\w-])|(?<![\w-])-l(?![\w-])")
JOINER = "\u2060"
"""WORD JOINER: invisible, and no line may break beside it."""


def _flags_kept(markup: str) -> str:
    """Markup (no code spans) whose compiler flags never wrap inside; only text is touched."""
    def keep(m: re.Match[str]) -> str:
        return m.group(0).replace("-", "-" + JOINER).replace(" ", "\u00a0")
    parts = _TAG.split(markup)
    for i in range(0, len(parts), 2):         # the even parts are text between tags
        parts[i] = _FLAGS.sub(keep, parts[i])
    return "".join(parts)


def _code_kept(escaped: str) -> str:
    """The text of a code span (HTML-escaped) as one unit: a no-break space for each space and
    a joiner between two characters wherever a line could break (anywhere but between two
    ASCII letters or digits); an entity such as ``&lt;`` counts as one character."""
    units = _UNIT.findall(escaped)
    out: list[str] = []
    for i, u in enumerate(units):
        if i and not (_WORD.fullmatch(units[i - 1]) and _WORD.fullmatch(u)):
            out.append(JOINER)
        out.append("\u00a0" if u == " " else u)
    return "".join(out)


def unbroken(markup: str) -> str:
    """HTML in which no line breaks inside a command or a compiler flag (``go build -gcflags=-m``,
    ``-gcflags='-m -l'``, ``-m -l``) or a code span (``<code>moved to heap: x</code>``): a line
    may break after a hyphen or at a space, and ``-gcflags=-`` over ``m`` or ``moved to`` over
    ``heap: x`` reads as nonsense. A span wider than the whole line still wraps (anywhere), as
    the view's wrap mode allows. ``copyable`` gives the text back as typed."""
    out, pos = [], 0
    for m in _CODE.finditer(markup):
        out.append(_flags_kept(markup[pos:m.start()]))
        out.append(m.group(1) + _code_kept(m.group(2)) + m.group(3))
        pos = m.end()
    out.append(_flags_kept(markup[pos:]))
    return "".join(out)


def copyable(text: str) -> str:
    """Text copied from a view that ``unbroken`` made: the joiners out, plain spaces."""
    return text.replace(JOINER, "").replace("\u00a0", " ")
