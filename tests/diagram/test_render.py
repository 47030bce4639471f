"""Rendering diagrams offscreen, and the diagram command."""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from quizapp.analysis import analyze
from quizapp.diagram.layout import build

from .test_layout import INIT

ROOT = Path(__file__).resolve().parents[2]


def test_render_png_and_svg(qapp, tmp_path: Path) -> None:  # noqa: ANN001
    from quizapp.diagram.render import save, to_image
    m = build(analyze(INIT))
    s = m.steps[-2]
    img = to_image(s)
    assert img.width() == int(s.width) and img.height() == int(s.height)
    assert len({img.pixel(x, y) for x in range(0, img.width(), 25) for y in range(0, img.height(), 25)}) > 3
    save(s, tmp_path / "d.svg")
    root = ET.parse(tmp_path / "d.svg").getroot()
    assert root.tag.endswith("svg")


def test_colours_come_in_as_a_parameter(qapp) -> None:  # noqa: ANN001
    from PySide6.QtGui import QColor

    from quizapp.diagram.render import LIGHT, Colours, to_image
    s = build(analyze(INIT)).steps[-2]
    dark = Colours(background="#101010", text="#eeeeee", muted="#999999", stack="#00ffcc",
                   heap="#ff5555", dangling="#ff0000")
    corner = lambda img: QColor(img.pixel(2, 2)).name()  # noqa: E731
    assert corner(to_image(s, colours=dark)) == "#101010"
    assert corner(to_image(s, colours=LIGHT)) == LIGHT.background


def run(args: list[str], cwd: Path) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "quizapp.cli", *args], cwd=cwd, capture_output=True,
                          text=True, env={"PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen",
                                          "PATH": "/usr/bin:/bin"})


def test_diagram_command(tmp_path: Path) -> None:
    (tmp_path / "main.go").write_text(INIT)
    r = run(["diagram", "main.go", "-o", "out.png"], tmp_path)
    assert r.returncode == 0, r.stderr
    assert (tmp_path / "out.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    r = run(["diagram", "main.go", "--step", "2", "-o", "out.svg"], tmp_path)
    assert r.returncode == 0, r.stderr
    assert ET.parse(tmp_path / "out.svg").getroot().tag.endswith("svg")
    r = run(["diagram", "main.go", "--func", "nope", "-o", "x.png"], tmp_path)
    assert r.returncode == 2 and len(r.stderr.strip().splitlines()) == 1 and "no function 'nope'" in r.stderr
    r = run(["diagram", "main.go", "--step", "99", "-o", "x.png"], tmp_path)
    assert r.returncode == 2 and "out of range" in r.stderr
