"""Unrolling of a transition system into a Z3 solver, one step at a time.

Shared by BMC and k-induction.  Each step gets fresh state symbols and the
functional transition is asserted as equalities, so the formula grows
linearly with depth (substituting post-terms into the next step would grow
it exponentially through the if-then-else chains).
"""
from __future__ import annotations

from dataclasses import replace
from typing import Optional

import z3

from .. import ir
from ..encode import Encoder, Substitution, conj
from ..lang.events import is_event
from ..results import (Change, InterceptDecision, ObservationEvent, Shown, Trace,
                       TraceStep)
from .pdr import next_state_pairs


class Unrolling:
    def __init__(self, enc: Encoder, solver: z3.Solver, prefix: str = "s"):
        self.enc = enc
        self.solver = solver
        self.prefix = prefix
        self.states: list[dict] = [enc.state_vars(f"{prefix}0")]
        self.step_vars: list = []
        self.maps: list[list] = []     # per step: template symbol -> step symbol
        # The transition is encoded once over template symbols and
        # instantiated per step with z3.substitute, which runs in C; encoding
        # every step afresh in Python cost ~90% of BMC time.
        self.t_pre, self.t_sv, self.t_post, self.t_constraints, self.t_steps = enc.template()
        self._step_formula = None

    @property
    def depth(self) -> int:
        return len(self.step_vars)

    def _mapping(self, pre: dict, sv) -> list:
        enc = self.enc
        pairs = []
        for c in enc.cells:
            if enc.keeps_value(c.name):
                pairs.append((self.t_pre[c.name].term, pre[c.name].term))
            for d in enc.domains:
                if enc.keeps_label(c.name, d):
                    pairs.append((self.t_pre[c.name].labels[d], pre[c.name].labels[d]))
        pairs.append((self.t_sv.act, sv.act))
        pairs += [(t, sv.inputs[key]) for key, t in self.t_sv.inputs.items()]
        pairs += [(t, sv.havocs[key]) for key, t in self.t_sv.havocs.items()]
        return pairs

    def at(self, k: int, term: z3.ExprRef) -> z3.ExprRef:
        """A template term as it reads in step k."""
        return self.maps[k](term)

    def extend(self) -> None:
        """Add the transition from the last state to a fresh one."""
        k = self.depth
        enc = self.enc
        sv = enc.step_vars(f"{self.prefix}{k}")
        mapping = self._mapping(self.states[-1], sv)
        self.maps.append(Substitution(mapping, enc.ctx))
        nxt = enc.state_vars(f"{self.prefix}{k + 1}")
        t_next, step = self._step()
        # The whole step, (next == post) for every kept atom and the
        # constraints, is one template formula renamed in one substitution:
        # a substitution and an assertion per atom and step was a tenth of
        # BMC's time.
        pairs = list(mapping) + next_state_pairs(enc, t_next, nxt)
        self.solver.add(Substitution(pairs, enc.ctx)(step))
        self.states.append(nxt)
        self.step_vars.append(sv)

    def _step(self) -> tuple:
        """(the template's next-state symbols, one formula of a step over the
        template's symbols), made once per unrolling."""
        if self._step_formula is None:
            enc = self.enc
            t_next = enc.state_vars("__next")
            parts = []
            for c in enc.cells:
                if enc.keeps_value(c.name):
                    parts.append(t_next[c.name].term == self.t_post[c.name].term)
                for d in enc.domains:
                    if enc.keeps_label(c.name, d):
                        parts.append(t_next[c.name].labels[d] == self.t_post[c.name].labels[d])
            parts += self.t_constraints
            self._step_formula = (t_next, conj(parts, enc.ctx))
        return self._step_formula

    # ---- counterexample extraction --------------------------------------
    def trace(self, model: z3.ModelRef, upto: int, prop: Optional[ir.Property]) -> Trace:
        enc = self.enc
        ts = enc.ts
        shown_cfg = []
        for var in ts.configs:
            for name, idx, t in ir.scalar_elems(var):
                cname = ir.cell_name(name, idx)
                shown_cfg.append((cname, _shown(model, enc.config_terms[cname], t, ts, None)))
        initial = [(c.name, self.cell_shown(model, 0, c)) for c in self.shown_cells()]
        ghosts = ir.ghost_cells(ts)
        steps = []
        for k in range(upto):
            act = model.eval(self.step_vars[k].act, model_completion=True).as_long()
            st = self.t_steps[act]

            def ev_at(term, k=k):
                return model.eval(self.at(k, term), model_completion=True)
            a = st.action
            sv = self.step_vars[k]
            inputs = tuple((inp.name, _shown(model, sv.inputs[(a.name, inp.name)], inp.type, ts,
                                             inp.label))
                           for inp in a.inputs)
            intercepts = []
            seen = set()
            for ev in st.intercepts:
                if not z3.is_true(ev_at(ev.cond)):
                    continue
                msr = None
                rule = None
                if ev.query.msr is not None:
                    msr = ev_at(ev.msr).as_long()
                    rule = next((r for r in ev.query.rules if r.msr == msr), None)
                elif ev.query.rules:
                    rule = ev.query.rules[0]
                key = (ev.query.access, msr, str(ev.query.span))
                if key in seen:
                    continue
                seen.add(key)
                exited = z3.is_true(ev_at(ev.decision))
                intercepts.append(InterceptDecision(
                    ev.query.access, msr, exited, str(rule.span) if rule else None,
                    rule.cites if rule else None, str(ev.query.span)))
            faults = tuple((f.kind, str(f.stmt.span)) for f in st.faults
                           if z3.is_true(ev_at(f.cond)))
            observations = []
            for o in st.observations:
                if not z3.is_true(ev_at(o.cond)):
                    continue
                labels = tuple(d for d in enc.domains if z3.is_true(ev_at(o.value.labels[d])))
                t = o.stmt.value.type
                shown = _shown_labels(model, self.at(k, o.value.term), t, ts, labels)
                if not self._value_known(o.stmt.value):
                    shown = replace(shown, known=False)
                observations.append(ObservationEvent(o.observer, shown, str(o.stmt.span)))
            changes = []
            for c in self.shown_cells():
                old = self.cell_shown(model, k, c)
                new = self.cell_shown(model, k + 1, c)
                # An event flag raised by two steps in a row does not
                # change, but the second step raised it too.
                if old != new or (is_event(c.name) and new.value):
                    changes.append(Change(c.name, old, new, c.name in ghosts))
            steps.append(TraceStep(k + 1, a.name, str(a.span), a.cites, inputs,
                                   tuple(intercepts), faults, tuple(observations),
                                   tuple(changes)))
        final = []
        if prop is not None and prop.expr is not None:
            for ref in _refs(prop.expr):
                if ref.kind == "state":
                    c = next(c for c in enc.cells if c.name == ir.cell_name(ref.name, ref.index))
                    final.append((c.name, self.cell_shown(model, upto, c)))
        return Trace(tuple(shown_cfg), tuple(initial), tuple(steps), tuple(dict(final).items()),
                     ts.msr_names)

    def shown_cells(self) -> list:
        """Cells a report may show: not monitors, not sliced away."""
        enc = self.enc
        return [c for c in enc.cells if not c.var.startswith("__")
                and (enc.keeps_value(c.name)
                     or any(enc.keeps_label(c.name, d) for d in enc.domains))]

    def cell_shown(self, model: z3.ModelRef, k: int, c) -> Shown:
        v = self.states[k][c.name]
        labels = tuple(d for d in self.enc.domains
                       if z3.is_true(model.eval(v.labels[d], model_completion=True)))
        shown = _shown_labels(model, v.term, c.type, self.enc.ts, labels)
        return shown if self.enc.keeps_value(c.name) else replace(shown, known=False)

    def _value_known(self, e: ir.Expr) -> bool:
        """Does the value of `e` depend only on atoms the slice kept?"""
        from ..slicing import VALUE, value_atoms
        return all(self.enc.keeps_value(cell) for kind, cell in value_atoms(self.enc.ts, e)
                   if kind == VALUE)


def _refs(e: ir.Expr):
    if isinstance(e, ir.Ref):
        yield e
    elif isinstance(e, ir.Op):
        for a in e.args:
            yield from _refs(a)
    elif isinstance(e, ir.ArrayRead):
        yield from _refs(e.index)


def _value(model: z3.ModelRef, term: z3.ExprRef) -> int:
    v = model.eval(term, model_completion=True)
    if z3.is_bool(v):
        return 1 if z3.is_true(v) else 0
    return v.as_long()


def _shown(model, term, t: ir.ScalarT, ts: ir.TransitionSystem, label) -> Shown:
    labels = tuple(sorted(label)) if label else ()
    return _shown_labels(model, term, t, ts, labels)


def _shown_labels(model, term, t: ir.ScalarT, ts: ir.TransitionSystem, labels) -> Shown:
    layout = ts.layout(t.layout) if isinstance(t, ir.BvT) else None
    return Shown(_value(model, term), t, tuple(labels), layout)
