"""Stage 2, types: the type model and what names stand for (gc's ``types2``).

Takes nothing from the other stages; gives them ``model`` (Go's types
with amd64 sizes and alignments, pointer-ness, method sets), ``scope``
(nested blocks and the objects names denote), ``constant`` (exact
constant arithmetic and gc's formatting of constants), ``lookup`` (fields
and methods through embedded structs), ``typeparams`` (inference by
unification) and ``stdlib`` (the standard library's types and constants,
from the data generated from go1.27.3).
"""
