"""Stage 7, report: decisions in, gc's lines and the app's sites out.

``diagnostics.Reporter`` is the escape pass's observer: it records each
line gc prints (``-m`` verdicts and leaks, ``-m=2`` flows, with gc's
wording and order) and a ``sites.Site`` for each decided variable,
allocation and parameter, with the principles that explain it
(``reasons``).
"""
