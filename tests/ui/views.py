"""Every view of the app, rendered as ``--screenshot`` renders it, for checks on the pixels.

``each_view`` opens one window with a throw-away profile (sample history,
the given language and theme) and puts it into every view in turn; the
contrast and clipping tests look at what it shows.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from pathlib import Path

from PySide6.QtCore import QRect
from PySide6.QtGui import QImage

from quizapp.ui import screenshot


def each_view(tmp: Path, lang: str, theme: str, size: tuple[int, int] = (1280, 800),
              views: tuple[str, ...] = screenshot.VIEWS) -> Iterator[tuple[str, object]]:
    from quizapp.ui.app import create
    screenshot.make_profile(tmp, lang, theme)
    app, win, state = create(["quizapp"], profile=tmp)
    win.resize(*size)
    win.show()
    try:
        for view in views:
            screenshot.prepare(win, view)
            screenshot.settle(app, win, view)
            yield view, win
    finally:
        win.close()
        state.set_language("en")
        from quizapp.ui import theme as th
        th.set_mode(None)
        th.apply(app)


def luminance(rgb: int) -> float:
    def chan(c: int) -> float:
        c = c / 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4
    return 0.2126 * chan((rgb >> 16) & 255) + 0.7152 * chan((rgb >> 8) & 255) + 0.0722 * chan(rgb & 255)


def contrast(a: int, b: int) -> float:
    la, lb = luminance(a), luminance(b)
    return (max(la, lb) + 0.05) / (min(la, lb) + 0.05)


def pixels(img: QImage, rect: QRect | None = None) -> Counter[int]:
    """How often each colour (0xRRGGBB) occurs in ``img`` (or one rectangle of it)."""
    img = img.convertToFormat(QImage.Format.Format_RGB32)
    if rect is not None:
        img = img.copy(rect)
    data = memoryview(img.constBits()).cast("I")
    return Counter(x & 0xFFFFFF for x in data)


def text_contrast(counts: Counter[int], least: int = 2) -> float | None:
    """Text against its background: the most common colour is the background, the text is the
    colour (seen at least ``least`` times) that stands out most. None: nothing but background."""
    if not counts:
        return None
    bg, _ = counts.most_common(1)[0]
    others = [c for c, n in counts.items() if c != bg and n >= least]
    if not others:
        return None
    return max(contrast(c, bg) for c in others)
