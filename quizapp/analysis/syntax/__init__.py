"""Stage 1, syntax: Go source bytes in, a tree-sitter syntax tree out.

``parser.parse`` takes the file's bytes and gives the root node, or raises
``GoSyntaxError`` at gc's position of the first syntax error. ``nodes``
holds the helpers every later stage uses on the tree, chiefly ``gc_pos``:
where gc's parser places an expression (a call at its ``(``, a selector at
its ``.``), so that every diagnostic carries gc's position.
"""
