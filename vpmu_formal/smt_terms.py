"""A hash-consed DAG of SMT-LIB2 terms, built and printed in plain Python.

smt_text.py's symbolic execution builds the encoding here instead of in
z3py (tens of microseconds per z3py operation, about one here).  A term is
an int; equal terms are the same int, so the folding rules (equal ite
branches, repeated or-arguments) are comparisons of ints.  Constructors
fold literals (ite/and/or/not over true/false, operators on literals only)
so the printed text is never larger than the z3py encoding was.  Printing
(`render`) writes a subterm referenced more than once as a name, the rest
in place, in dependency order.
"""
from __future__ import annotations

from . import ir


def width_of(t: ir.ScalarT) -> int:
    """0 for Bool, else the bit-vector width: the builder's sort."""
    return 0 if isinstance(t, ir.BoolT) else t.width


def sort_text(w: int) -> str:
    return "Bool" if w == 0 else f"(_ BitVec {w})"


def quote(name: str) -> str:
    assert "|" not in name and "\\" not in name, name
    return f"|{name}|"


def lit_text(v: int, w: int) -> str:
    if w == 0:
        return "true" if v else "false"
    if w % 4 == 0:
        return "#x" + format(v, "0%dx" % (w // 4))
    return "#b" + format(v, "0%db" % w)


def _mask(w: int) -> int:
    return (1 << w) - 1


# Operators folded when all their arguments are literals: (value, ...) ->
# value, with w the width of the arguments.
FOLD = {
    "not": lambda w, a: 1 - a,
    "and": lambda w, a, b: a & b,
    "or": lambda w, a, b: a | b,
    "xor": lambda w, a, b: a ^ b,
    "=>": lambda w, a, b: (1 - a) | b,
    "=": lambda w, a, b: int(a == b),
    "bvadd": lambda w, a, b: (a + b) & _mask(w),
    "bvsub": lambda w, a, b: (a - b) & _mask(w),
    "bvmul": lambda w, a, b: (a * b) & _mask(w),
    "bvand": lambda w, a, b: a & b,
    "bvor": lambda w, a, b: a | b,
    "bvxor": lambda w, a, b: a ^ b,
    "bvshl": lambda w, a, b: (a << b) & _mask(w) if b < w else 0,
    "bvlshr": lambda w, a, b: a >> b if b < w else 0,
    "bvnot": lambda w, a: ~a & _mask(w),
    "bvneg": lambda w, a: -a & _mask(w),
    "bvult": lambda w, a, b: int(a < b),
    "bvule": lambda w, a, b: int(a <= b),
    "bvugt": lambda w, a, b: int(a > b),
    "bvuge": lambda w, a, b: int(a >= b),
}


class Terms:
    """A hash-consed term DAG.  A term is an int; children always have
    smaller numbers than their parents, so numeric order is a dependency
    order.  Equal terms are the same int, which is what the folding rules
    (equal ite branches) compare."""

    def __init__(self) -> None:
        self.head: list[str] = []     # atom text, or operator of an application
        self.args: list[tuple] = []
        self.width: list[int] = []
        self.value: list = []         # the value of a literal, else None
        self._ids: dict = {}
        self.false = self.lit(0, 0)
        self.true = self.lit(1, 0)

    def _node(self, head: str, args: tuple, w: int, value=None) -> int:
        key = (head, args)
        i = self._ids.get(key)
        if i is None:
            i = self._ids[key] = len(self.head)
            self.head.append(head)
            self.args.append(args)
            self.width.append(w)
            self.value.append(value)
        return i

    def lit(self, v: int, w: int) -> int:
        v = int(bool(v)) if w == 0 else v & _mask(w)
        return self._node(lit_text(v, w), (), w, v)

    def sym(self, name: str, w: int) -> int:
        return self._node(quote(name), (), w)

    def is_symbol(self, t: int) -> bool:
        return not self.args[t] and self.value[t] is None

    # -- applications, with the folding the z3py encoder did and more --
    def app(self, head: str, args: tuple, w: int) -> int:
        vals = [self.value[a] for a in args]
        if None not in vals and head in FOLD:
            return self.lit(FOLD[head](self.width[args[0]], *vals), w)
        return self._node(head, args, w)

    def not_(self, a: int) -> int:
        return self.app("not", (a,), 0)

    def and_(self, a: int, b: int) -> int:
        va, vb = self.value[a], self.value[b]
        if va == 0 or vb == 0:
            return self.false
        if va == 1:
            return b
        if vb == 1 or a == b:
            return a
        return self._node("and", (a, b), 0)

    def or_(self, terms) -> int:
        """Or of a list: false terms dropped, true absorbs, one term is itself."""
        out = []
        for t in terms:
            v = self.value[t]
            if v == 1:
                return self.true
            if v is None and t not in out:
                out.append(t)
        if not out:
            return self.false
        return out[0] if len(out) == 1 else self._node("or", tuple(out), 0)

    def ite(self, c: int, a: int, b: int) -> int:
        v = self.value[c]
        if v == 1 or a == b:
            return a
        if v == 0:
            return b
        return self._node("ite", (c, a, b), self.width[a])

    def ite_bool(self, c: int, a: int, b: int) -> int:
        """ite of Booleans with literal branches turned into and/or/not:
        for the `alive` flag, whose merges are mostly (ite c false true)."""
        va, vb = self.value[a], self.value[b]
        if self.value[c] is not None or a == b:
            return self.ite(c, a, b)
        if va == 1:
            return self.or_([c, b]) if vb is None else (c if vb == 0 else self.true)
        if va == 0:
            nc = self.not_(c)
            return self.and_(nc, b) if vb is None else (nc if vb == 1 else self.false)
        if vb == 1:
            return self.or_([self.not_(c), a])
        if vb == 0:
            return self.and_(c, a)
        return self.ite(c, a, b)

    def eq(self, a: int, b: int) -> int:
        if a == b:
            return self.true
        return self.app("=", (a, b), 0)

    def extract(self, hi: int, lo: int, a: int) -> int:
        if lo == 0 and hi == self.width[a] - 1:
            return a
        v = self.value[a]
        if v is not None:
            return self.lit(v >> lo, hi - lo + 1)
        return self._node(f"(_ extract {hi} {lo})", (a,), hi - lo + 1)

    def concat(self, a: int, b: int) -> int:
        w = self.width[a] + self.width[b]
        va, vb = self.value[a], self.value[b]
        if va is not None and vb is not None:
            return self.lit((va << self.width[b]) | vb, w)
        return self._node("concat", (a, b), w)

    def extend(self, op: str, n: int, a: int) -> int:
        w = self.width[a]
        v = self.value[a]
        if v is not None:
            if op == "sign_extend" and v >> (w - 1):
                v |= _mask(n) << w
            return self.lit(v, w + n)
        return self._node(f"(_ {op} {n})", (a,), w + n)

    def ult_lit(self, a: int, n: int) -> int:
        return self.app("bvult", (a, self.lit(n, self.width[a])), 0)

    # -- printing --
    def _reachable(self, roots) -> dict:
        """node -> number of references to it (from parents and roots)."""
        refs: dict = {}
        stack = list(roots)
        while stack:
            t = stack.pop()
            n = refs.get(t, 0)
            refs[t] = n + 1
            if n == 0:
                stack.extend(self.args[t])
        return refs

    def render(self, roots, name: str = "$") -> tuple[dict, list]:
        """(text of each root, shared subterms as [(name, sort, body)] in
        dependency order).  A subterm referenced more than once becomes a
        name unless its text is short; the rest are written in place."""
        refs = self._reachable(roots)
        text: dict = {}
        shared: list = []
        for t in sorted(refs):
            args = self.args[t]
            if not args:
                text[t] = self.head[t]
                continue
            body = "(" + self.head[t] + " " + " ".join([text[a] for a in args]) + ")"
            if refs[t] > 1 and len(body) > 24:
                ref = f"{name}{len(shared)}"
                shared.append((ref, sort_text(self.width[t]), body))
                body = ref
            text[t] = body
        return {t: text[t] for t in roots}, shared

    def standalone(self, roots) -> tuple[list, list]:
        """(self-contained text of each root with its shared parts
        let-bound, declarations of the symbols they use)."""
        texts, shared = self.render(roots, "$e")
        out = []
        for t in roots:
            s = texts[t]
            # Each root binds only what it uses, innermost last.
            for n, _, b in reversed(shared):
                if n + " " in s or n + ")" in s:
                    s = f"(let (({n} {b})) {s})"
            out.append(s)
        decls = [f"(declare-fun {self.head[t]} () {sort_text(self.width[t])})"
                 for t in sorted(self._reachable(roots)) if self.is_symbol(t)]
        return out, decls
