"""Questions and packs: the format, loading, validation, answer keys and grading.

Pure Python: nothing here imports Qt. A *pack* is one TOML file of
*questions*; the answer key of every question comes from the analyzer
(``quizapp.analysis``), so a pack can never disagree with what the app
teaches without ``quizapp pack validate`` saying so.
"""

from .errors import PackProblem, QuizError
from .model import Difficulty, Pack, Question, QuestionKind, Text

__all__ = ["Pack", "Question", "QuestionKind", "Difficulty", "Text", "PackProblem", "QuizError"]
