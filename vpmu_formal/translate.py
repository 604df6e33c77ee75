"""Copying an encoded transition into another Z3 context.

The transition of a (system, slice) is encoded once, in Python, which is
the expensive part of a warm check.  Each property then works in a fresh
context of its own into which the encoding is translated, so that what
the solvers do for one property cannot change what they do for another:
Z3's results depend on the order in which terms were created in a
context (term ids steer its heuristics), so properties sharing one
context could get different counterexamples depending on which
properties ran before them.

All terms of a structure are translated in one call (an AstVector), so
shared subterms are translated once.
"""
from __future__ import annotations

import dataclasses
from collections.abc import Sequence

import z3


def translate(obj, ctx: z3.Context):
    """`obj` with every Z3 term in it translated to `ctx`.  `obj` is made
    of dicts, lists, tuples and the encoder's dataclasses; anything else
    (IR nodes, names) is shared, not copied."""
    terms: list = []
    _collect(obj, terms)
    if not terms:
        return obj
    # Most entries repeat a term (a cell an action leaves alone is its
    # pre-state symbol in every action's post-state): translate and wrap
    # each distinct term once.
    ids = [t.get_id() for t in terms]
    unique = {}
    for i, t in zip(ids, terms):
        unique.setdefault(i, t)
    vec = z3.AstVector(ctx=terms[0].ctx)
    for t in unique.values():
        vec.push(t)
    moved = vec.translate(ctx)
    by_id = dict(zip(unique, (moved[k] for k in range(len(moved)))))
    return _rebuild(obj, iter([by_id[i] for i in ids]))


class LazyTranslation(Sequence):
    """A list translated on first use.  The per-action steps of a template
    are most of its terms and only PDR and trace extraction read them; a
    re-validated certificate never does."""

    def __init__(self, items: list, ctx: z3.Context):
        self._source, self._ctx, self._items = items, ctx, None

    def _get(self) -> list:
        if self._items is None:
            self._items = translate(self._source, self._ctx)
        return self._items

    def __getitem__(self, i):
        return self._get()[i]

    def __len__(self) -> int:
        return len(self._source)


def _is_encoding_record(obj) -> bool:
    # The encoder's own records (Value, ActionStep, ...): IR dataclasses
    # hold no Z3 terms and are shared as they are.
    return dataclasses.is_dataclass(obj) and not isinstance(obj, type) \
        and type(obj).__module__ == "vpmu_formal.encode"


def _collect(obj, out: list) -> None:
    if isinstance(obj, z3.ExprRef):
        out.append(obj)
    elif isinstance(obj, dict):
        for v in obj.values():
            _collect(v, out)
    elif isinstance(obj, (list, tuple)):
        for v in obj:
            _collect(v, out)
    elif _is_encoding_record(obj):
        for f in dataclasses.fields(obj):
            _collect(getattr(obj, f.name), out)


def _rebuild(obj, it):
    if isinstance(obj, z3.ExprRef):
        return next(it)
    if isinstance(obj, dict):
        return {k: _rebuild(v, it) for k, v in obj.items()}
    if isinstance(obj, list):
        return [_rebuild(v, it) for v in obj]
    if isinstance(obj, tuple):
        return tuple(_rebuild(v, it) for v in obj)
    if _is_encoding_record(obj):
        return dataclasses.replace(obj, **{f.name: _rebuild(getattr(obj, f.name), it)
                                           for f in dataclasses.fields(obj)})
    return obj
