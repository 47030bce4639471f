"""The interleaved devirtualize-and-inline pass (gc's ``interleaved`` package).

In gc's order: first every function's inlinability (callees first); then
a pre-pass over every function that devirtualizes what it can and counts,
package-wide, the call sites of each callee; then, callees first again,
each function is edited to a fixed point in waves. A wave tries every
known call site in post-order; a call inlined brings the calls of the
pasted body, which form the next wave. A callee is inlined at a site when
its cost fits the site's budget (80; 20 in a caller of more than 5,000
nodes) and inlining it would not repeat a function already being inlined
along this chain (one level of recursion, then "repeated recursive
cycle").

Functions are visited in gc's order (``order``): the package
initialiser first, the declared functions, then the literals and the
instantiations of generic code as gc reads them. A function literal is
inlined where it is called (budget 160, or 800 when it is the one call
of it in the package); a body holding literals copies them (``clone``),
and a copy is measured when first called and never inlined into. An
instantiation (``Map[int,string]``) is a function calling its shape
instance with a dictionary; it inlines the shape instance like any
callee. A call inlined into the package initialiser may become static
data (``staticinit``).

After the pass come gc's method wrappers (``wrappers``), which inline
what they call on their own, and ``deadlocals``; the call graph is then
recomputed for escape analysis. A standard-library call gc inlines is
pasted from the callee's body, lowered from the data's source
(``noder.stdbodies``), like a call of the user's.

What this pass cannot reproduce yet makes the calling function
unsupported instead of guessing: a standard-library body the lowering
cannot follow, unless it prints nothing of its own and is given no
function it might inline (its escape summary then answers for it, the call
left in place).
"""

from __future__ import annotations

import base64
import hashlib
from dataclasses import dataclass, field
from typing import Any, Callable

from ..devirtualize.devirtualize import ConcreteTypes, devirtualize_call
from ..errors import Pos, Unsupported
from ..ir import nodes as ir
from ..ir.program import Program
from ..ir.reassign import Oracles
from ..ir.scc import bottom_up
from ..types import model as T
from .clone import Pasted, Template, live_template, make_template, paste
from .deadlocals import dead_locals
from .cost import gc_node_count
from .inlinable import (Inlinability, InlineReporter, can_inline_funcs, is_big, max_cost)
from .names import display_name
from .generated import GeneratedPlan, place_slots, plan_generated
from .order import GeneratedOrder, gc_order
from .staticinit import becomes_static
from .walk import call_sites, func_refs, put, replace_in, walk_all
from .wrappers import dict_wrapper, make_wrappers, method_values, use_wrappers


MODELLED_GENERIC = frozenset({"slices", "maps", "cmp", "iter", "sync/atomic"})
"""The standard-library packages whose generic code, instantiated in the user's package,
prints under inlining as the analyzer prints it (checked against gc by the fuzzer). Others
(``unique``, whose instances reach ``internal/sync``, ``weak`` and the runtime's own
generic code) leave the program unsupported."""


@dataclass
class NestedInlines:
    """A standard-library body inlined at ``pos`` inlines these in turn, one list per wave."""

    pos: Pos
    waves: list[list[str]]
    done: bool = False


@dataclass
class FuncState:
    """One function's call sites (gc's ``inlClosureState``)."""

    fn: ir.Func
    big: bool
    sites: list[ir.Call] = field(default_factory=list)
    resolved: dict[int, ir.Func | None] = field(default_factory=dict)


class Inliner:
    """Runs the pass over a lowered program, rewriting inlined calls in place."""

    def __init__(self, prog: Program, report: InlineReporter, emit: Callable[[Pos, str], None],
                 unsupported: list[Unsupported]) -> None:
        self.prog = prog
        self.report = report
        self.emit = emit
        self.unsupported = unsupported
        self.oracles = Oracles()
        self.templates: dict[int, Template] = {}
        self.use_counts: dict[int, int] = {}
        self.concrete: dict[int, ConcreteTypes] = {}
        self.big: dict[int, bool] = {}
        self.copies = 0
        self.tree_size = 0          # calls inlined so far: gc's InlTree
        self.tree_exact = True      # False once a call inlined what is not modelled
        self.clones: dict[int, ir.Func] = {}
        self.body_faults: dict[int, Unsupported] = {}   # std bodies the lowering cannot follow
        self.inl = Inlinability(self.oracles, report, self.mark_unsupported)
        self.generated = GeneratedPlan(None, GeneratedOrder())
        """Where the lines of the code gc generates for standard-library items go."""

    # ------------------------------------------------------------ the pass
    def run(self) -> None:
        """gc's ``DevirtualizeAndInlinePackage``, then its method wrappers and ``deadlocals``."""
        self.hidden = self.hide_std_instances(all_functions(self.prog))
        self.prog.dict_wrappers = [dict_wrapper(name, shape) for name, shape in self.prog.instantiations
                                   if not shape.unsupported]
        use_wrappers(all_functions(self.prog), {w.name: w for w in self.prog.dict_wrappers})
        for fn in all_functions(self.prog):
            if fn.body is not None:
                fn.callees = func_refs(fn)     # in the order gc's bottom-up visit meets them
        self.prog.order, read, generated = gc_order(self.prog, self.prog.dict_wrappers)
        self.generated = plan_generated(self.prog, generated)
        place_slots(self.generated, self.prog, lambda k: len(self.gc_order(k)),
                    lambda k: len(bottom_up(self.prog.all_funcs()[:k])))
        funcs = all_functions(self.prog)
        values = method_values(read)       # as written: each gets a wrapper, made afterwards
        self.measure(funcs)
        states = self.prepass(funcs)
        blocks = bottom_up(self.prog.all_funcs())
        for i, block in enumerate(blocks + [[]]):
            self.generated.emit(self.report, "calls", i, "calls")
            members = [states[id(f)] for f in block if id(f) in states]
            done = False
            while not done:
                done = True
                for st in members:
                    if self.fixpoint(st):
                        done = False
        self.prog.wrappers = make_wrappers(self.prog, values,
                                           {w.name: w for w in self.prog.dict_wrappers})
        for w in self.prog.wrappers:
            self.inline_wrapper(w)
        # a function nothing was inlined into is left as with -l (whose answers do without it)
        dead_locals([f for f in all_functions(self.prog) if f.inlined_calls or any(
            c.inlined_calls for c in f.callees if c.outer is f)])
        for fn in all_functions(self.prog):
            if fn.inlined_calls:
                fn.callees = func_refs(fn)     # the call graph after inlining (gc recomputes it)

    def measure(self, funcs: list[ir.Func]) -> None:
        """Every function's inlinability, then the templates of those that may be inlined."""
        if self.prog.init is not None:
            self.prog.init.inl_checked = True    # gc never considers inlining the initialiser
        start = len(self.report.out)
        blocks = self.gc_order()
        for i, block in enumerate(blocks + [[]]):
            self.generated.emit(self.report, "decide", i, "decide")
            can_inline_funcs([block], self.inl)
        if self.hidden:     # nor printed: gc's spelling of those instances is not modelled either
            self.report.drop_decisions(start, self.hidden)
        referenced = {id(c) for f in funcs for c in f.callees}
        for fn in funcs:      # before anything rewrites a body: gc inlines bodies as written
            if fn.inl_cost is not None and not fn.unsupported and (
                    id(fn) in referenced or fn.recv is not None):   # (a method may be reached
                self.templates[id(fn)] = live_template(fn)          # through an interface)

    def hide_std_instances(self, funcs: list[ir.Func]) -> list[str]:
        """Mark unsupported the instances of standard-library generic code (measured, not
        analysed) when one is outside ``MODELLED_GENERIC`` (what it instantiates in turn is
        named after it), or when its shaped code instantiates generic code with real types
        (``cmp.Less[string]``: gc infers from the generic source, the lowering from shaped
        types, which may lose a type parameter); their names."""
        std = [fn for fn in funcs if fn.is_instance and getattr(fn, "pkg_qualifier", "")]
        real_inside = any(ev.name and getattr(ev.owner, "pkg_qualifier", "") and ev.owner.is_instance
                          for ev in self.prog.inst_events)
        if not real_inside and all(getattr(_outermost(fn), "home_path", "") in MODELLED_GENERIC
                                   for fn in std):
            return []
        hidden: list[str] = []
        self.tree_exact = False     # (what gc inlines there takes places in its tree)
        for fn in std:
            hidden.append(display_name(fn))
            self.mark_unsupported(fn, Unsupported(
                fn.pos, f"the standard library's generic code under inlining ({hidden[-1]})"))
        return hidden

    def gc_order(self, upto: int | None = None) -> list[list[ir.Func]]:
        """The call graph's components as gc visits them for ``CanInlineFuncs``: its package
        initialiser comes first and still holds every package-level initial value
        (``upto``: from the first so many of the package's functions only)."""
        roots = self.prog.all_funcs()[:upto]
        if not self.prog.global_inits:
            return bottom_up(roots)
        pseudo = ir.Func("init", Pos(0, 0), T.Signature([], []))
        pseudo.body = [ir.ExprStmt(e.pos, x=e) for e in self.prog.global_inits]
        pseudo.callees = func_refs(pseudo)
        return [b for b in ([f for f in blk if f is not pseudo]
                            for blk in bottom_up([pseudo] + roots)) if b]

    def prepass(self, funcs: list[ir.Func]) -> dict[int, FuncState]:
        """Every function's call sites, devirtualized and counted per callee, package-wide."""
        states: dict[int, FuncState] = {}
        for fn in funcs:
            if fn.unsupported or fn.body is None or _outermost(fn).unsupported:
                continue      # (a literal of an unsupported function: its deferwrap...)
            st = FuncState(fn, self.is_big(fn))
            if st.big:
                self.report.considered_big(fn, display_name(fn))
            st.sites = call_sites(fn.body)
            states[id(fn)] = st
            for call in st.sites:
                self.resolve(st, call)
        return states

    def inline_wrapper(self, w: ir.Func) -> None:
        """A wrapper inlines what it calls on its own (gc's ``DevirtualizeAndInlineFunc``)."""
        saved = self.use_counts
        self.use_counts = {}
        st = FuncState(w, self.is_big(w))
        st.sites = call_sites(w.body or [])
        changed = True
        while changed:
            changed = False
            i = 0
            while i < len(st.sites):
                if self.edit(st, st.sites[i]):
                    changed = True
                i += 1
        self.use_counts = saved

    def fixpoint(self, st: FuncState) -> bool:
        """One pass over ``st``'s sites, then waves over the sites the inlined bodies bring."""
        changed = False
        lo, hi = 0, len(st.sites)
        while True:
            for i in range(lo, hi):
                call = st.sites[i]
                if self.edit(st, call):
                    changed = True
            lo, hi = hi, len(st.sites)
            if lo == hi:
                return changed
            for call in st.sites[lo:hi]:
                self.resolve(st, call)

    # ------------------------------------------------------------ one call site
    def nested(self, st: FuncState, site: NestedInlines) -> bool:
        """The next wave of what an inlined standard-library body inlines, at its call."""
        if site.done:
            return False
        site.done = True
        for name in site.waves[0]:
            self.note_inlining(site.pos, name)
        if len(site.waves) > 1:
            st.sites.append(NestedInlines(site.pos, site.waves[1:]))  # type: ignore[arg-type]
        return True

    def resolve(self, st: FuncState, call: ir.Call) -> tuple[ir.Func | None, int]:
        """Devirtualize the call if possible, find its callee, count the site (gc's ``resolve``)."""
        if isinstance(call, NestedInlines):
            return None, -1
        if id(call) in st.resolved and st.resolved[id(call)] is not None:
            callee = st.resolved[id(call)]
            assert callee is not None
            return callee, self.use_counts.get(id(callee), 0)
        if getattr(call, "inline_done", False):
            return None, -1
        if call.iface:
            self.freeze(st.fn)
            devirtualize_call(call, self.concrete_types(st.fn), self.emit)
        callee = self.inl.callee(st.fn, call, measure_literals=False)
        if callee is None or callee.intrinsic:      # gc never inlines an intrinsic
            st.resolved[id(call)] = None
            return None, 0
        st.resolved[id(call)] = callee
        n = self.use_counts.get(id(callee), 0) + 1
        self.use_counts[id(callee)] = n
        return callee, n

    def edit(self, st: FuncState, call: ir.Call) -> bool:
        """Inline ``call`` if gc would (gc's ``edit`` and ``TryInlineCall``); True if it did."""
        if isinstance(call, NestedInlines):
            return self.nested(st, call)
        if getattr(call, "inline_done", False):
            return False
        callee, count = self.resolve(st, call)
        if callee is None or count <= 0:
            return False
        callee = self.inl.callee(st.fn, call, measure_literals=True)
        if callee is None or callee.inl_cost is None:
            return False
        if callee.inl_bodies is not None and callee.inl_bodies.isdisjoint(self.prog.imports):
            return False        # gc has no body for it: none of the file's imports carries one
        called_once = count == 1 and callee.outer is not None
        if callee.inl_cost > max_cost(callee, st.big, called_once):
            return False
        chain: tuple[tuple[ir.Func, Pos], ...] = getattr(call, "inl_chain", ())
        inner = call.inlined_from[1] if call.inlined_from else call.pos
        if any(p == inner for _, p in chain):
            return False
        if any(f is callee for f, _ in chain):
            self.report.recursive_cycle(call.pos, display_name(callee), display_name(st.fn))
            return False
        self.freeze(st.fn)                 # (before this call is marked as done)
        index = self.note_inlining(call.pos, display_name(callee))
        call.inline_done = True  # type: ignore[attr-defined]
        if callee.external:
            body = self.std_body(callee, call)
            if body is None:
                self.inline_foreign(st, call, callee)
                return True
            callee = body
        try:
            inlined = self.inline_call(st.fn, call, callee, chain + ((callee, inner),), index)
        except Unsupported as exc:
            self.mark_unsupported(st.fn, exc)
            return True
        replace_call(st.fn, call, inlined)
        st.fn.inlined_calls += 1
        if st.fn is self.prog.init and becomes_static(st.fn, self.templates[id(callee)], inlined):
            return True           # laid out as data: nothing of it runs, nothing is printed
        self.concrete.pop(id(_outermost(st.fn)), None)
        self.oracles.extend(st.fn, inlined.init + inlined.body)
        st.sites.extend(call_sites(inlined.body))
        return True

    def std_body(self, callee: ir.Func, call: ir.Call) -> ir.Func | None:
        """The standard-library body gc pastes for ``callee``, lowered from the data's
        source (``noder.stdbodies``), with gc's recorded cost; None when there is none or
        the lowering cannot follow it (the summary then answers where it can)."""
        uni = self.prog.universe
        bodies = getattr(uni, "bodies", None)
        if bodies is None or not bodies.has(callee):
            return None
        try:
            body = bodies.get(callee, call.pos)
        except Unsupported as exc:
            self.body_faults.setdefault(id(callee), exc)
            return None
        if id(body) not in self.templates:
            requalify_method_values(body)
            body.inl_checked = True
            body.inl_cost = callee.inl_cost
            body.intrinsic = callee.intrinsic
            self.templates[id(body)] = live_template(body)
        return body

    def inline_foreign(self, st: FuncState, call: ir.Call, callee: ir.Func) -> None:
        """A standard-library call gc inlines: its escape summary stands in for the body.

        That holds while the body decides nothing of its own: a body that prints
        lines (allocations, moved variables) is not modelled, nor is a caller
        whose budget for nested inlines is reduced ("big")."""
        if callee.inl_diags is not False:
            self.tree_exact = False
            why = "prints lines of its own" if callee.inl_diags else "was not probed"
            fault = self.body_faults.get(id(callee))
            if fault is not None:      # its source is in the data, but out of our reach
                why += f" ({fault.what})"
            self.mark_unsupported(st.fn, Unsupported(
                call.pos, f"the inlined body of {display_name(callee)}, which {why}"))
            if callee.inl_diags and callee.inl_waves and not st.big:
                # what it inlines in turn still takes its places in gc's inlining tree
                st.sites.append(NestedInlines(call.pos, callee.inl_waves))  # type: ignore[arg-type]
            return
        for a in call.args:
            if isinstance(a.type.under, T.Signature):
                v = self.oracles(st.fn).static_value(a)
                if isinstance(v, (ir.FuncLit, ir.FuncName, ir.MethodExpr)):
                    self.tree_exact = False
                    self.mark_unsupported(st.fn, Unsupported(
                        call.pos, f"inlining {display_name(callee)}, whose body may inline "
                        "the function it is given"))
                    return
        if st.big and callee.inl_waves:
            self.tree_exact = False
            self.mark_unsupported(st.fn, Unsupported(
                call.pos, f"inlining into {display_name(st.fn)}, a function gc considers big"))
            return
        call.inlined_results = [r.name for r in callee.results]  # type: ignore[attr-defined]
        if callee.inl_waves:
            st.sites.append(NestedInlines(call.pos, callee.inl_waves))  # type: ignore[arg-type]

    def freeze(self, fn: ir.Func) -> None:
        """``fn``'s body is about to change: its template, and those of the functions holding
        it as a literal, become copies of them as written."""
        f: ir.Func | None = fn
        while f is not None:
            t = self.templates.get(id(f))
            if t is not None and t.live:
                self.templates[id(f)] = make_template(f)
            f = f.outer

    def note_inlining(self, pos: Pos, name: str) -> int:
        """Print ``inlining call to``; the call's index in gc's inlining tree (one per line)."""
        self.report.inlining_call(pos, name)
        self.tree_size += 1
        return self.tree_size - 1

    def inline_call(self, caller: ir.Func, call: ir.Call, callee: ir.Func,
                    chain: tuple[tuple[ir.Func, Pos], ...], index: int) -> ir.InlinedCall:
        """Paste ``callee``'s template at ``call`` (gc's ``unifiedInlineCall``)."""
        t = self.templates.get(id(callee))
        if t is None and id(callee) in self.clones:
            # a clone's body is as written: nothing is ever inlined into a clone
            t = self.templates[id(callee)] = live_template(callee)
        if t is None:
            raise Unsupported(call.pos, f"inlining {display_name(callee)}")
        parents: tuple[int, ...] = getattr(call, "inl_parents", ())
        first = chain[0][0]
        suffix = inline_hash(index, parents) if self.tree_exact else ir.UNKNOWN_HASH
        p = paste(t, caller, call.pos, display_name(callee), suffix,
                  origin=display_name(callee.copy_of or callee),
                  via=display_name(first.copy_of or first))
        for c in p.clones:
            self.clones[id(c)] = c
        self.prog.clones.extend(p.clones)
        for i, v in enumerate(p.params):
            if v.unnamed or not v.name or v.name == "_":
                v.name = f"~p{i}" if v.name != "_" else "_"
        for r in p.results:
            r.is_temp = True     # the call's value: not a variable a learner wrote here
        caller.dcl.extend(p.params + p.results + p.locals)
        init: list[Any] = list(call.init) + list(call.fun.init)   # gc's CalleeEffects
        args = call.args         # the same list: sites inside it keep their place
        lhs: list[ir.Expr | None] = []
        for v in p.params:
            if v.name == "_":
                lhs.append(None)
                continue
            init.append(ir.Decl(call.pos, var=v))
            lhs.append(ir.Name(call.pos, v.type, var=v))
        as2 = ir.Assign2(call.pos, lhs=lhs, rhs=args, kind=ir.Assign2Kind.PAIR, define=True)
        for v in p.params:
            v.defn = as2
        init.append(as2)
        delay = can_delay_results(t, p)
        if not delay:
            for r in p.results:
                init.append(ir.Decl(call.pos, var=r))
                init.append(ir.Assign(call.pos, x=ir.Name(call.pos, r.type, var=r), y=None))
        body = rewrite_returns(p.body, p.results, call.pos, delay)
        self.copies += 1
        for n in walk_all(body):       # the copy's labels are its own, as gc's inlined labels are
            if isinstance(n, ir.Label):
                n.name = f"{n.name}·{self.copies}"
                caller.inlined_labels = True
            elif isinstance(n, ir.Branch) and n.label:
                n.label = f"{n.label}·{self.copies}"
        out = ir.InlinedCall(call.pos, call.type, call=call, callee=callee, body=body,
                             results=p.results, init=init)
        out.inlined_from = call.inlined_from
        for c in call_sites(body):
            c.inl_chain = chain  # type: ignore[attr-defined]
            c.inl_parents = parents + (index,)  # type: ignore[attr-defined]
        return out

    # ------------------------------------------------------------ helpers
    def is_big(self, fn: ir.Func) -> bool:
        b = self.big.get(id(fn))
        if b is None:
            n = self.inl.nodes.get(id(fn))
            b = is_big(n if n is not None else gc_node_count(fn))
            self.big[id(fn)] = b
        return b

    def concrete_types(self, fn: ir.Func) -> ConcreteTypes:
        """The concrete-type facts of ``fn``'s outermost function (its literals' included)."""
        top = _outermost(fn)
        ct = self.concrete.get(id(top))
        if ct is None:
            ct = ConcreteTypes(top)
            self.concrete[id(top)] = ct
        return ct

    def mark_unsupported(self, fn: ir.Func, exc: Unsupported) -> None:
        fn.unsupported.append(exc)
        self.unsupported.append(exc)


def _outermost(fn: ir.Func) -> ir.Func:
    while fn.outer is not None:
        fn = fn.outer
    return fn


def requalify_method_values(body: ir.Func) -> None:
    """A method value's printed receiver (``f.defaultUsage``), spelled when the body was
    lowered, names the variable as gc does once qualified (``flag.f.defaultUsage``)."""
    q = getattr(body, "pkg_qualifier", "")
    if not q:
        return
    names = {v.name for v in [*body.params, *body.results, *body.dcl,
                              *([body.recv] if body.recv is not None else [])]}
    for n in walk_all(body.body or []):
        if isinstance(n, ir.MethodValue):
            lead = len(n.text) - len(n.text.lstrip("(*&"))
            head = n.text[lead:].split(".", 1)[0].split(")", 1)[0]
            if q + head in names:
                n.text = n.text[:lead] + q + n.text[lead:]


def inline_hash(index: int, parents: tuple[int, ...]) -> str:
    """The suffix gc gives the symbol of a literal copied by the inlined call ``index``
    (``closureName``: a hash of the call's place in the inlining tree)."""
    text = str(index) + "".join(f" {p}" for p in parents)
    digest = hashlib.sha256(b"\x01" + text.encode()).digest()
    return "#" + base64.b64encode(digest[:8]).decode() + "#"


def can_delay_results(t: Template, p: Pasted) -> bool:
    """gc's ``canDelayResults``: one return, not empty, results unnamed: declared at the return."""
    if p.returns != 1 or p.empty_return:
        return False
    return all(r.unnamed or r.name.startswith("~") for r in t.results)


def rewrite_returns(body: list[Any], results: list[ir.Var], pos: Pos, delay: bool) -> list[Any]:
    """Each ``return`` of a pasted body becomes an assignment to the result variables."""

    def visit(stmts: list[Any]) -> list[Any]:
        out = []
        for s in stmts:
            out.append(rewrite(s))
        return out

    def rewrite(s: Any) -> Any:
        if isinstance(s, ir.Return):
            block: list[Any] = list(s.init)
            if s.results:
                if delay:
                    block.extend(ir.Decl(pos, var=r) for r in results)
                as2 = ir.Assign2(pos, lhs=[ir.Name(pos, r.type, var=r) for r in results],
                                 rhs=list(s.results), kind=ir.Assign2Kind.PAIR)
                if delay:
                    for r in results:
                        r.defn = as2
                block.append(as2)
            b = ir.Block(pos, body=block)
            b.inl_return = True  # type: ignore[attr-defined]
            return b
        for name in ("body", "then", "els"):
            sub = getattr(s, name, None)
            if isinstance(sub, list):
                setattr(s, name, visit(sub))
        if isinstance(s, ir.Switch):
            for c in s.cases:
                c.body = visit(c.body)
        elif isinstance(s, ir.Select):
            for c in s.cases:
                c.body = visit(c.body)
        return s

    return visit(body)


def replace_call(fn: ir.Func, call: ir.Call, new: ir.InlinedCall) -> None:
    """Put ``new`` where ``call`` was in ``fn``'s body (gc assigns through the parenthesis)."""
    if not put(call, new) and not replace_in(fn.body or [], call, new):
        raise AssertionError(f"call at {call.pos} not found in {fn.name}")


def all_functions(prog: Program) -> list[ir.Func]:
    """Every function in gc's ``Target.Funcs`` order (``Program.order``; before it is known,
    each declared function followed by its literals)."""
    out: list[ir.Func] = []
    seen: set[int] = set()

    def add(f: ir.Func) -> None:
        if id(f) in seen or f.external:
            return
        seen.add(id(f))
        out.append(f)
        if prog.order is None:
            for c in f.callees:
                if c.outer is f:
                    add(c)

    for f in prog.all_funcs():
        add(f)
    i = 0
    while i < len(out):               # generic instances, reached only through calls
        for c in out[i].callees:
            add(c)
        i += 1
    return out
