"""Go escape analysis, reimplemented over tree-sitter-go.

This package answers, for a Go file, what ``go build -gcflags='-m -l'``
(go1.27.3, amd64) answers: which variables are moved to the heap, which
allocations escape, what each parameter leaks. It never runs the compiler.

How it works, in the order the code runs: one sub-package per stage, named
and ordered as gc's ``cmd/compile/internal`` packages, each depending only
on the stages before it (``tests/test_layers.py`` keeps it so).

1. ``syntax`` parses with tree-sitter and knows gc's positions (a call is
   at its ``(``, a selector at its ``.``).
2. ``types`` is the type model: sizes, layouts, method sets, scopes,
   constants and the standard library's types.
3. ``ir`` is the typed, desugared program the passes share.
4. ``noder`` resolves names and types and lowers the file to ``ir``, with
   implicit conversions, receivers, ``... argument`` slices and go/defer
   wrappers made explicit.
5. ``devirtualize`` turns interface calls with a known concrete type into
   direct calls, as gc does even with ``-l``.
6. ``escape`` groups functions into batches (strongly connected components
   of the call graph, callees first), walks each batch into a graph of
   *locations* joined by *edges* weighted with dereference counts, and
   solves it: an address that reaches something that outlives it escapes,
   and a parameter that reaches the heap or a result *leaks*.
7. ``report`` prints the verdicts in gc's words and order, with the
   ``-m=2`` explanations built from the notes every edge carries, and
   records each decision as a ``Site`` for the app.

``api.analyze`` runs them in that order; ``api.analyze_builds`` runs them
twice, with inlining off and on, and pairs the sites of the two builds. ``inline`` (the inliner) and
``check`` (gc's compile errors) are the homes of the stages to come.

A construct the analyzer cannot judge is listed in ``Analysis.unsupported``
and the functions it touches are left out, never guessed.
"""

from .api import Analysis, Builds, UnsupportedConstruct, analyze, analyze_builds
from .errors import AnalysisError, GoSyntaxError, GoTypeError, Pos
from .report.builds import BuildPairs, Difference, SitePair
from .report.sites import FlowStep, Site, SiteKind, Verdict

__all__ = ["analyze", "analyze_builds", "Analysis", "Builds", "BuildPairs", "SitePair",
           "Difference", "Site", "SiteKind", "Verdict", "FlowStep", "Pos",
           "UnsupportedConstruct", "AnalysisError", "GoSyntaxError", "GoTypeError"]
