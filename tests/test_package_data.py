"""Every file the package reads at run time ships in the wheel.

An installed app (the README's install command) reads its data through
``importlib.resources``; a data file that ``[tool.setuptools.package-data]``
does not match exists in a checkout but not in the wheel."""

from __future__ import annotations

import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_every_data_file_of_the_package_is_matched_by_package_data() -> None:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))
    patterns = config["tool"]["setuptools"]["package-data"]["quizapp"]
    package = ROOT / "quizapp"
    data = [p for p in package.rglob("*") if p.is_file() and p.suffix not in (".py", ".pyc")
            and "__pycache__" not in p.parts]
    assert len(data) > 20
    unmatched = [str(p.relative_to(package)) for p in data
                 if not any(p.relative_to(package).match(pat) or
                            (pat.endswith("/**/*") and p.relative_to(package).parts[0] == pat.split("/")[0])
                            for pat in patterns)]
    assert unmatched == []
