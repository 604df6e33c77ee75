"""`diff OLD NEW`: what changed between two versions of a spec.

Two parts: the declarations that differ (compared structurally, source
positions ignored, after includes and `extends` are resolved, so V4 and
its fix differ exactly in the overridden rule and procedure), and the
properties whose verdict changed.  A verdict regresses when the new one is
worse for the kernel: a proof lost, or a violation found where there was
none.  Verdicts are compared as such, not against `expect`, because two
revisions of a patch usually carry different expectations.
"""
from __future__ import annotations

from dataclasses import dataclass

from .lang import ast as A
from .lang.loader import SUPER_MARK, Module, override_key
from .results import Result, Verdict

# Lower is better for the kernel.
_RANK = {Verdict.PROVED: 0, Verdict.UNREACHABLE: 0, Verdict.COVERED: 0,
         Verdict.BOUNDED: 1, Verdict.UNKNOWN: 2, Verdict.VACUOUS: 2,
         Verdict.VIOLATED: 3, Verdict.ERROR: 4}


@dataclass(frozen=True)
class DeclChange:
    kind: str          # "changed" | "added" | "removed"
    what: str          # e.g. "intercept rule 'rdpmc'"
    where: str         # span in the new (or, if removed, old) spec


@dataclass(frozen=True)
class VerdictChange:
    property: str
    old: Result
    new: Result

    @property
    def kind(self) -> str:
        if self.old.verdict is Verdict.VIOLATED and self.new.verdict is Verdict.PROVED:
            return "fixed"
        a, b = _RANK[self.old.verdict], _RANK[self.new.verdict]
        if b > a:
            return "regressed"
        if b < a:
            return "improved"
        return "same" if self.old.verdict is self.new.verdict else "changed"


_WORDS = {A.ConstDecl: "const", A.EnumDecl: "enum", A.VarDecl: "var", A.LetDecl: "let",
          A.DefDecl: "def", A.ProcDecl: "proc", A.ActionDecl: "action",
          A.InterceptDecl: "intercept rule", A.LemmaDecl: "lemma"}


def _describe(key: tuple, item) -> str:
    if key[0] == "super":
        name, level = key[1].rsplit(SUPER_MARK, 1)
        return f"proc '{name}' as replaced by override {int(level) + 1} (run by 'call super')"
    if isinstance(item, A.PropertyDecl):
        word = "cover" if item.kind == "cover" else "property"
    else:
        word = _WORDS.get(type(item), "declaration")
    return f"{word} '{key[1]}'"


def declaration_changes(old: Module, new: Module) -> list[DeclChange]:
    def index(m: Module) -> dict:
        out = {}
        for item in m.items:
            key = override_key(item)
            if key is not None:
                out[key] = item
        return out
    a, b = index(old), index(new)
    out = []
    for key, item in b.items():
        if key[0] == "super" and key not in a:
            continue    # the replaced body of an overridden proc: reported as that proc
        if key not in a:
            out.append(DeclChange("added", _describe(key, item), str(item.span)))
        elif a[key] != item:
            out.append(DeclChange("changed", _describe(key, item), str(item.span)))
    for key, item in a.items():
        if key not in b and key[0] != "super":
            out.append(DeclChange("removed", _describe(key, item), str(item.span)))
    order = {"changed": 0, "added": 1, "removed": 2}
    return sorted(out, key=lambda c: (order[c.kind], c.what))


def verdict_changes(old: list[Result], new: list[Result]):
    """(changes for properties in both, names only in old, names only in new)."""
    a = {r.property: r for r in old}
    b = {r.property: r for r in new}
    both = [VerdictChange(n, a[n], b[n]) for n in b if n in a]
    return both, [n for n in a if n not in b], [n for n in b if n not in a]
