"""Qt's own words that Qt's Chinese catalogue (qtbase_zh_CN.qm) lacks.

Qt 6's file dialog asks for a few texts under names its shipped
translation does not have ("&Look in:" where the catalogue has "Look in:",
a folder's type). They are listed here, in Qt's own contexts, so that
lupdate puts them in the app's catalogue, which Qt consults as well.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

QT_WORDS = (
    QT_TRANSLATE_NOOP("QFileDialog", "&Look in:"),
    QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:"),
    QT_TRANSLATE_NOOP("QFileDialog", "Cancel"),
    QT_TRANSLATE_NOOP("QFileDialog", "Name"),
    QT_TRANSLATE_NOOP("QFileDialog", "Size"),
    QT_TRANSLATE_NOOP("QFileDialog", "Type"),
    QT_TRANSLATE_NOOP("QFileDialog", "Date Modified"),
    QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "Folder"),
    QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "File"),
    QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "Drive"),
    QT_TRANSLATE_NOOP("QFileSystemModel", "%1 File"),
)
"""(The contexts and texts as Qt asks for them; translated in quizapp_zh_CN.ts.)"""
