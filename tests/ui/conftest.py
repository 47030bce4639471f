"""A throw-away profile with a known pack for GUI tests."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def doc_example() -> str:
    doc = (ROOT / "docs" / "pack-format.md").read_text(encoding="utf-8")
    m = re.search(r"## A complete example\n\n```toml\n(.*?)```", doc, re.S)
    assert m
    return m.group(1)


@pytest.fixture
def window(qtbot, tmp_path: Path):  # noqa: ANN001, ANN201
    from PySide6.QtCore import QSettings

    s = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    s.setValue("language", "en")
    s.setValue("intro_shown", True)
    s.sync()
    (tmp_path / "packs").mkdir()
    (tmp_path / "packs" / "example.toml").write_text(doc_example(), encoding="utf-8")
    from quizapp.ui.app import create
    _app, win, state = create(["quizapp"], profile=tmp_path)
    qtbot.addWidget(win)
    win.show()
    win.state = state
    yield win
    state.set_language("en")
    win.close()
