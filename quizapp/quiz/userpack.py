"""The learner's and the instructor's own packs: a program from the sandbox saved as a question.

``draft_for`` proposes a question for a program (its sites, the default
selection ticked); the editor changes title, prompt, kind and sites; then
``save_question`` appends it to a user pack (or starts a new one) and
checks the result with the same validation as ``quizapp pack validate``
before anything is written. The file is replaced atomically, so a failed
save never leaves a half-written pack.
"""

from __future__ import annotations

import os
import re
import tempfile
from dataclasses import dataclass, field
from enum import Enum
from pathlib import Path

from ..analysis import AnalysisError, SiteKind, Verdict, analyze
from ..analysis.principles import PrincipleId
from .answers import LINE_RE, builds_of, candidate_sites, default_sites, inlining_reason
from .errors import QuizError
from .explain import site_label
from .loader import CJK_RE, ID_RE, load_pack
from .model import BuildFlags, Difficulty, Pack, QuestionKind, Text
from .validate import check_question

KINDS = (QuestionKind.WHERE, QuestionKind.WHY, QuestionKind.LINES)
"""What a program can be asked as (flashcards have no program to grade)."""


@dataclass
class SiteChoice:
    key: str                  # name@line:col, what the pack stores
    label: Text               # as the learner sees it
    verdict: str
    principle: str | None     # the main reason (a why question's answer)
    ticked: bool


@dataclass
class Draft:
    """A question being written in the editor."""

    code: str
    title: Text = field(default_factory=lambda: Text("My program", "我的程序"))
    prompt: Text = field(default_factory=lambda: Text("Where does each marked site live?",
                                                      "每个标出的位置在栈上还是堆上？"))
    kind: QuestionKind = QuestionKind.WHERE
    difficulty: Difficulty = Difficulty.MEDIUM
    sites: list[SiteChoice] = field(default_factory=list)
    why_site: str = ""
    build: BuildFlags = BuildFlags.NO_INLINING    # the build the sandbox showed: the pack's

    def ticked(self) -> list[SiteChoice]:
        return [s for s in self.sites if s.ticked]


@dataclass(frozen=True)
class UserPack:
    path: Path
    pack: Pack


class Refusal(Enum):
    """Why a program or a pack cannot take a question (its English words, with ``{fields}``
    for the details; the interface says them in its language)."""

    NOT_A_PROGRAM = "save a complete program (with package main and func main) as a question"
    TRIPLE_QUOTES = 'the program contains """, which a pack cannot hold'
    DOES_NOT_COMPILE = "the program does not compile: {error}"
    NOT_JUDGED = "the analyzer cannot judge this program ({what})"
    NO_SITES = "the program has no variable or allocation to ask about"
    UNREADABLE_PACK = "{path} cannot be read as a pack; choose another"
    OTHER_BUILD = ("{path} is graded with {pack_flags}, the question with {flags}; choose a pack of that build "
                   "or a new one")
    INVALID = "the question would not be valid: {problems}"


class DraftRefused(QuizError):
    """A program or pack that cannot take the question: ``refusal`` and its ``details`` (Go's
    and the pack checker's words, kept as they are); ``str`` is the English sentence."""

    def __init__(self, refusal: Refusal, **details: str) -> None:
        self.refusal, self.details = refusal, details
        super().__init__(refusal.value.format(**details))


def draft_for(code: str, build: BuildFlags = BuildFlags.NO_INLINING) -> Draft:
    """A first draft for a program in one build; raises ``DraftRefused`` when it cannot be a
    question."""
    code = code.strip("\n") + "\n"
    if not re.search(r"^package\s", code, re.M):
        raise DraftRefused(Refusal.NOT_A_PROGRAM)
    if '"""' in code:
        raise DraftRefused(Refusal.TRIPLE_QUOTES)
    try:
        a = analyze(code, inline=build.inline)
    except AnalysisError as exc:
        raise DraftRefused(Refusal.DOES_NOT_COMPILE, error=f"{exc.pos}: {exc.message}") from None
    if a.unsupported:
        raise DraftRefused(Refusal.NOT_JUDGED, what=a.unsupported[0].what)
    default = {s.key for s in default_sites(a)}
    sites = candidate_sites(a)
    if build.inline:                 # the principles a question in this build is keyed with
        sites = [inlining_reason(s, builds_of(code)) for s in sites]
    choices = [SiteChoice(s.key, Text(site_label(s, "en", code), site_label(s, "zh", code)),
                          s.verdict.value if isinstance(s.verdict, Verdict) else str(s.verdict),
                          s.reasons[0] if s.reasons else None, s.key in default)
               for s in sites]
    if not choices:
        raise DraftRefused(Refusal.NO_SITES)
    draft = Draft(code, sites=choices, build=build)
    why = next((c for c in choices if c.ticked and c.principle), next((c for c in choices if c.principle), None))
    draft.why_site = why.key if why is not None else ""
    return draft


def user_packs(folder: Path) -> list[UserPack]:
    """The packs in the user's folder that loaded, by title."""
    out = []
    for p in sorted(folder.glob("*.toml")) if folder.is_dir() else []:
        pack, _ = load_pack(p)
        if pack is not None:
            out.append(UserPack(p, pack))
    return out


def toml_str(s: str) -> str:
    """A TOML basic string."""
    out = ['"']
    for ch in s:
        if ch in '"\\':
            out.append("\\" + ch)
        elif ch == "\n":
            out.append("\\n")
        elif ch == "\t":
            out.append("\\t")
        elif ord(ch) < 0x20 or ord(ch) == 0x7F:
            out.append(f"\\u{ord(ch):04x}")
        else:
            out.append(ch)
    out.append('"')
    return "".join(out)


def _text(t: Text) -> str:
    return f"{{ en = {toml_str(t.en.strip())}, zh = {toml_str(t.zh.strip())} }}"


class DraftProblem(Enum):
    """What the editor must still fix before a draft can be saved (its words: ``message``)."""

    TITLE_TEXTS = "the title needs both an English and a Chinese text"
    TITLE_NOT_CHINESE = "the Chinese title has no Chinese characters"
    PROMPT_TEXTS = "the prompt needs both an English and a Chinese text"
    PROMPT_NOT_CHINESE = "the Chinese prompt has no Chinese characters"
    NO_SITE_TICKED = "tick at least one site to ask about"
    NO_SITE_CHOSEN = "choose the site whose verdict the question explains"

    @property
    def message(self) -> str:
        return self.value


def check_draft(d: Draft) -> list[DraftProblem]:
    """What the editor must still fix (empty: ready to save)."""
    out = []
    for t, texts, chinese in ((d.title, DraftProblem.TITLE_TEXTS, DraftProblem.TITLE_NOT_CHINESE),
                              (d.prompt, DraftProblem.PROMPT_TEXTS, DraftProblem.PROMPT_NOT_CHINESE)):
        if not t.en.strip() or not t.zh.strip():
            out.append(texts)
        elif not CJK_RE.search(t.zh):
            out.append(chinese)
    if d.kind is QuestionKind.WHERE and not d.ticked():
        out.append(DraftProblem.NO_SITE_TICKED)
    if d.kind is QuestionKind.WHY:
        site = next((s for s in d.sites if s.key == d.why_site), None)
        if site is None or site.principle is None:
            out.append(DraftProblem.NO_SITE_CHOSEN)
    return out


def question_toml(d: Draft, qid: str) -> str:
    """One ``[[questions]]`` entry for a draft."""
    lines = ["", "[[questions]]", f"id = {toml_str(qid)}", f"kind = {toml_str(d.kind.value)}",
             f"difficulty = {toml_str(d.difficulty.value)}"]
    principles: list[str] = []
    if d.kind is QuestionKind.WHY:
        site = next(s for s in d.sites if s.key == d.why_site)
        assert site.principle is not None
        principles = [site.principle]
        choices = [site.principle] + [p.value for p in PrincipleId
                                      if p.value != site.principle and p is not PrincipleId.INLINING][:3]
        lines += [f"site = {toml_str(site.key)}", "choices = [" + ", ".join(map(toml_str, choices)) + "]"]
    else:
        asked = d.ticked() if d.kind is QuestionKind.WHERE else d.sites
        principles = sorted({s.principle for s in asked if s.principle}) or ["compiler-decides"]
        if d.kind is QuestionKind.WHERE:
            lines.append("sites = [" + ", ".join(toml_str(s.key) for s in asked) + "]")
        else:
            lines.append("distractors = [" + ", ".join(map(toml_str, _distractors(d.code, d.build))) + "]")
    lines += ["principles = [" + ", ".join(map(toml_str, principles)) + "]",
              f"title = {_text(d.title)}", f"prompt = {_text(d.prompt)}",
              'code = """\n' + d.code.replace("\\", "\\\\") + '"""',
              'explanation = { en = "Saved from the sandbox: the analyzer explains each site.", '
              'zh = "从沙盒保存：每个位置的原因由分析器给出。" }']
    return "\n".join(lines) + "\n"


def _distractors(code: str, build: BuildFlags = BuildFlags.NO_INLINING) -> list[str]:
    """Wrong lines for a lines question: each site with the other verdict."""
    a = analyze(code, inline=build.inline)
    printed = {m.group(1) for ln in a.diagnostics("./main.go") if (m := LINE_RE.match(ln))}
    out = []
    for s in candidate_sites(a):
        if s.kind is SiteKind.VARIABLE:
            line = f"{s.pos}: moved to heap: {s.name}"
        elif s.verdict is Verdict.HEAP:
            line = f"{s.pos}: {s.name} does not escape"
        else:
            line = f"{s.pos}: {s.name} escapes to heap"
        if line not in printed and line not in out:
            out.append(line)
    return out[:4] or ["1:1: moved to heap: main"]


def new_pack_header(title: Text, pack_id: str, build: BuildFlags = BuildFlags.NO_INLINING) -> str:
    return (f"# Stack or Heap question pack\nformat = 2\nid = {toml_str(pack_id)}\nversion = \"1\"\n"
            f"title = {_text(title)}\nauthors = [\"me\"]\nflags = {toml_str(build.value)}\n"
            f"category = \"custom\"\n")


def pack_id_for(title: str, taken: set[str]) -> str:
    base = "user." + ("-".join(re.findall(r"[a-z0-9]+", title.lower())) or "my-questions")
    pid, n = base, 2
    while pid in taken or not ID_RE.match(pid):
        pid, n = f"{base}-{n}", n + 1
    return pid


def save_question(folder: Path, draft: Draft, target: Path | None = None,
                  new_title: Text | None = None, taken_ids: set[str] | None = None) -> tuple[Path, str]:
    """Append ``draft`` to the pack at ``target`` (or a new pack titled ``new_title``).

    Returns the pack file and the new question's id. Nothing is written unless the
    resulting pack validates (format, code, sites and answer keys).
    """
    problems = check_draft(draft)
    if problems:
        raise QuizError("; ".join(p.message for p in problems))
    folder.mkdir(parents=True, exist_ok=True)
    if target is not None:
        existing = target.read_text(encoding="utf-8")
        pack, _ = load_pack(target)
        if pack is None:
            raise DraftRefused(Refusal.UNREADABLE_PACK, path=str(target))
        if pack.flags != draft.build.value:
            raise DraftRefused(Refusal.OTHER_BUILD, path=str(target), pack_flags=pack.flags, flags=draft.build.value)
        ids = {q.id for q in pack.questions}
        path = target
    else:
        title = new_title or Text("My questions", "我的题目")
        pid = pack_id_for(title.en, taken_ids or set())
        existing, ids = new_pack_header(title, pid, draft.build), set()
        path = folder / f"{pid}.toml"
    n = len(ids) + 1
    while f"q{n}" in ids:
        n += 1
    qid = f"q{n}"
    text = existing.rstrip("\n") + "\n" + question_toml(draft, qid)
    _write_checked(path, text, qid)
    return path, qid


def _write_checked(path: Path, text: str, qid: str) -> None:
    fd, tmp = tempfile.mkstemp(prefix=".pack-", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            f.write(text)
        pack, problems = load_pack(Path(tmp))
        q = pack.question(qid) if pack is not None else None
        if q is not None:
            problems = problems + check_question(pack, q)  # type: ignore[arg-type]
        if pack is None or q is None or problems:
            raise DraftRefused(Refusal.INVALID, problems="; ".join(p.message for p in problems))
        os.replace(tmp, path)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)
