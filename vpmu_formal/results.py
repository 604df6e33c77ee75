"""Verdicts, expectations and result records (plain, picklable data).

Reporters are pure functions of these records; engines produce them.
"""
from __future__ import annotations

import enum
from dataclasses import dataclass, field
from typing import Optional

from . import ir


class Verdict(enum.Enum):
    PROVED = "PROVED"              # unbounded proof (never from BMC alone)
    COVERED = "COVERED"            # a cover goal was reached (witness trace)
    UNREACHABLE = "UNREACHABLE"    # a cover goal was proved unreachable
    VIOLATED = "VIOLATED"          # counterexample trace
    BOUNDED = "BOUNDED"            # nothing found up to depth k: NOT a proof
    VACUOUS = "VACUOUS"            # assumptions inconsistent / trigger unreachable
    UNKNOWN = "UNKNOWN"            # timeout, resource limit, solver gave up
    ERROR = "ERROR"                # the spec or the tool failed


class Outcome(enum.IntEnum):
    """How a verdict compares with its expectation; the CLI exit code is the
    worst outcome over all properties (ERROR > MISMATCH > INCONCLUSIVE)."""
    AS_EXPECTED = 0
    INCONCLUSIVE = 1     # UNKNOWN, or BOUNDED where a proof was expected
    MISMATCH = 2         # e.g. VIOLATED where a proof was expected
    ERROR = 3


EXIT_CODES = {Outcome.AS_EXPECTED: 0, Outcome.MISMATCH: 1, Outcome.ERROR: 2,
              Outcome.INCONCLUSIVE: 3}


def default_expectation(kind: str) -> str:
    return "covered" if kind == "cover" else "proved"


def outcome(verdict: Verdict, expect: str) -> Outcome:
    if verdict is Verdict.ERROR:
        return Outcome.ERROR
    satisfied = {
        "proved": {Verdict.PROVED},
        "violated": {Verdict.VIOLATED},
        "bounded": {Verdict.BOUNDED, Verdict.PROVED, Verdict.UNREACHABLE},
        "covered": {Verdict.COVERED},
        "unreachable": {Verdict.UNREACHABLE},
    }[expect]
    if verdict in satisfied:
        return Outcome.AS_EXPECTED
    if verdict is Verdict.UNKNOWN:
        return Outcome.INCONCLUSIVE
    if verdict is Verdict.BOUNDED:
        # Nothing found within the depth: a deeper search could still meet
        # the expectation, so this is inconclusive, not a contradiction.
        return Outcome.INCONCLUSIVE
    return Outcome.MISMATCH


# Engines that answer from a saved result, re-validated or replayed.
REUSE_ENGINES = ("certificate", "witness")


# ---- traces ----------------------------------------------------------------

@dataclass(frozen=True)
class Shown:
    """A value as a report shows it: its bits, type and owner labels."""
    value: int
    type: ir.ScalarT
    labels: tuple[str, ...] = ()
    layout: Optional[ir.Layout] = None
    known: bool = True        # False: sliced away, the property never reads it


@dataclass(frozen=True)
class Change:
    cell: str
    old: Shown
    new: Shown
    ghost: bool = False       # a ghost variable or an event flag, not machine state


@dataclass(frozen=True)
class InterceptDecision:
    access: str               # rdpmc / rdmsr / wrmsr
    msr: Optional[int]
    exited: bool              # True: the access exits to KVM
    rule_span: Optional[str]  # the rule consulted, None if none matched
    rule_cites: Optional[str]
    span: str                 # where the action asked


@dataclass(frozen=True)
class ObservationEvent:
    observer: str
    value: Shown
    span: str


@dataclass(frozen=True)
class TraceStep:
    index: int
    action: str
    span: str
    cites: Optional[str]
    inputs: tuple[tuple[str, Shown], ...]
    intercepts: tuple[InterceptDecision, ...]
    faults: tuple[tuple[str, str], ...]          # (kind, span)
    observations: tuple[ObservationEvent, ...]
    changes: tuple[Change, ...]


@dataclass(frozen=True)
class Trace:
    config: tuple[tuple[str, Shown], ...]
    initial: tuple[tuple[str, Shown], ...]
    steps: tuple[TraceStep, ...]
    final: tuple[tuple[str, Shown], ...] = ()    # values named by the property
    names: tuple[tuple[int, str], ...] = ()      # MSR_/RDPMC_ constants, to decode inputs


# ---- results -----------------------------------------------------------------

@dataclass(frozen=True)
class Result:
    spec: str
    spec_path: str
    spec_title: str
    property: str
    kind: str                        # invariant | never_observes | cover
    span: str                        # path:line:col of the property
    statement: str                   # the property in words
    verdict: Verdict
    expect: str
    engine: str
    depth: int                       # BMC depth reached / trace length / k
    seconds: float
    reason: str = ""                 # for UNKNOWN / VACUOUS / ERROR
    trace: Optional[Trace] = None
    notes: tuple[str, ...] = field(default=())
    observer: str = ""               # never_observes: who must not see
    label: str = ""                  # never_observes: whose data
    declared: str = ""               # path:line:col where the property is written, when
                                     # not in the spec's own file (`span` is then the header)

    @property
    def outcome(self) -> Outcome:
        return outcome(self.verdict, self.expect)

    @property
    def reused(self) -> bool:
        """Taken from a saved certificate or witness (after re-checking it),
        not searched for in this run."""
        return self.engine in REUSE_ENGINES
