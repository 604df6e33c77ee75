"""Name resolution and type checking: resolved AST -> IR TransitionSystem.

Numbers without a type (`0x329`, `const MSR_PERF_METRICS = 0x329`) stay
exact Python integers until they meet a typed operand, so `x & ~MASK`
takes x's width; a negative number stands for its two's complement.
"""
from __future__ import annotations

import difflib
from dataclasses import dataclass
from typing import Optional, Union

from .. import ir
from . import ast as A
from . import events
from .errors import Note, SpecError
from .loader import SUPER, Module, duplicate_error

EXPECT_PROPERTY = ("proved", "violated", "bounded")
EXPECT_COVER = ("covered", "unreachable", "bounded")
SETTABLE_INITIAL = "@init"     # the config of a settable config's value before any change
NO_LABEL = "none"
MAX_CONST_BITS = 1024      # untyped constants; keeps folding from eating memory
MAX_UNROLL = 256           # iterations of a for/forall


@dataclass(frozen=True)
class _Int:
    """An integer whose width is not known yet."""
    value: int
    span: A.Span


Checked = Union[ir.Expr, _Int]


def _each_once(items):
    """The declarations in order; a second one of a name is an error."""
    seen: dict = {}
    for item in items:
        if item.name in seen:
            raise duplicate_error(item, seen[item.name])
        seen[item.name] = item
        yield item


def _is_number(v: Checked) -> bool:
    """A constant number: an untyped integer or a bit-vector literal."""
    return isinstance(v, _Int) or (isinstance(v, ir.Lit) and isinstance(v.type, ir.BvT))

_ARITH = {"+": "bvadd", "-": "bvsub", "*": "bvmul", "&": "bvand", "|": "bvor",
          "^": "bvxor", "<<": "bvshl", ">>": "bvlshr"}
_CMP = {"<": "bvult", "<=": "bvule", ">": "bvugt", ">=": "bvuge"}
_FOLD = {"+": lambda a, b: a + b, "-": lambda a, b: a - b, "*": lambda a, b: a * b,
         "&": lambda a, b: a & b, "|": lambda a, b: a | b, "^": lambda a, b: a ^ b,
         "<<": lambda a, b: a << b, ">>": lambda a, b: a >> b,
         "==": lambda a, b: a == b, "!=": lambda a, b: a != b,
         "<": lambda a, b: a < b, "<=": lambda a, b: a <= b,
         ">": lambda a, b: a > b, ">=": lambda a, b: a >= b}

BOOL = ir.BoolT()


def _same_type(a: ir.ScalarT, b: ir.ScalarT) -> bool:
    if isinstance(a, ir.BvT) and isinstance(b, ir.BvT):
        return a.width == b.width
    return a == b


class _Scope:
    """Names visible inside an expression: inputs, def params, body locals."""

    def __init__(self, names: Optional[dict] = None, allow_state: bool = True,
                 allow_intercepted: bool = True, what: str = ""):
        self.names: dict = dict(names or {})
        self.allow_state = allow_state
        self.allow_intercepted = allow_intercepted
        self.what = what

    def child(self, extra: dict) -> "_Scope":
        s = _Scope(self.names, self.allow_state, self.allow_intercepted, self.what)
        s.names.update(extra)
        return s


class Checker:
    def __init__(self, module: Module):
        self.module = module
        self.domains: dict[str, A.Span] = {}
        self.consts: dict[str, Checked] = {}
        self.enums: dict[str, ir.EnumT] = {}
        self.members: dict[str, tuple[ir.EnumT, int]] = {}
        self.layouts: dict[str, ir.Layout] = {}
        self.configs: dict[str, ir.Variable] = {}
        self.state: dict[str, ir.Variable] = {}
        self.lets: dict[str, A.LetDecl] = {}
        self.let_cache: dict[str, Checked] = {}
        self.let_stack: list[str] = []
        self.defs: dict[str, A.DefDecl] = {}
        self.procs: dict[str, A.ProcDecl] = {}
        # Settable configs: name -> its value before any `reconfigure` (the
        # config `name@init`, or the constant written after `settable =`;
        # the state variable of the same name holds the current one); and
        # the assumes, re-checked on every new value.
        self.settable: dict[str, str] = {}
        self.assume_decls: list = []
        self.proc_stack: list[str] = []
        self.decl_spans: dict[str, tuple[object, A.Span]] = {}
        self.rules: list[ir.InterceptRule] = []
        self.rule_decls: list[A.InterceptDecl] = []
        self.uid = 0
        self.in_property = False      # past-time operators are allowed (lang/events.py)
        self.histories: dict = {}     # (operator, args) -> (history cell, value now)

    # ---- helpers -----------------------------------------------------------
    def fresh(self) -> int:
        self.uid += 1
        return self.uid

    def declare(self, item) -> None:
        if item.name in events.KINDS + events.PAST:
            raise SpecError(item.span, f"'{item.name}' is reserved: {item.name}(...) names "
                            "an event of a step" if item.name in events.KINDS else
                            f"'{item.name}' is reserved: {item.name}(...) reads the past "
                            "of a run")
        if item.name in self.members:
            raise SpecError(item.span, f"'{item.name}' is already defined as a member of "
                            f"enum '{self.members[item.name][0].name}'")
        prev = self.decl_spans.get(item.name)
        if prev is not None:
            raise duplicate_error(item, prev[0])
        self.decl_spans[item.name] = (item, item.span)

    def unknown(self, name: str, span: A.Span, what: str = "name") -> SpecError:
        by_kind = {"procedure": list(self.procs), "function": list(self.defs),
                   "state variable": list(self.state),
                   "MSR constant": [k for k, v in self.consts.items()
                                    if isinstance(v, _Int) or isinstance(v.type, ir.BvT)]}
        known = by_kind.get(what) or (list(self.consts) + list(self.members) + list(self.configs)
                                      + list(self.state) + list(self.lets) + list(self.defs))
        known = [k for k in known if k != name and "(" not in k]   # not event cells
        close = difflib.get_close_matches(name, known, n=1)
        hint = f"; did you mean '{close[0]}'?" if close else ""
        return SpecError(span, f"undefined {what} '{name}'{hint}")

    def resolve_type(self, t: A.TypeRef, allow_array: bool = True) -> ir.Type:
        if t.kind == "bool":
            base: ir.ScalarT = BOOL
        elif t.kind == "bv":
            if not 1 <= t.width <= 64:
                raise SpecError(t.span, f"bit-vector width must be 1..64, got {t.width}")
            base = ir.BvT(t.width)
        elif t.name in self.enums:
            base = self.enums[t.name]
        elif t.name in self.layouts:
            lay = self.layouts[t.name]
            base = ir.BvT(lay.width, lay.name)
        else:
            raise SpecError(t.span, f"unknown type '{t.name}'")
        if t.array_len is None:
            return base
        if not allow_array:
            raise SpecError(t.span, "arrays are allowed only for config and state variables")
        if not 1 <= t.array_len <= 256:
            raise SpecError(t.span, f"array length must be 1..256, got {t.array_len}")
        return ir.ArrayT(base, t.array_len)

    def label_set(self, label: Optional[str], span: A.Span) -> frozenset:
        if label is None or label == NO_LABEL:
            return frozenset()
        if label not in self.domains:
            known = ", ".join(sorted(self.domains)) or "none declared"
            raise SpecError(span, f"unknown label '@{label}' (domains: {known}; "
                            f"'@{NO_LABEL}' means no owner)")
        return frozenset([label])

    def need_domain(self, name: str, span: A.Span) -> None:
        if name not in self.domains:
            known = ", ".join(sorted(self.domains)) or "none declared"
            raise SpecError(span, f"'{name}' is not a declared domain (domains: {known})")

    # ---- coercion ----------------------------------------------------------
    def coerce(self, x: Checked, want: ir.ScalarT, span: A.Span, what: str) -> ir.Expr:
        if isinstance(x, _Int):
            if isinstance(want, ir.BvT):
                w = want.width
                if not -(1 << w) <= x.value < (1 << w):
                    shown = str(x.value) if abs(x.value) < 0x10000 else hex(x.value)
                    raise SpecError(x.span, f"{shown} does not fit in {w} bits ({what})")
                return ir.Lit(x.value & ((1 << w) - 1), ir.BvT(w), x.span)
            raise SpecError(x.span, f"{what} must be {want}, got a number")
        if not _same_type(x.type, want):
            raise SpecError(span, f"{what} must be {want}, got {x.type}")
        return x

    def typed(self, x: Checked, span: A.Span, what: str) -> ir.Expr:
        if isinstance(x, _Int):
            raise SpecError(x.span, f"cannot tell the width of {what}; compare or "
                            "combine it with a typed value, or use a typed const")
        return x

    def as_bool(self, x: Checked, span: A.Span, what: str) -> ir.Expr:
        if isinstance(x, _Int) or not isinstance(x.type, ir.BoolT):
            got = "a number" if isinstance(x, _Int) else str(x.type)
            raise SpecError(span, f"{what} must be bool, got {got}")
        return x

    # ---- declarations ------------------------------------------------------
    def run(self) -> ir.TransitionSystem:
        items = self.module.items
        assumes: list[ir.Assume] = []
        actions: list[ir.Action] = []
        props: list[ir.Property] = []
        deferred_vars: list[A.VarDecl] = []
        action_decls: list[A.ActionDecl] = []
        prop_decls: list[A.PropertyDecl] = []
        lemma_decls: list[A.LemmaDecl] = []
        for item in items:
            if isinstance(item, A.DomainDecl):
                for n in item.names:
                    if n == NO_LABEL:
                        raise SpecError(item.span, f"'{NO_LABEL}' is reserved (it means no owner)")
                    if n in self.domains:
                        raise SpecError(item.span, f"domain '{n}' is already declared")
                    self.domains[n] = item.span
            elif isinstance(item, A.EnumDecl):
                self.declare(item)
                if len(set(item.members)) != len(item.members):
                    raise SpecError(item.span, f"enum '{item.name}' repeats a member")
                et = ir.EnumT(item.name, item.members)
                self.enums[item.name] = et
                for i, m in enumerate(item.members):
                    if m in self.members or m in self.decl_spans:
                        raise SpecError(item.span, f"enum member '{m}' is already defined")
                    self.members[m] = (et, i)
            elif isinstance(item, A.LayoutDecl):
                self.layout_decl(item)
            elif isinstance(item, A.ConstDecl):
                self.declare(item)
                scope = _Scope(allow_state=False, allow_intercepted=False, what="a const")
                val = self.check(item.value, scope)
                if item.type is not None:
                    t = self.resolve_type(item.type, allow_array=False)
                    val = self.coerce(val, t, item.value.span, f"const '{item.name}'")
                    if not isinstance(val, ir.Lit):
                        raise SpecError(item.value.span, "a const must be a constant expression")
                elif not isinstance(val, (_Int, ir.Lit)):
                    raise SpecError(item.value.span, "a const must be a constant expression")
                self.consts[item.name] = val
            elif isinstance(item, A.ConfigDecl):
                self.declare(item)
                t = self.resolve_type(item.type)
                if item.settable:
                    self.settable_config(item, t)
                else:
                    self.configs[item.name] = ir.Variable(item.name, t, None, frozenset(),
                                                          item.span)
            elif isinstance(item, A.AssumeDecl):
                scope = _Scope(self.initial_configs(), allow_state=False,
                               allow_intercepted=False, what="an assume")
                e = self.as_bool(self.check(item.expr, scope), item.expr.span, "an assume")
                assumes.append(ir.Assume(item.label, e, item.span))
                self.assume_decls.append(item)
            elif isinstance(item, A.VarDecl):
                self.declare(item)
                deferred_vars.append(item)
                t = self.resolve_type(item.type)
                self.state[item.name] = ir.Variable(item.name, t, None, frozenset(), item.span)
            elif isinstance(item, A.LetDecl):
                self.declare(item)
                self.lets[item.name] = item
            elif isinstance(item, A.DefDecl):
                self.declare(item)
                self.defs[item.name] = item
            elif isinstance(item, A.ProcDecl):
                if item.name == SUPER:
                    raise SpecError(item.span, "'super' is reserved: 'call super(...)' "
                                    "runs the procedure an 'override proc' replaced")
                self.declare(item)
                self.procs[item.name] = item
            elif isinstance(item, A.InterceptDecl):
                self.rule_decls.append(item)
            elif isinstance(item, A.ActionDecl):
                action_decls.append(item)
            elif isinstance(item, A.PropertyDecl):
                prop_decls.append(item)
            elif isinstance(item, A.LemmaDecl):
                lemma_decls.append(item)
            else:
                raise AssertionError(item)

        for item in deferred_vars:
            self.state[item.name] = self.var_decl(item)
        self.event_cells(items, action_decls)
        self.intercept_rules()
        # Properties and lemmas before actions: the past-time operators they
        # use become ghost cells that every action body updates first.
        self.in_property = True
        for item in _each_once(prop_decls):
            props.append(self.property(item))
        lemmas = []
        names = [p.name for p in props]
        for item in _each_once(lemma_decls):
            for target, span in zip(item.scope, item.scope_spans):
                if target not in names:
                    close = difflib.get_close_matches(target, names, n=1)
                    hint = f"; did you mean '{close[0]}'?" if close else ""
                    raise SpecError(span, f"lemma '{item.name}' is for '{target}', which is "
                                    f"no property of this spec{hint}")
            scope = _Scope(what=f"lemma '{item.name}'")
            e = self.as_bool(self.check(item.expr, scope), item.expr.span, f"lemma '{item.name}'")
            lemmas.append(ir.Lemma(item.name, e, item.span, tuple(item.scope)))
        self.in_property = False
        for item in _each_once(action_decls):
            actions.append(self.action(item))

        msr_names = sorted((v.value, k) for k, v in self.consts.items()
                           if k.startswith(("MSR_", "RDPMC_")) and isinstance(v, (_Int, ir.Lit))
                           and v.value != 0)
        m = self.module
        check_citations(m)
        return ir.TransitionSystem(
            m.name, m.title, m.path, tuple(self.domains), tuple(self.layouts.values()),
            tuple(self.configs.values()), tuple(assumes), tuple(self.state.values()),
            tuple(actions), tuple(self.rules), tuple(props), tuple(msr_names), tuple(lemmas))

    def layout_decl(self, item: A.LayoutDecl) -> None:
        self.declare(item)
        base = self.resolve_type(item.base, allow_array=False)
        if not isinstance(base, ir.BvT):
            raise SpecError(item.base.span, "a layout's base type must be a bit-vector")
        names = set()
        fields = []
        for f in item.fields:
            if f.name in names:
                raise SpecError(f.span, f"field '{f.name}' is defined twice")
            names.add(f.name)
            if not (0 <= f.lo <= f.hi < base.width):
                raise SpecError(f.span, f"field '{f.name}' bits [{f.hi}:{f.lo}] do not fit "
                                f"in {base.width} bits (write [hi:lo] with hi >= lo)")
            fields.append((f.name, f.hi, f.lo))
        self.layouts[item.name] = ir.Layout(item.name, base.width, tuple(fields))

    def var_decl(self, item: A.VarDecl) -> ir.Variable:
        t = self.resolve_type(item.type)
        elem = t.elem if isinstance(t, ir.ArrayT) else t
        init: Optional[ir.Expr] = None
        if isinstance(item.init, A.AnyInit):
            init = None
        elif item.init is None:
            init = ir.Lit(0, elem, item.span)
        else:
            scope = _Scope(self.initial_configs(), allow_state=False, allow_intercepted=False,
                           what="an initial value")
            init = self.coerce(self.check(item.init, scope), elem, item.init.span,
                               f"initial value of '{item.name}'")
        label = self.label_set(item.label, item.span)
        return ir.Variable(item.name, t, init, label, item.span, ghost=item.ghost)

    # ---- settable configuration ------------------------------------------------
    # `config nr_gp: bv8 settable` is configuration that host ioctls may set
    # again (KVM_SET_CPUID2, PERF_CAPABILITIES) until something, usually the
    # first KVM_RUN, forbids it.  Encoding choice: the value before any
    # change stays a config (`nr_gp@init`, constrained by the assumes like
    # every config), and `nr_gp` becomes a state variable that starts equal
    # to it and that only `reconfigure` actions write.  Each such action
    # takes the new values as inputs and is enabled only when every assume
    # holds of them, so the assumes hold in every reachable state: what was
    # true of a config is true of each value the setting takes.  The
    # engines, the executor, slicing and certificates see ordinary state.
    def settable_config(self, item: A.ConfigDecl, t) -> None:
        if isinstance(t, ir.ArrayT):
            raise SpecError(item.span, "a settable config must be a scalar")
        if item.init is not None:
            # `= e`: a known value before any change (a vCPU is created
            # with no CPUID), so no config stands for it.
            scope = _Scope(self.initial_configs(), allow_state=False, allow_intercepted=False,
                           what="an initial value")
            first = self.coerce(self.check(item.init, scope), t, item.init.span,
                                f"initial value of '{item.name}'")
        else:
            init = item.name + SETTABLE_INITIAL
            self.configs[init] = ir.Variable(init, t, None, frozenset(), item.span)
            first = ir.Ref("config", init, None, t, item.span)
        self.state[item.name] = ir.Variable(item.name, t, first, frozenset(), item.span)
        self.settable[item.name] = first

    def initial_configs(self) -> dict:
        """Assumes and initial values read a settable config's value before
        any change."""
        return dict(self.settable)

    def reconfigure(self, d: A.ActionDecl, names: dict, inputs: list) -> tuple:
        """Inputs, the guard's extra conjuncts and the writes of a
        `reconfigure NAME(c1, c2, ...)` action."""
        writes = []
        for c, span in zip(d.reconfigures, d.reconfigure_spans):
            if c not in self.settable:
                close = difflib.get_close_matches(c, list(self.settable), n=1)
                what = "a config that is not settable (declare it 'config " \
                    f"{c}: TYPE settable')" if c in self.configs else "no settable config" + \
                    (f"; did you mean '{close[0]}'?" if close else "")
                raise SpecError(span, f"'{c}' is {what}")
            if c in names:
                raise SpecError(span, f"'{c}' is named twice")
            t = self.state[c].type
            inputs.append(ir.Input(c, t, frozenset(), span))
            names[c] = ir.Ref("input", c, None, t, span)
            writes.append(ir.Assign(ir.Target(c, None, None, t, span), names[c], None, span))
        scope = _Scope(names, what=f"reconfigure '{d.name}' (an assume on the new values)")
        holds = [self.as_bool(self.check(a.expr, scope), a.expr.span, "an assume")
                 for a in self.assume_decls]
        return holds, writes

    # ---- events (lang/events.py) --------------------------------------------
    def event_cells(self, items, action_decls: list) -> None:
        """A ghost Boolean per event fact the module names, after the
        declared state (false initially), and what the bodies need to
        know to set them."""
        self.actions_named = {a.name: a for a in action_decls}
        self.fault_kinds = events.statements(items, A.Fault)
        self.emit_names = events.statements(items, A.Emit)
        self.event_names: list = []
        for kind, arg in events.referenced(items):
            name = events.cell_name(kind, arg)
            self.event_names.append(name)
            self.state[name] = ir.Variable(name, BOOL, ir.Lit(0, BOOL), frozenset(),
                                           A.NO_SPAN, ghost=True)

    def event_set(self, kind: str, arg: str, span: A.Span) -> list:
        """The statements that record a fact where it happens: the flag of
        the fact with this argument and, for faults, the flag of any fault."""
        out = []
        for name in (events.cell_name(kind, arg),
                     events.cell_name(kind, "") if kind == "faulted" else None):
            if name is not None and name in self.state and name in self.event_names:
                out.append(ir.Assign(ir.Target(name, None, None, BOOL, span),
                                     ir.Lit(1, BOOL, span), None, span))
        return out

    def e_past(self, e: A.Call, scope: _Scope) -> ir.Expr:
        """`once(p)`, `prev(p)`, `since(p, q)`, `count_since(p, r)` (lang/events.py):
        the value now, over a ghost cell that holds the operator's value in
        the previous state (see history_updates)."""
        arity = {"once": 1, "prev": 1, "since": 2, "count_since": 2}[e.fn]
        if len(e.args) != arity:
            form = {"once": "once(p)", "prev": "prev(p)", "since": "since(p, q)",
                    "count_since": "count_since(p, reset)"}[e.fn]
            raise SpecError(e.span, f"{e.fn} is written {form}")
        if not self.in_property:
            raise SpecError(e.span, f"{e.fn}(...) reads the past of a run: it may be used in "
                            "properties and lemmas (and the lets and defs they use), "
                            "not in actions")
        args = tuple(self.as_bool(self.check(a, scope), a.span, f"an argument of {e.fn}")
                     for a in e.args)
        key = (e.fn, args)
        hit = self.histories.get(key)
        if hit is not None:
            return hit[1]
        t = ir.BvT(8) if e.fn == "count_since" else BOOL
        text = "".join(self.module.sources.get(e.span.path, "").splitlines()[
            e.span.line - 1][e.span.col - 1:e.span.end_col - 1].split()) \
            if e.span.line == e.span.end_line else e.fn
        name = f"{text}@before"
        while name in self.state:
            name += "'"
        self.state[name] = ir.Variable(name, t, ir.Lit(0, t), frozenset(), A.NO_SPAN,
                                       ghost=True)
        h = ir.Ref("state", name, None, t, e.span)
        now, keep = events.past_value(e.fn, args, h, e.span)
        self.histories[key] = (name, now, keep)
        return now

    def accept_stmt(self, s: A.Accept, scope: _Scope) -> list:
        """`accept wrmsr e`: the flags of accepted(wrmsr) and of every
        accepted(wrmsr, M) the spec names, the latter under `e == M`."""
        if s.access == "rwmsr" or (s.access == "rdpmc") != (s.msr is None):
            raise SpecError(s.span, "accept is written 'accept rdpmc', 'accept rdmsr MSR' "
                            "or 'accept wrmsr MSR'")
        msr = None if s.msr is None else \
            self.coerce(self.check(s.msr, scope), ir.BvT(32), s.msr.span, "the MSR accepted")
        return self.access_event_set("accepted", s.access, msr, s.span)

    def access_event_set(self, kind: str, access: str, msr, span: A.Span) -> list:
        """The flag of kind(access) and, when the MSR accessed is known
        (`msr`), of every kind(access, M) the spec names, under `msr == M`."""
        out = self.event_set(kind, access, span)
        prefix = f"{kind}({access},"
        for name in self.event_names if msr is not None else ():
            value = self.consts.get(name[len(prefix):-1]) if name.startswith(prefix) else None
            if not _is_number(value):
                continue
            hit = ir.Op("eq", (msr, ir.Lit(value.value, ir.expr_type(msr), span)), BOOL, (), span)
            out.append(ir.If(hit, (ir.Assign(ir.Target(name, None, None, BOOL, span),
                                             ir.Lit(1, BOOL, span), None, span),), (), span))
        return out

    def e_access_event(self, e: A.Call) -> ir.Expr:
        """`exited(rdpmc)`, `passed(rdmsr, MSR_X)`, ..."""
        ok = 1 <= len(e.args) <= 2 and all(isinstance(a, A.Name) for a in e.args) \
            and e.args[0].id in events.ACCESSES \
            and (len(e.args) == 1 or e.args[0].id != "rdpmc")
        if not ok:
            raise SpecError(e.span, f"{e.fn} is written {e.fn}(rdpmc), {e.fn}(rdmsr), "
                            f"{e.fn}(wrmsr) or {e.fn}(rdmsr|wrmsr, MSR_CONSTANT)")
        if len(e.args) == 2:
            m = e.args[1]
            if not _is_number(self.consts.get(m.id)):
                raise self.unknown(m.id, m.span, "MSR constant")
        arg = ",".join(a.id for a in e.args)
        return ir.Ref("state", events.cell_name(e.fn, arg), None, BOOL, e.span)

    def history_updates(self, span: A.Span) -> list:
        """The first statements of every action: each history cell takes
        its operator's value in the state the step starts from.  All values
        are taken before any cell is written (an operator may read
        another's cell)."""
        out, assigns = [], []
        for name, _, keep in self.histories.values():
            local = f"{name}#{self.fresh()}"
            out.append(ir.Local(local, keep, span))
            t = ir.expr_type(keep)
            assigns.append(ir.Assign(ir.Target(name, None, None, t, span),
                                     ir.Ref("local", local, None, t, span), frozenset(), span))
        return out + assigns

    def access_events(self, c: A.Expr, cond: ir.Expr, scope: _Scope):
        """For `if intercepted(A[, m])` (or its negation): the statements
        that record exited/passed events at the start of the branch taken
        when the condition holds, and of the other one; None for any other
        condition."""
        negated = isinstance(c, A.Unary) and c.op == "!"
        q = c.operand if negated else c
        if not isinstance(q, A.Intercepted):
            return None
        msr = None
        if q.target is not None:
            m = cond.args[0] if negated else cond
            msr = m.msr if isinstance(m, ir.InterceptQuery) else None
        exit_ = self.access_event_set("exited", q.access, msr, q.span)
        through = self.access_event_set("passed", q.access, msr, q.span) \
            + self.access_event_set("accepted", q.access, msr, q.span)
        return (through, exit_) if negated else (exit_, through)

    def e_event(self, e: A.Call) -> ir.Expr:
        """`faulted()`, `faulted(GP)`, `took(a)`, `observed(d)`, `emitted(n)`."""
        if e.fn in ("exited", "passed", "accepted"):
            return self.e_access_event(e)
        if e.fn == "faulted" and not e.args:
            arg = ""
        elif len(e.args) == 1 and isinstance(e.args[0], A.Name):
            arg = e.args[0].id
        else:
            form = {"faulted": "faulted() or faulted(KIND)", "took": "took(ACTION)",
                    "observed": "observed(DOMAIN)", "emitted": "emitted(EVENT)"}[e.fn]
            raise SpecError(e.span, f"{e.fn} is written {form}")
        known = {"faulted": self.fault_kinds, "took": self.actions_named,
                 "observed": self.domains, "emitted": self.emit_names}[e.fn]
        if arg and arg not in known:
            what = {"faulted": "no action runs 'fault {}'", "took": "no action '{}'",
                    "observed": "no domain '{}'", "emitted": "no action runs 'emit {}'"}[e.fn]
            close = difflib.get_close_matches(arg, list(known), n=1)
            hint = f"; did you mean '{close[0]}'?" if close else ""
            raise SpecError(e.args[0].span, what.format(arg) + hint)
        if e.fn == "faulted" and not arg and not self.fault_kinds:
            raise SpecError(e.span, "no action runs 'fault', so faulted() never holds")
        return ir.Ref("state", events.cell_name(e.fn, arg), None, BOOL, e.span)

    def intercept_rules(self) -> None:
        """One ir.InterceptRule per MSR a declaration names, in order: a
        rule over a list or a range (`intercept rwmsr MSR_X + i for i in
        0..4 unless ... i ...`) is exactly the rules written one per MSR,
        one after another, each with the range variable replaced by its
        value (KVM consults the first rule whose MSR matches)."""
        seen: dict[tuple, A.InterceptDecl] = {}
        for d in self.rule_decls:
            for msr, name, scope in self.rule_members(d):
                directions = ["rdpmc"] if msr is None else \
                    ["rdmsr", "wrmsr"] if d.access == "rwmsr" else [d.access]
                for direction in directions:
                    key = (direction, msr)
                    if key in seen:
                        raise SpecError(d.span, f"a second {direction} intercept rule"
                                        + (f" for {name}" if name else ""),
                                        (Note(seen[key].span, "the first is here"),))
                    seen[key] = d
                cond = self.as_bool(self.check(d.cond, scope), d.cond.span,
                                    "an intercept condition")
                if d.negated:
                    cond = ir.Op("not", (cond,), BOOL, (), d.cond.span)
                self.rules.append(ir.InterceptRule(d.access, name, msr, cond, d.cites, d.span,
                                                   decl_key=d.key))

    def rule_members(self, d: A.InterceptDecl) -> list:
        """[(msr value or None for rdpmc, the MSR's name, scope)]."""
        base = _Scope(allow_intercepted=False, what="an intercept rule")
        if d.access == "rdpmc":
            if d.msrs or d.range_var is not None:
                raise SpecError(d.span, "an rdpmc rule names no MSR")
            return [(None, None, base)]
        if not d.msrs:
            raise SpecError(d.span, f"an {d.access} rule must name the MSR "
                            "(a const), e.g. 'intercept rdmsr MSR_PERF_METRICS when ...'")
        if d.range_var is None:
            scopes = [base]
        else:
            scopes = [base.child({d.range_var: _Int(i, d.span)})
                      for i in self.unrolled(d.range_var, d.range_lo, d.range_hi, d.span,
                                             base, "range")]
        out = []
        for scope in scopes:
            for m in d.msrs:
                if isinstance(m, A.Name) and m.id not in scope.names \
                        and m.id not in self.consts and m.id not in self.state \
                        and m.id not in self.configs:
                    raise self.unknown(m.id, m.span, "MSR constant")
                v = self.check(m, scope)
                if not _is_number(v):
                    raise SpecError(m.span, "an MSR must be a constant number")
                out.append((v.value, self.msr_name(m, v.value), scope))
        return out

    def msr_name(self, e: A.Expr, value: int) -> str:
        """How reports name an MSR: the constant written, else a constant
        of that value (the first declared whose name starts with MSR_),
        else the number."""
        if isinstance(e, A.Name) and e.id in self.consts:
            return e.id
        for name, c in self.consts.items():
            if name.startswith("MSR_") and _is_number(c) and c.value == value:
                return name
        return f"{value:#x}"

    def action(self, d: A.ActionDecl) -> ir.Action:
        inputs = []
        names: dict = {}
        for p in d.params:
            t = self.resolve_type(p.type, allow_array=False)
            if p.name in names:
                raise SpecError(p.span, f"parameter '{p.name}' is declared twice")
            inp = ir.Input(p.name, t, self.label_set(p.label, p.span), p.span)
            inputs.append(inp)
            names[p.name] = ir.Ref("input", p.name, None, t, p.span)
        holds, writes = self.reconfigure(d, names, inputs) if d.reconfigures else ([], [])
        scope = _Scope(names, what=f"action '{d.name}'")
        guard: ir.Expr = ir.Lit(1, BOOL, d.span)
        if d.guard is not None:
            guard = self.as_bool(self.check(d.guard, scope), d.guard.span, "an action guard")
        for h in holds:
            guard = ir.Op("and", (guard, h), BOOL, (), d.span)
        # Event flags: cleared first, so each holds for the step that sets
        # it only; then this action's own `took` flag.
        prologue = self.history_updates(d.span)
        prologue += [ir.Assign(ir.Target(n, None, None, BOOL, d.span), ir.Lit(0, BOOL, d.span),
                               None, d.span) for n in self.event_names]
        prologue += self.event_set("took", d.name, d.span)
        body = tuple(prologue) + tuple(writes) + self.block(d.body, scope)
        return ir.Action(d.name, tuple(inputs), guard, body, d.cites, d.span)

    def property(self, d: A.PropertyDecl) -> ir.Property:
        allowed = EXPECT_COVER if d.kind == "cover" else EXPECT_PROPERTY
        if d.expect is not None and d.expect not in allowed:
            raise SpecError(d.expect_span, f"unknown expectation '{d.expect}'; expected one "
                            "of " + ", ".join(allowed))
        if d.kind == "never_observes":
            self.need_domain(d.observer, d.span)
            if d.label is None or d.label == NO_LABEL:
                raise SpecError(d.span, "'never ... observes' needs a domain label such as @host")
            self.label_set(d.label, d.span)
            return ir.Property(d.name, d.kind, None, d.observer, d.label, d.expect, d.span)
        scope = _Scope(what=f"property '{d.name}'")
        e = self.as_bool(self.check(d.expr, scope), d.expr.span, f"property '{d.name}'")
        return ir.Property(d.name, d.kind, e, None, None, d.expect, d.span)

    # ---- statements --------------------------------------------------------
    def block(self, stmts, scope: _Scope) -> tuple:
        return self.scoped_block(stmts, scope)[0]

    def scoped_block(self, stmts, scope: _Scope) -> tuple[tuple, _Scope]:
        """The IR of a block, and the scope at its end (with its locals):
        a procedure's `return` is evaluated there."""
        out: list = []
        for s in stmts:
            if isinstance(s, A.Local):
                self.fresh_local(s.name, s.span, scope)
                val = self.typed(self.check(s.value, scope), s.value.span, f"'{s.name}'")
                scope = scope.child({s.name: self.bind_local(s.name, val, s.span, out)})
            elif isinstance(s, A.LocalCall):
                self.fresh_local(s.name, s.span, scope)
                val = self.call_value(s.call, scope, out)
                scope = scope.child({s.name: self.bind_local(s.name, val, s.span, out)})
            elif isinstance(s, A.AssignCall):
                val = self.call_value(s.call, scope, out)
                # The value is bound first, so the assignment reads what the
                # procedure returned, after every write it made.
                ref = self.bind_local(s.call.name, val, s.span, out)
                target, want = self.target(s.target, scope)
                val = self.coerce(ref, want, s.span,
                                  f"the value '{s.call.name}' returns, assigned to "
                                  f"'{s.target.name}'")
                label = None if s.label is None else self.label_set(s.label, s.span)
                out.append(ir.Assign(target, val, label, s.span))
            elif isinstance(s, A.Return):
                raise SpecError(s.span, "'return' may only be the last statement of a "
                                "procedure declared '-> TYPE' (it returns once, at its end; "
                                "an error path is a 'fault')")
            elif isinstance(s, A.For):
                out.extend(self.for_loop(s, scope))
            elif isinstance(s, A.CallProc):
                out.extend(self.call_proc(s, scope)[0])
            elif isinstance(s, A.Accept):
                out.extend(self.accept_stmt(s, scope))
            elif isinstance(s, (A.Fault, A.Observe, A.Emit)):
                out.extend(self.event_stmt(s, scope))
            else:
                stmt = self.stmt(s, scope)
                if stmt is not None:
                    out.append(stmt)
        return tuple(out), scope

    def fresh_local(self, name: str, span: A.Span, scope: _Scope) -> None:
        if name in scope.names or name in self.decl_spans:
            raise SpecError(span, f"'{name}' is already defined; locals may not shadow")

    def call_value(self, s: A.CallProc, scope: _Scope, out: list) -> ir.Expr:
        stmts, value = self.call_proc(s, scope)
        if value is None:
            raise SpecError(s.span, f"'{s.name}' returns no value (declare it "
                            f"'proc {s.name}(...) -> TYPE' and end it with 'return')")
        out.extend(stmts)
        return value

    def event_stmt(self, s, scope: _Scope) -> list:
        """A fault, an observation or an emit, preceded by the writes of
        the event flags that record it (under the same path condition)."""
        if isinstance(s, A.Emit):
            return self.event_set("emitted", s.name, s.span)
        if isinstance(s, A.Fault):
            # A fault undoes acceptance: accepted(...) holds only for a
            # step that did not fault.
            undo = [ir.Assign(ir.Target(n, None, None, BOOL, s.span), ir.Lit(0, BOOL, s.span),
                              None, s.span)
                    for n in self.event_names if n.startswith("accepted(")]
            return self.event_set("faulted", s.kind, s.span) + undo + [self.stmt(s, scope)]
        return self.event_set("observed", s.observer, s.span) + [self.stmt(s, scope)]

    def bind_local(self, name: str, val: ir.Expr, span: A.Span, out: list) -> ir.Ref:
        # Locals get unique IR names: inlined procedures and unrolled loops
        # may bind the same source name more than once in one body.
        unique = f"{name}#{self.fresh()}"
        out.append(ir.Local(unique, val, span))
        return ir.Ref("local", unique, None, val.type, span)

    def const_int(self, e: A.Expr, scope: _Scope, what: str) -> int:
        v = self.check(e, scope)
        if not isinstance(v, _Int):
            raise SpecError(e.span, f"{what} must be a constant number")
        return v.value

    def unrolled(self, var: str, lo_e: A.Expr, hi_e: A.Expr, span: A.Span, scope: _Scope,
                 kind: str) -> range:
        """The constant range a `for` or `forall` unrolls over, checked."""
        article = "an" if kind[0] in "aeiou" else "a"
        lo = self.const_int(lo_e, scope, f"{article} {kind} bound")
        hi = self.const_int(hi_e, scope, f"{article} {kind} bound")
        if var in scope.names or var in self.decl_spans:
            raise SpecError(span, f"{kind} variable '{var}' shadows another name")
        if hi - lo > MAX_UNROLL:
            what = f"loop of {hi - lo} iterations" if kind == "loop" else \
                f"{kind} over {hi - lo} values"
            raise SpecError(span, f"{what}; at most {MAX_UNROLL} are unrolled")
        return range(lo, hi)

    def for_loop(self, s: A.For, scope: _Scope) -> list:
        out: list = []
        for i in self.unrolled(s.var, s.lo, s.hi, s.span, scope, "loop"):
            out.extend(self.block(s.body, scope.child({s.var: _Int(i, s.span)})))
        return out

    def call_proc(self, s: A.CallProc, scope: _Scope) -> tuple[list, Optional[ir.Expr]]:
        """The inlined body and, for a procedure declared `-> T`, its value
        (the `return` expression, evaluated where the body ends: every
        write the body made is visible to it).  A `return` is only the
        last statement, so no path skips code after it, and no merge of
        values from several returns is needed; an early exit on an error
        path is a `fault`, which ends the whole action."""
        d = self.callee(s)
        if d.name in self.proc_stack:
            raise SpecError(s.span, "recursive procedure call: "
                            + " -> ".join(self.proc_stack + [s.name]))
        if len(s.args) != len(d.params):
            raise SpecError(s.span, f"'{s.name}' takes {len(d.params)} argument(s), "
                            f"got {len(s.args)}")
        out: list = []
        bound = {}
        for p, a in zip(d.params, s.args):
            t = self.resolve_type(p.type, allow_array=False)
            val = self.coerce(self.check(a, scope), t, a.span,
                              f"argument '{p.name}' of '{d.name}'")
            bound[p.name] = val if isinstance(val, ir.Lit) else \
                self.bind_local(p.name, val, a.span, out)
        # A procedure sees its parameters and the globals, not the caller's
        # locals: the kernel helpers it models take their inputs explicitly.
        inner = _Scope(bound, scope.allow_state, scope.allow_intercepted,
                       f"procedure '{d.name}'")
        body, ret = d.body, None
        if d.ret is not None and body and isinstance(body[-1], A.Return):
            body, ret = body[:-1], body[-1]
        self.proc_stack.append(d.name)
        try:
            stmts, end = self.scoped_block(body, inner)
            if d.ret is not None and ret is None:
                raise SpecError(d.span, f"procedure '{d.name}' returns a value ('-> ...'); "
                                "its body must end with 'return EXPR'")
            out.extend(stmts)
            value = None
            if ret is not None:
                want = self.resolve_type(d.ret, allow_array=False)
                value = self.coerce(self.check(ret.value, end), want, ret.value.span,
                                    f"the value '{d.name}' returns")
        finally:
            self.proc_stack.pop()
        return out, value

    def callee(self, s: A.CallProc) -> A.ProcDecl:
        if s.name != SUPER:
            d = self.procs.get(s.name)
            if d is None:
                raise self.unknown(s.name, s.span, "procedure")
            return d
        inside = self.procs[self.proc_stack[-1]] if self.proc_stack else None
        if inside is None or inside.super_name is None:
            raise SpecError(s.span, "'call super(...)' runs the procedure an 'override proc' "
                            "replaced; it is allowed only in such a procedure's body")
        return self.procs[inside.super_name]

    def stmt(self, s, scope: _Scope):
        if isinstance(s, A.Skip):
            return None
        if isinstance(s, A.Fault):
            return ir.Fault(s.kind, s.span)
        if isinstance(s, A.Observe):
            self.need_domain(s.observer, s.span)
            val = self.typed(self.check(s.value, scope), s.value.span, "an observed value")
            return ir.Observe(s.observer, val, self.fresh(), s.span)
        if isinstance(s, A.If):
            cond = self.as_bool(self.check(s.cond, scope), s.cond.span, "an if condition")
            then, orelse = self.block(s.then, scope), self.block(s.orelse, scope)
            exits = self.access_events(s.cond, cond, scope)
            if exits is not None:
                on_true, on_false = exits
                then, orelse = tuple(on_true) + then, tuple(on_false) + orelse
            return ir.If(cond, then, orelse, s.span)
        if isinstance(s, A.Assign):
            target, want = self.target(s.target, scope)
            val = self.coerce(self.check(s.value, scope), want, s.value.span,
                              f"the value assigned to '{s.target.name}'")
            label = None if s.label is None else self.label_set(s.label, s.span)
            return ir.Assign(target, val, label, s.span)
        if isinstance(s, A.Havoc):
            target, want = self.target(s.target, scope)
            return ir.Havoc(target, self.label_set(s.label, s.span), self.fresh(), want, s.span)
        raise AssertionError(s)

    def target(self, lv: A.LValue, scope: _Scope) -> tuple[ir.Target, ir.ScalarT]:
        name = lv.name
        if name not in self.state:
            if name in self.configs:
                raise SpecError(lv.span, f"cannot assign to config parameter '{name}': "
                                "config is chosen once per run")
            if name in scope.names:
                raise SpecError(lv.span, f"cannot assign to '{name}': inputs and locals "
                                "are read-only")
            if name in self.consts or name in self.lets or name in self.defs:
                raise SpecError(lv.span, f"cannot assign to '{name}': it is not a state variable")
            raise self.unknown(name, lv.span, "state variable")
        if name in self.settable:
            raise SpecError(lv.span, f"cannot assign to settable config '{name}': only a "
                            "'reconfigure' action that names it sets it")
        var = self.state[name]
        t = var.type
        index: Optional[ir.Expr] = None
        field: Optional[tuple[int, int]] = None
        elem: ir.ScalarT
        if isinstance(t, ir.ArrayT):
            if lv.index is None:
                raise SpecError(lv.span, f"'{name}' is an array; assign one element, e.g. {name}[0]")
            index = self.array_index(self.check(lv.index, scope), t.length, lv.index.span, name)
            elem = t.elem
        else:
            elem = t
            if lv.index is not None:
                bit = self.check(lv.index, scope)
                if not isinstance(bit, _Int) or not isinstance(t, ir.BvT):
                    raise SpecError(lv.index.span, f"'{name}' is not an array; only a constant "
                                    "bit of a bit-vector can be assigned this way")
                if not 0 <= bit.value < t.width:
                    raise SpecError(lv.index.span, f"bit {bit.value} is outside {t}")
                field = (bit.value, bit.value)
        if lv.field is not None:
            if field is not None or not isinstance(elem, ir.BvT) or elem.layout is None:
                raise SpecError(lv.span, f"'{name}' has no fields (its type is {elem})")
            field = self.field_bits(elem, lv.field, lv.span)
        want: ir.ScalarT = elem
        if field is not None:
            hi, lo = field
            want = BOOL if hi == lo else ir.BvT(hi - lo + 1)
        return ir.Target(name, index, field, t, lv.span), want

    def field_bits(self, t: ir.BvT, fname: str, span: A.Span) -> tuple[int, int]:
        lay = self.layouts[t.layout]
        for n, hi, lo in lay.fields:
            if n == fname:
                return hi, lo
        names = ", ".join(n for n, _, _ in lay.fields)
        raise SpecError(span, f"layout '{lay.name}' has no field '{fname}' (fields: {names})")

    def array_index(self, idx: Checked, length: int, span: A.Span, name: str):
        if isinstance(idx, _Int):
            if not 0 <= idx.value < length:
                raise SpecError(span, f"index {idx.value} is out of bounds for "
                                f"'{name}' (length {length})")
            return ir.Lit(idx.value, ir.BvT(max(1, (length - 1).bit_length())), span)
        if not isinstance(idx.type, ir.BvT):
            raise SpecError(span, f"an array index must be a bit-vector, got {idx.type}")
        return idx

    # ---- expressions -------------------------------------------------------
    def check(self, e: A.Expr, scope: _Scope) -> Checked:
        method = getattr(self, "e_" + type(e).__name__)
        return method(e, scope)

    def e_IntLit(self, e: A.IntLit, scope) -> Checked:
        return _Int(e.value, e.span)

    def e_BoolLit(self, e: A.BoolLit, scope) -> Checked:
        return ir.Lit(int(e.value), BOOL, e.span)

    def e_Name(self, e: A.Name, scope: _Scope) -> Checked:
        n = e.id
        if n in scope.names:
            return scope.names[n]
        if n in self.consts:
            c = self.consts[n]
            return _Int(c.value, e.span) if isinstance(c, _Int) else c
        if n in self.members:
            et, i = self.members[n]
            return ir.Lit(i, et, e.span)
        if n in self.configs:
            return self.whole_var("config", self.configs[n], e.span)
        if n in self.state:
            if n in self.settable and not scope.allow_state:
                raise SpecError(e.span, f"{scope.what} reads settable config '{n}' through a "
                                "let or def; name it directly there")
            if not scope.allow_state:
                raise SpecError(e.span, f"{scope.what} may not read state variable '{n}' "
                                "(only consts and config)")
            return self.whole_var("state", self.state[n], e.span)
        if n in self.lets:
            return self.let_value(n, e.span, scope)
        if n in self.defs:
            raise SpecError(e.span, f"'{n}' is a def; call it with arguments")
        raise self.unknown(n, e.span)

    def whole_var(self, kind: str, var: ir.Variable, span: A.Span) -> ir.Expr:
        if isinstance(var.type, ir.ArrayT):
            raise SpecError(span, f"'{var.name}' is an array; index it, e.g. {var.name}[0]")
        return ir.Ref(kind, var.name, None, var.type, span)

    def let_value(self, n: str, span: A.Span, scope: _Scope) -> Checked:
        if n in self.let_stack:
            raise SpecError(span, "definition cycle: " + " -> ".join(self.let_stack + [n]))
        d = self.lets[n]
        # A let is a macro over config and state; it cannot see the caller's
        # inputs or locals, so its checked form can be shared by every use.
        key = f"{n}/{scope.allow_state}/{scope.allow_intercepted}/{self.in_property}"
        if key not in self.let_cache:
            self.let_stack.append(n)
            try:
                inner = _Scope(allow_state=scope.allow_state,
                               allow_intercepted=scope.allow_intercepted, what=scope.what)
                self.let_cache[key] = self.check(d.expr, inner)
            finally:
                self.let_stack.pop()
        return self.let_cache[key]

    def e_Call(self, e: A.Call, scope: _Scope) -> Checked:
        if e.fn in events.KINDS:
            return self.e_event(e)
        if e.fn in events.PAST:
            return self.e_past(e, scope)
        if e.fn == "owned_by":
            if len(e.args) != 2 or not isinstance(e.args[1], A.Name):
                raise SpecError(e.span, "owned_by(value, domain) takes a value and a domain name")
            self.need_domain(e.args[1].id, e.args[1].span)
            v = self.typed(self.check(e.args[0], scope), e.args[0].span, "the value")
            return ir.OwnedBy(v, e.args[1].id, BOOL, e.span)
        args = [self.check(a, scope) for a in e.args]
        if e.fn in ("zext", "sext"):
            if len(args) != 2 or not isinstance(args[1], _Int):
                raise SpecError(e.span, f"{e.fn}(value, width) takes a value and a constant width")
            v = self.typed(args[0], e.args[0].span, f"the argument of {e.fn}")
            if not isinstance(v.type, ir.BvT):
                raise SpecError(e.args[0].span, f"{e.fn} needs a bit-vector, got {v.type}")
            w = args[1].value
            if not v.type.width <= w <= 64:
                raise SpecError(e.args[1].span, f"{e.fn} to {w} bits from {v.type.width} bits")
            if w == v.type.width:
                return v
            return ir.Op(e.fn, (v,), ir.BvT(w), (w - v.type.width,), e.span)
        if e.fn == "concat":
            return self.concat(e, args)
        if e.fn in ("min", "max"):
            if len(args) != 2:
                raise SpecError(e.span, f"{e.fn} takes two arguments")
            a, b = self.unify(args[0], args[1], e.span)
            if isinstance(a, _Int):
                return _Int((min if e.fn == "min" else max)(a.value, b.value), e.span)
            if not isinstance(a.type, ir.BvT) or not _same_type(a.type, b.type):
                raise SpecError(e.span, f"{e.fn} needs two bit-vectors of one width, "
                                f"got {a.type} and {b.type}")
            op = "bvult" if e.fn == "min" else "bvugt"
            c = ir.Op(op, (a, b), BOOL, (), e.span)
            return ir.Op("ite", (c, a, b), a.type, (), e.span)
        d = self.defs.get(e.fn)
        if d is None:
            raise self.unknown(e.fn, e.span, "function")
        if len(args) != len(d.params):
            raise SpecError(e.span, f"'{d.name}' takes {len(d.params)} argument(s), "
                            f"got {len(args)}")
        if e.fn in self.let_stack:
            raise SpecError(e.span, "definition cycle: " + " -> ".join(self.let_stack + [e.fn]))
        bound = {}
        for p, a, ae in zip(d.params, args, e.args):
            t = self.resolve_type(p.type, allow_array=False)
            bound[p.name] = self.coerce(a, t, ae.span, f"argument '{p.name}' of '{d.name}'")
        inner = _Scope(bound, scope.allow_state, scope.allow_intercepted, scope.what)
        self.let_stack.append(e.fn)
        try:
            return self.check(d.expr, inner)
        finally:
            self.let_stack.pop()

    def e_Intercepted(self, e: A.Intercepted, scope: _Scope) -> Checked:
        if not scope.allow_intercepted:
            raise SpecError(e.span, f"intercepted(...) cannot be used in {scope.what}")
        if e.access == "rwmsr":
            raise SpecError(e.span, "ask about one direction: intercepted(rdmsr, ...) "
                            "or intercepted(wrmsr, ...)")
        if e.access == "rdpmc":
            if e.target is not None:
                raise SpecError(e.span, "intercepted(rdpmc) takes no MSR")
            rules = tuple(r for r in self.rules if r.access == "rdpmc")
            return ir.InterceptQuery("rdpmc", None, rules, BOOL, e.span)
        if e.target is None:
            raise SpecError(e.span, f"intercepted({e.access}, MSR) needs the MSR index")
        msr = self.coerce(self.check(e.target, scope), ir.BvT(32), e.target.span, "an MSR index")
        rules = tuple(r for r in self.rules if r.access in (e.access, "rwmsr"))
        return ir.InterceptQuery(e.access, msr, rules, BOOL, e.span)

    def e_Unary(self, e: A.Unary, scope: _Scope) -> Checked:
        x = self.check(e.operand, scope)
        if isinstance(x, _Int):
            if e.op == "!":
                raise SpecError(e.span, "'!' needs a bool; use '~' for bitwise not")
            return _Int(~x.value if e.op == "~" else -x.value, e.span)
        if e.op == "!":
            return ir.Op("not", (self.as_bool(x, e.span, "the operand of '!'"),), BOOL, (), e.span)
        if not isinstance(x.type, ir.BvT):
            raise SpecError(e.span, f"'{e.op}' needs a bit-vector, got {x.type}"
                            + ("; use '!' for bool" if isinstance(x.type, ir.BoolT) else ""))
        return ir.Op("bvnot" if e.op == "~" else "bvneg", (x,), ir.BvT(x.type.width), (), e.span)

    def unify(self, a: Checked, b: Checked, span: A.Span) -> tuple:
        if isinstance(a, _Int) and not isinstance(b, _Int):
            a = self.coerce(a, b.type, span, "this operand")
        elif isinstance(b, _Int) and not isinstance(a, _Int):
            b = self.coerce(b, a.type, span, "this operand")
        return a, b

    def e_Binary(self, e: A.Binary, scope: _Scope) -> Checked:
        op = e.op
        a = self.check(e.lhs, scope)
        b = self.check(e.rhs, scope)
        if op in ("&&", "||", "==>"):
            a = self.as_bool(a, e.lhs.span, f"the left of '{op}'")
            b = self.as_bool(b, e.rhs.span, f"the right of '{op}'")
            name = {"&&": "and", "||": "or", "==>": "implies"}[op]
            return ir.Op(name, (a, b), BOOL, (), e.span)
        if isinstance(a, _Int) and isinstance(b, _Int):
            if op in ("<<", ">>") and b.value < 0:
                raise SpecError(e.rhs.span, "negative shift")
            if op in ("<<", "*") and max(a.value.bit_length(), 1) + \
                    (b.value if op == "<<" else b.value.bit_length()) > MAX_CONST_BITS:
                raise SpecError(e.span, f"constant too large (over {MAX_CONST_BITS} bits)")
            v = _FOLD[op](a.value, b.value)
            if isinstance(v, bool):
                return ir.Lit(int(v), BOOL, e.span)
            return _Int(v, e.span)
        a, b = self.unify(a, b, e.span)
        if not _same_type(a.type, b.type):
            raise SpecError(e.span, f"'{op}' needs operands of one type, got {a.type} and {b.type}")
        t = a.type
        if op in ("==", "!="):
            eq = ir.Op("eq", (a, b), BOOL, (), e.span)
            return eq if op == "==" else ir.Op("not", (eq,), BOOL, (), e.span)
        if op in ("&", "|", "^") and isinstance(t, ir.BoolT):
            return ir.Op({"&": "and", "|": "or", "^": "xor"}[op], (a, b), BOOL, (), e.span)
        if not isinstance(t, ir.BvT):
            raise SpecError(e.span, f"'{op}' needs bit-vectors, got {t}")
        if op in _CMP:
            return ir.Op(_CMP[op], (a, b), BOOL, (), e.span)
        return ir.Op(_ARITH[op], (a, b), ir.BvT(t.width), (), e.span)

    def concat(self, e: A.Call, args: list) -> ir.Expr:
        """`concat(hi, ..., lo)`: the bit-vectors side by side, the first
        argument in the most significant bits (SMT-LIB's concat, C's
        `(u64)hi << 32 | lo`).  Built from zext, shl and or, so every
        engine and the executor already have its semantics; its owner
        labels are the join of the parts', like any operator's."""
        if len(args) < 2:
            raise SpecError(e.span, "concat takes two or more bit-vectors")
        parts = []
        for a, ae in zip(args, e.args):
            if isinstance(a, _Int):
                raise SpecError(ae.span, "concat needs parts of known width; this integer "
                                "has none (declare it, e.g. `const ONE: bv4 = 1`)")
            v = self.typed(a, ae.span, "a part of concat")
            if not isinstance(v.type, ir.BvT):
                raise SpecError(ae.span, f"concat needs bit-vectors, got {v.type}")
            parts.append(v)
        width = sum(v.type.width for v in parts)
        if width > 64:
            raise SpecError(e.span, f"concat of {width} bits; bit-vectors have at most 64")
        out: Optional[ir.Expr] = None
        low = 0
        for v in reversed(parts):
            wide = v if v.type.width == width else \
                ir.Op("zext", (v,), ir.BvT(width), (width - v.type.width,), v.span)
            if low:
                wide = ir.Op("bvshl", (wide, ir.Lit(low, ir.BvT(width), v.span)),
                             ir.BvT(width), (), v.span)
            out = wide if out is None else ir.Op("bvor", (out, wide), ir.BvT(width), (),
                                                 e.span)
            low += v.type.width
        return out

    def e_Forall(self, e: A.Forall, scope: _Scope) -> Checked:
        return self.unrolled_bool(e, scope, "forall", "and", 1)

    def e_Exists(self, e: A.Exists, scope: _Scope) -> Checked:
        # The dual of forall: a disjunction over the same constant range
        # (false when the range is empty), so every engine, the executor
        # and the certificates see only and/or of ordinary expressions.
        return self.unrolled_bool(e, scope, "exists", "or", 0)

    def unrolled_bool(self, e: A.Forall, scope: _Scope, kind: str, op: str,
                      empty: int) -> ir.Expr:
        acc: Optional[ir.Expr] = None
        for i in self.unrolled(e.var, e.lo, e.hi, e.span, scope, kind):
            part = self.as_bool(self.check(e.body, scope.child({e.var: _Int(i, e.span)})),
                                e.body.span, f"{'an' if kind == 'exists' else 'a'} {kind} body")
            acc = part if acc is None else ir.Op(op, (acc, part), BOOL, (), e.span)
        return acc if acc is not None else ir.Lit(empty, BOOL, e.span)

    def e_Ite(self, e: A.Ite, scope: _Scope) -> Checked:
        c = self.as_bool(self.check(e.cond, scope), e.cond.span, "an if condition")
        a, b = self.unify(self.check(e.then, scope), self.check(e.orelse, scope), e.span)
        if isinstance(a, _Int):
            raise SpecError(e.span, "cannot tell the width of this if-expression; "
                            "give one branch a type")
        if not _same_type(a.type, b.type):
            raise SpecError(e.span, f"if-expression branches differ: {a.type} and {b.type}")
        return ir.Op("ite", (c, a, b), a.type, (), e.span)

    def e_Index(self, e: A.Index, scope: _Scope) -> Checked:
        if isinstance(e.base, A.Name) and (e.base.id in self.state or e.base.id in self.configs) \
                and e.base.id not in scope.names:
            kind = "state" if e.base.id in self.state else "config"
            var = (self.state if kind == "state" else self.configs)[e.base.id]
            if kind == "state" and not scope.allow_state:
                raise SpecError(e.span, f"{scope.what} may not read state variable '{var.name}'")
            if isinstance(var.type, ir.ArrayT):
                idx = self.array_index(self.check(e.index, scope), var.type.length,
                                       e.index.span, var.name)
                if isinstance(idx, ir.Lit):
                    return ir.Ref(kind, var.name, idx.value, var.type.elem, e.span)
                return ir.ArrayRead(kind, var.name, idx, var.type.length, var.type.elem, e.span)
        base = self.typed(self.check(e.base, scope), e.base.span, "an indexed value")
        if not isinstance(base.type, ir.BvT):
            raise SpecError(e.span, f"cannot index a value of type {base.type}")
        bit = self.check(e.index, scope)
        if isinstance(bit, _Int):
            if not 0 <= bit.value < base.type.width:
                raise SpecError(e.index.span, f"bit {bit.value} is outside {base.type}")
            return ir.Op("bit", (base,), BOOL, (bit.value,), e.span)
        bit = self.coerce(bit, base.type, e.index.span, "a bit index")
        shifted = ir.Op("bvlshr", (base, bit), ir.BvT(base.type.width), (), e.span)
        return ir.Op("bit", (shifted,), BOOL, (0,), e.span)

    def e_Slice(self, e: A.Slice, scope: _Scope) -> Checked:
        base = self.check(e.base, scope)
        if isinstance(base, _Int):
            if e.hi < e.lo:
                raise SpecError(e.span, "write slices as [hi:lo] with hi >= lo")
            if e.hi >= MAX_CONST_BITS:
                raise SpecError(e.span, f"slice [{e.hi}:{e.lo}] of a constant is wider than "
                                f"{MAX_CONST_BITS} bits")
            return _Int((base.value >> e.lo) & ((1 << (e.hi - e.lo + 1)) - 1), e.span)
        if not isinstance(base.type, ir.BvT):
            raise SpecError(e.span, f"cannot slice a value of type {base.type}")
        if not 0 <= e.lo <= e.hi < base.type.width:
            raise SpecError(e.span, f"slice [{e.hi}:{e.lo}] is outside {base.type} "
                            "(write [hi:lo] with hi >= lo)")
        return ir.Op("extract", (base,), ir.BvT(e.hi - e.lo + 1), (e.hi, e.lo), e.span)

    def e_Field(self, e: A.Field, scope: _Scope) -> Checked:
        base = self.typed(self.check(e.base, scope), e.base.span, "a value with fields")
        if not isinstance(base.type, ir.BvT) or base.type.layout is None:
            raise SpecError(e.span, f"a value of type {base.type} has no fields; "
                            "declare it with a layout type")
        hi, lo = self.field_bits(base.type, e.name, e.span)
        if hi == lo:
            return ir.Op("bit", (base,), BOOL, (hi,), e.span)
        return ir.Op("extract", (base,), ir.BvT(hi - lo + 1), (hi, lo), e.span)


def check_citations(module: Module) -> None:
    """Every function a `cites` string names must be in the kernel index
    (vpmu_formal/kernel/cites.py has the grammar and the escapes).  Checked
    after the rest of the spec, so a type error is reported first."""
    from ..kernel.cites import check
    from ..kernel.index import active
    index = active()
    if index is None:
        return
    for item in module.items:
        if isinstance(item, (A.InterceptDecl, A.ActionDecl, A.ProcDecl)) and item.cites:
            check(index, item.cites, item.cites_span)


def check_module(module: Module) -> ir.TransitionSystem:
    return Checker(module).run()
