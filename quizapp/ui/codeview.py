"""The Go code view: pygments highlighting, line numbers, clickable site marks.

Used read-only in the question view (sites to answer are marked and can be
clicked) and editable in the sandbox (diagnostics are underlined, with
tooltips). Colours come from ``theme`` so light and dark both read well.
"""

from __future__ import annotations


from pygments.lexers import GoLexer
from pygments.token import Comment, Keyword, Name, Number, Operator, String, Token
from PySide6.QtCore import QRect, QSize, Qt, Signal
from PySide6.QtGui import (QColor, QFont, QFontDatabase, QPainter, QPen, QSyntaxHighlighter,
                           QTextCharFormat, QTextCursor, QTextFormat)
from PySide6.QtWidgets import QPlainTextEdit, QTextEdit, QToolTip, QWidget

from . import theme
from .marks import Mark

__all__ = ["CodeView", "GoHighlighter", "Mark"]


class GoHighlighter(QSyntaxHighlighter):
    """Go syntax colours from pygments' lexer, one line at a time."""

    def __init__(self, doc) -> None:  # noqa: ANN001
        super().__init__(doc)
        self.lexer = GoLexer(stripnl=False, ensurenl=False)
        self.formats: dict[object, QTextCharFormat] = {}
        self.refresh_theme()

    def refresh_theme(self) -> None:
        pal = theme.code_palette()
        self.formats = {}
        for tok, (color, bold, italic) in {
            Keyword: (pal["keyword"], True, False), Keyword.Type: (pal["type"], False, False),
            Name.Builtin: (pal["builtin"], False, False), Name.Function: (pal["func"], False, False),
            String: (pal["string"], False, False), Number: (pal["number"], False, False),
            Comment: (pal["comment"], False, True), Operator: (pal["operator"], False, False),
        }.items():
            f = QTextCharFormat()
            f.setForeground(QColor(color))
            if bold:
                f.setFontWeight(QFont.Weight.DemiBold)
            f.setFontItalic(italic)
            self.formats[tok] = f
        self.rehighlight()

    def _format(self, tok) -> QTextCharFormat | None:  # noqa: ANN001
        while tok is not Token and tok not in self.formats:
            tok = tok.parent
        return self.formats.get(tok)

    def highlightBlock(self, text: str) -> None:  # noqa: N802 - Qt override
        pos = 0
        for tok, value in self.lexer.get_tokens(text):
            f = self._format(tok)
            if f is not None:
                self.setFormat(pos, len(value), f)
            pos += len(value)


class LineNumbers(QWidget):
    def __init__(self, view: CodeView) -> None:
        super().__init__(view)
        self.view = view

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(self.view.gutter_width(), 0)

    def paintEvent(self, event) -> None:  # noqa: N802, ANN001
        self.view.paint_gutter(event)


class CodeView(QPlainTextEdit):
    """A Go editor/viewer with line numbers and marks; emits ``siteClicked(key)``."""

    siteClicked = Signal(str)

    def __init__(self, parent: QWidget | None = None, editable: bool = False) -> None:
        super().__init__(parent)
        self.setReadOnly(not editable)
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.setTabStopDistance(32)
        self.marks: list[Mark] = []
        self._replacing = False
        self.gutter_marks: dict[int, str] = {}
        self.highlighter = GoHighlighter(self.document())
        self.gutter = LineNumbers(self)
        self.blockCountChanged.connect(self._update_gutter_width)
        self.blockCountChanged.connect(self._block_count_changed)
        self.updateRequest.connect(self._update_gutter)
        self.set_font_size(11)
        self._update_gutter_width()
        self.setMouseTracking(True)
        self.setAccessibleName(self.tr("Go code"))

    HIGHLIGHT_LIMIT = 20_000
    """Above this many lines, syntax colouring is switched off so the window stays responsive."""

    def setPlainText(self, text: str) -> None:  # noqa: N802 - Qt override
        self._colour(text.count("\n") <= self.HIGHLIGHT_LIMIT)
        self._replacing = True
        try:
            self._line_sels = []  # a step mark would otherwise slide onto the new text's last line
            super().setPlainText(text)
            self.setExtraSelections(getattr(self, "_mark_sels", []))
        finally:
            self._replacing = False

    def insertFromMimeData(self, source) -> None:  # noqa: N802, ANN001 - Qt override
        """A paste: colouring goes off before a huge text arrives (not after it was coloured)."""
        if source.hasText():
            lines = self.blockCount() + source.text().count("\n")
            if lines > self.HIGHLIGHT_LIMIT:
                self._colour(False)
        super().insertFromMimeData(source)

    def _colour(self, on: bool) -> None:
        if on and self.highlighter.document() is None:
            self.highlighter.setDocument(self.document())
        elif not on and self.highlighter.document() is not None:
            self.highlighter.setDocument(None)

    def _block_count_changed(self) -> None:
        """Colours come back once the text is short again (a small program pasted over a huge one)."""
        if (not self._replacing and self.highlighter.document() is None
                and self.blockCount() <= self.HIGHLIGHT_LIMIT):
            self._colour(True)

    # ------------------------------------------------------------ font and gutter
    def set_font_size(self, points: int) -> None:
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        font.setPointSize(points)
        self.setFont(font)
        self.setTabStopDistance(self.fontMetrics().horizontalAdvance(" ") * 4)
        self._update_gutter_width()

    def gutter_width(self) -> int:
        digits = max(2, len(str(max(1, self.blockCount()))))
        return 14 + self.fontMetrics().horizontalAdvance("9") * digits

    def _update_gutter_width(self) -> None:
        self.setViewportMargins(self.gutter_width(), 0, 0, 0)

    def _update_gutter(self, rect: QRect, dy: int) -> None:
        if dy:
            self.gutter.scroll(0, dy)
        else:
            self.gutter.update(0, rect.y(), self.gutter.width(), rect.height())

    def resizeEvent(self, event) -> None:  # noqa: N802, ANN001
        super().resizeEvent(event)
        cr = self.contentsRect()
        self.gutter.setGeometry(QRect(cr.left(), cr.top(), self.gutter_width(), cr.height()))

    def paint_gutter(self, event) -> None:  # noqa: ANN001
        pal = theme.code_palette()
        painter = QPainter(self.gutter)
        painter.fillRect(event.rect(), QColor(pal["gutter_bg"]))
        block = self.firstVisibleBlock()
        number = block.blockNumber()
        top = round(self.blockBoundingGeometry(block).translated(self.contentOffset()).top())
        bottom = top + round(self.blockBoundingRect(block).height())
        h = self.fontMetrics().height()
        while block.isValid() and top <= event.rect().bottom():
            if block.isVisible() and bottom >= event.rect().top():
                mark = self.gutter_marks.get(number + 1)
                if mark:
                    painter.setPen(QPen(Qt.PenStyle.NoPen))
                    painter.setBrush(QColor(pal[mark]))
                    painter.drawEllipse(3, top + h // 2 - 3, 6, 6)
                painter.setPen(QColor(pal["gutter_fg"]))
                painter.drawText(0, top, self.gutter.width() - 4, h, Qt.AlignmentFlag.AlignRight,
                                 str(number + 1))
            block = block.next()
            top = bottom
            bottom = top + round(self.blockBoundingRect(block).height())
            number += 1

    # ------------------------------------------------------------ marks
    def set_marks(self, marks: list[Mark]) -> None:
        self.marks = marks
        pal = theme.code_palette()
        sels = []
        for m in marks:
            cur = self._cursor_for(m.line, m.col, m.length, m.end)
            if cur is None:
                continue
            sel = QTextEdit.ExtraSelection()
            fmt = QTextCharFormat()
            color = QColor(pal.get(m.kind, pal["site"]))
            if m.kind in ("error", "warning", "unsupported", "info"):
                fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
                fmt.setUnderlineColor(color)
            else:
                bg = QColor(color)
                bg.setAlpha(70 if m.kind != "selected" else 130)
                fmt.setBackground(bg)
                fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SingleUnderline)
                fmt.setUnderlineColor(color)
            if m.tooltip:
                fmt.setToolTip(m.tooltip)
            sel.format = fmt
            sel.cursor = cur
            sels.append(sel)
            if m.kind in ("error", "warning") and len(cur.selectedText()) < 2:
                sels.extend(self._short_mark(cur, color, m.tooltip))
        self._mark_sels = sels
        self.setExtraSelections(sels + getattr(self, "_line_sels", []))
        self.gutter.update()

    @staticmethod
    def _short_mark(cur: QTextCursor, color: QColor, tooltip: str) -> list[QTextEdit.ExtraSelection]:
        """A squiggle under one narrow character (a lone ``}``) or under nothing (an empty
        line) is hard to see: the character gets a tinted background and the whole line a
        faint band of the mark's colour."""
        out = []
        if cur.hasSelection():
            char = QTextEdit.ExtraSelection()
            fmt = QTextCharFormat()
            bg = QColor(color)
            bg.setAlpha(90)
            fmt.setBackground(bg)
            fmt.setToolTip(tooltip)
            char.format, char.cursor = fmt, QTextCursor(cur)
            out.append(char)
        band = QTextEdit.ExtraSelection()
        fmt = QTextCharFormat()
        bg = QColor(color)
        bg.setAlpha(40)
        fmt.setBackground(bg)
        fmt.setProperty(QTextFormat.Property.FullWidthSelection, True)
        fmt.setToolTip(tooltip)
        line = QTextCursor(cur)
        line.clearSelection()      # full width only paints for a collapsed cursor
        band.format, band.cursor = fmt, line
        out.append(band)
        return out

    def _cursor_for(self, line: int, col: int, length: int,
                    end: tuple[int, int] | None = None) -> QTextCursor | None:
        block = self.document().findBlockByNumber(line - 1)
        if not block.isValid() and line > self.document().blockCount():
            block = self.document().lastBlock()       # the end of the file (unexpected EOF)
        if not block.isValid():
            return None
        text = block.text()
        start = _char_index(text, col - 1)
        cur = QTextCursor(block)
        cur.setPosition(block.position() + min(start, len(text)))
        if end is not None:
            last = self.document().findBlockByNumber(end[0] - 1)
            if last.isValid():
                stop = _char_index(last.text(), end[1] - 1)
                cur.setPosition(last.position() + min(stop, len(last.text())), QTextCursor.MoveMode.KeepAnchor)
                return cur
        cur.setPosition(block.position() + min(start + max(length, 1), len(text)),
                        QTextCursor.MoveMode.KeepAnchor)
        return cur

    def mark_at(self, line: int, col: int) -> Mark | None:
        """The innermost mark at a position (a box inside a call's arguments wins over the call)."""
        hits = [m for m in self.marks if m.contains(line, col)]
        return min(hits, key=lambda m: ((m.end or (m.line, m.col + m.length))[0] - m.line,
                                        (m.end or (m.line, m.col + m.length))[1] - m.col), default=None)

    def _line_col(self, pos) -> tuple[int, int]:  # noqa: ANN001
        cur = self.cursorForPosition(pos)
        block = cur.block()
        text = block.text()
        byte_col = len(text[:cur.positionInBlock()].encode("utf-8")) + 1
        return block.blockNumber() + 1, byte_col

    def mousePressEvent(self, event) -> None:  # noqa: N802, ANN001
        super().mousePressEvent(event)
        line, col = self._line_col(event.position().toPoint())
        m = self.mark_at(line, col)
        if m is not None and m.key:
            self.siteClicked.emit(m.key)

    def mouseMoveEvent(self, event) -> None:  # noqa: N802, ANN001
        super().mouseMoveEvent(event)
        line, col = self._line_col(event.position().toPoint())
        m = self.mark_at(line, col)
        if m is not None and m.key and self.isReadOnly():
            self.viewport().setCursor(Qt.CursorShape.PointingHandCursor)
        else:
            self.viewport().setCursor(Qt.CursorShape.IBeamCursor if not self.isReadOnly()
                                      else Qt.CursorShape.ArrowCursor)
        if m is not None and m.tooltip:
            QToolTip.showText(event.globalPosition().toPoint(), m.tooltip, self)

    def go_to(self, line: int, col: int = 1) -> None:
        cur = self._cursor_for(line, col, 0)
        if cur is not None:
            self.setTextCursor(cur)
            self.centerCursor()
            self.setFocus()

    def refresh_theme(self) -> None:
        self.highlighter.refresh_theme()
        self.set_marks(self.marks)

    def highlight_line(self, line: int) -> None:
        """Mark ``line`` as the current one (a diagram's step), replacing the previous mark;
        0 clears it. The line is scrolled into view."""
        self._line_sels: list[QTextEdit.ExtraSelection] = []
        cur = self._cursor_for(line, 1, 0) if line > 0 else None
        if cur is not None:
            sel = QTextEdit.ExtraSelection()
            sel.format.setBackground(QColor(theme.code_palette()["step_line"]))
            sel.format.setProperty(QTextFormat.Property.FullWidthSelection, True)
            cur.clearSelection()  # full width only paints for a collapsed cursor: the whole line
            sel.cursor = cur
            self._line_sels = [sel]
            rect = self.cursorRect(cur)
            bar = self.verticalScrollBar()
            if rect.top() < 0 or rect.bottom() > self.viewport().height():
                bar.setValue(bar.value() + rect.top() - self.viewport().height() // 3)
        self.setExtraSelections(getattr(self, "_mark_sels", []) + self._line_sels)


def _char_index(text: str, byte_offset: int) -> int:
    """The character index of a byte offset in a line (columns are bytes in gc's positions)."""
    if text.isascii():
        return byte_offset
    count = 0
    for i, ch in enumerate(text):
        if count >= byte_offset:
            return i
        count += len(ch.encode("utf-8"))
    return len(text)
