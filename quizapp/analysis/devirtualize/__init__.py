"""Stage 5, devirtualize: interface calls with one known concrete type become direct calls.

Takes the program's functions in call-graph order and rewrites them in
place, reporting each rewrite (``devirtualizing x.M to T``) as gc does
even with ``-l``; runs before escape analysis, as in gc.
"""
