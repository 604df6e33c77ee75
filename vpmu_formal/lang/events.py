"""Events a property can name, and the ghost flags that carry them.

A step of the model can fault, be a given action, make an observation or
raise an event of the spec's own (`emit pmi`).  Properties name these
facts directly:

    faulted()          the step faulted (any `fault`)
    faulted(GP)        the step ran `fault GP`
    took(vcpu_load)    the step was the action vcpu_load
    observed(guest)    the step ran an `observe guest: ...`
    emitted(pmi)       the step ran `emit pmi`
    exited(rdpmc)      an access the step made exited to KVM: the step took
                       the exit branch of `if intercepted(rdpmc) {...}`
                       (or the else branch of `if !intercepted(...)`)
    exited(rdmsr, MSR_X)   the same, for an RDMSR of MSR_X
    passed(wrmsr), passed(wrmsr, MSR_X)   the other branch: the access
                       went to the hardware without an exit
    accepted(wrmsr, MSR_X)   the step did not fault, and the access passed
                       (the hardware took it) or the step ran `accept
                       wrmsr e` with e == MSR_X: KVM's handler took the
                       write, or returned a value for a read.  The
                       `accept` statement is written where the model's
                       handler has succeeded, which may be a later step
                       than the exit.  One cell: set where the access
                       passes and at `accept`, cleared by a `fault`.

Only an `if` whose condition is exactly `intercepted(...)` or
`!intercepted(...)` raises exited/passed: that is how the models write
the hardware's decision; an intercept query elsewhere in an expression
decides nothing by itself.

Each fact is read in the state after the step, and is false in the
initial state (no step has been taken).  So `invariant !emitted(pmi)`
says no step ever raises pmi, and `invariant emitted(pmi) ==> x` says
every step that raises it leaves x true.

Encoding choice: each named fact is a Boolean ghost state cell (named
like the expression, `emitted(pmi)`, which no spec can declare), false
initially; every action first clears the cells, sets the `took` cell of
its own name, and sets a cell where the fact happens: just before the
`fault`, the `observe` or the `emit` statement, under the same path
condition.  The checker writes these statements into the bodies
(typecheck.py), so the facts are ordinary state to every engine, to the
concrete executor, to the slicer and to certificates, and need no
semantics of their own.  A fault ends the action's body, but what the
body wrote before it stays (as for every write): the flag set just
before `fault` is therefore seen.  Only the facts a spec mentions get a
cell.
"""
from __future__ import annotations

import dataclasses

from .. import ir
from . import ast as A

KINDS = ("faulted", "took", "observed", "emitted", "exited", "passed", "accepted")
ACCESSES = ("rdpmc", "rdmsr", "wrmsr")
PAST = ("once", "prev", "since", "count_since")
COUNT_MAX = 255       # count_since(...) saturates here (a bv8)


def past_value(op: str, args: tuple, h: ir.Ref, span) -> tuple:
    """(value now, value to keep): the value of a past-time operator in
    the current state, from its arguments now and `h`, a ghost cell that
    holds what the previous state kept (false / 0 in the initial state,
    where there is none):

        once(p)      = h or p                  p held in some state so far
        prev(p)      = h                       p held in the previous state
        since(p, q)  = q or (p and h)          q held once, and p ever since
        count_since(p, r) = if r then [p] else min(h + [p], 255)
                       states in which p held, since the last state in
                       which r held (that state included)

    Every action first sets h to the value to keep, taken in the state the
    step starts from: the operator's own value, except for prev, which
    keeps p.
    """
    B = ir.BoolT()

    def op2(name, a, b, t=B):
        return ir.Op(name, (a, b), t, (), span)
    if op == "once":
        now = op2("or", h, args[0])
        return now, now
    if op == "prev":
        return h, args[0]
    if op == "since":
        now = op2("or", args[1], op2("and", args[0], h))
        return now, now
    bv8 = ir.BvT(8)
    one, zero = ir.Lit(1, bv8, span), ir.Lit(0, bv8, span)
    p, r = args
    step = ir.Op("ite", (op2("eq", h, ir.Lit(COUNT_MAX, bv8, span)), h,
                         op2("bvadd", h, one, bv8)), bv8, (), span)
    counted = ir.Op("ite", (p, step, h), bv8, (), span)
    first = ir.Op("ite", (p, one, zero), bv8, (), span)
    now = ir.Op("ite", (r, first, counted), bv8, (), span)
    return now, now


def cell_name(kind: str, arg: str) -> str:
    return f"{kind}({arg})"


def is_history(cell: str) -> bool:
    """Is this cell a past-time operator's memory (`once(p)@before`)?  A
    function of the run so far, so traces do not list its changes."""
    return cell.endswith("@before")


def is_event(cell: str) -> bool:
    """Is this cell an event flag (no declared name has parentheses)?"""
    return cell.endswith(")") and cell.split("(", 1)[0] in KINDS


_FIELDS: dict = {}


def _walk(node, visit) -> None:
    """Every AST node below `node`, depth first."""
    if isinstance(node, (tuple, list)):
        for x in node:
            _walk(x, visit)
        return
    names = _FIELDS.get(type(node))
    if names is None:
        names = _FIELDS[type(node)] = tuple(
            f.name for f in dataclasses.fields(node) if f.name != "span") \
            if dataclasses.is_dataclass(node) and not isinstance(node, type) else ()
    if not names and not dataclasses.is_dataclass(node):
        return
    visit(node)
    for name in names:
        _walk(getattr(node, name), visit)


# Per declaration: what it names and raises.  The loader shares the parsed
# declarations of a library between the specs that use it, so each is
# scanned once per process.  Keyed by identity; the entry keeps the
# declaration alive, so an id is never reused while its entry lives.
_SCANNED: dict = {}


def _scan(item) -> tuple:
    hit = _SCANNED.get(id(item))
    if hit is None or hit[0] is not item:
        refs: set = set()
        faults: dict = {}
        emits: dict = {}

        def visit(node) -> None:
            if isinstance(node, A.Call) and node.fn in KINDS:
                if not node.args:
                    refs.add((node.fn, ""))
                elif all(isinstance(a, A.Name) for a in node.args) and len(node.args) <= 2:
                    arg = ",".join(a.id for a in node.args)
                    refs.add((node.fn, arg))
            elif isinstance(node, A.Fault):
                faults.setdefault(node.kind, node.span)
            elif isinstance(node, A.Emit):
                emits.setdefault(node.name, node.span)
        _walk(item, visit)
        hit = _SCANNED[id(item)] = (item, refs, faults, emits)
    return hit[1:]


def referenced(items) -> list:
    """(kind, argument) of every event fact the module's text names, in a
    fixed order; an argument that is not a plain name is left for the
    type checker to report."""
    found: set = set()
    for item in items:
        found |= _scan(item)[0]
    return sorted(found)


def statements(items, kind) -> dict:
    """Name -> span of the first statement of `kind` (A.Fault: by fault
    kind, A.Emit: by event name) anywhere in the module's bodies."""
    out: dict = {}
    which = 1 if kind is A.Fault else 2
    for item in items:
        for name, span in _scan(item)[which].items():
            out.setdefault(name, span)
    return out
