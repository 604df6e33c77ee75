"""Syntax tree of a spec file.

Every node is a frozen dataclass.  Its ``span`` is excluded from equality and
hashing so that two specs differing only in layout compare equal, which the
variant machinery (``extends``/``override``) and certificate hashing rely on.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Optional, Union


@dataclass(frozen=True, order=True)
class Span:
    path: str
    line: int
    col: int
    end_line: int = 0
    end_col: int = 0

    def __str__(self) -> str:
        return f"{self.path}:{self.line}:{self.col}"


NO_SPAN = Span("<builtin>", 0, 0)


def _span() -> Span:
    return field(default=NO_SPAN, compare=False, hash=False, repr=False)


# ---- types ---------------------------------------------------------------

@dataclass(frozen=True)
class TypeRef:
    kind: str                 # "bool", "bv" or "named"
    width: int = 0            # for "bv"
    name: str = ""            # for "named" (enum or layout)
    array_len: Optional[int] = None
    span: Span = _span()


# ---- expressions ---------------------------------------------------------

@dataclass(frozen=True)
class IntLit:
    value: int
    span: Span = _span()


@dataclass(frozen=True)
class BoolLit:
    value: bool
    span: Span = _span()


@dataclass(frozen=True)
class Name:
    id: str
    span: Span = _span()


@dataclass(frozen=True)
class Call:
    fn: str
    args: tuple["Expr", ...]
    span: Span = _span()


@dataclass(frozen=True)
class Intercepted:
    access: str               # rdpmc | rdmsr | wrmsr
    target: Optional["Expr"]
    span: Span = _span()


@dataclass(frozen=True)
class Unary:
    op: str                   # "!", "~", "-"
    operand: "Expr"
    span: Span = _span()


@dataclass(frozen=True)
class Binary:
    op: str
    lhs: "Expr"
    rhs: "Expr"
    span: Span = _span()


@dataclass(frozen=True)
class Ite:
    cond: "Expr"
    then: "Expr"
    orelse: "Expr"
    span: Span = _span()


@dataclass(frozen=True)
class Index:
    base: "Expr"
    index: "Expr"
    span: Span = _span()


@dataclass(frozen=True)
class Slice:
    base: "Expr"
    hi: int
    lo: int
    span: Span = _span()


@dataclass(frozen=True)
class Field:
    base: "Expr"
    name: str
    span: Span = _span()


@dataclass(frozen=True)
class Forall:
    """`forall i in lo..hi: body`: a conjunction, unrolled over constants."""
    var: str
    lo: "Expr"
    hi: "Expr"
    body: "Expr"
    span: Span = _span()


@dataclass(frozen=True)
class Exists(Forall):
    """`exists i in lo..hi: body`: a disjunction, unrolled over constants."""


Expr = Union[IntLit, BoolLit, Name, Call, Intercepted, Unary, Binary, Ite,
             Index, Slice, Field, Forall, Exists]


# ---- statements ----------------------------------------------------------

@dataclass(frozen=True)
class LValue:
    name: str
    index: Optional[Expr]
    field: Optional[str]
    span: Span = _span()


@dataclass(frozen=True)
class Assign:
    target: LValue
    value: Expr
    label: Optional[str]
    span: Span = _span()


@dataclass(frozen=True)
class Havoc:
    target: LValue
    label: Optional[str]
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
    span: Span = _span()


@dataclass(frozen=True)
class Local:
    name: str
    value: Expr
    span: Span = _span()


@dataclass(frozen=True)
class Skip:
    span: Span = _span()


@dataclass(frozen=True)
class Emit:
    """`emit NAME`: the step raises the event NAME (`emitted(NAME)`)."""
    name: str
    span: Span = _span()


@dataclass(frozen=True)
class Accept:
    """`accept wrmsr e`: KVM has taken the guest's WRMSR of MSR e (raises
    `accepted(wrmsr, M)` for the M that e equals, and `accepted(wrmsr)`)."""
    access: str
    msr: Optional[Expr]
    span: Span = _span()


@dataclass(frozen=True)
class CallProc:
    name: str
    args: tuple[Expr, ...]
    span: Span = _span()


@dataclass(frozen=True)
class Return:
    """`return e`: the value of a procedure declared `-> T`; only as the
    last statement of its body."""
    value: Expr
    span: Span = _span()


@dataclass(frozen=True)
class LocalCall:
    """`let v = call f(...)`: run f, bind its value."""
    name: str
    call: CallProc
    span: Span = _span()


@dataclass(frozen=True)
class AssignCall:
    """`x := call f(...)`: run f, assign its value."""
    target: LValue
    call: CallProc
    label: Optional[str]
    span: Span = _span()


@dataclass(frozen=True)
class For:
    var: str
    lo: Expr
    hi: Expr                  # exclusive
    body: tuple["Stmt", ...]
    span: Span = _span()


Stmt = Union[Assign, Havoc, If, Fault, Observe, Local, Skip, CallProc, For, Return,
             LocalCall, AssignCall, Accept]


# ---- declarations --------------------------------------------------------

@dataclass(frozen=True)
class Include:
    path: str
    span: Span = _span()


@dataclass(frozen=True)
class DomainDecl:
    names: tuple[str, ...]
    span: Span = _span()


@dataclass(frozen=True)
class ConstDecl:
    name: str
    type: Optional[TypeRef]
    value: Expr
    override: bool = False
    span: Span = _span()


@dataclass(frozen=True)
class EnumDecl:
    name: str
    members: tuple[str, ...]
    override: bool = False    # a variant's new member list (e.g. more thread states)
    span: Span = _span()


@dataclass(frozen=True)
class FieldDecl:
    name: str
    hi: int
    lo: int
    span: Span = _span()


@dataclass(frozen=True)
class LayoutDecl:
    name: str
    base: TypeRef
    fields: tuple[FieldDecl, ...]
    span: Span = _span()


@dataclass(frozen=True)
class ConfigDecl:
    name: str
    type: TypeRef
    span: Span = _span()
    settable: bool = False            # changed by `reconfigure` actions (before the first run)
    init: Optional[Expr] = None       # `settable = e`: the value before any change


@dataclass(frozen=True)
class AssumeDecl:
    label: Optional[str]
    expr: Expr
    span: Span = _span()


@dataclass(frozen=True)
class AnyInit:
    span: Span = _span()


@dataclass(frozen=True)
class VarDecl:
    name: str
    type: TypeRef
    init: Union[Expr, AnyInit, None]
    label: Optional[str]
    override: bool = False
    span: Span = _span()
    ghost: bool = False       # bookkeeping of the spec, not machine state


@dataclass(frozen=True)
class LetDecl:
    name: str
    expr: Expr
    override: bool = False
    span: Span = _span()


@dataclass(frozen=True)
class Param:
    name: str
    type: TypeRef
    label: Optional[str] = None
    span: Span = _span()


@dataclass(frozen=True)
class DefDecl:
    name: str
    params: tuple[Param, ...]
    expr: Expr
    override: bool = False
    span: Span = _span()


@dataclass(frozen=True)
class InterceptDecl:
    access: str               # rdpmc | rdmsr | wrmsr | rwmsr
    target: Optional[str]     # the MSRs as written, whitespace folded (None for rdpmc)
    cond: Expr                # exits to KVM when this holds
    negated: bool             # written with `unless`
    cites: Optional[str]
    override: bool = False
    span: Span = _span()
    cites_span: Span = _span()        # of the cites string, for citation errors
    # The MSRs: constant expressions, each taken for every value of the
    # range variable when there is one (`intercept rwmsr MSR_X + i for i
    # in 0..4 unless ...`); () for rdpmc.
    msrs: tuple = ()
    range_var: Optional[str] = None
    range_lo: Optional[Expr] = None
    range_hi: Optional[Expr] = None

    @property
    def key(self) -> str:
        return self.access if self.target is None else f"{self.access} {self.target}"


@dataclass(frozen=True)
class ActionDecl:
    name: str
    params: tuple[Param, ...]
    guard: Optional[Expr]
    cites: Optional[str]
    body: tuple[Stmt, ...]
    override: bool = False
    span: Span = _span()
    cites_span: Span = _span()        # of the cites string, for citation errors
    # `reconfigure NAME(c1, c2) ...`: an action whose inputs are new values
    # of these settable configs (lang/typecheck.py: Checker.reconfigure).
    reconfigures: tuple[str, ...] = ()
    reconfigure_spans: tuple[Span, ...] = ()


@dataclass(frozen=True)
class ProcDecl:
    """A statement procedure, inlined at each `call` (kernel helpers such
    as `intel_mediated_pmu_load`), so a variant can override one helper."""
    name: str
    params: tuple[Param, ...]
    cites: Optional[str]
    body: tuple[Stmt, ...]
    override: bool = False
    span: Span = _span()
    # Set by the loader on an `override proc`: the name under which the
    # procedure it replaced stays callable, as `call super(...)`.
    super_name: Optional[str] = None
    cites_span: Span = _span()        # of the cites string, for citation errors
    ret: Optional[TypeRef] = None     # `-> T`: the procedure returns a value


@dataclass(frozen=True)
class LemmaDecl:
    """A candidate invariant offered to the prover; checked, never trusted."""
    name: str
    expr: Expr
    override: bool = False
    span: Span = _span()
    scope: tuple = ()                 # `lemma L for P, Q`: offered to these only
    scope_spans: tuple = ()


@dataclass(frozen=True)
class Drop:
    """`drop property NAME` / `drop lemma NAME` in a variant: the extended
    spec's declaration is removed (the loader applies it)."""
    kind: str                 # "property" | "lemma"
    name: str
    span: Span = _span()


@dataclass(frozen=True)
class PropertyDecl:
    name: str
    kind: str                 # "invariant" | "never_observes" | "cover"
    expr: Optional[Expr]
    observer: Optional[str]
    label: Optional[str]
    expect: Optional[str]
    override: bool = False
    span: Span = _span()
    expect_span: Span = _span()


Decl = Union[Include, DomainDecl, ConstDecl, EnumDecl, LayoutDecl, ConfigDecl,
             AssumeDecl, VarDecl, LetDecl, DefDecl, InterceptDecl, ActionDecl,
             ProcDecl, LemmaDecl, PropertyDecl]


@dataclass(frozen=True)
class Header:
    name: str
    title: Optional[str]
    extends: Optional[str]
    span: Span = _span()
    extends_span: Span = _span()


@dataclass(frozen=True)
class SpecFile:
    path: str
    header: Optional[Header]
    items: tuple[Decl, ...]
