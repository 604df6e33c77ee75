"""Resolve `include` and `extends` into one flat, ordered list of declarations.

Includes are spliced in place and each file is read once (so two specs that
both include `lib/intel.vpmu` through different routes see one copy).  A
variant that `extends` a parent starts from the parent's resolved items;
its own declarations marked `override` replace the parent's declaration of
the same name *in place*, so declaration order (and hence every report)
stays the parent's.
"""
from __future__ import annotations

import os
from dataclasses import dataclass, replace
from typing import Optional

from . import ast as A
from .errors import Note, SpecError
from .parser import parse_text


@dataclass(frozen=True)
class Module:
    name: str
    title: str
    path: str
    items: tuple
    sources: dict            # path -> text, for error carets and reports
    is_library: bool         # no `spec` header: only meant to be included
    parent: Optional[str] = None


def override_key(item) -> Optional[tuple]:
    """Identity of a declaration for `override` purposes (None: not overridable)."""
    if isinstance(item, A.InterceptDecl):
        return ("intercept", item.key)
    if isinstance(item, A.ActionDecl):
        return ("action", item.name)
    if isinstance(item, A.PropertyDecl):
        return ("property", item.name)
    if isinstance(item, A.LemmaDecl):
        return ("lemma", item.name)
    if isinstance(item, A.ProcDecl) and SUPER_MARK in item.name:
        return ("super", item.name)     # a replaced body kept for `call super`
    if isinstance(item, (A.ConstDecl, A.EnumDecl, A.VarDecl, A.LetDecl, A.DefDecl, A.ProcDecl)):
        return ("name", item.name)
    return None


def _describe(key: tuple) -> str:
    kind, name = key
    return {"intercept": f"intercept rule '{name}'", "action": f"action '{name}'",
            "property": f"property '{name}'", "lemma": f"lemma '{name}'"}.get(kind, f"'{name}'")


class _Loader:
    def __init__(self, sources: dict):
        self.sources = sources
        self.parsed: dict[str, A.SpecFile] = {}

    def read(self, path: str, at: Optional[A.Span]) -> A.SpecFile:
        if path in self.parsed:
            return self.parsed[path]
        try:
            with open(path, encoding="utf-8") as fh:
                text = fh.read()
        except (OSError, UnicodeDecodeError) as exc:
            reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
            span = at if at is not None else A.Span(path, 1, 1)
            raise SpecError(span, f"cannot read '{path}': {reason}") from None
        self.sources[path] = text
        spec = _parse_once(text, path)
        self.parsed[path] = spec
        return spec

    def expand(self, spec: A.SpecFile, seen: set, stack: list) -> list:
        """Items of `spec` with includes spliced in (each file at most once)."""
        out = []
        for item in spec.items:
            if not isinstance(item, A.Include):
                out.append(item)
                continue
            target = os.path.normpath(os.path.join(os.path.dirname(spec.path), item.path))
            ident = os.path.realpath(target)
            if ident in {os.path.realpath(p) for p in stack}:
                chain = stack[[os.path.realpath(p) for p in stack].index(ident):] + [target]
                raise SpecError(item.span, "include cycle: " + " -> ".join(chain))
            if ident in seen:
                continue
            seen.add(ident)
            inc = self.read(target, item.span)
            if inc.header is not None and inc.header.extends is not None:
                raise SpecError(item.span, f"'{item.path}' is a variant (it uses 'extends'); "
                                "include a library file instead")
            out.extend(self.expand(inc, seen, stack + [target]))
        return out

    def resolve(self, path: str, at: Optional[A.Span], stack: list) -> tuple[A.SpecFile, list, set]:
        spec = self.read(path, at)
        base: list = []
        seen: set = {os.path.realpath(path)}
        if spec.header is not None and spec.header.extends is not None:
            parent = os.path.normpath(os.path.join(os.path.dirname(path), spec.header.extends))
            if parent in stack or parent == path:
                raise SpecError(spec.header.extends_span,
                                "extends cycle: " + " -> ".join(stack + [path, parent]))
            _, base, parent_seen = self.resolve(parent, spec.header.extends_span, stack + [path])
            seen |= parent_seen
        own = self.expand(spec, seen, stack + [path])
        return spec, apply_overrides(base, own), seen


_PARSED: dict = {}


def _parse_once(text: str, path: str) -> A.SpecFile:
    """Parse a file once per process: checking a tree loads each shared
    library (lib/, the full vendor models) once per spec that uses it,
    and parsing was most of the start-up.  The AST is immutable, so the
    specs can share it; the key includes the text, so an edited file is
    parsed again."""
    key = (path, text)
    spec = _PARSED.get(key)
    if spec is None:
        spec = _PARSED[key] = parse_text(text, path)
    return spec


def apply_overrides(base: list, own: list) -> list:
    items = list(base)
    where: dict = {}
    for i, item in enumerate(items):
        key = override_key(item)
        if key is not None:
            where.setdefault(key, i)
    dropped: set = set()
    for item in own:
        if isinstance(item, A.Drop):
            # A variant that no longer has a property (or a lemma) of the
            # spec it extends: the patch removed what it checked, or it
            # does not apply to the variant.  Only inherited ones.
            key = (item.kind, item.name)
            if key not in where or where[key] >= len(base) or where[key] in dropped:
                raise SpecError(item.span, f"'drop' of {_describe(key)}, but the extended "
                                "spec declares none")
            dropped.add(where[key])
            continue
        key = override_key(item)
        if getattr(item, "override", False):
            if key not in where:
                raise SpecError(item.span, f"'override' of {_describe(key)}, "
                                "but no earlier declaration has that name")
            replaced = items[where[key]]
            if isinstance(item, A.ProcDecl) and isinstance(replaced, A.ProcDecl):
                item = _keep_super(items, item, replaced)
            items[where[key]] = item
            continue
        if key is not None and key not in where:
            where[key] = len(items)
        items.append(item)
    return [item for i, item in enumerate(items) if i not in dropped]


SUPER = "super"
SUPER_MARK = "'"         # in names no spec can spell


def _keep_super(items: list, item: A.ProcDecl, replaced: A.ProcDecl) -> A.ProcDecl:
    """An overriding procedure may run the one it replaces with `call super(...)`
    (a patch that adds lines before or after a kernel helper's body).  The
    replaced procedure stays in the module as `name'k`, k = 0 for the
    original and one more per level of overriding."""
    level = sum(1 for i in items if isinstance(i, A.ProcDecl)
                and i.name.startswith(item.name + SUPER_MARK))
    hidden = f"{item.name}{SUPER_MARK}{level}"
    items.append(replace(replaced, name=hidden, override=False))
    return replace(item, super_name=hidden)


def load_module(path: str, sources: Optional[dict] = None) -> Module:
    """Parse `path` with everything it includes or extends.

    `sources` (path -> text) is filled as files are read, also when a
    SpecError escapes, so the caller can still print the caret line.
    """
    path = os.path.normpath(path)
    sources = {} if sources is None else sources
    loader = _Loader(sources)
    spec, items, _ = loader.resolve(path, None, [])
    header = spec.header
    name = header.name if header else os.path.splitext(os.path.basename(path))[0]
    title = (header.title if header and header.title else name)
    parent = None
    if header and header.extends:
        parent = os.path.normpath(os.path.join(os.path.dirname(path), header.extends))
    return Module(name, title, path, tuple(items), sources, header is None, parent)


def duplicate_error(item, previous) -> SpecError:
    return SpecError(item.span, f"'{item.name}' is already defined; use 'override' "
                     "to replace a declaration from an extended spec",
                     (Note(previous.span, "previous definition is here"),))
