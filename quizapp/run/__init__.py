"""Running the analysed program: every step of a real execution, as a trace.

Home of the interpreter: it executes a lowered ``package main`` as
go1.27.3 on linux/amd64 does and records each step (frames, heap objects
placed where the escape analysis puts them, output so far). Pure Python,
no Qt and no Go toolchain; the memory diagrams are drawn from its traces.
"""
