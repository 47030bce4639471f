"""A generator of large, valid ``package main`` programs for benchmarks.

The program mixes the constructs the analyzer handles (pointers, structs,
slices, maps, closures, loops, methods) so that timing reflects real work,
and includes one long function, since per-function costs can hide there.
"""

from __future__ import annotations

HEADER = """package main

type Node struct {
	val  int
	next *Node
	data []int
}

var sink *Node
var sinkInt *int

func (n *Node) Push(v int) *Node { return &Node{val: v, next: n} }

func (n Node) Sum() int { return n.val }

"""

BLOCK = """	{{
		x{i} := {i}
		p{i} := &x{i}
		s{i} := make([]int, 0, 4)
		s{i} = append(s{i}, *p{i})
		n{i} := &Node{{val: len(s{i})}}
		if {i}%3 == 0 {{
			sink = n{i}
		}}
		m{i} := map[int]*Node{{{i}: n{i}}}
		_ = m{i}
		f{i} := func() int {{ return x{i} + n{i}.val }}
		total += f{i}()
		for j := 0; j < 2; j++ {{
			q := &Node{{val: j}}
			total += q.Sum()
		}}
	}}
"""


def small_func(k: int) -> str:
    return f"""func work{k}(a *Node, b []int) int {{
	total := 0
	if a != nil {{
		total += a.val
	}}
	c := &Node{{val: {k}, data: b}}
	d := c.Push({k})
	arr := [4]int{{1, 2, 3, {k}}}
	for _, v := range arr {{
		total += v
	}}
	if total > {k} {{
		sinkInt = &total
	}}
	return total + d.val + len(b)
}}

"""


def program(lines: int = 5000, long_function_lines: int = 1000) -> str:
    """A program of about ``lines`` lines with one function of at least ``long_function_lines``."""
    parts = [HEADER]
    body = ["func long() int {\n", "\ttotal := 0\n"]
    i = 0
    while sum(b.count("\n") for b in body) < long_function_lines:
        body.append(BLOCK.format(i=i))
        i += 1
    body.append("\treturn total\n}\n\n")
    parts.append("".join(body))
    k = 0
    calls = []
    while sum(p.count("\n") for p in parts) < lines - 10:
        parts.append(small_func(k))
        calls.append(f"\t_ = work{k}(nil, nil)\n")
        k += 1
    parts.append("func main() {\n\t_ = long()\n" + "".join(calls) + "}\n")
    return "".join(parts)


if __name__ == "__main__":
    import sys
    sys.stdout.write(program())
