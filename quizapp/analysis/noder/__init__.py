"""Stage 4, noder: a syntax tree in, an ``ir.program.Program`` out.

``package.lower_file`` declares the file's types, constants, globals and
functions, then lowers each body with ``funcs.FuncLowerer``, which is built
up by concern: type expressions (``typexpr``), conversions, expressions,
selectors, composite literals, calls and built-ins (``convert``, ``expr``,
``selector``, ``composite``, ``call``), statement lists and each statement
kind (``body``, ``assign``, ``decls``, ``ranges``, ``control``,
``godefer``), generic instantiation by shape (``generics``) and the
standard library's functions as IR (``importer``). Invalid Go raises
``GoTypeError``; a construct it cannot lower marks its function
unsupported.
"""
