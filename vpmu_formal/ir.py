"""Typed intermediate representation: a labelled transition system.

The type checker produces it from the AST; the encoder turns it into Z3.
Every node keeps the span of the source it came from so that traces,
failed properties and unsat cores can be printed as `file:line:col`.
Names are fully resolved: `let`/`def` macros are already inlined, constants
are folded to literals, and an `intercepted(...)` query carries the rules it
consults.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Optional, Union

from .lang.ast import NO_SPAN, Span


def _span() -> Span:
    return field(default=NO_SPAN, compare=False, hash=False, repr=False)


# ---- types ---------------------------------------------------------------

@dataclass(frozen=True)
class BoolT:
    def __str__(self) -> str:
        return "bool"


@dataclass(frozen=True)
class BvT:
    width: int
    layout: Optional[str] = field(default=None, compare=False, hash=False)

    def __str__(self) -> str:
        return self.layout or f"bv{self.width}"


@dataclass(frozen=True)
class EnumT:
    name: str
    members: tuple[str, ...]

    @property
    def width(self) -> int:
        return max(1, (len(self.members) - 1).bit_length())

    def __str__(self) -> str:
        return self.name


ScalarT = Union[BoolT, BvT, EnumT]


@dataclass(frozen=True)
class ArrayT:
    elem: ScalarT
    length: int

    def __str__(self) -> str:
        return f"{self.elem}[{self.length}]"


Type = Union[BoolT, BvT, EnumT, ArrayT]


@dataclass(frozen=True)
class Layout:
    """Named bit-fields of a register, used to decode values in reports."""
    name: str
    width: int
    fields: tuple[tuple[str, int, int], ...]     # (name, hi, lo)


# ---- expressions ---------------------------------------------------------

@dataclass(frozen=True)
class Lit:
    value: int                 # bools are 0/1, enums are member indices
    type: ScalarT
    span: Span = _span()


@dataclass(frozen=True)
class Ref:
    """A scalar read: config, state element, action input or body local."""
    kind: str                  # "config" | "state" | "input" | "local"
    name: str
    index: Optional[int]       # element of an array variable
    type: ScalarT
    span: Span = _span()


@dataclass(frozen=True)
class ArrayRead:
    """Element of an array variable at a symbolic index (ITE chain)."""
    kind: str                  # "config" | "state"
    name: str
    index: "Expr"
    length: int
    type: ScalarT
    span: Span = _span()


@dataclass(frozen=True)
class Op:
    """Operator application; `op` names a Z3-level operation."""
    op: str
    args: tuple["Expr", ...]
    type: ScalarT
    params: tuple[int, ...] = ()     # extract hi/lo, extension width
    span: Span = _span()


@dataclass(frozen=True)
class InterceptRule:
    access: str                # rdpmc | rdmsr | wrmsr | rwmsr
    target: Optional[str]      # constant name of the MSR
    msr: Optional[int]         # its value
    cond: "Expr"               # KVM intercepts when this holds
    cites: Optional[str]
    span: Span = _span()
    # The key of the declaration it came from (lang.ast.InterceptDecl.key):
    # a rule over a list or range of MSRs is one declaration, several rules.
    decl_key: str = ""

    @property
    def key(self) -> str:
        return self.access if self.target is None else f"{self.access} {self.target}"


@dataclass(frozen=True)
class InterceptQuery:
    """`intercepted(access[, msr])`: true when the access exits to KVM.

    An access with no matching rule is intercepted, as in KVM, where every
    MSR and RDPMC exits unless a bitmap/control bit says otherwise.
    """
    access: str
    msr: Optional["Expr"]
    rules: tuple[InterceptRule, ...]
    type: ScalarT = BoolT()
    span: Span = _span()


@dataclass(frozen=True)
class OwnedBy:
    """`owned_by(e, d)`: e's label includes domain d (labels as data)."""
    value: "Expr"
    domain: str
    type: ScalarT = BoolT()
    span: Span = _span()


Expr = Union[Lit, Ref, ArrayRead, Op, InterceptQuery, OwnedBy]


# ---- statements ----------------------------------------------------------

@dataclass(frozen=True)
class Target:
    name: str
    index: Optional[Expr]              # None for scalars
    field: Optional[tuple[int, int]]   # (hi, lo) of a layout field
    type: Type                         # type of the whole variable
    span: Span = _span()


@dataclass(frozen=True)
class Assign:
    target: Target
    value: Expr
    label: Optional[frozenset]         # None: the value's own label
    span: Span = _span()


@dataclass(frozen=True)
class Havoc:
    """Assign a nondeterministic value (a fresh input per step)."""
    target: Target
    label: frozenset
    uid: int                           # names the fresh input
    type: ScalarT = BoolT()
    span: Span = _span()


@dataclass(frozen=True)
class If:
    cond: Expr
    then: tuple["Stmt", ...]
    orelse: tuple["Stmt", ...]
    span: Span = _span()


@dataclass(frozen=True)
class Fault:
    kind: str
    span: Span = _span()


@dataclass(frozen=True)
class Observe:
    observer: str
    value: Expr
    uid: int
    span: Span = _span()


@dataclass(frozen=True)
class Local:
    name: str
    value: Expr
    span: Span = _span()


Stmt = Union[Assign, Havoc, If, Fault, Observe, Local]


# ---- declarations --------------------------------------------------------

@dataclass(frozen=True)
class Variable:
    name: str
    type: Type
    init: Optional[Expr]               # None: any value
    label: frozenset
    span: Span = _span()
    # Ghost state: the spec's bookkeeping (declared `ghost var`, or an
    # event flag the checker made, see lang/events.py), shown apart from
    # the machine state in traces.
    ghost: bool = False


@dataclass(frozen=True)
class Input:
    name: str
    type: ScalarT
    label: frozenset
    span: Span = _span()


@dataclass(frozen=True)
class Assume:
    name: Optional[str]
    expr: Expr
    span: Span = _span()


@dataclass(frozen=True)
class Action:
    name: str
    inputs: tuple[Input, ...]
    guard: Expr
    body: tuple[Stmt, ...]
    cites: Optional[str]
    span: Span = _span()


@dataclass(frozen=True)
class Property:
    name: str
    kind: str                          # "invariant" | "never_observes" | "cover"
                                       # | "cover_observe" (synthetic: D observes anything)
    expr: Optional[Expr]               # invariant / cover condition
    observer: Optional[str]
    label: Optional[str]               # the forbidden domain
    expect: Optional[str]
    span: Span = _span()

    @property
    def is_cover(self) -> bool:
        return self.kind in ("cover", "cover_observe")

    @property
    def monitored(self) -> bool:
        """Encoded as a latch over `observe` statements."""
        return self.kind in ("never_observes", "cover_observe")


@dataclass(frozen=True)
class Lemma:
    name: str
    expr: Expr
    span: Span = _span()
    only: tuple = ()                   # offered to these properties only; () to all


def lemmas_for(ts: "TransitionSystem", prop: "Property") -> tuple:
    """The lemmas offered for proving `prop`: those scoped to it, and the
    unscoped ones."""
    return tuple(lem for lem in ts.lemmas if not lem.only or prop.name in lem.only)


@dataclass(frozen=True)
class TransitionSystem:
    name: str
    title: str
    path: str
    domains: tuple[str, ...]
    layouts: tuple[Layout, ...]
    configs: tuple[Variable, ...]
    assumes: tuple[Assume, ...]
    state: tuple[Variable, ...]
    actions: tuple[Action, ...]
    intercepts: tuple[InterceptRule, ...]
    properties: tuple[Property, ...]
    msr_names: tuple[tuple[int, str], ...] = ()   # for reports: value -> constant name
    lemmas: tuple[Lemma, ...] = ()

    def layout(self, name: Optional[str]) -> Optional[Layout]:
        for lay in self.layouts:
            if lay.name == name:
                return lay
        return None


def expr_type(e: Expr) -> ScalarT:
    return e.type


def scalar_elems(var: Variable) -> list[tuple[str, Optional[int], ScalarT]]:
    """(name, element index, type) for each scalar cell of a variable."""
    if isinstance(var.type, ArrayT):
        return [(var.name, i, var.type.elem) for i in range(var.type.length)]
    return [(var.name, None, var.type)]


def cell_name(name: str, index: Optional[int]) -> str:
    return name if index is None else f"{name}[{index}]"


def ghost_cells(ts: "TransitionSystem") -> frozenset:
    """Cells of ghost variables (reports show them apart from the machine)."""
    return frozenset(cell_name(n, i) for v in ts.state if v.ghost
                     for n, i, _ in scalar_elems(v))
