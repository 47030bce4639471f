"""Refresh docs/screenshots/: every view in both languages and both themes, via ``quizapp --screenshot``.

Light screenshots are ``VIEW-LANG.png``, dark ones ``VIEW-LANG-dark.png``.

    python scripts/screenshots.py
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "docs" / "screenshots"
sys.path.insert(0, str(ROOT))

from quizapp.ui.screenshot import VIEWS  # noqa: E402

QUESTIONS = {"both-builds": "builtin.principle.value-vs-pointer/constructor-value-or-pointer",
             "run-time-note": "builtin.principle.unknown-size/make-with-parameter"}
"""Named questions shown after a partly wrong answer: one whose answer differs between the
builds (the feedback gives the default build's answer and the inlined call), one whose site
Go allocates otherwise than its verdict says (the feedback's run-time note)."""


def main() -> int:
    OUT.mkdir(parents=True, exist_ok=True)
    failed = 0
    shots = [(view, view, []) for view in VIEWS]
    shots += [(name, "quiz", ["--question", q]) for name, q in QUESTIONS.items()]
    for name, view, extra in shots:
        for lang in ("en", "zh"):
            for theme in ("light", "dark"):
                target = OUT / f"{name}-{lang}{'-dark' if theme == 'dark' else ''}.png"
                rc = subprocess.run([sys.executable, "-m", "quizapp.cli", "--screenshot", str(target),
                                     "--view", view, "--lang", lang, "--theme", theme, *extra],
                                    cwd=ROOT).returncode
                print(f"{target.relative_to(ROOT)}: {'ok' if rc == 0 else f'failed ({rc})'}")
                failed += rc != 0
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
