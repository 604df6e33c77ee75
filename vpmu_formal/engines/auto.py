"""The default engine: certificate reuse, then PDR, then BMC for traces.

Order, and why:
1. A stored certificate whose key matches is re-validated (three SMT
   queries, milliseconds) and reused.
2. If the spec offers lemmas, Houdini + 1-induction (milliseconds when
   the lemmas carry the argument; see houdini.py).
3. A short BMC pass (depth 8) catches shallow bugs with their shortest
   trace; Spacer needed ~10 s to refute the seed V4 property that BMC
   refutes at depth 4 in about a second.
4. PDR (Spacer) runs next.
5. If PDR finds the property false, BMC finds the *shortest* trace
   (Spacer's own counterexamples are not minimal and harder to report).
   If PDR gives up, BMC still searches to --depth, so the verdict is at
   worst BOUNDED, never a silent pass.
"""
from __future__ import annotations

import json
import os
import time
from dataclasses import dataclass, replace
from typing import Optional

import z3

from .. import ir, slicing
from ..encode import Encoder, encoder_for
from ..results import Result, Verdict
from . import bmc, certificate, common, crosscheck, houdini, pdr

PDR_SHARE = 0.6       # of the per-property budget; the rest is left for BMC
QUICK_DEPTH = 8       # the short BMC pass for shallow bugs


@dataclass(frozen=True)
class ProofStore:
    directory: Optional[str]      # None: do not look for or save certificates
    save: bool = False
    cross_check: tuple = ()       # solvers that must re-confirm every proof


def trigger_of(prop: ir.Property) -> Optional[ir.Property]:
    """The situation a proof of `prop` must not avoid: the antecedent of an
    `A ==> B` invariant, or any observation by the observer of a
    `never ... observes` property.  A proof where it is unreachable says
    nothing (VACUOUS)."""
    if prop.kind == "never_observes":
        return ir.Property(f"{prop.name}.trigger", "cover_observe", None, prop.observer,
                           None, None, prop.span)
    e = prop.expr
    if prop.kind == "invariant" and isinstance(e, ir.Op) and e.op == "implies":
        return ir.Property(f"{prop.name}.trigger", "cover", e.args[0], None, None, None,
                           prop.span)
    return None


def check(ts: ir.TransitionSystem, prop: ir.Property, depth: int, timeout: float,
          base: dict, store: ProofStore, engine: str = "auto") -> Result:
    res = _check(ts, prop, depth, timeout, base, store, engine)
    trig = trigger_of(prop)
    if res.verdict is not Verdict.PROVED or trig is None:
        return res
    recorded = next((n for n in res.notes if n.startswith(TRIGGER_NOTE)), None)
    if res.engine == "certificate" and recorded is not None:
        # The certificate's header carries the trigger check of the proof.
        return _vacuous(res, trig, res.seconds) if recorded == TRIGGER_UNREACHABLE else res
    # Show the trigger is reachable before calling this a proof of anything.
    t0 = time.monotonic()
    ts2 = replace(ts, properties=ts.properties + (trig,))
    tb = dict(base, property=trig.name, kind=trig.kind, expect="covered")
    left = max(1.0, timeout - res.seconds)
    tr = _check(ts2, trig, depth, left, tb, ProofStore(None), engine)
    took = res.seconds + (time.monotonic() - t0)
    if tr.verdict is Verdict.UNREACHABLE:
        note = TRIGGER_UNREACHABLE
    elif tr.verdict is Verdict.COVERED:
        note = f"{TRIGGER_NOTE}reached at depth {tr.depth}"
    else:
        note = f"{TRIGGER_NOTE}not shown reachable ({tr.verdict.value}: {tr.reason})"
    path = _cert_path(store, ts, prop)
    if path is not None and store.save and os.path.exists(path):
        with open(path, "a", encoding="utf-8") as fh:
            fh.write(f"; {note}\n")
    if note == TRIGGER_UNREACHABLE:
        return _vacuous(res, trig, took)
    return replace(res, seconds=took, notes=res.notes + (note,))


TRIGGER_NOTE = "trigger: "
TRIGGER_UNREACHABLE = "trigger: unreachable"


def _vacuous(res: Result, trig: ir.Property, took: float) -> Result:
    what = ("the observer never observes anything" if trig.kind == "cover_observe"
            else "the antecedent of '==>' never holds")
    return replace(res, verdict=Verdict.VACUOUS, seconds=took,
                   reason=f"the property's trigger is unreachable ({what}), "
                          "so the proof says nothing")


def _cert_path(store: ProofStore, ts, prop) -> Optional[str]:
    if store.directory is None:
        return None
    return certificate.path_for(store.directory, ts.name, prop.name)


def _check(ts: ir.TransitionSystem, prop: ir.Property, depth: int, timeout: float,
           base: dict, store: ProofStore, engine: str = "auto") -> Result:
    start = time.monotonic()
    deadline = start + timeout
    keep = slicing.compute(ts, prop, [lem.expr for lem in ts.lemmas])
    enc = encoder_for(ts, keep)

    def result(verdict, eng, k, reason="", trace=None, notes=()):
        return Result(**base, verdict=verdict, engine=eng, depth=k,
                      seconds=time.monotonic() - start, reason=reason, trace=trace,
                      notes=tuple(notes))

    proved = Verdict.UNREACHABLE if prop.is_cover else Verdict.PROVED
    key = certificate.system_key(enc, prop)
    cert_path = _cert_path(store, ts, prop)
    wit_path = cert_path[:-len(".smt2")] + ".witness.json" if cert_path else None
    if wit_path is not None:
        replayed = _replay(ts, prop, wit_path, key, deadline, base)
        if replayed is not None:
            return replace(replayed, seconds=time.monotonic() - start,
                           notes=(f"witness {wit_path} replayed",))
    sink = _witness_saver(wit_path, key) if wit_path and store.save else None
    if cert_path is not None:
        reused = _reuse(enc, prop, cert_path, key, deadline)
        if reused is not None:
            inv, check, trig_note = reused
            if check.ok:
                notes = [f"certificate {cert_path} re-validated"]
                failed = _cross_check(result, store, enc, prop, inv, enc.state_vars("p"), notes)
                if failed is not None:
                    return failed
                notes.append(f"invariant: {_compact(inv)}")
                if trig_note:
                    notes.append(trig_note)
                return result(proved, "certificate", 0, notes=notes)

    # Reuse needs no separate consistency probe: a certificate's
    # validation requires a satisfiable initial state, and a witness with
    # inconsistent assumptions does not replay.
    probe = common.new_solver(enc)
    vac = common.add_background(enc, probe)
    if vac is not None:
        return result(Verdict.VACUOUS, engine, 0, common.describe_vacuity(vac))

    notes = []
    if ts.lemmas and not prop.is_cover:
        h = houdini.prove(enc, prop, ts.lemmas,
                          max(0.5, (deadline - time.monotonic()) * PDR_SHARE / 2))
        if h.status == "safe":
            check = certificate.validate(enc, prop, h.invariant, h.state,
                                         max(1.0, deadline - time.monotonic()))
            if check.ok:
                notes.append("lemmas used: " + (", ".join(h.kept) or "none"))
                if h.dropped:
                    notes.append("lemmas dropped (not inductive): " + ", ".join(h.dropped))
                return _proved(result, proved, "lemmas", enc, prop, h.invariant, h.state,
                               key, cert_path, store, ts, notes)
            notes.append(f"lemma invariant failed re-validation ({check.failed})")
        else:
            notes.append(f"lemmas did not suffice: {h.reason}")
    quick = bmc.check(ts, prop, min(depth, QUICK_DEPTH),
                      max(0.5, (deadline - time.monotonic()) * 0.2), base, sink)
    if quick.verdict in (Verdict.VIOLATED, Verdict.COVERED):
        return replace(quick, seconds=time.monotonic() - start,
                       notes=tuple(notes) + quick.notes)
    answer = pdr.solve(enc, prop, max(0.5, (deadline - time.monotonic()) * PDR_SHARE))
    if answer.status == "safe":
        check = certificate.validate(enc, prop, answer.invariant, answer.state,
                                     max(1.0, deadline - time.monotonic()))
        if check.ok:
            return _proved(result, proved, "pdr", enc, prop, answer.invariant, answer.state,
                           key, cert_path, store, ts, notes)
        notes.append(f"PDR invariant failed re-validation ({check.failed}); not a proof")
    elif answer.status == "unknown":
        notes.append(f"PDR gave up: {answer.reason}")

    # Unsafe, or PDR inconclusive: BMC, shortest trace first.  When PDR
    # showed a counterexample exists, search past --depth until it is found.
    left = max(0.5, deadline - time.monotonic())
    bmc_depth = depth if answer.status != "unsafe" else max(depth, 200)
    res = bmc.check(ts, prop, bmc_depth, left, base, sink)
    eng = "pdr+bmc" if answer.status == "unsafe" else "bmc"
    if res.verdict is Verdict.BOUNDED and answer.status == "unsafe":
        return replace(res, verdict=Verdict.UNKNOWN, engine=eng,
                       seconds=time.monotonic() - start,
                       reason="PDR found the property reachable but BMC found no "
                              f"trace up to depth {bmc_depth}", notes=tuple(notes))
    if res.verdict is Verdict.UNKNOWN and answer.status == "unsafe":
        notes.append("PDR found the property reachable; BMC ran out of time "
                     "before producing the trace")
    return replace(res, engine=eng, seconds=time.monotonic() - start,
                   notes=tuple(notes) + res.notes)


def _cross_check(result, store, enc, prop, inv, pre, notes):
    """None if every foreign solver confirms each obligation, else UNKNOWN."""
    if not store.cross_check:
        return None
    answers = crosscheck.check(certificate.obligations(enc, prop, inv, pre),
                               store.cross_check, 60.0)
    bad = [a for a in answers if a.result != "unsat"]
    if bad:
        a = bad[0]
        return result(Verdict.UNKNOWN, "cross-check", 0,
                      f"cross-check failed: {a.solver} answered {a.result} on "
                      f"{a.obligation}; not reported as proved", notes=notes)
    notes.append("cross-checked by " + ", ".join(store.cross_check)
                 + " (initiation, consecution, safety: unsat)")
    return None


def _proved(result, verdict, engine, enc, prop, inv, pre, key, cert_path, store, ts, notes):
    failed = _cross_check(result, store, enc, prop, inv, pre, notes)
    if failed is not None:
        return failed
    notes.append(f"invariant: {_compact(inv)}")
    if cert_path is not None and store.save:
        text = certificate.render(enc, prop, inv, pre, key, ts.name)
        os.makedirs(os.path.dirname(cert_path), exist_ok=True)
        with open(cert_path, "w", encoding="utf-8") as fh:
            fh.write(text)
        notes.append(f"certificate saved to {cert_path}")
    return result(verdict, engine, 0, notes=notes)


WITNESS_FORMAT = "vpmu-formal-witness-1"


def _witness_saver(path: str, key: str):
    """Saves a counterexample so a later run replays it instead of searching."""
    def save(witness: dict, k: int) -> None:
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "w", encoding="utf-8") as fh:
            json.dump({"format": WITNESS_FORMAT, "key": key, "depth": k, "symbols": witness},
                      fh, indent=1, sort_keys=True)
            fh.write("\n")
    return save


def _replay(ts, prop, path: str, key: str, deadline: float, base: dict):
    try:
        with open(path, encoding="utf-8") as fh:
            data = json.load(fh)
    except (OSError, ValueError):
        return None
    if not isinstance(data, dict) or data.get("format") != WITNESS_FORMAT \
            or data.get("key") != key or not isinstance(data.get("symbols"), dict) \
            or not isinstance(data.get("depth"), int):
        return None
    try:
        return bmc.replay(ts, prop, data["symbols"], data["depth"],
                          max(1.0, deadline - time.monotonic()), base)
    except (z3.Z3Exception, TypeError, ValueError):
        return None


def _reuse(enc: Encoder, prop, path: str, key: str, deadline: float):
    try:
        with open(path, encoding="utf-8") as fh:
            text = fh.read()
    except OSError:
        return None
    pre = enc.state_vars("p")
    inv = certificate.load_invariant(enc, pre, text, key)
    if inv is None:
        return None
    check = certificate.validate(enc, prop, inv, pre, max(1.0, deadline - time.monotonic()))
    trig = next((line[2:] for line in text.splitlines()
                 if line.startswith("; " + TRIGGER_NOTE)), "")
    return inv, check, trig


def _compact(term: z3.ExprRef) -> str:
    # S-expressions are printed by Z3 itself; str() goes through the Python
    # pretty printer, which cost more than the three re-validation queries.
    return " ".join(z3.simplify(term).sexpr().split())
