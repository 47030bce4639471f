"""Stage 3, ir: the typed, desugared program every pass after the front end works on.

``nodes`` defines functions, variables, expressions and statements as gc's
escape pass sees them (implicit conversions, receivers, ``... argument``
slices and go/defer wrappers explicit); ``program`` is a lowered file;
``fmt`` prints nodes as gc's IR printer does (the text of diagnostics);
``reassign`` knows which locals hold one value for good (gc's
``ReassignOracle``); ``scc`` orders functions callees first (gc's
``VisitFuncsBottomUp``).
"""
