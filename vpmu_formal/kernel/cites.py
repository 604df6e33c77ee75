"""What a `cites "..."` string refers to, and checking that against the
kernel index.

The grammar (README, "The language"):

    cites    := segment (';' segment)*
    segment  := [tag] item (('->' | ',') item)*      -- a call chain or a list
    item     := words, possibly containing FILE:NAME references

* `FILE:NAME` (FILE ends in `.c` or `.h`, e.g. `pmu.c:kvm_need_rdpmc_intercept`,
  `svm/pmu.c:amd_pmu_set_msr`, `kernel/events/core.c:perf_put_guest_context`)
  anywhere in an item is a reference to function NAME of FILE.  FILE is a
  path suffix of an indexed file; `pmu.c` is arch/x86/kvm/pmu.c.
* A bare identifier that starts an item (`-> kvm_pmu_load_guest_pmcs`,
  `, kvm_pmu_reset`) is a reference too: to a function of the file of the
  segment's last `FILE:NAME` if that file has one of the name, else to any
  indexed function of the name (a chain may call into another file).  It
  must contain `_` and a lower-case letter, so English words and CONSTANTS
  are never references; `a/b` names both `a` and `b`.
* Comments, never references: anything in parentheses, in backticks, and
  a call written out (`kvm_make_request(...)`).
* Tags: a segment starting `KNOWN-BAD:` is checked as usual.  A segment
  starting with an escape is outside the index and not checked:
  `outside:`, `SDM:`, `APM`, `AMD APM`, `perf:`, `perf core:`, `ghost`,
  `seed N:` (code of a seed patch, not of the indexed tree).
"""
from __future__ import annotations

import difflib
import re
from dataclasses import dataclass
from typing import Optional

from ..lang.ast import Span
from ..lang.errors import SpecError

ESCAPES = ("outside:", "SDM:", "APM", "AMD APM", "perf:", "perf core:", "ghost")
_SEED_ESCAPE = re.compile(r"seed \d+:")
TAGS = ("KNOWN-BAD:",)
_QUALIFIED = re.compile(r"(?<![\w./-])([\w./-]+\.[ch]):([A-Za-z_]\w*)")
_IDENT = re.compile(r"[A-Za-z_]\w*\Z")


@dataclass(frozen=True)
class Ref:
    file: Optional[str]       # as written (None: no file context)
    name: str
    offset: int               # of the name in the cites string
    qualified: bool           # written FILE:NAME


def _mask(text: str) -> str:
    """`text` with comments blanked out (same length, so offsets hold):
    parentheses (nested), backticks, and a called name before its `(`."""
    out = list(text)
    depth = 0
    tick = False
    for i, ch in enumerate(text):
        if ch == "`":
            tick = not tick
            out[i] = " "
            continue
        if tick:
            out[i] = " "
            continue
        if ch == "(":
            if depth == 0:
                # A call written out: blank the name right before '('.
                j = i
                while j > 0 and (text[j - 1].isalnum() or text[j - 1] == "_"):
                    j -= 1
                for k in range(j, i):
                    out[k] = " "
            depth += 1
        if depth:
            out[i] = " "
        if ch == ")" and depth:
            depth -= 1
    return "".join(out)


def _split(text: str, seps: tuple, base: int) -> list:
    """(piece, offset) for the pieces of `text` between separators."""
    pieces = []
    start = 0
    i = 0
    while i < len(text):
        for sep in seps:
            if text.startswith(sep, i):
                pieces.append((text[start:i], base + start))
                i += len(sep)
                start = i
                break
        else:
            i += 1
    pieces.append((text[start:], base + start))
    return pieces


def _escaped(segment: str) -> bool:
    s = segment.lstrip()
    return s.startswith(ESCAPES) or bool(_SEED_ESCAPE.match(s))


def parse(text: str) -> list[Ref]:
    """The function references in a cites string, in order."""
    refs: list[Ref] = []
    masked = _mask(text)
    for segment, seg_off in _split(masked, (";",), 0):
        if _escaped(segment):
            continue
        lead = len(segment) - len(segment.lstrip())
        body = segment.lstrip()
        for tag in TAGS:
            if body.startswith(tag):
                lead += len(tag)
                body = body[len(tag):]
        context: Optional[str] = None
        for item, off in _split(segment[lead:], ("->", ","), seg_off + lead):
            quals = list(_QUALIFIED.finditer(item))
            stripped = item.lstrip()
            first_at = off + len(item) - len(stripped)
            first = stripped.split(" ", 1)[0] if stripped else ""
            if quals and quals[0].start() == len(item) - len(stripped):
                pass                         # the item starts FILE:NAME
            elif first:
                at = first_at
                for alt in first.split("/"):
                    if _IDENT.match(alt) and "_" in alt and any(c.islower() for c in alt):
                        refs.append(Ref(context, alt, at, False))
                    at += len(alt) + 1
            for m in quals:
                context = m.group(1)
                refs.append(Ref(m.group(1), m.group(2), off + m.start(2), True))
    refs.sort(key=lambda r: r.offset)
    return refs


def cited_names(text: str) -> set:
    return {r.name for r in parse(text)}


def _span_at(text: str, string_span: Span, offset: int, length: int) -> Span:
    """Span of text[offset:offset+length] inside a string literal whose
    opening quote is at `string_span`."""
    before = text[:offset]
    line = string_span.line + before.count("\n")
    if "\n" in before:
        col = len(before) - before.rfind("\n")
    else:
        col = string_span.col + 1 + offset
    return Span(string_span.path, line, col, line, col + length)


def resolve(index, ref: Ref) -> Optional[str]:
    """None if `ref` names an indexed function, else the error message."""
    if ref.file is not None and not ref.qualified:
        # A bare callee in a chain is looked up in the chain's file first,
        # then anywhere: `cpuid.c:f -> kvm_pmu_refresh` calls into pmu.c.
        path = index.resolve_file(ref.file)
        if path and any(f.name == ref.name for f in index.in_file(path)):
            return None
        if index.by_name(ref.name):
            return None
        near = [f.name for f in index.in_file(path)] if path else []
        hint = _suggest(ref.name, near) or _suggest(
            ref.name, sorted({f.name for f in index.functions}))
        return (f"cites '{ref.name}', which is no function in the kernel index{hint}; "
                "write 'outside: ...' for code outside the index")
    if ref.file is not None:
        path = index.resolve_file(ref.file)
        if path is None:
            hint = _suggest(ref.file, index.file_names())
            return (f"cites file '{ref.file}', which is not in the kernel index"
                    f"{hint}; write 'outside: ...' for code outside the index")
        names = [f.name for f in index.in_file(path)]
        if ref.name in names:
            return None
        elsewhere = sorted({f.file for f in index.by_name(ref.name)})
        if elsewhere:
            where = ", ".join(elsewhere)
            return f"cites '{ref.name}' in {path}, but the kernel index has it in {where}"
        return (f"cites '{ref.name}', which is no function of {path} in the "
                f"kernel index{_suggest(ref.name, names)}")
    if index.by_name(ref.name):
        return None
    names = sorted({f.name for f in index.functions})
    return (f"cites '{ref.name}', which is no function in the kernel index"
            f"{_suggest(ref.name, names)}; write 'outside: ...' for code outside "
            "the index")


def _suggest(word: str, choices: list) -> str:
    close = difflib.get_close_matches(word, choices, n=1, cutoff=0.6)
    return f" (did you mean '{close[0]}'?)" if close else ""


def check(index, text: Optional[str], string_span: Optional[Span]) -> None:
    """Raise a SpecError at the first reference of `text` that names no
    function of `index`."""
    if not text or string_span is None or string_span.line <= 0:
        return
    if not _PASSED or _PASSED[0] is not index:
        _PASSED[:] = [index, set()]
    if text in _PASSED[1]:
        return
    for ref in parse(text):
        msg = resolve(index, ref)
        if msg is not None:
            start, length = ref.offset, len(ref.name)
            if msg.startswith("cites file"):
                # Point at FILE:NAME, the file being what is wrong.
                start, length = ref.offset - len(ref.file) - 1, length + len(ref.file) + 1
            raise SpecError(_span_at(text, string_span, start, length), msg)
    _PASSED[1].add(text)


# Cites strings already found to name only indexed functions, by index: a
# variant repeats its parent's actions and their cites, and parsing them
# again for each of specs/'s variants was a sixth of loading the tree.
# Only a pass is remembered; where an error points depends on the span.
# [index, texts]: kept for one index object, the one last asked about.
_PASSED: list = []
