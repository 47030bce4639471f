"""Compile errors as gc reports them: the checks of gc's ``types2`` the other stages do not make.

Home of the type checker that rejects what ``go build`` rejects (unused
variables and imports, mismatched types, method sets...), with gc's
wording, order and positions. Runs after the noder, before any pass.
"""
