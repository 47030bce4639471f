"""Reading packs: TOML in, ``Pack`` out, every fault named with file, question, field and line.

A broken pack never stops the others: ``load_packs`` returns the packs that
loaded and the problems of those that did not.
"""

from __future__ import annotations

import difflib
import re
import tomllib
from importlib import resources
from pathlib import Path
from typing import Any

import platformdirs

from ..analysis.principles import PrincipleId
from ..files import TooLarge, limit_text, read_bounded
from .errors import PackProblem
from .model import (KIND_FORMATS, RESERVED_KINDS, BuildFlags, Category, Difficulty, Expectation, Pack, Question,
                    QuestionKind, Text)

FORMAT = 2
"""The newest pack format this app reads (and writes)."""
FORMATS = (1, 2)
"""Every format this app reads: a format-1 pack loads as it always did."""
ID_RE = re.compile(r"^[a-z0-9][a-z0-9._-]{0,63}\Z")
"""Pack and question ids: they name files and key progress, so they are short and plain."""
RESERVED_PREFIX = "builtin."
"""Only the app's own packs may use ids starting with this."""
MAX_PACK_BYTES = 16 * 1024 * 1024
"""A pack file larger than this is refused before it is read."""
QUESTIONS_HEADER = re.compile(r"^\s*\[\[\s*questions\s*\]\]\s*(#.*)?$")
ID_RULE = "must be 1 to 64 lowercase letters, digits, '.', '_' or '-', starting with a letter or digit"
CJK_RE = re.compile(r"[\u3400-\u9fff]")
PRINCIPLE_IDS = {p.value for p in PrincipleId}


def did_you_mean(word: str, choices: list[str]) -> str:
    """`` (did you mean 'x'?)`` for a near miss, else an empty string."""
    close = difflib.get_close_matches(word, choices, n=1, cutoff=0.6)
    return f" (did you mean {close[0]!r}?)" if close else ""


def one_of(word: str, choices: list[str]) -> str:
    """What to say after an unknown value: the near miss, or every allowed value."""
    return did_you_mean(word, choices) or f" ({', '.join(choices)})"


def builtin_dir() -> Path:
    """The built-in packs shipped inside the package."""
    return Path(str(resources.files("quizapp").joinpath("questions")))


def user_dir() -> Path:
    """Where installed packs live (per user, never inside the app)."""
    return Path(platformdirs.user_data_dir("stack-or-heap", appauthor=False)) / "packs"


def pack_files(paths: list[Path]) -> list[Path]:
    """The .toml files named by ``paths``: a folder means every .toml under it."""
    out: list[Path] = []
    for p in paths:
        if p.is_dir():
            out.extend(sorted(p.rglob("*.toml")))
        else:
            out.append(p)
    return out


class _Reader:
    def __init__(self, path: Path, text: str) -> None:
        self.path = path
        self.text = text
        self.lines = text.splitlines()
        self.problems: list[PackProblem] = []
        self.q_lines = [i + 1 for i, ln in enumerate(self.lines) if QUESTIONS_HEADER.match(ln)]

    def problem(self, message: str, question: str | None = None, field: str | None = None,
                line: int | None = None) -> None:
        self.problems.append(PackProblem(str(self.path), message, line, question, field))

    def field_line(self, qindex: int | None, name: str) -> int | None:
        """The line of ``name =`` inside question ``qindex`` (or the pack header)."""
        if qindex is not None and qindex >= len(self.q_lines):
            return None       # questions not written as [[questions]] tables: no line to point at
        start = self.q_lines[qindex] if qindex is not None else 1
        end = self.q_lines[qindex + 1] if qindex is not None and qindex + 1 < len(self.q_lines) else \
            (self.q_lines[0] if qindex is None and self.q_lines else len(self.lines) + 1)
        pat = re.compile(rf"^\s*{re.escape(name)}\s*[=.]")
        for i in range(start - 1, min(end, len(self.lines) + 1) - 1):
            if pat.match(self.lines[i]):
                return i + 1
        return start if qindex is not None else None

    def text_field(self, d: dict[str, Any], name: str, qid: str | None, qi: int | None,
                   required: bool = True) -> Text | None:
        v = d.get(name)
        line = self.field_line(qi, name)
        if v is None:
            if required:
                self.problem("missing (a table with en and zh)", qid, name, line)
            return None
        if not isinstance(v, dict) or not isinstance(v.get("en"), str) or not isinstance(v.get("zh"), str):
            self.problem("must be a table with string fields en and zh", qid, name, line)
            return None
        en, zh = v["en"].strip(), v["zh"].strip()
        if not en:
            self.problem("the en text is empty", qid, name, line)
        if not zh:
            self.problem("the zh text is empty", qid, name, line)
        elif not CJK_RE.search(zh):
            self.problem("the zh text has no Chinese characters", qid, name, line)
        return Text(v["en"], v["zh"])

    def string(self, d: dict[str, Any], name: str, qid: str | None, qi: int | None,
               required: bool = True, default: str = "") -> str:
        v = d.get(name)
        if v is None:
            if required:
                self.problem("missing", qid, name, self.field_line(qi, name))
            return default
        if not isinstance(v, str):
            self.problem("must be a string", qid, name, self.field_line(qi, name))
            return default
        return v

    def string_list(self, d: dict[str, Any], name: str, qid: str | None, qi: int | None) -> list[str]:
        v = d.get(name, [])
        if not isinstance(v, list) or not all(isinstance(x, str) for x in v):
            self.problem("must be a list of strings", qid, name, self.field_line(qi, name))
            return []
        return v


def is_builtin(path: Path) -> bool:
    """Is ``path`` one of the packs shipped inside the app: in the installed app, or in the
    app's source tree (``quizapp/questions/`` of a checkout, which an instructor may validate
    as the model of a pack)?"""
    try:
        folder = path.resolve().parent
        if folder == builtin_dir().resolve():
            return True
        return folder.name == "questions" and folder.parent.name == "quizapp" and \
            (folder.parent / "__init__.py").is_file() and (folder.parent / "quiz" / "loader.py").is_file()
    except OSError:
        return False


def load_pack(path: Path) -> tuple[Pack | None, list[PackProblem]]:
    """One pack and its format problems (the analyzer-based checks are in ``validate``).

    Never raises: whatever is wrong with the file comes back as a problem."""
    try:
        return _load_pack(path)
    except Exception as exc:  # noqa: BLE001 - a broken pack must not stop the others
        return None, [PackProblem(str(path), f"cannot be read ({type(exc).__name__}: {exc})")]


def _load_pack(path: Path) -> tuple[Pack | None, list[PackProblem]]:
    try:
        raw = read_bounded(path, MAX_PACK_BYTES)
    except TooLarge:
        return None, [PackProblem(str(path), f"the file is larger than {limit_text(MAX_PACK_BYTES)}")]
    except IsADirectoryError:
        return None, [PackProblem(str(path), "is a folder, not a pack file")]
    except OSError as exc:
        return None, [PackProblem(str(path), f"cannot read: {exc.strerror or exc}")]
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        return None, [PackProblem(str(path), "not UTF-8 text")]
    r = _Reader(path, text)
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        m = re.search(r"\(at line (\d+), column (\d+)\)", str(exc))
        line = int(m.group(1)) if m else None
        msg = re.sub(r"\s*\(at line \d+, column \d+\)", "", str(exc))
        return None, [PackProblem(str(path), f"not valid TOML: {msg}", line)]
    fmt = data.get("format", 1)
    if fmt not in FORMATS:
        r.problem(f"unknown format {fmt!r} (this app reads formats {', '.join(map(str, FORMATS))})",
                  None, "format", r.field_line(None, "format"))
        return None, r.problems
    pid = r.string(data, "id", None, None)
    builtin = is_builtin(path)
    if pid and not ID_RE.match(pid):
        r.problem(ID_RULE, None, "id", r.field_line(None, "id"))
    elif pid.startswith(RESERVED_PREFIX) and not builtin:
        r.problem(f"ids starting with {RESERVED_PREFIX!r} are reserved for the built-in packs", None,
                  "id", r.field_line(None, "id"))
    version = r.string(data, "version", None, None)
    title = r.text_field(data, "title", None, None)
    description = r.text_field(data, "description", None, None, required=False)
    authors = r.string_list(data, "authors", None, None)
    go = r.string(data, "go", None, None, required=False, default="go1.27.3")
    category = _category(r, data, fmt)
    flags = r.string(data, "flags", None, None, required=False, default=BuildFlags.NO_INLINING.value)
    if not _flags_ok(r, flags, fmt):
        return None, r.problems
    qs = data.get("questions", [])
    if not isinstance(qs, list) or not qs:
        r.problem("a pack needs at least one [[questions]] entry", None, "questions")
        qs = []
    questions: list[Question] = []
    seen: set[str] = set()
    for qi, qd in enumerate(qs):
        q = _question(r, qd, qi, fmt)
        if q is None:
            continue
        if q.id in seen:
            r.problem("duplicate question id", q.id, "id", r.field_line(qi, "id"))
            continue
        seen.add(q.id)
        questions.append(q)
    if any(p.file == str(path) for p in r.problems) and not questions:
        return None, r.problems
    build = BuildFlags.of(flags)
    for q in questions:
        q.build = build
    pack = Pack(pid, version, title or Text("", ""), authors, go, build.value, questions,
                description, path, builtin, category=category, format=fmt)
    return pack, r.problems


def _category(r: _Reader, data: dict[str, Any], fmt: int) -> Category:
    """Format 2's ``category`` (default custom); format 1 has none."""
    raw = data.get("category")
    if raw is None:
        return Category.CUSTOM
    line = r.field_line(None, "category")
    if fmt < 2:
        r.problem("category needs format = 2", None, "category", line)
        return Category.CUSTOM
    try:
        return Category(raw)
    except ValueError:
        names = [c.value for c in Category]
        r.problem(f"unknown category {raw!r}{one_of(str(raw), names)}", None, "category", line)
        return Category.CUSTOM


def _flags_ok(r: _Reader, flags: str, fmt: int) -> bool:
    """The build the answers assume: ``-m -l`` (inlining off) or, from format 2, ``-m``."""
    words = sorted(flags.split())
    line = r.field_line(None, "flags")
    if words == ["-l", "-m"] or fmt >= 2 and words == ["-m"]:
        return True
    if fmt >= 2:
        r.problem(f'unknown flags {flags!r} (format 2 knows "-m -l" and "-m")', None, "flags", line)
    else:
        r.problem('format 1 answers are given for "-m -l" only', None, "flags", line)
    return False


def _question(r: _Reader, qd: Any, qi: int, fmt: int) -> Question | None:
    if not isinstance(qd, dict):
        r.problem("each [[questions]] entry must be a table", None, None, r.q_lines[qi] if qi < len(r.q_lines) else None)
        return None
    qid = r.string(qd, "id", None, qi)
    if not qid:
        return None
    if not ID_RE.match(qid):
        r.problem(ID_RULE, qid, "id", r.field_line(qi, "id"))
    kind_s = r.string(qd, "kind", qid, qi, required=False, default="where")
    try:
        kind = QuestionKind(kind_s)
    except ValueError:
        kinds = [k.value for k in QuestionKind]
        if RESERVED_KINDS.get(kind_s, 99) <= fmt:
            r.problem(f"kind {kind_s!r} is reserved in format {fmt} but this version of the app "
                      f"cannot ask it yet", qid, "kind", r.field_line(qi, "kind"))
        else:
            r.problem(f"unknown kind {kind_s!r}{one_of(kind_s, kinds)}", qid, "kind", r.field_line(qi, "kind"))
        return None
    if KIND_FORMATS.get(kind, 1) > fmt:
        r.problem(f"kind {kind_s!r} needs format = {KIND_FORMATS[kind]}", qid, "kind", r.field_line(qi, "kind"))
        return None
    diff_s = r.string(qd, "difficulty", qid, qi)
    try:
        difficulty = Difficulty(diff_s)
    except ValueError:
        if diff_s:
            r.problem(f"unknown difficulty {diff_s!r}{one_of(diff_s, [d.value for d in Difficulty])}",
                      qid, "difficulty",
                      r.field_line(qi, "difficulty"))
        difficulty = Difficulty.MEDIUM
    title = r.text_field(qd, "title", qid, qi)
    prompt = r.text_field(qd, "prompt", qid, qi)
    principles = r.string_list(qd, "principles", qid, qi)
    for p in principles:
        if p not in PRINCIPLE_IDS:
            r.problem(f"unknown principle {p!r}{did_you_mean(p, sorted(PRINCIPLE_IDS))}", qid, "principles",
                      r.field_line(qi, "principles"))
    if not principles:
        r.problem("name at least one principle", qid, "principles", r.field_line(qi, "principles"))
    code = r.string(qd, "code", qid, qi, required=kind is not QuestionKind.FLASHCARD)
    hints = []
    if not isinstance(qd.get("hints", []), list):
        r.problem("must be a list of tables with en and zh", qid, "hints", r.field_line(qi, "hints"))
    for h in qd.get("hints", []) if isinstance(qd.get("hints", []), list) else []:
        t = r.text_field({"hints": h}, "hints", qid, qi)
        if t:
            hints.append(t)
    explanation = r.text_field(qd, "explanation", qid, qi, required=kind is not QuestionKind.FLASHCARD)
    answer = r.text_field(qd, "answer", qid, qi, required=kind is QuestionKind.FLASHCARD)
    inlining = r.text_field(qd, "inlining_note", qid, qi, required=False)
    sites = qd.get("sites")
    if sites is not None and (not isinstance(sites, list) or not all(isinstance(s, str) for s in sites)):
        r.problem("must be a list of site names", qid, "sites", r.field_line(qi, "sites"))
        sites = None
    expect: list[Expectation] = []
    raw_expect = qd.get("expect", [])
    if not isinstance(raw_expect, list):
        r.problem('must be a list of tables: [[questions.expect]] site = "NAME", verdict = "stack"',
                  qid, "expect", r.field_line(qi, "expect"))
        raw_expect = []
    for e in raw_expect:
        if not isinstance(e, dict) or not isinstance(e.get("site"), str) or e.get("verdict") not in ("stack", "heap"):
            r.problem('each expectation needs site = "NAME" and verdict = "stack" or "heap"', qid, "expect",
                      r.field_line(qi, "expect"))
            continue
        expect.append(Expectation(e["site"], e["verdict"]))
    why_site = r.string(qd, "site", qid, qi, required=kind in (QuestionKind.WHY, QuestionKind.FIX))
    solution = r.string(qd, "solution", qid, qi, required=kind is QuestionKind.FIX)
    if kind is QuestionKind.FIX and "@" in why_site:
        r.problem("a fix question names its site without a position (the marker says where it is)",
                  qid, "site", r.field_line(qi, "site"))
    elif solution and kind is not QuestionKind.FIX:
        r.problem("only fix questions have a model solution", qid, "solution", r.field_line(qi, "solution"))
    choices = r.string_list(qd, "choices", qid, qi)
    if kind is QuestionKind.WHY:
        if len(choices) < 2:
            r.problem("offer at least two principle ids", qid, "choices", r.field_line(qi, "choices"))
        for c in choices:
            if c not in PRINCIPLE_IDS:
                r.problem(f"unknown principle {c!r}{did_you_mean(c, sorted(PRINCIPLE_IDS))}", qid, "choices",
                          r.field_line(qi, "choices"))
    distractors = r.string_list(qd, "distractors", qid, qi)
    if kind is QuestionKind.LINES and not distractors:
        r.problem("offer at least one wrong line", qid, "distractors", r.field_line(qi, "distractors"))
    function = r.string(qd, "function", qid, qi, required=kind is QuestionKind.ALLOCS)
    if function and kind is not QuestionKind.ALLOCS:
        r.problem("only allocs questions name a function", qid, "function", r.field_line(qi, "function"))
    return Question(qid, kind, difficulty, title or Text("", ""), prompt or Text("", ""), principles,
                    code, sites, r.string_list(qd, "exclude_sites", qid, qi), hints, explanation,
                    answer, inlining, expect, why_site, choices, distractors,
                    function=function, line=r.q_lines[qi] if qi < len(r.q_lines) else None,
                    solution=solution)


def load_packs(paths: list[Path]) -> tuple[list[Pack], list[PackProblem]]:
    packs: list[Pack] = []
    problems: list[PackProblem] = []
    for f in pack_files(paths):
        pack, probs = load_pack(f)
        problems.extend(probs)
        if pack is not None:
            packs.append(pack)
    return packs, problems
