"""Every visible string is translated, and the translation files are complete."""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from PySide6.QtWidgets import QAbstractButton, QLabel, QTabBar

TS = Path(__file__).resolve().parents[2] / "quizapp" / "assets" / "i18n" / "quizapp_zh_CN.ts"


def test_ts_has_no_unfinished_entries() -> None:
    root = ET.parse(TS).getroot()
    messages = list(root.iter("message"))
    assert len(messages) > 50
    for m in messages:
        tr = m.find("translation")
        assert tr is not None and tr.get("type") != "unfinished" and (tr.text or "").strip(), \
            m.find("source").text


def test_every_message_has_the_context_it_is_looked_up_in() -> None:
    """A message without a context came from a plain ``tr()`` helper lupdate cannot see
    through: at run time it is looked up under another context and never found."""
    root = ET.parse(TS).getroot()
    empty = [m.find("source").text for ctx in root.iter("context") if not (ctx.findtext("name") or "")
             for m in ctx.iter("message")]
    assert empty == []


def test_qm_is_compiled_from_the_ts(tmp_path: Path) -> None:
    """The shipped .qm is what lrelease makes of the .ts today (a translation added to the
    .ts but never released would not reach the app)."""
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    fresh = tmp_path / "fresh.qm"
    subprocess.run([str(lrelease), str(TS), "-qm", str(fresh)], check=True, capture_output=True)
    assert TS.with_suffix(".qm").read_bytes() == fresh.read_bytes()


def _visible_texts(win) -> dict[str, str]:  # noqa: ANN001
    out = {}
    for w in win.findChildren(QLabel) + win.findChildren(QAbstractButton):
        if w.isVisibleTo(win) and w.text().strip():
            out[f"{type(w).__name__}:{w.objectName()}:{id(w)}"] = w.text()
    for tb in win.findChildren(QTabBar):
        for i in range(tb.count()):
            out[f"tab{i}"] = tb.tabText(i)
    for a in win.menuBar().actions():
        out[f"menu:{a.text()}"] = a.text()
    return out


def test_no_visible_english_left_in_zh(window) -> None:  # noqa: ANN001
    win = window
    english = {}
    for view in ("packs", "quiz", "sandbox", "settings"):
        win.show_view(view)
        english[view] = _visible_texts(win)
    win.state.set_language("zh")
    untranslated = []
    for view in ("packs", "quiz", "sandbox", "settings"):
        win.show_view(view)
        zh = _visible_texts(win)
        for k, en_text in english[view].items():
            if k in zh and zh[k] == en_text and any(c.isalpha() for c in en_text) and not _is_name(en_text):
                untranslated.append(en_text)
    assert untranslated == []


def _is_name(text: str) -> bool:
    """Texts that are the same in every language: pack titles in the learner's data, language names."""
    return text in ("English", "中文") or "Escape analysis basics" in text or text.startswith("11")


def test_the_file_dialog_speaks_chinese_in_zh(window) -> None:  # noqa: ANN001
    """Qt's own file dialog: qtbase_zh_CN.qm, and ui/qt_words.py for what it lacks."""
    from PySide6.QtWidgets import QFileDialog
    window.state.set_language("zh")
    try:
        d = QFileDialog(window, "x")
        d.setOption(QFileDialog.Option.DontUseNativeDialog)
        d.setNameFilter("Go (*.go)")
        labels = [w.text() for w in d.findChildren(QLabel) if w.text()]
        buttons = [b.text() for b in d.findChildren(QAbstractButton) if b.text()]
        assert len(labels) >= 3
        english = [t for t in labels + buttons if any("a" <= c.lower() <= "z" for c in t.replace("&", ""))
                   and not any("\u4e00" <= c <= "\u9fff" for c in t)]
        assert english == [], english
        d.deleteLater()
    finally:
        window.state.set_language("en")


GC_ALONE = r"(?<![A-Za-z（(/_`.-])gc(?![A-Za-z）)/_`.])"
"""``gc`` on its own: to a Chinese reader it says the garbage collector (GC), not the compiler."""


def _pack_chinese() -> list[str]:
    import tomllib
    out: list[str] = []

    def walk(x: object) -> None:
        if isinstance(x, dict):
            for k, v in x.items():
                if k == "zh" and isinstance(v, str):
                    out.append(v)
                else:
                    walk(v)
        elif isinstance(x, list):
            for y in x:
                walk(y)
    for f in sorted((TS.parents[2] / "questions").glob("*.toml")):
        walk(tomllib.loads(f.read_text(encoding="utf-8")))
    assert len(out) > 500
    return out


def test_chinese_never_says_gc_alone_for_the_compiler() -> None:
    """Where the Chinese means the compiler it says so: ``Go 编译器（gc）`` (``-gcflags`` is a flag)."""
    import ast
    import re

    from quizapp.quiz import runfacts
    root = ET.parse(TS).getroot()
    said = [m.findtext("translation") or "" for m in root.iter("message")]
    said += [zh for _, _, zh in runfacts._WHY]           # the run-time notes of the quiz's feedback
    said += [n.value for n in ast.walk(ast.parse(Path(runfacts.__file__).read_text(encoding="utf-8")))
             if isinstance(n, ast.Constant) and isinstance(n.value, str) and re.search(r"[\u4e00-\u9fff]", n.value)]
    said += _pack_chinese()                               # the built-in packs' explanations and hints
    assert sum("Go 编译器（gc）" in t for t in said) >= 40
    assert [t for t in said if re.search(GC_ALONE, t)] == []


def test_the_command_lines_lang_opens_the_window_in_it(qtbot, tmp_path: Path) -> None:  # noqa: ANN001
    """``quizapp --lang zh`` starts the window in Chinese over a saved English, for this run:
    the saved English stays for the next start; a choice made in Settings is kept."""
    from PySide6.QtCore import QSettings

    from quizapp.cli import build_parser
    from quizapp.ui.app import create
    assert build_parser().parse_args(["--lang", "zh"]).lang == "zh"
    assert build_parser().parse_args([]).lang is None           # nothing given: the saved setting
    s = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    s.setValue("language", "en")
    s.setValue("intro_shown", True)
    s.sync()
    _app, win, state = create(["quizapp"], profile=tmp_path, lang="zh")
    qtbot.addWidget(win)
    try:
        assert state.language == "zh" and "设置" in [win.tabs.tabText(i) for i in range(win.tabs.count())]
        saved = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
        assert saved.value("language") == "en"
        state.set_language("zh")                     # as the Settings tab does
        saved = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
        assert saved.value("language") == "zh"
    finally:
        state.set_language("en")
        win.close()
