"""Hostile inputs made to measure: the reproducers too big to keep as files, and nesting 10x deeper.

Each generator rebuilds a reproducer of the reliability findings byte for
byte (the small ones are kept as files in ``data/``), or scales one up:
the analyzer must take every nesting at least ten times deeper than the
deepest reproducer without running out of stack.
"""

from __future__ import annotations

from pathlib import Path
from typing import Callable

from bench.genprog import program

DATA = Path(__file__).resolve().parent / "data"

PACK_HEADER = '''format = 1
id = "{pack_id}"
version = "1.0.0"
title = {{ en = "Pack", zh = "题库" }}
authors = ["x"]

[[questions]]
id = "q1"
kind = "where"
difficulty = "easy"
principles = ["sharing-up"]
title = {{ en = "T", zh = "标题" }}
prompt = {{ en = "Where?", zh = "在哪里？" }}
'''


def nested_new(n: int = 20_000) -> str:
    """``new(new(new(...`` never closed: the pre-scan of ``new(`` was quadratic (80 KB: > 120 s)."""
    return "package main\n\nfunc main() {\n\t_ = " + "new(" * n + "\n}\n"


def recursive_cycle(n: int = 2000) -> str:
    """n functions calling each other in one cycle: one big batch for the solver (2000: 66 s)."""
    funcs = "".join(f"func g{i}(p *int) *int {{ if p == nil {{ return nil }}; return g{(i + 1) % n}(p) }}\n"
                    for i in range(n))
    return "package main\n" + funcs + "func main() { x := 1; _ = g0(&x) }\n"


def else_ifs(n: int) -> str:
    body = "\tif x == 0 {\n" + "\t} else if x == 1 {\n" * n + "\t}\n"
    return f"package main\n\nfunc main() {{\n\tx := 0\n{body}}}\n"


def term_sum(n: int) -> str:
    return "package main\n\nfunc main() {\n\ty := 1\n\tx := " + " + ".join(["y"] * n) + "\n\t_ = x\n}\n"


def nested_func_literals(n: int) -> str:
    return "package main\n\nfunc main() {\n\tx := 0\n\t" + "func() {" * n + "x++" + "}()" * n + "\n}\n"


def nested_structs(n: int) -> str:
    types = "".join(f"type T{i} struct {{ a T{i + 1} }}\n" for i in range(n))
    return f"package main\n{types}type T{n} struct {{ p *int }}\nfunc main() {{ var t T0; _ = &t }}\n"


def fifty_k_line_pack() -> str:
    """A pack whose one question is a 50,000-line program (opening it froze the window 8.4 s)."""
    code = program(50_000, 1000).replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") \
        .replace("\t", "\\t")
    return PACK_HEADER.format(pack_id="big.fiftyk") + f'code = "{code}"\n' + \
        'explanation = { en = "E", zh = "解释" }\n'


def spaced_header_pack(n: int = 10_000) -> str:
    """A pack of n flashcards under ``[[ questions ]]`` headers (valid TOML; 10k loaded in 331 s)."""
    head = ('format = 1\nid = "huge"\nversion = "1.0.0"\ntitle = { en = "Pack", zh = "题库" }\n'
            'authors = ["x"]\n')
    return head + "".join(f'''[[ questions ]]
id = "q{i}"
kind = "flashcard"
difficulty = "easy"
principles = ["sharing-up"]
title = {{ en = "T", zh = "标题" }}
prompt = {{ en = "P", zh = "问题" }}
answer = {{ en = "A", zh = "答案" }}
''' for i in range(n))


GENERATED = {
    "hang_quadratic_new_prescan_80KB.go": nested_new,
    "perf_quadratic_recursive_cycle_2000_funcs.go": recursive_cycle,
}
"""Reproducers rebuilt here rather than kept as files."""

DEEP = {
    "else_if_3300": lambda: else_ifs(3300),
    "term_sum_3300": lambda: term_sum(3300),
    "func_literals_1230": lambda: nested_func_literals(1230),
    "structs_200": lambda: nested_structs(200),
}
"""Ten times the depth of the deepest reproducer (330 else-ifs or terms, 123 literals, 20 structs)."""


def labelled_inputs() -> dict[str, Callable[[], str | bytes]]:
    """Every input with a compiler label, by name: the files (as bytes: some are not UTF-8),
    the generated and the deep programs."""
    out: dict[str, Callable[[], str | bytes]] = {}
    for p in sorted(DATA.glob("*.go")) + sorted((DATA / "fuzz").glob("*.go")):
        out[p.name] = p.read_bytes
    out.update(GENERATED)
    out.update(DEEP)
    return out
