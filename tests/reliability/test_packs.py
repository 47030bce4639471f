"""Packs from the reliability findings: clear lines, the other packs unharmed, nothing deleted.

Each test replays one finding's scenario through the command line (in a
guarded process, with a throw-away data folder) and checks the fixed
behaviour: the exit status of the table in docs/architecture.md, one line
naming the file and the fault, and the installed packs as they were.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from quizapp.quiz.loader import ID_RE, load_pack
from quizapp.quiz.scaffold import starter_id

from ..quiz.test_loader import GOOD
from .guard import Ran, quizapp
from .inputs import DATA, spaced_header_pack


@pytest.fixture
def home(tmp_path: Path) -> dict[str, str]:
    """XDG folders in a temporary directory: the user's real packs are never touched."""
    return {"XDG_DATA_HOME": str(tmp_path / "data"), "XDG_CONFIG_HOME": str(tmp_path / "config"),
            "XDG_STATE_HOME": str(tmp_path / "state")}


def installed(tmp_path: Path) -> list[Path]:
    folder = tmp_path / "data" / "stack-or-heap" / "packs"
    return sorted(folder.glob("*.toml")) if folder.exists() else []


def validate(tmp_path: Path, *files: Path) -> Ran:
    return quizapp("pack", "validate", *map(str, files), cwd=tmp_path)


def test_a_wrong_field_type_is_one_line_and_the_other_packs_load(tmp_path: Path) -> None:
    bad = DATA / "pack_expect_int_typeerror.toml"
    good = tmp_path / "good.toml"
    good.write_text(GOOD, encoding="utf-8")
    ran = validate(tmp_path, bad, good)
    assert ran.status == 1
    lines = ran.out.splitlines()
    assert lines == [f"{bad}:14: question q1: expect: must be a list of tables: [[questions.expect]] "
                     'site = "NAME", verdict = "stack"', "2 packs, 2 questions, 1 errors"]
    for cmd in (("pack", "show"), ("pack", "install")):
        ran = quizapp(*cmd, str(bad), cwd=tmp_path)
        assert ran.status == 1 and "expect: must be a list of tables" in ran.err


@pytest.mark.parametrize("name, complaint", [
    ("pack_id_300_chars_install_oserror.toml", "must be 1 to 64 lowercase letters"),
    ("pack_id_trailing_newline.toml", "must be 1 to 64 lowercase letters"),
    ("pack_id_shadows_builtin.toml", "ids starting with 'builtin.' are reserved"),
])
def test_bad_pack_ids_are_refused_before_install(name: str, complaint: str, tmp_path: Path,
                                                 home: dict[str, str]) -> None:
    ran = quizapp("pack", "install", str(DATA / name), cwd=tmp_path, env=home)
    assert ran.status == 1 and complaint in ran.err
    assert installed(tmp_path) == []


def test_pack_id_rule() -> None:
    assert ID_RE.match("a") and ID_RE.match("a" * 64) and ID_RE.match("x.y_z-1")
    for bad in ("", "a" * 65, "evil\n", "Upper", "-lead", ".lead", "sp ace", "ü"):
        assert not ID_RE.match(bad), bad


def test_an_installed_pack_breaking_the_id_rule_still_loads_with_a_warning(tmp_path: Path) -> None:
    from quizapp.quiz.library import load_library
    folder = tmp_path / "packs"
    folder.mkdir()
    (folder / "long.toml").write_text(GOOD.replace('id = "t.good"', f'id = "{"a" * 80}"'), encoding="utf-8")
    (folder / "shadow.toml").write_text((DATA / "pack_id_shadows_builtin.toml").read_text(encoding="utf-8")
                                        .replace('"builtin.article"', '"builtin.mine"'), encoding="utf-8")
    (folder / "taken.toml").write_text((DATA / "pack_id_shadows_builtin.toml").read_text(encoding="utf-8"),
                                       encoding="utf-8")
    packs, problems = load_library(folder)
    mine = {p.id for p in packs if not p.builtin}
    assert mine == {"a" * 80, "builtin.mine"}
    assert any("long.toml" in ln and "must be 1 to 64" in ln for ln in problems)
    assert any("shadow.toml" in ln and "reserved" in ln for ln in problems)
    assert any("taken.toml: not loaded: the id 'builtin.article' is already used by the built-in pack" in ln
               for ln in problems)
    assert sum(1 for p in packs if p.id == "builtin.article") == 1


def test_install_upgrade_of_the_installed_file_itself_keeps_it(tmp_path: Path, home: dict[str, str]) -> None:
    src = tmp_path / "p.toml"
    assert quizapp("pack", "new", str(src), cwd=tmp_path, env=home).status == 0
    assert quizapp("pack", "install", str(src), cwd=tmp_path, env=home).status == 0
    [target] = installed(tmp_path)
    before = target.read_bytes()
    ran = quizapp("pack", "install", "--upgrade", str(target), cwd=tmp_path, env=home)
    assert ran.status == 0 and "is already installed" in ran.out
    assert installed(tmp_path) == [target] and target.read_bytes() == before


def test_upgrade_replaces_and_a_failed_copy_leaves_the_old_pack(tmp_path: Path, monkeypatch) -> None:  # noqa: ANN001
    from quizapp.quiz.errors import QuizError
    from quizapp.quiz.scaffold import install_pack
    dest = tmp_path / "packs"
    src = tmp_path / "p.toml"
    src.write_text(GOOD, encoding="utf-8")
    target = install_pack(src, dest=dest).path
    src.write_text(GOOD.replace('version = "1"', 'version = "2"'), encoding="utf-8")

    def full(*_a: object, **_k: object) -> None:
        raise OSError(28, "No space left on device")
    monkeypatch.setattr(os, "replace", full)
    with pytest.raises(QuizError, match="No space left on device"):
        install_pack(src, upgrade=True, dest=dest)
    monkeypatch.undo()
    assert target.read_text(encoding="utf-8") == GOOD
    assert [p.name for p in dest.iterdir()] == [target.name]     # no temporary file left behind


NAMES = ["🎉 עברית.toml", "My Pack (2).toml", "builtin.mine.toml", "a" * 200 + ".toml", "__.toml",
         ".hidden.toml", "ÜBER.toml"]


def test_pack_new_on_any_file_name_writes_a_valid_pack(tmp_path: Path) -> None:
    from quizapp.cli import main
    folder = tmp_path / "new"
    for name in NAMES:
        assert main(["pack", "new", str(folder / name)]) == 0
        assert ID_RE.match(starter_id(folder / name)) and not starter_id(folder / name).startswith("builtin.")
        pack, problems = load_pack(folder / name)
        assert problems == [] and pack is not None and pack.id == starter_id(folder / name)
    ids = [starter_id(folder / n) for n in NAMES]
    ran = validate(tmp_path, *(folder / n for n in NAMES if ids.count(starter_id(folder / n)) == 1))
    assert ran.status == 0, ran.out


def test_pack_new_where_nothing_can_be_written(tmp_path: Path) -> None:
    ran = quizapp("pack", "new", "/proc/x.toml", cwd=tmp_path)
    assert ran.status == 2 and ran.lines[0].startswith("quizapp pack new: cannot write /proc/x.toml:")


def test_install_of_a_folder_and_of_nothing(tmp_path: Path, home: dict[str, str]) -> None:
    ran = quizapp("pack", "install", str(tmp_path), cwd=tmp_path, env=home)
    assert ran.status == 2 and ran.lines == [f"quizapp pack install: {tmp_path} is a folder; install one "
                                             "pack file (.toml)"]
    ran = quizapp("pack", "install", str(tmp_path / "nope.toml"), cwd=tmp_path, env=home)
    assert ran.status == 2 and "no such file" in ran.err


def test_unreadable_paths_are_usage_errors(tmp_path: Path) -> None:
    for cmd in ("validate", "show"):
        ran = quizapp("pack", cmd, str(tmp_path / "missing.toml"), cwd=tmp_path)
        assert ran.status == 2, (cmd, ran)


def test_a_question_the_analyzer_cannot_judge_is_a_line_in_validate(tmp_path: Path) -> None:
    """Code that crashed validate (a 330-term sum) is judged now; code that cannot be is one line."""
    ran = validate(tmp_path, DATA / "pack_code_crashes_validate.toml")
    assert ran.status == 1 and "asks about no site" in ran.out          # judged: x is on the stack
    ran = validate(tmp_path, DATA / "verify_generic_instantiation_cycle_recursionerror.toml")
    assert ran.status == 1 and "code: the code does not compile:\n    ./main.go:3:8: instantiation cycle" in ran.out


def test_loading_is_linear_whatever_the_header_spacing(tmp_path: Path) -> None:
    """``[[ questions ]]`` made every field's line a search of the whole file (10k: 331 s)."""
    n = 10_000
    path = tmp_path / "huge.toml"
    path.write_text(spaced_header_pack(n), encoding="utf-8")
    ran = validate(tmp_path, path)
    assert ran.status == 0 and ran.out.splitlines()[-1] == f"1 packs, {n} questions, 0 errors"
    pack, _ = load_pack(path)
    assert pack is not None and pack.questions[1].line == 14


def test_diagram_to_a_missing_folder(tmp_path: Path) -> None:
    src = tmp_path / "main.go"
    src.write_text(GOOD.split('"""')[1], encoding="utf-8")
    ran = quizapp("diagram", "-o", "/nonexistent/dir/a.png", str(src), cwd=tmp_path)
    assert ran.status == 2 and ran.lines == ["quizapp diagram: cannot write /nonexistent/dir/a.png: the "
                                             "folder /nonexistent/dir does not exist"]


CGO_BYPASSES = ["verify_checksafe_bypass_cgo_semicolon.toml", "verify_checksafe_bypass_cgo_paren_comment.toml"]
"""import "C" hidden from a regular expression: after another import on its line, or after a ")" in a comment."""


@pytest.mark.parametrize("name", CGO_BYPASSES)
def test_cgo_hidden_from_a_regular_expression_is_found(name: str, tmp_path: Path) -> None:
    from quizapp.quiz.verify import UnsafeCode, check_safe
    pack, _ = load_pack(DATA / name)
    assert pack is not None
    with pytest.raises(UnsafeCode, match='cgo'):
        check_safe(pack.questions[0].code)
    ran = validate(tmp_path, DATA / name)        # the analyzer cannot judge cgo: it says so
    assert ran.status == 1 and 'unsupported: cgo (import "C")' in ran.out


def go_cache(go: str) -> str:
    """The caller's go build cache: a guarded process with a throw-away HOME would rebuild the
    standard library."""
    import subprocess
    return subprocess.run([go, "env", "GOCACHE"], capture_output=True, text=True, check=True).stdout.strip()


@pytest.mark.go
def test_verify_on_the_pack_findings(go: str, tmp_path: Path) -> None:
    """Refused before any build (cgo), judged (20 nested structs: verify hung), or one line (an
    instantiation cycle: verify's traceback)."""
    env = {"GOCACHE": go_cache(go)}

    def verify(name: str) -> Ran:
        return quizapp("pack", "verify", "--go", go, str(DATA / name), cwd=tmp_path, env=env)
    for name in CGO_BYPASSES:
        ran = verify(name)
        assert ran.status == 1 and ran.out.splitlines() == [
            f"{DATA / name}:7: question q1: refused: cgo (import \"C\") is not allowed in pack code",
            "1 question: 0 programs compiled (questions' code and fix questions' model solutions; "
            "1 not compiled: see above), 1 disagreement"]
    ran = verify("pack_verify_validate_hang_nested_structs.toml")
    assert ran.status == 0 and ran.out.splitlines() == [
        "1 question: 1 program compiled (questions' code and fix questions' model solutions), 0 disagreements"]
    ran = verify("verify_generic_instantiation_cycle_recursionerror.toml")
    assert ran.status == 1 and ran.out.splitlines()[-1] == (
        "1 question: 0 programs compiled (questions' code and fix questions' model solutions; "
        "1 not compiled: see above), 1 disagreement")
    assert "no answer key: the code does not compile:\n    ./main.go:3:8: instantiation cycle" in \
        ran.out


def test_validate_judges_the_code_that_hung_it(tmp_path: Path) -> None:
    ran = validate(tmp_path, DATA / "pack_verify_validate_hang_nested_structs.toml")
    assert ran.status == 0 and ran.out.splitlines() == ["1 packs, 1 questions, 0 errors"]
