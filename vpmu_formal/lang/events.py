"""Events a property can name, and the ghost flags that carry them.

A step of the model can fault, be a given action, make an observation or
raise an event of the spec's own (`emit pmi`).  Properties name these
facts directly:

    faulted()          the step faulted (any `fault`)
    faulted(GP)        the step ran `fault GP`
    took(vcpu_load)    the step was the action vcpu_load
    observed(guest)    the step ran an `observe guest: ...`
    emitted(pmi)       the step ran `emit pmi`

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

from . import ast as A

KINDS = ("faulted", "took", "observed", "emitted")


def cell_name(kind: str, arg: str) -> str:
    return f"{kind}({arg})"


def is_event(cell: str) -> bool:
    """Is this cell an event flag (no declared name has parentheses)?"""
    return cell.endswith(")") and cell.split("(", 1)[0] in KINDS


def _walk(node, visit) -> None:
    """Every AST node below `node`, depth first."""
    if isinstance(node, (tuple, list)):
        for x in node:
            _walk(x, visit)
        return
    if dataclasses.is_dataclass(node) and not isinstance(node, type):
        visit(node)
        for f in dataclasses.fields(node):
            if f.name != "span":
                _walk(getattr(node, f.name), visit)


def referenced(items) -> list:
    """(kind, argument) of every event fact the module's text names, in a
    fixed order; an argument that is not a plain name is left for the
    type checker to report."""
    found: set = set()

    def visit(node) -> None:
        if isinstance(node, A.Call) and node.fn in KINDS:
            if not node.args:
                found.add((node.fn, ""))
            elif len(node.args) == 1 and isinstance(node.args[0], A.Name):
                found.add((node.fn, node.args[0].id))
    _walk(items, visit)
    return sorted(found)


def statements(items, kind) -> dict:
    """Name -> span of the first statement of `kind` (A.Fault: by fault
    kind, A.Emit: by event name) anywhere in the module's bodies."""
    out: dict = {}

    def visit(node) -> None:
        if isinstance(node, kind):
            name = node.kind if isinstance(node, A.Fault) else node.name
            out.setdefault(name, node.span)
    _walk(items, visit)
    return out
