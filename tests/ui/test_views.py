"""Every view, rendered: readable in both themes, nothing clipped in both languages, every part named.

Two passes over every view at 1024x700 (English in the light theme, Chinese
in the dark one): the best text colour of each label, button, tab, list row
and line of text reaches WCAG's 4.5:1 on its background (sampled from the
pixels), no label, button or tab needs more room than it has, and every
focusable widget has a name. Then a live theme switch, the theme's colours
themselves, and scale factor 2 on a full-HD screen (in a fresh process).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from quizapp.ui import theme as th

from .checks import AA, clipped, low_contrast, unnamed
from .views import contrast, each_view, pixels

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize("lang,theme", [("en", "light"), ("zh", "dark")])
def test_every_view_is_readable_unclipped_and_named(qtbot, tmp_path, lang: str, theme: str) -> None:  # noqa: ANN001
    problems = []
    for view, win in each_view(tmp_path, lang, theme, (1024, 700)):
        problems += [f"{view}: contrast {p}" for p in low_contrast(win)]
        problems += [f"{view}: clipped {p}" for p in clipped(win)]
        problems += [f"{view}: unnamed {p}" for p in unnamed(win)]
    assert problems == [], "\n".join(problems)


def test_a_live_theme_switch_repaints_everything_readable(qtbot, tmp_path) -> None:  # noqa: ANN001
    for view, win in each_view(tmp_path, "en", "light", views=("quiz", "stats")):
        win.app_state.set_theme("dark")
        assert low_contrast(win) == [], view
        bg = pixels(win.grab().toImage()).most_common(1)[0][0]
        assert bg in (int(th.UI_DARK["window"][1:], 16), int(th.UI_DARK["base"][1:], 16)), view
        win.app_state.set_theme("light")


@pytest.mark.parametrize("palette", [th.LIGHT, th.DARK])
def test_theme_text_colours_reach_aa_on_their_backgrounds(palette: dict[str, str]) -> None:
    ui = th.UI_DARK if palette is th.DARK else th.UI_LIGHT
    for name in ("keyword", "type", "func", "string", "number", "comment", "operator", "gutter_fg", "site",
                 "stack", "heap", "right", "wrong", "muted", "partial"):
        for bg in (ui["base"], ui["window"], palette["gutter_bg"]):
            r = contrast(int(palette[name][1:], 16), int(bg[1:], 16))
            assert r >= AA, f"{name} {palette[name]} on {bg}: {r:.2f}"


def test_at_scale_factor_2_the_window_fits_a_full_hd_screen_and_nothing_is_clipped(tmp_path) -> None:  # noqa: ANN001
    """A 1920x1080 screen at scale factor 2 is 960x540 logical pixels: the window sizes itself to it."""
    screens = tmp_path / "screens.json"
    screens.write_text(json.dumps({"screens": [{"name": "fullhd", "x": 0, "y": 0, "width": 1920, "height": 1080,
                                                "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}))
    env = {**os.environ, "QT_SCALE_FACTOR": "2", "QT_QPA_PLATFORM": f"offscreen:configfile={screens}",
           "PYTHONPATH": str(ROOT)}
    run = subprocess.run([sys.executable, "-m", "tests.ui.clipping", "en,zh", "screen"], cwd=ROOT,
                         env=env, capture_output=True, text=True, timeout=600)
    assert run.returncode == 0, run.stderr[-2000:]
    results = json.loads(run.stdout.strip().splitlines()[-1])
    for lang, result in results.items():
        assert result["scale"] == 2 and result["window"][1] <= 540
        assert result["fits_screen"], (lang, result["window"])
        assert result["problems"] == [], lang
