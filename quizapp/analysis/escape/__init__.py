"""Stage 6, escape: the escape analysis proper (gc's ``escape`` package).

Takes the program's functions grouped into batches (strongly connected
components of the call graph, callees first); gives each variable and
allocation its place and each parameter its leak summary, told as they
are decided to an ``observer.EscapeObserver``.

Per batch, ``walk`` evaluates every body into a graph of *locations*
(``graph``): evaluating an expression "into a hole" records where its
value goes, as an edge weighted by dereferences (``&x`` is -1, ``x`` 0,
``*p`` 1) that keeps a note of why it exists (``expr``, ``stmt``, ``call``
and ``assign`` walk each kind of node; ``builder`` owns the graph). The
size limits (``limits``) send what the stack cannot hold to the heap.
``solve`` then finds, for every location, the fewest dereferences on a
path to each root: an address that reaches something that outlives it
escapes; a parameter that reaches the heap or a result *leaks*
(``leaks``). ``batch`` runs one batch, ``analyzer`` all of them.
"""
