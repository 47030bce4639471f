"""Every key the app answers to, in one declarative table.

Keys act on the focused *area*: in the code and the site list ↑ ↓ move
between sites and S/H answer; in the options of why and lines questions
↑ ↓ or 1–9 choose; text fields keep their keys (Ctrl+Enter submits
there); keys of the whole question (Enter, N, ?) work from any other
part of it. The Help menu and the README show this same table, so adding a
row here documents it everywhere (the README's copy is checked by a test).

A view installs a ``KeyRouter`` on each focusable widget with the widget's
area and a dict of handlers (action -> callable); a handler returns False
when the action does not apply right now, and the key then goes on to the
widget as usual.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum
from typing import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QWidget


class Area(str, Enum):
    """Where the focus is; each binding belongs to one."""

    WINDOW = "window"          # anywhere (menu shortcuts)
    PACKS = "packs"            # the pack list
    QUESTION = "question"      # anywhere in a question but a text field
    SITES = "sites"            # the code and the site list of a where question
    OPTIONS = "options"        # the options of why and lines questions
    FLASHCARD = "flashcard"    # a flashcard, outside its text field
    TEXT = "text"              # a text field (a flashcard's answer)
    EDITOR = "editor"          # the code editor of a fix question
    INTERVIEW = "interview"    # the interview's "explain your answer" step
    SUMMARY = "summary"        # the end of a run
    DIAGRAM = "diagram"        # a memory diagram


class Action(str, Enum):
    MARK_STACK = "mark-stack"
    MARK_HEAP = "mark-heap"
    NEXT_SITE = "next-site"
    PREVIOUS_SITE = "previous-site"
    NEXT_OPTION = "next-option"
    PREVIOUS_OPTION = "previous-option"
    CHOOSE = "choose"                  # 0-9: choose (why) or tick (lines) option n (two digits: 10+)
    TOGGLE = "toggle"                  # Space on a lines option
    SUBMIT = "submit"
    SUBMIT_TEXT = "submit-text"
    LEAVE_TEXT = "leave-text"
    NEXT_QUESTION = "next-question"
    HINT = "hint"
    REVEAL = "reveal"
    RATE = "rate"                      # 1-4: again, hard, good, easy
    START = "start"
    SEARCH = "search"
    TO_LIST = "to-list"
    REMOVE = "remove"
    CONFIRM = "confirm"
    REVIEW_MISSED = "review-missed"
    BACK = "back"
    SHOW_VIEW = "show-view"            # Ctrl+1..6
    INSTALL = "install"
    OPEN_GO = "open-go"
    QUIT = "quit"
    ZOOM_IN = "zoom-in"
    ZOOM_OUT = "zoom-out"
    SHORTCUTS = "shortcuts"
    STEP = "step"
    STEP_BACK = "step-back"
    STEP_OVER = "step-over"
    NEXT_ALLOC = "next-alloc"
    PREVIOUS_ALLOC = "previous-alloc"
    FIRST_STEP = "first-step"
    LAST_STEP = "last-step"
    WHAT_IF = "what-if"
    CHECK = "check"                    # a fix question: judge the edited code
    RESET_CODE = "reset-code"          # a fix question: back to the original code
    SHOW_SOLUTION = "show-solution"    # a fix question: the model solution's tab


@dataclass(frozen=True)
class Binding:
    action: Action
    keys: tuple[str, ...]      # QKeySequence text; "1-9" and "1-4" stand for each digit
    area: Area
    text: str                  # what it does (translated in the "Keymap" context)


KEYMAP: tuple[Binding, ...] = (
    Binding(Action.SHOW_VIEW, ("Ctrl+1-6",), Area.WINDOW, QT_TRANSLATE_NOOP("Keymap", "Show Packs, Quiz, Practice, Statistics, Sandbox, Settings")),
    Binding(Action.INSTALL, ("Ctrl+O",), Area.WINDOW, QT_TRANSLATE_NOOP("Keymap", "Install a pack")),
    Binding(Action.OPEN_GO, ("Ctrl+Shift+O",), Area.WINDOW, QT_TRANSLATE_NOOP("Keymap", "Open a Go file in the sandbox")),
    Binding(Action.ZOOM_IN, ("Ctrl++",), Area.WINDOW, QT_TRANSLATE_NOOP("Keymap", "Larger code font")),
    Binding(Action.ZOOM_OUT, ("Ctrl+-",), Area.WINDOW, QT_TRANSLATE_NOOP("Keymap", "Smaller code font")),
    Binding(Action.SHORTCUTS, ("F1",), Area.WINDOW, QT_TRANSLATE_NOOP("Keymap", "Show these keyboard shortcuts")),
    Binding(Action.QUIT, ("Ctrl+Q",), Area.WINDOW, QT_TRANSLATE_NOOP("Keymap", "Quit")),
    Binding(Action.START, ("Return", "Enter"), Area.PACKS, QT_TRANSLATE_NOOP("Keymap", "Start or continue the selected pack")),
    Binding(Action.SEARCH, ("Ctrl+F",), Area.PACKS, QT_TRANSLATE_NOOP("Keymap", "Search the packs")),
    Binding(Action.TO_LIST, ("Down",), Area.PACKS, QT_TRANSLATE_NOOP("Keymap", "From the search field: back to the list")),
    Binding(Action.REMOVE, ("Delete",), Area.PACKS, QT_TRANSLATE_NOOP("Keymap", "Remove the selected pack (your own packs only)")),
    Binding(Action.SUBMIT, ("Return", "Enter"), Area.QUESTION, QT_TRANSLATE_NOOP("Keymap", "Submit the answer")),
    Binding(Action.NEXT_QUESTION, ("N",), Area.QUESTION, QT_TRANSLATE_NOOP("Keymap", "Next question (after the last: the summary)")),
    Binding(Action.HINT, ("?",), Area.QUESTION, QT_TRANSLATE_NOOP("Keymap", "Show a hint (counted; none in interviews)")),
    Binding(Action.NEXT_SITE, ("Down",), Area.SITES, QT_TRANSLATE_NOOP("Keymap", "Next site")),
    Binding(Action.PREVIOUS_SITE, ("Up",), Area.SITES, QT_TRANSLATE_NOOP("Keymap", "Previous site")),
    Binding(Action.MARK_STACK, ("S",), Area.SITES, QT_TRANSLATE_NOOP("Keymap", "The selected site lives on the stack; the next unanswered site is selected")),
    Binding(Action.MARK_HEAP, ("H",), Area.SITES, QT_TRANSLATE_NOOP("Keymap", "The selected site lives on the heap; the next unanswered site is selected")),
    Binding(Action.NEXT_OPTION, ("Down",), Area.OPTIONS, QT_TRANSLATE_NOOP("Keymap", "Next option")),
    Binding(Action.PREVIOUS_OPTION, ("Up",), Area.OPTIONS, QT_TRANSLATE_NOOP("Keymap", "Previous option")),
    Binding(Action.CHOOSE, ("0-9",), Area.OPTIONS, QT_TRANSLATE_NOOP("Keymap", "Choose option n (why), tick or untick line n (lines); two digits in quick succession for 10 and beyond")),
    Binding(Action.TOGGLE, ("Space",), Area.OPTIONS, QT_TRANSLATE_NOOP("Keymap", "Tick or untick the selected line")),
    Binding(Action.SUBMIT_TEXT, ("Ctrl+Return", "Ctrl+Enter"), Area.TEXT, QT_TRANSLATE_NOOP("Keymap", "Reveal the model answer (other keys type)")),
    Binding(Action.LEAVE_TEXT, ("Escape",), Area.TEXT, QT_TRANSLATE_NOOP("Keymap", "Leave the text field")),
    Binding(Action.CHECK, ("Ctrl+Return", "Ctrl+Enter"), Area.EDITOR, QT_TRANSLATE_NOOP("Keymap", "Check your fix (the analyzer and the interpreter judge it)")),
    Binding(Action.RESET_CODE, ("Ctrl+Shift+R",), Area.EDITOR, QT_TRANSLATE_NOOP("Keymap", "Reset the code to the original")),
    Binding(Action.SHOW_SOLUTION, ("Ctrl+Shift+M",), Area.EDITOR, QT_TRANSLATE_NOOP("Keymap", "Show the model solution (after your first judged check)")),
    Binding(Action.LEAVE_TEXT, ("Escape",), Area.EDITOR, QT_TRANSLATE_NOOP("Keymap", "Leave the editor")),
    Binding(Action.REVEAL, ("Space",), Area.FLASHCARD, QT_TRANSLATE_NOOP("Keymap", "Reveal the model answer")),
    Binding(Action.RATE, ("1-4",), Area.FLASHCARD, QT_TRANSLATE_NOOP("Keymap", "Rate yourself: 1 again, 2 hard, 3 good, 4 easy")),
    Binding(Action.CONFIRM, ("Return", "Enter"), Area.INTERVIEW, QT_TRANSLATE_NOOP("Keymap", "Confirm the principle and go on (↑ ↓ choose it)")),
    Binding(Action.NEXT_OPTION, ("Down",), Area.SUMMARY, QT_TRANSLATE_NOOP("Keymap", "Next of the next steps")),
    Binding(Action.PREVIOUS_OPTION, ("Up",), Area.SUMMARY, QT_TRANSLATE_NOOP("Keymap", "Previous of the next steps")),
    Binding(Action.CONFIRM, ("Return", "Enter"), Area.SUMMARY, QT_TRANSLATE_NOOP("Keymap", "Do the selected next step")),
    Binding(Action.REVIEW_MISSED, ("R",), Area.SUMMARY, QT_TRANSLATE_NOOP("Keymap", "Review the missed questions")),
    Binding(Action.BACK, ("Escape",), Area.SUMMARY, QT_TRANSLATE_NOOP("Keymap", "Back to the packs")),
    Binding(Action.STEP, ("Right",), Area.DIAGRAM, QT_TRANSLATE_NOOP("Keymap", "Next step of the run")),
    Binding(Action.STEP_BACK, ("Left",), Area.DIAGRAM, QT_TRANSLATE_NOOP("Keymap", "Previous step")),
    Binding(Action.STEP_OVER, ("Down",), Area.DIAGRAM, QT_TRANSLATE_NOOP("Keymap", "Step over a call (to the step after it returns)")),
    Binding(Action.PREVIOUS_ALLOC, ("Shift+A",), Area.DIAGRAM, QT_TRANSLATE_NOOP("Keymap", "Previous allocation")),   # before A, which matches either case
    Binding(Action.NEXT_ALLOC, ("A",), Area.DIAGRAM, QT_TRANSLATE_NOOP("Keymap", "Next allocation")),
    Binding(Action.FIRST_STEP, ("Home",), Area.DIAGRAM, QT_TRANSLATE_NOOP("Keymap", "First step")),
    Binding(Action.LAST_STEP, ("End",), Area.DIAGRAM, QT_TRANSLATE_NOOP("Keymap", "Last step (the end of the run)")),
    Binding(Action.WHAT_IF, ("W",), Area.DIAGRAM, QT_TRANSLATE_NOOP("Keymap", "What if it stayed on the stack (on or off)")),
)
"""The table. Order: as Help lists it."""

AREA_TITLES = {
    Area.WINDOW: QT_TRANSLATE_NOOP("Keymap", "Anywhere"), Area.PACKS: QT_TRANSLATE_NOOP("Keymap", "Pack list"),
    Area.QUESTION: QT_TRANSLATE_NOOP("Keymap", "A question (outside text fields)"), Area.SITES: QT_TRANSLATE_NOOP("Keymap", "Code and sites"),
    Area.OPTIONS: QT_TRANSLATE_NOOP("Keymap", "Options (why and lines questions)"), Area.FLASHCARD: QT_TRANSLATE_NOOP("Keymap", "Flashcards"),
    Area.TEXT: QT_TRANSLATE_NOOP("Keymap", "Text fields"), Area.EDITOR: QT_TRANSLATE_NOOP("Keymap", "Code editor (fix questions)"), Area.INTERVIEW: QT_TRANSLATE_NOOP("Keymap", "Mock interview"),
    Area.SUMMARY: QT_TRANSLATE_NOOP("Keymap", "Summary"),
    Area.DIAGRAM: QT_TRANSLATE_NOOP("Keymap", "Memory diagram"),
}
FALLBACK = {Area.SITES: (Area.QUESTION,), Area.OPTIONS: (Area.QUESTION,), Area.FLASHCARD: (Area.QUESTION,)}
"""Areas whose widgets also answer to a wider area's keys (never text fields)."""


def tr(text: str) -> str:
    return QCoreApplication.translate("Keymap", text)


def expand(key: str) -> list[tuple[str, int | None]]:
    """``"1-9"`` -> ("1", 1) ... ("9", 9); ``"Ctrl+1-6"`` likewise; other keys stand alone."""
    head, _, rng = key.rpartition("+") if "+" in key and key[-2:-1] == "-" else ("", "", key)
    if len(rng) == 3 and rng[1] == "-" and rng[0].isdigit() and rng[2].isdigit():
        prefix = head + "+" if head else ""
        return [(f"{prefix}{n}", n) for n in range(int(rng[0]), int(rng[2]) + 1)]
    return [(key, None)]


def shortcut(action: Action) -> list[QKeySequence]:
    """The key sequences of a window-wide action, for its QAction."""
    return [QKeySequence(k) for b in KEYMAP if b.action is action for key in b.keys for k, _n in expand(key)]


def bindings(area: Area) -> list[Binding]:
    return [b for b in KEYMAP if b.area is area]


def _matches(event: QKeyEvent, key: str) -> bool:
    mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
    text = event.text()
    if len(key) == 1 and not key.isspace():
        plain = not (mods & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier |
                             Qt.KeyboardModifier.MetaModifier))
        return plain and text.upper() == key.upper()
    combo = QKeySequence(event.keyCombination().key().value | mods.value)
    return combo.matches(QKeySequence(key)) == QKeySequence.SequenceMatch.ExactMatch


def action_for(event: QKeyEvent, area: Area) -> tuple[Action, int | None] | None:
    """The action a key press means in ``area`` (then in its fallback areas)."""
    for a in (area, *FALLBACK.get(area, ())):
        for b in bindings(a):
            for key in b.keys:
                for k, n in expand(key):
                    if _matches(event, k):
                        return b.action, n
    return None


Handler = Callable[[int | None], bool]


class KeyRouter(QObject):
    """Turns key presses on one widget into the actions of its area."""

    def __init__(self, widget: QWidget, area: Area, handlers: dict[Action, Handler]) -> None:
        super().__init__(widget)
        self.area = area
        self.handlers = handlers
        widget.installEventFilter(self)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() not in (QEvent.Type.KeyPress, QEvent.Type.ShortcutOverride):
            return False
        found = action_for(event, self.area)  # type: ignore[arg-type]
        if found is None or found[0] not in self.handlers:
            return False
        if event.type() == QEvent.Type.ShortcutOverride:
            event.accept()          # the key is ours here, not a menu shortcut's
            return True
        return bool(self.handlers[found[0]](found[1]))


def route(widget: QWidget, area: Area, handlers: dict[Action, Handler]) -> KeyRouter:
    return KeyRouter(widget, area, handlers)


def help_html(lang: str = "en") -> str:
    """The table as HTML, grouped by area, for the Help dialog."""
    import html
    parts = []
    for area in Area:
        rows = bindings(area)
        if not rows:
            continue
        parts.append(f"<h3>{html.escape(tr(AREA_TITLES[area]))}</h3><table cellpadding='3'>")
        for b in rows:
            keys = " / ".join(b.keys).replace("Return / Enter", "Enter")
            parts.append(f"<tr><td><b>{html.escape(keys)}</b></td><td>{html.escape(tr(b.text))}</td></tr>")
        parts.append("</table>")
    return "".join(parts)


def digit_keys(n: int) -> str:
    """The digit keys that choose one of ``n`` options ("1–4"; at most "1–9")."""
    return "1" if n <= 1 else f"1–{min(n, 9)}"
