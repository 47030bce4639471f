"""The learner's own pack: programs saved from the sandbox as questions."""

from __future__ import annotations

from pathlib import Path

from ..analysis import AnalysisError, analyze
from .answers import default_sites
from .errors import QuizError
from .loader import load_pack

USER_PACK = "my-questions.toml"
HEADER = '''format = 2
id = "user.my-questions"
version = "1"
title = { en = "My questions", zh = "我的题目" }
authors = ["me"]
category = "custom"
'''


def add_question(folder: Path, code: str) -> Path:
    """Append ``code`` as a where-question to the user's pack; returns the pack file."""
    if "package " not in code:
        raise QuizError("save a complete program (with package main and func main) as a question")
    try:
        a = analyze(code)
    except AnalysisError as exc:
        raise QuizError(f"the program does not compile: {exc.pos}: {exc.message}") from None
    if a.unsupported:
        raise QuizError(f"the analyzer cannot judge this program ({a.unsupported[0].what})")
    sites = default_sites(a)
    if not sites:
        raise QuizError("the program has no variable with a taken address and no allocation to ask about")
    reasons = sorted({r for s in sites for r in s.reasons[:1]}) or ["compiler-decides"]
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / USER_PACK
    existing = path.read_text(encoding="utf-8") if path.exists() else HEADER
    pack, _ = load_pack(path) if path.exists() else (None, [])
    n = (len(pack.questions) if pack is not None else 0) + 1
    if '"""' in code:
        raise QuizError('the program contains """, which a pack cannot hold')
    block = f'''
[[questions]]
id = "q{n}"
kind = "where"
difficulty = "medium"
principles = {list(reasons)!r}
title = {{ en = "My program {n}", zh = "我的程序 {n}" }}
prompt = {{ en = "Where does each marked site live?", zh = "每个标出的位置在栈上还是堆上？" }}
code = """
{code.strip(chr(10))}
"""
explanation = {{ en = "Saved from the sandbox; the analyzer explains each site.", zh = "从沙盒保存；每个位置的原因由分析器给出。" }}
'''.replace("'", '"')
    path.write_text(existing.rstrip("\n") + "\n" + block, encoding="utf-8")
    return path
