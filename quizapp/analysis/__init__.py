"""Go escape analysis, reimplemented over tree-sitter-go.

This package answers, for a Go file, what ``go build -gcflags='-m -l'``
(go1.27.3, amd64) answers: which variables are moved to the heap, which
allocations escape, what each parameter leaks. It never runs the compiler.

How it works, in the order the code runs:

1. ``syntax`` parses with tree-sitter and knows gc's positions (a call is
   at its ``(``, a selector at its ``.``).
2. ``noder`` (with ``lower_expr``, ``lower_call``, ``lower_types`` and
   ``package``) resolves names and types and lowers the file to ``ir``: the
   desugared program the compiler's escape pass sees, with implicit
   conversions, receivers, ``... argument`` slices and go/defer wrappers made
   explicit.
3. ``escape`` groups functions into batches (strongly connected components
   of the call graph, callees first) and, per batch, walks the bodies into
   a graph of *locations* joined by *edges* weighted with dereference counts
   (``expr``, ``stmt``, ``call``, ``assign``; ``graph`` defines the terms).
4. ``solve`` finds, for every location, the fewest dereferences on a path to
   each root; an address that reaches something that outlives it escapes,
   and a parameter that reaches the heap or a result *leaks* (``leaks``).
5. ``diagnostics`` prints the verdicts in gc's words and order, with the
   ``-m=2`` explanations built from the notes every edge carries.

A construct the analyzer cannot judge is listed in ``Analysis.unsupported``
and the functions it touches are left out, never guessed.
"""

from .api import Analysis, UnsupportedConstruct, analyze
from .diagnostics import FlowStep, Site, SiteKind, Verdict
from .errors import AnalysisError, GoSyntaxError, GoTypeError, Pos

__all__ = ["analyze", "Analysis", "Site", "SiteKind", "Verdict", "FlowStep", "Pos",
           "UnsupportedConstruct", "AnalysisError", "GoSyntaxError", "GoTypeError"]
