"""The window under hostile input: it never exits silently, never freezes, and can always quit."""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QMessageBox

from quizapp.ui import sandbox as sandbox_module
from quizapp.ui.sandbox_analysis import analyse_text

from ..reliability.inputs import DATA, PACK_HEADER, fifty_k_line_pack

SPIN = "// spin forever"


def maybe_spin(text: str, generation: int, inline: bool = False):  # noqa: ANN201 - a SandboxResult
    """A stand-in for the sandbox's job (it runs in the worker): a runaway analysis on request."""
    if SPIN in text:
        while True:
            pass
    return analyse_text(text, generation, inline)


def profile(tmp_path: Path, packs: dict[str, str] | None = None) -> Path:
    s = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    s.setValue("language", "en")
    s.setValue("intro_shown", True)
    s.sync()
    (tmp_path / "packs").mkdir(exist_ok=True)
    (tmp_path / "data").mkdir(exist_ok=True)
    for name, text in (packs or {}).items():
        (tmp_path / "packs" / name).write_text(text, encoding="utf-8")
    return tmp_path


def open_window(qtbot, tmp_path: Path, **packs: str):  # noqa: ANN001, ANN201
    from quizapp.ui.app import create
    _app, win, _state = create(["quizapp"], profile=profile(tmp_path, packs))
    qtbot.addWidget(win)
    win.show()
    return win


@pytest.fixture
def no_dialogs(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Record every message box instead of showing it (and fail on none by itself)."""
    shown: list[str] = []
    for name in ("warning", "critical", "information"):
        monkeypatch.setattr(QMessageBox, name, staticmethod(lambda _p, title, text, *a, **k:
                                                            shown.append(f"{title}: {text}")))
    return shown


def test_start_up_errors_are_shown_in_a_dialog(monkeypatch: pytest.MonkeyPatch, qtbot) -> None:  # noqa: ANN001
    from quizapp.ui import app as app_module
    shown: list[str] = []

    def boom(*_a: object, **_k: object) -> None:
        raise RuntimeError("the settings file is unreadable")
    monkeypatch.setattr(app_module, "create", boom)
    monkeypatch.setattr(QMessageBox, "exec", lambda self: shown.append(self.text()) or 0)
    assert app_module.run(["quizapp"]) == 1
    assert len(shown) == 1 and "could not start: the settings file is unreadable" in shown[0]


def test_a_broken_user_pack_does_not_stop_the_app(qtbot, tmp_path: Path, no_dialogs: list[str]) -> None:  # noqa: ANN001
    bad = (DATA / "pack_expect_int_typeerror.toml").read_text(encoding="utf-8")
    win = open_window(qtbot, tmp_path, **{"bad.toml": bad})
    view = win.pack_view
    assert view.problem_label.isVisibleTo(win)
    assert "expect: must be a list of tables" in view.problem_label.text()
    assert any(p.builtin for p in win.packs)
    assert no_dialogs == []


def test_progress_from_a_newer_app_is_kept_and_said(qtbot, tmp_path: Path, no_dialogs: list[str]) -> None:  # noqa: ANN001
    from quizapp.quiz.progress import Progress
    db = profile(tmp_path) / "data" / "progress.sqlite3"
    Progress(db).close()
    with sqlite3.connect(db) as c:
        c.execute("UPDATE schema_version SET version = 99")
    before = db.read_bytes()
    win = open_window(qtbot, tmp_path)
    qtbot.waitUntil(lambda: len(no_dialogs) == 1, timeout=5000)
    assert "in this session will not be saved" in no_dialogs[0] and "newer version" in no_dialogs[0]
    assert win.progress.temporary and db.read_bytes() == before


def test_a_fresh_start_is_said_once(qtbot, tmp_path: Path, no_dialogs: list[str]) -> None:  # noqa: ANN001
    (profile(tmp_path) / "data" / "progress.sqlite3").write_bytes(b"not a database" * 100)
    win = open_window(qtbot, tmp_path)
    qtbot.waitUntil(lambda: len(no_dialogs) == 1, timeout=5000)
    assert "new, empty history" in no_dialogs[0] and ".corrupt-" in no_dialogs[0]
    win.close()
    open_window(qtbot, tmp_path)
    qtbot.wait(200)
    assert len(no_dialogs) == 1                   # acknowledged: not said again


def test_a_question_that_cannot_be_analysed_says_so_inside(qtbot, tmp_path: Path,  # noqa: ANN001
                                                            no_dialogs: list[str]) -> None:
    pack = PACK_HEADER.format(pack_id="broken.code") + \
        'code = "package main\\n\\nconst c = 1\\n\\nfunc main() { c = 2 }\\n"\n' + \
        'explanation = { en = "E", zh = "解释" }\n'
    win = open_window(qtbot, tmp_path, **{"broken.toml": pack})
    win.start_pack(next(p for p in win.packs if p.id == "broken.code"))
    view = win.quiz_view
    qtbot.waitUntil(lambda: not view.analysing, timeout=30_000)
    text = view.feedback.toPlainText()
    assert "This question cannot be graded:" in text and "5:15: cannot assign to c" in text
    assert not view.submit_btn.isEnabled() and no_dialogs == []


def test_a_50000_line_question_is_analysed_off_the_gui_thread(qtbot, tmp_path: Path,  # noqa: ANN001
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    """The analysis waits until the window's event loop has run a timer: were it on the GUI
    thread, the timer could never fire and the analysis would never start."""
    from quizapp.quiz import answers
    real, ran_on, loop_ran = answers.analyze, [], threading.Event()

    def analyze_after_the_loop_ran(code: str, **kw):  # noqa: ANN202, ANN003
        ran_on.append(threading.current_thread())
        assert loop_ran.wait(60), "the event loop did not run while the question was analysed"
        return real(code, **kw)
    monkeypatch.setattr(answers, "analyze", analyze_after_the_loop_ran)
    win = open_window(qtbot, tmp_path, **{"big.toml": fifty_k_line_pack()})
    win.start_pack(next(p for p in win.packs if p.id == "big.fiftyk"))
    view = win.quiz_view
    assert view.analysing
    assert "Analysing the code" in view.feedback.toPlainText() and not view.submit_btn.isEnabled()
    QTimer.singleShot(0, loop_ran.set)
    qtbot.waitUntil(lambda: not view.analysing, timeout=120_000)
    assert ran_on and all(t is not threading.main_thread() for t in ran_on)
    assert len(view.session.current.key.sites) > 1000 and view.session.current.error == ""
    assert "Analysing the code" not in view.feedback.toPlainText()


def test_a_runaway_sandbox_analysis_is_cancelled_and_the_app_quits(qtbot, tmp_path: Path,  # noqa: ANN001
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sandbox_module, "analyse_text", maybe_spin)
    monkeypatch.setattr(sandbox_module, "CANCEL_AFTER", 0.5)
    win = open_window(qtbot, tmp_path)
    sb = win.sandbox_view
    qtbot.waitUntil(lambda: sb.latest is not None, timeout=30_000)
    sb.editor.setPlainText("package main\n\nfunc main() {}\n" + SPIN + "\n")
    sb.run_analysis()
    qtbot.waitUntil(lambda: bool(sb.running), timeout=30_000)
    qtbot.wait(800)
    sb.editor.setPlainText("package main\n\nfunc f() *int { x := 1; return &x }\n\nfunc main() { _ = f() }\n")
    sb.run_analysis()                        # the runaway one is cancelled, the new text analysed
    qtbot.waitUntil(lambda: sb.latest is not None and "moved to heap: x" in " ".join(sb.latest.lines),
                    timeout=30_000)
    sb.editor.setPlainText("package main\n\nfunc main() {}\n" + SPIN + "\n")
    sb.run_analysis()
    qtbot.waitUntil(lambda: bool(sb.running), timeout=30_000)
    proc = sb.worker._proc
    assert proc is not None and proc.poll() is None
    closed = threading.Event()
    threading.Thread(target=lambda: (proc.wait(), closed.set()), daemon=True).start()
    win.close()                               # must not wait for the runaway analysis
    assert closed.wait(10) and sb.pool.activeThreadCount() == 0


def test_installing_a_pack_keeps_the_window_alive(qtbot, tmp_path: Path, no_dialogs: list[str]) -> None:  # noqa: ANN001
    """Installing validates every question in a worker: the window goes on running meanwhile."""
    from ..quiz.test_loader import GOOD
    win = open_window(qtbot, tmp_path)
    ticks = [0]
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.__setitem__(0, ticks[0] + 1))
    timer.start(10)
    good = tmp_path / "good.toml"
    good.write_text(GOOD, encoding="utf-8")
    assert win.install(good) and any(p.id == "t.good" for p in win.packs)
    assert ticks[0] > 0                              # the event loop ran while the pack was checked
    bad = tmp_path / "bad.toml"
    bad.write_text((DATA / "pack_id_shadows_builtin.toml").read_text(encoding="utf-8"), encoding="utf-8")
    assert not win.install(bad)
    timer.stop()
    assert len(no_dialogs) == 1 and "reserved for the built-in packs" in no_dialogs[0]


def test_the_sandbox_judges_the_program_that_once_hung_it_and_the_app_quits(qtbot, tmp_path: Path,  # noqa: ANN001
                                                                            no_dialogs: list[str]) -> None:
    """The finding: 20 nested struct types saved in the sandbox; no result ever, no exit on close."""
    data = profile(tmp_path) / "data"
    (data / "sandbox.go").write_bytes((DATA / "hang_nested_struct_types_20.go").read_bytes())
    win = open_window(qtbot, tmp_path)
    sb = win.sandbox_view
    qtbot.waitUntil(lambda: sb.latest is not None, timeout=60_000)
    assert sb.latest.error == "" and sb.latest.lines == []      # gc prints nothing for it either
    proc = sb.worker._proc
    win.close()
    assert proc is None or proc.poll() is not None or proc.wait(10) is not None
    assert sb.pool.activeThreadCount() == 0 and no_dialogs == []


def test_the_sandbox_opens_files_with_a_bound(qtbot, tmp_path: Path, no_dialogs: list[str]) -> None:  # noqa: ANN001
    win = open_window(qtbot, tmp_path)
    sb = win.sandbox_view
    before = sb.editor.toPlainText()
    assert not sb.load_file(Path("/dev/zero"))
    sparse = tmp_path / "huge.go"
    with open(sparse, "wb") as f:
        f.truncate(1 << 40)
    assert not sb.load_file(sparse)
    assert not sb.load_file(tmp_path)
    assert len(no_dialogs) == 3 and all("larger than 4 MB" in d for d in no_dialogs[:2])
    assert sb.editor.toPlainText() == before


def test_a_question_that_crashed_the_window_is_judged(qtbot, tmp_path: Path,  # noqa: ANN001
                                                       no_dialogs: list[str]) -> None:
    """The finding: a 330-term sum made opening the question say "maximum recursion depth exceeded"."""
    pack = (DATA / "gui_question_code_recursionerror.toml").read_text(encoding="utf-8")
    win = open_window(qtbot, tmp_path, **{"deep.toml": pack})
    win.start_pack(next(p for p in win.packs if p.id == "crash.q"))
    view = win.quiz_view
    qtbot.waitUntil(lambda: not view.analysing, timeout=60_000)
    st = view.session.current
    assert st.error == "" and st.key is not None and "cannot be graded" not in view.feedback.toPlainText()
    assert no_dialogs == []


def _full_disk(real):  # noqa: ANN001, ANN202
    """Files on a full disk (memory is fine): SQLite's own "database or disk is full"."""
    def connect(path: object, *a: object, **k: object) -> sqlite3.Connection:
        db = real(path, *a, **k)
        if str(path) != ":memory:":
            db.execute("PRAGMA max_page_count = 1")
        return db
    return connect


def _read_only(real):  # noqa: ANN001, ANN202
    """Files in a folder that cannot be written (memory is fine)."""
    def connect(path: object, *a: object, **k: object) -> sqlite3.Connection:
        if str(path) == ":memory:":
            return real(path, *a, **k)
        exc = sqlite3.OperationalError("attempt to write a readonly database")
        exc.sqlite_errorcode = 8                            # SQLITE_READONLY
        raise exc
    return connect


@pytest.mark.parametrize("fault, says", [(_full_disk, "is full"), (_read_only, "cannot be written")])
def test_a_progress_file_that_cannot_be_written_at_start(qtbot, tmp_path: Path, no_dialogs: list[str],  # noqa: ANN001
                                                         monkeypatch: pytest.MonkeyPatch, fault, says: str) -> None:
    """The findings' full disk and read-only folder at start-up, with a history to upgrade:
    a window, a notice saying why, nothing moved, the history there once the fault is gone."""
    import shutil
    from quizapp.quiz import store
    from quizapp.quiz.progress import Progress
    db = profile(tmp_path) / "data" / "progress.sqlite3"
    shutil.copyfile(Path(__file__).resolve().parents[1] / "quiz" / "data" / "progress_v1.sqlite3", db)
    monkeypatch.setattr(store.sqlite3, "connect", fault(sqlite3.connect))
    win = open_window(qtbot, tmp_path)
    qtbot.waitUntil(lambda: len(no_dialogs) == 1, timeout=5000)
    assert "will not be saved" in no_dialogs[0] and says in no_dialogs[0]
    assert win.progress.temporary
    assert not any(".corrupt-" in p.name for p in db.parent.iterdir())
    monkeypatch.undo()
    assert Progress(db).count() == 2                  # the whole history, in the same file
