"""The packs as cards, grouped by category, with progress and search.

The list is a plain ``QListWidget`` (keyboard, focus and accessibility
for free) whose items are drawn as cards by a delegate; each card gets a
``Card`` with everything it shows, computed by ``quiz.catalog``.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QEvent, QModelIndex, QRect, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QPainter, QPen
from PySide6.QtWidgets import (QHBoxLayout, QLabel, QLineEdit, QListWidget, QListWidgetItem, QPushButton,
                               QStyle, QStyledItemDelegate, QStyleOptionViewItem, QVBoxLayout, QWidget)

from .. import GO_VERSION
from ..quiz.catalog import PackProgress, grouped
from ..quiz.model import Category, Pack
from . import theme
from .keymap import Action, Area, route

CARD = Qt.ItemDataRole.UserRole + 1
PACK_ID = Qt.ItemDataRole.UserRole


@dataclass(frozen=True)
class Card:
    title: str
    description: str
    origin: str               # "built-in" / "yours", translated
    progress_text: str
    share: float              # answered / total
    builtin: bool


class CardDelegate(QStyledItemDelegate):
    """Draws a pack as a card; category headers as section titles."""

    PAD = 10

    def _lines(self, option: QStyleOptionViewItem) -> tuple[int, int]:
        fm = option.fontMetrics
        return fm.height(), fm.lineSpacing()

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:  # noqa: N802
        h, ls = self._lines(option)
        card = index.data(CARD)
        if card is None:
            return QSize(200, int(h * 1.6) + 14)
        return QSize(300, self.PAD * 2 + int(h * 1.25) + _two_line_height(option.fontMetrics) + h + 16)

    def paint(self, p: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        u, c = theme.ui_palette(), theme.code_palette()
        card: Card | None = index.data(CARD)
        r = option.rect
        p.save()
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        base = QFont(option.font)
        if card is None:
            f = QFont(base)
            f.setBold(True)
            f.setPointSizeF(base.pointSizeF() * 1.15)
            p.setFont(f)
            p.setPen(QColor(u["text"]))
            p.drawText(r.adjusted(4, 8, -4, 0), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                       index.data(Qt.ItemDataRole.DisplayRole))
            p.restore()
            return
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        focused = bool(option.state & QStyle.StateFlag.State_HasFocus)
        box = r.adjusted(4, 3, -4, -3)
        p.setPen(QPen(QColor(u["focus"] if selected else u["border"]), 2 if selected else 1))
        p.setBrush(QColor(u["hover"] if selected else u["base"]))
        p.drawRoundedRect(box, 6, 6)
        if selected and focused:
            p.setPen(QPen(QColor(u["focus"]), 1, Qt.PenStyle.DashLine))
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.drawRoundedRect(box.adjusted(3, 3, -3, -3), 4, 4)
        fm = option.fontMetrics
        x, y, w = box.x() + self.PAD, box.y() + self.PAD, box.width() - 2 * self.PAD
        tf = QFont(base)
        tf.setBold(True)
        tf.setPointSizeF(base.pointSizeF() * 1.1)
        p.setFont(tf)
        p.setPen(QColor(u["text"]))
        origin_w = fm.horizontalAdvance(card.origin) + 16
        th = int(fm.height() * 1.25)
        p.drawText(QRect(x, y, w - origin_w, th), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                   p.fontMetrics().elidedText(card.title, Qt.TextElideMode.ElideRight, w - origin_w))
        p.setFont(base)
        p.setPen(QColor(c["muted"]))
        p.drawText(QRect(x + w - origin_w, y, origin_w, th), Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                   card.origin)
        y += th + 2
        two = _two_line_height(fm)
        desc = QRect(x, y, w, two)
        p.setPen(QColor(c["muted"]))
        p.drawText(desc, Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignTop, _two_lines(fm, card.description, w))
        y += two + 6
        bar_w = min(160, w // 3)
        p.setPen(QPen(QColor(u["border"]), 1))
        p.setBrush(QColor(u["alt"]))
        p.drawRoundedRect(QRect(x, y + fm.height() // 2 - 4, bar_w, 8), 3, 3)
        if card.share > 0:
            p.setBrush(QColor(c["right"]))
            p.setPen(Qt.PenStyle.NoPen)
            p.drawRoundedRect(QRect(x, y + fm.height() // 2 - 4, max(4, int(bar_w * card.share)), 8), 3, 3)
        p.setPen(QColor(u["text"]))
        p.drawText(QRect(x + bar_w + 10, y, w - bar_w - 10, fm.height()), Qt.AlignmentFlag.AlignVCenter,
                   fm.elidedText(card.progress_text, Qt.TextElideMode.ElideRight, w - bar_w - 10))
        p.restore()


def _two_line_height(fm) -> int:  # noqa: ANN001
    """Two lines of mixed Latin and CJK text: a Chinese line (drawn in a fallback CJK font) is
    taller than the Latin font's own line spacing, so that spacing alone would cut it to one."""
    return fm.boundingRect(QRect(0, 0, 10_000, 10_000), Qt.TextFlag.TextWordWrap, "Ág中\nÁg中").height()


def _two_lines(fm, text: str, width: int) -> str:  # noqa: ANN001
    """``text`` cut to what fits in two lines, with an ellipsis."""
    two = _two_line_height(fm)
    if fm.boundingRect(QRect(0, 0, width, 10_000), Qt.TextFlag.TextWordWrap, text).height() <= two:
        return text
    lo, hi = 0, len(text)
    while lo < hi:
        mid = (lo + hi + 1) // 2
        trial = text[:mid].rstrip() + "…"
        if fm.boundingRect(QRect(0, 0, width, 10_000), Qt.TextFlag.TextWordWrap, trial).height() <= two:
            lo = mid
        else:
            hi = mid - 1
    return text[:lo].rstrip() + "…"


class PackListView(QWidget):
    """The packs, built-in and installed: search, start or continue, install and remove."""

    packChosen = Signal(object)            # Pack: start or continue
    restartRequested = Signal(object)      # Pack: start over
    installRequested = Signal()
    removeRequested = Signal(object)

    def __init__(self, lang_getter, parent: QWidget | None = None) -> None:  # noqa: ANN001
        super().__init__(parent)
        self.lang = lang_getter
        self.packs: list[Pack] = []
        self.progress: dict[str, PackProgress] = {}
        self.problems: list[str] = []
        lay = QVBoxLayout(self)
        lay.setContentsMargins(12, 10, 12, 10)
        top = QHBoxLayout()
        self.heading = QLabel()
        self.heading.setObjectName("questionTitle")
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.search.setMaximumWidth(420)
        self.search.textChanged.connect(lambda _t: self.render())
        top.addWidget(self.heading, 1)
        top.addWidget(self.search, 1)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.intro.setObjectName("muted")
        self.list = QListWidget()
        self.list.setItemDelegate(CardDelegate(self.list))
        self.list.setVerticalScrollMode(QListWidget.ScrollMode.ScrollPerPixel)
        self.list.setSpacing(1)
        self.list.itemActivated.connect(self._activated)
        self.list.currentItemChanged.connect(lambda *_: self._update_buttons())
        self.empty = QLabel()
        self.empty.setObjectName("muted")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        row = QHBoxLayout()
        self.start_btn = QPushButton()
        self.start_btn.setProperty("primary", True)
        self.restart_btn = QPushButton()
        self.install_btn = QPushButton()
        self.remove_btn = QPushButton()
        self.start_btn.clicked.connect(lambda: self._activated(self.list.currentItem()))
        self.restart_btn.clicked.connect(self._restart)
        self.install_btn.clicked.connect(self.installRequested.emit)
        self.remove_btn.clicked.connect(self._remove)
        for b in (self.start_btn, self.restart_btn):
            row.addWidget(b)
        row.addStretch(1)
        row.addWidget(self.install_btn)
        row.addWidget(self.remove_btn)
        self.problem_label = QLabel()
        self.problem_label.setWordWrap(True)
        self.problem_label.setObjectName("wrong")
        lay.addLayout(top)
        lay.addWidget(self.intro)
        lay.addWidget(self.list, 1)
        lay.addWidget(self.empty)
        lay.addWidget(self.problem_label)
        lay.addLayout(row)
        keys = {Action.START: lambda _n: self._activated(self.list.currentItem()),
                Action.SEARCH: lambda _n: self._focus_search(), Action.REMOVE: lambda _n: self._remove()}
        route(self.list, Area.PACKS, keys)
        route(self, Area.PACKS, {Action.SEARCH: keys[Action.SEARCH]})
        route(self.search, Area.PACKS, {Action.START: keys[Action.START],
                                        Action.TO_LIST: lambda _n: self._focus_list()})
        self.retranslate()

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Question packs"))
        self.intro.setText(self.tr("Answers are what {go} prints with go build -gcflags='-m -l' (inlining off), "
                                   "or with go build -gcflags=-m where a card says \u201cinlining on\u201d. "
                                   "Choose a pack and press Enter; Ctrl+F searches.").format(go=GO_VERSION))
        self.search.setPlaceholderText(self.tr("Search packs and questions (Ctrl+F)"))
        self.search.setAccessibleName(self.tr("Search packs"))
        self.install_btn.setText(self.tr("Install a pack…"))
        self.remove_btn.setText(self.tr("Remove"))
        self.restart_btn.setText(self.tr("Start over"))
        self.list.setAccessibleName(self.tr("Question packs"))
        self.empty.setText(self.tr("No pack matches your search."))
        self.render()

    def changeEvent(self, event) -> None:  # noqa: N802, ANN001
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def set_packs(self, packs: list[Pack], progress: dict[str, PackProgress], problems: list[str]) -> None:
        self.packs, self.progress, self.problems = packs, progress, problems
        self.render()

    def category_title(self, cat: Category) -> str:
        return {Category.ARTICLE: self.tr("Articles, read closely"), Category.PRINCIPLE: self.tr("One principle at a time"),
                Category.TOPIC: self.tr("Topics"),
                Category.INTERVIEW: self.tr("Interview questions"), Category.CUSTOM: self.tr("Your own and shared packs")}[cat]

    def card(self, p: Pack) -> Card:
        lang = self.lang()
        pr = self.progress.get(p.id, PackProgress(len(p.questions)))
        n = len(p.questions)
        bits = [self.tr("1 question") if n == 1 else self.tr("{n} questions").format(n=n)]
        if p.build.inline:
            bits.insert(0, self.tr("inlining on (-m)"))
        if pr.answered:
            bits.append(self.tr("{a} answered, {r} right").format(a=pr.answered, r=pr.right))
        if pr.position is not None:
            bits.append(self.tr("in progress: question {i}").format(i=pr.position))
        if pr.last is not None:
            bits.append(self.tr("last run {r}/{t}").format(r=pr.last[0], t=pr.last[1]))
        if pr.best is not None and pr.best != pr.last:
            bits.append(self.tr("best {r}/{t}").format(r=pr.best[0], t=pr.best[1]))
        return Card(p.title.get(lang), p.description.get(lang) if p.description else "",
                    self.tr("built-in") if p.builtin else self.tr("yours"), " · ".join(bits),
                    pr.answered / n if n else 0.0, p.builtin)

    def render(self) -> None:
        current = self.current_pack()
        self.list.clear()
        groups = grouped(self.packs, self.search.text())
        first = None
        for cat, members in groups:
            head = QListWidgetItem(self.category_title(cat))
            head.setFlags(Qt.ItemFlag.NoItemFlags)
            head.setData(Qt.ItemDataRole.AccessibleTextRole, self.category_title(cat))
            self.list.addItem(head)
            for p in members:
                item = QListWidgetItem(p.title.get(self.lang()))
                card = self.card(p)
                item.setData(PACK_ID, p.id)
                item.setData(CARD, card)
                item.setData(Qt.ItemDataRole.AccessibleTextRole, f"{card.title}. {card.origin}. {card.progress_text}")
                item.setToolTip(card.description)
                self.list.addItem(item)
                if first is None or (current is not None and p.id == current.id):
                    first = item
        if first is not None:
            self.list.setCurrentItem(first)
        self.empty.setVisible(not groups)
        self.problem_label.setVisible(bool(self.problems))
        if self.problems:
            self.problem_label.setText(self.tr("Some packs have problems:") + "\n" + "\n".join(self.problems[:5]))
        self._update_buttons()

    def current_pack(self) -> Pack | None:
        item = self.list.currentItem()
        pid = item.data(PACK_ID) if item is not None else None
        return next((p for p in self.packs if p.id == pid), None)

    def _update_buttons(self) -> None:
        p = self.current_pack()
        pr = self.progress.get(p.id) if p is not None else None
        resumable = pr is not None and pr.position is not None
        self.start_btn.setText(self.tr("Continue (Enter)") if resumable else self.tr("Start (Enter)"))
        self.start_btn.setEnabled(p is not None)
        self.restart_btn.setVisible(resumable)
        self.remove_btn.setEnabled(p is not None and not p.builtin)
        self.remove_btn.setToolTip(self.tr("Built-in packs cannot be removed.") if p is not None and p.builtin else "")

    def _activated(self, item: QListWidgetItem | None) -> bool:
        p = self.current_pack() if item is not None else None
        if p is None:
            return False
        self.packChosen.emit(p)
        return True

    def _restart(self) -> None:
        p = self.current_pack()
        if p is not None:
            self.restartRequested.emit(p)

    def _remove(self) -> bool:
        p = self.current_pack()
        if p is None or p.builtin:
            return False
        self.removeRequested.emit(p)
        return True

    def _focus_search(self) -> bool:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()
        return True

    def _focus_list(self) -> bool:
        self.list.setFocus(Qt.FocusReason.OtherFocusReason)
        return True

    def focus_list(self) -> None:
        self._focus_list()
