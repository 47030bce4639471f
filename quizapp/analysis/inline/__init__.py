"""The inliner (gc's ``inline`` package): which calls gc inlines, and the program after it.

Home of the inlining mode (``analyze(source, inline=True)``, ``-m``
without ``-l``): gc's cost model over its IR, the interleaved
devirtualize-and-inline pass and the inlined bodies escape analysis sees.
Runs between devirtualize and escape.
"""
