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

from .. import execute, ir, slicing
from ..lang import events
from ..encode import Encoder, encoder_for
from ..memo import PerSystem
from ..results import Result, Verdict
from .unroll import _refs
from . import bmc, certificate, common, crosscheck, houdini, minimize, pdr

PDR_SHARE = 0.6       # of the per-property budget; the rest is left for BMC
QUICK_DEPTH = 8       # the short BMC pass for shallow bugs


@dataclass(frozen=True)
class ProofStore:
    directory: Optional[str]      # None: do not look for or save certificates
    save: bool = False
    cross_check: tuple = ()       # solvers that must re-confirm every proof
    # certificate.sources_digest of the spec's text: lets a witness be
    # matched by certificate.source_key without encoding the slice.
    sources_digest: str = ""
    # Shrink an invariant to what its property needs before saving it
    # (minimize.py): costs cores at save time, halves re-validation.
    minimize: bool = False


def trigger_of(prop: ir.Property) -> Optional[ir.Property]:
    """The situation a proof of `prop` must not avoid: the antecedent of an
    `A ==> B` invariant, or any observation by the observer of a
    `never ... observes` property.  A proof where it is unreachable says
    nothing (VACUOUS).  The observation trigger is named by its observer,
    not by the property, since every `never D observes` property of a spec
    has the same one: one system copy, one saved witness."""
    if prop.kind == "never_observes":
        return ir.Property(f"trigger.{prop.observer}_observes", "cover_observe", None,
                           prop.observer, None, None, prop.span)
    e = prop.expr
    if prop.kind == "invariant" and isinstance(e, ir.Op) and e.op == "implies":
        return ir.Property(f"{prop.name}.trigger", "cover", e.args[0], None, None, None,
                           prop.span)
    return None


_TRIGGER_SYSTEMS = PerSystem()


def trigger_system(ts: ir.TransitionSystem, trig: ir.Property) -> ir.TransitionSystem:
    """The system the trigger is checked in: an observation trigger needs a
    monitor, hence a copy of the system with the trigger as a property
    (one copy per observer, so its encodings are shared); an antecedent
    needs none and is checked in the system itself."""
    if not trig.monitored:
        return ts
    return _TRIGGER_SYSTEMS.get(ts, trig.name,
                                lambda: replace(ts, properties=ts.properties + (trig,)))


def check(ts: ir.TransitionSystem, prop: ir.Property, depth: int, timeout: float,
          base: dict, store: ProofStore, engine: str = "auto") -> Result:
    """`_check`, and for a proof, the check that its trigger is reachable
    and whether each event it reads can happen.  These checks go through
    the same store as the property: their witnesses (or, when
    unreachable, certificates) are saved beside the property's and
    replayed (re-validated) on reuse, so a reused proof's non-vacuity is
    re-shown from the current spec, never read from a note."""
    res = _check(ts, prop, depth, timeout, base, store, engine)
    held = _proof_of(ts, prop)        # before the trigger check makes proofs of its own
    if res.verdict is not Verdict.PROVED:
        return res
    res = _with_trigger(ts, prop, res, depth, timeout, base, store, engine)
    if res.verdict is not Verdict.PROVED:
        return res
    return _with_events(ts, prop, res, depth, timeout, base, store, engine, held)


def _with_trigger(ts, prop, res: Result, depth, timeout, base, store, engine) -> Result:
    trig = trigger_of(prop)
    if trig is None:
        return res
    t0 = time.monotonic()
    tr = _trigger_check(ts, trig, depth, max(1.0, timeout - res.seconds), base, store,
                        engine)
    took = res.seconds + (time.monotonic() - t0)
    if tr.verdict is Verdict.UNREACHABLE:
        note = TRIGGER_UNREACHABLE
    elif tr.verdict is Verdict.COVERED:
        note = f"{TRIGGER_NOTE}reached at depth {tr.depth}"
    else:
        note = f"{TRIGGER_NOTE}not shown reachable ({tr.verdict.value}: {tr.reason})"
    path = _cert_path(store, ts, prop)
    if path is not None and store.save and res.engine != "certificate" \
            and os.path.exists(path):
        # A record for the reader of the file; reuse re-checks the trigger.
        with open(path, "a", encoding="utf-8") as fh:
            fh.write(f"; {note}\n")
    if note == TRIGGER_UNREACHABLE:
        return _vacuous(res, trig, took)
    return replace(res, seconds=took, notes=res.notes + (note,))


def event_covers(prop: ir.Property) -> list:
    """A cover goal per event fact the property reads (lang/events.py),
    in the order it reads them: `emitted(pmi)` is reachable."""
    if prop.expr is None:
        return []
    seen: list = []
    for ref in _refs(prop.expr):
        if ref.kind == "state" and events.is_event(ref.name) and ref.name not in seen:
            seen.append(ref.name)
    return [ir.Property(f"event.{name}", "cover", ir.Ref("state", name, None, ir.BoolT(),
                                                         prop.span),
                        None, None, None, prop.span) for name in seen]


def _with_events(ts, prop, res: Result, depth, timeout, base, store, engine,
                 held=None) -> Result:
    """For a proof, whether each event it reads can happen at all.  One
    that cannot makes the proof hold without it, which a reviewer must
    see: `invariant !emitted(leak)` then says only that the leak is dead
    code, and `count_since(...)`-style bounds hold trivially.  The answer is
    printed with the proof (a note the text report always shows); the
    antecedent of `A ==> B` is the trigger's business (VACUOUS)."""
    notes = []
    t0 = time.monotonic()
    for cov in event_covers(prop):
        name = cov.name[len("event."):]
        if held is not None and _excludes(held, name):
            notes.append(f"{EVENT_NOTE}{name} never happens on any run; the proof rests "
                         "on that (its invariant excludes it)")
            continue
        r = _trigger_check(ts, cov, depth, max(1.0, timeout - res.seconds), base, store,
                           engine)
        if r.verdict is Verdict.UNREACHABLE:
            notes.append(f"{EVENT_NOTE}{name} never happens on any run; the proof rests "
                         "on that")
        elif r.verdict is Verdict.COVERED:
            notes.append(f"event: {name} happens (depth {r.depth})")
        else:
            notes.append(f"event: {name} not shown to happen ({r.verdict.value}: {r.reason})")
    if not notes:
        return res
    return replace(res, seconds=res.seconds + (time.monotonic() - t0),
                   notes=res.notes + tuple(notes))


EVENT_NOTE = "note: the event "

# The invariant of the proof just made or re-validated, for its event
# check: a property such as `!once(emitted(x))` is proved by an invariant
# that already rules the event out, and showing that again as an
# unreachable cover cost a second proof as hard as the first (a minute of
# PDR on the Intel model).  One entry only, taken by that check: each
# holds an encoder and its Z3 context.
_LAST_PROOF: dict = {}


def _remember(ts, prop, enc, inv, pre) -> None:
    _LAST_PROOF.clear()
    _LAST_PROOF[(id(ts), prop.name)] = (ts, enc, inv, pre)


def _proof_of(ts, prop):
    held = _LAST_PROOF.pop((id(ts), prop.name), None)
    _LAST_PROOF.clear()
    return None if held is None or held[0] is not ts else held[1:]


def _excludes(held, cell: str) -> bool:
    """The proof's invariant, with the assumptions, has no state where the
    event flag `cell` holds.  Sound because the invariant was validated
    (initiation and consecution): every reachable state satisfies it, so
    none has the flag set.  Only an `unsat` answer counts."""
    enc, inv, pre = held
    if cell not in pre or not enc.keeps_value(cell):
        return False          # a sliced-away cell is a constant: its answer would be empty
    s = common.one_query_solver(enc)
    common.add_background(enc, s, probe=False)
    s.add(inv, pre[cell].term == z3.BoolVal(True, enc.ctx))
    s.set(timeout=5000)
    return s.check() == z3.unsat


_TRIGGER_RESULTS = PerSystem()


def _trigger_check(ts, trig: ir.Property, depth: int, timeout: float, base: dict,
                   store: ProofStore, engine: str) -> Result:
    """Whether the trigger is reachable.  Every `never D observes` property
    of a spec has the same trigger, so a conclusive answer is kept for the
    other proofs of the system checked in this process: the same check of
    the same system, asked again, would give the same answer (the solvers
    run with fixed seeds).  An inconclusive one is asked again, with the
    next property's time."""
    key = (trig.name, depth, engine, store)
    hit = _TRIGGER_RESULTS.get(ts, key, lambda: None)
    if hit is not None:
        return hit
    tb = dict(base, property=trig.name, kind=trig.kind, expect="covered")
    # Without the spec's lemmas: a cover never uses them (they are for
    # Houdini's proofs), and they widened the slice that the trigger's
    # search and saved witness are made in.
    tr = _check(trigger_system(ts, trig), trig, depth, timeout, tb, store, engine,
                offer_lemmas=False)
    if tr.verdict in (Verdict.COVERED, Verdict.UNREACHABLE):
        _TRIGGER_RESULTS.set(ts, key, tr)
    return tr


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
           base: dict, store: ProofStore, engine: str = "auto",
           offer_lemmas: bool = True) -> Result:
    start = time.monotonic()
    deadline = start + timeout
    cert_path = _cert_path(store, ts, prop)
    wit_path = cert_path[:-len(".smt2")] + ".witness.json" if cert_path else None
    source = certificate.source_key(store.sources_digest, ts, prop) \
        if store.sources_digest else None
    keep = enc = key = None
    lemmas = ir.lemmas_for(ts, prop) if offer_lemmas else ()

    def system_key() -> str:
        nonlocal keep, enc, key
        if key is None:
            keep = slicing.compute(ts, prop, [lem.expr for lem in lemmas])
            enc = encoder_for(ts, keep)
            key = certificate.system_key(enc, prop)
        return key

    def result(verdict, eng, k, reason="", trace=None, notes=()):
        return Result(**base, verdict=verdict, engine=eng, depth=k,
                      seconds=time.monotonic() - start, reason=reason, trace=trace,
                      notes=tuple(notes))

    proved = Verdict.UNREACHABLE if prop.is_cover else Verdict.PROVED
    if wit_path is not None:
        replayed = _replay(ts, prop, wit_path, source, system_key, base)
        if replayed is not None:
            return replace(replayed, seconds=time.monotonic() - start,
                           notes=(f"witness {wit_path} replayed",))
    system_key()
    sink = _witness_saver(wit_path, key, source) if wit_path and store.save else None
    if cert_path is not None:
        reused = _reuse(enc, prop, cert_path, key, deadline)
        if reused is not None:
            inv, pre, check = reused
            if check.ok:
                _remember(ts, prop, enc, inv, pre)
                notes = [f"certificate {cert_path} re-validated"]
                failed = _cross_check(result, store, enc, prop, inv, pre, notes)
                if failed is not None:
                    return failed
                notes.append(f"invariant: {_compact(inv)}")
                return result(proved, "certificate", 0, notes=notes)

    # Reuse needs no separate consistency probe: a certificate's
    # validation requires a satisfiable initial state, and a witness with
    # inconsistent assumptions does not replay.
    probe = common.new_solver(enc)
    vac = common.add_background(enc, probe)
    if vac is not None:
        return result(Verdict.VACUOUS, engine, 0, common.describe_vacuity(vac))

    notes = []
    # Without lemmas, the property's slice is BMC's slice: share the
    # encoder (and the relation parsed into it) with BMC.
    same = None if lemmas else enc

    if lemmas and not prop.is_cover:
        h = houdini.prove(enc, prop, lemmas,
                          max(0.5, (deadline - time.monotonic()) * PDR_SHARE / 2))
        if h.status == "safe" and h.validated:
            # houdini.prove's last round was certificate.validate of
            # h.invariant itself, so it is not asked a second time.
            notes.append("lemmas used: " + (", ".join(h.kept) or "none"))
            if h.dropped:
                notes.append("lemmas dropped (not inductive): " + ", ".join(h.dropped))
            return _proved(result, proved, "lemmas", enc, prop, h.invariant, h.state,
                           key, cert_path, store, ts, notes, deadline)
        notes.append(f"lemmas did not suffice: {h.reason}")
    quick = bmc.check(ts, prop, min(depth, QUICK_DEPTH),
                      max(0.5, (deadline - time.monotonic()) * 0.2), base, sink, enc=same)
    if quick.verdict in (Verdict.VIOLATED, Verdict.COVERED):
        return replace(quick, seconds=time.monotonic() - start,
                       notes=tuple(notes) + quick.notes)
    answer = pdr.solve(enc, prop, max(0.5, (deadline - time.monotonic()) * PDR_SHARE))
    if answer.status == "safe":
        check = certificate.validate(enc, prop, answer.invariant, answer.state,
                                     max(1.0, deadline - time.monotonic()))
        if check.ok:
            return _proved(result, proved, "pdr", enc, prop, answer.invariant, answer.state,
                           key, cert_path, store, ts, notes, deadline)
        notes.append(f"PDR invariant failed re-validation ({check.failed}); not a proof")
    elif answer.status == "unknown":
        notes.append(f"PDR gave up: {answer.reason}")

    # Unsafe, or PDR inconclusive: BMC, shortest trace first.  When PDR
    # showed a counterexample exists, search past --depth until it is found.
    left = max(0.5, deadline - time.monotonic())
    bmc_depth = depth if answer.status != "unsafe" else max(depth, 200)
    res = bmc.check(ts, prop, bmc_depth, left, base, sink, enc=same)
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


def _proved(result, verdict, engine, enc, prop, inv, pre, key, cert_path, store, ts, notes,
            deadline):
    if store.minimize and store.save and cert_path is not None:
        inv = _shrunk(enc, prop, inv, pre, deadline, notes)
    failed = _cross_check(result, store, enc, prop, inv, pre, notes)
    if failed is not None:
        return failed
    _remember(ts, prop, enc, inv, pre)
    notes.append(f"invariant: {_compact(inv)}")
    if cert_path is not None and store.save:
        text = certificate.render(enc, prop, inv, pre, key, ts.name)
        os.makedirs(os.path.dirname(cert_path), exist_ok=True)
        with open(cert_path, "w", encoding="utf-8") as fh:
            fh.write(text)
        notes.append(f"certificate saved to {cert_path}")
    return result(verdict, engine, 0, notes=notes)


def _shrunk(enc, prop, inv, pre, deadline, notes):
    """`inv` cut down to the conjuncts `prop` needs, if that is smaller and
    passes the same validation as every invariant; else `inv`."""
    small = minimize.needed(enc, prop, inv, pre, max(0.5, (deadline - time.monotonic()) / 2))
    if small is None:
        return inv
    check = certificate.validate(enc, prop, small, pre, max(1.0, deadline - time.monotonic()))
    if not check.ok:
        notes.append(f"shrunken invariant failed re-validation ({check.failed}); "
                     "the whole one is kept")
        return inv
    notes.append(f"invariant shrunk to {len(certificate.conjuncts(small))} of "
                 f"{len(certificate.conjuncts(inv))} conjuncts")
    return small


WITNESS_FORMAT = "vpmu-formal-witness-2"


def _witness_saver(path: str, key: str, source: Optional[str]):
    """Saves a counterexample so a later run replays it instead of searching."""
    def save(witness: dict, k: int) -> None:
        os.makedirs(os.path.dirname(path), exist_ok=True)
        record = {"format": WITNESS_FORMAT, "key": key, "depth": k, "symbols": witness,
                  "made_by": certificate.made_by()}
        if source is not None:
            record["source"] = source
        with open(path, "w", encoding="utf-8") as fh:
            json.dump(record, fh, indent=1, sort_keys=True)
            fh.write("\n")
    return save


def _replay(ts, prop, path: str, source: Optional[str], system_key, base: dict):
    """The saved counterexample's Result, or None.  The witness is tried
    when its source key matches (same tool code, same spec text) or else
    its system key (same sliced encoding); either way it is replayed."""
    try:
        with open(path, encoding="utf-8") as fh:
            data = json.load(fh)
    except (OSError, ValueError):
        return None
    if not isinstance(data, dict) or data.get("format") != WITNESS_FORMAT \
            or not isinstance(data.get("symbols"), dict) \
            or not isinstance(data.get("depth"), int):
        return None
    if not (source is not None and data.get("source") == source) \
            and data.get("key") != system_key():
        return None
    # The witness pins every free symbol of the run, so checking it is
    # running the spec: the concrete executor (execute.py) runs the sliced
    # IR on integers and builds the trace, with no solver.  Soundness rests
    # on the executor having the encoder's semantics; tests/test_execute.py
    # holds them to each other on every shipped witness (Trace for Trace,
    # against bmc.replay's Z3 model) and on random systems.
    start = time.monotonic()
    try:
        trace = execute.replay(ts, prop, slicing.compute(ts, prop), data["symbols"],
                               data["depth"])
    except (TypeError, ValueError, KeyError):
        return None
    if trace is None:
        return None
    verdict = Verdict.COVERED if prop.is_cover else Verdict.VIOLATED
    return Result(**base, verdict=verdict, engine="witness", depth=data["depth"],
                  seconds=time.monotonic() - start, trace=trace)


def _reuse(enc: Encoder, prop, path: str, key: str, deadline: float):
    try:
        with open(path, encoding="utf-8") as fh:
            text = fh.read()
    except OSError:
        return None
    pre = enc.template()[0]
    inv = certificate.load_invariant(enc, text, key)
    if inv is None:
        return None
    check = certificate.validate(enc, prop, inv, pre, max(1.0, deadline - time.monotonic()))
    return inv, pre, check


def _compact(term: z3.ExprRef) -> str:
    # S-expressions are printed by Z3 itself; str() goes through the Python
    # pretty printer, which cost more than the three re-validation queries.
    return " ".join(z3.simplify(term).sexpr().split())
