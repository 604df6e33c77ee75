"""Which kernel function each hunk of a patch changes.

For every changed line (added or removed) of a hunk, in this order:

1. a function *defined in the hunk's own text* that contains the line
   (the hunk's new side for added lines, old side for removed ones,
   parsed with tree-sitter: this finds functions a patch adds, and the
   function a hunk really edits when git's header names the one before);
2. a `#define` line (blank and comment lines change no code and are skipped) is the macro it defines (a declaration, not a function);
3. before the first such definition, and while the braces opened before the
   hunk are still open: the function git names in the hunk header;
4. otherwise, if the file is indexed: the indexed function whose lines
   contain the line's old line number, when the header names no function
   (the indexed tree may be another version than the patch's base, so
   this is said in the output);
5. otherwise a declaration outside any function (named by the header
   text, e.g. `struct kvm_pmu`, or by the file).
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Optional

from .cparse import function_name_of_header, functions


@dataclass(frozen=True)
class Change:
    file: str
    name: str                 # function name, or a declaration's text
    is_function: bool
    how: str                  # "hunk text" | "hunk header" | "line range" | "declaration"


def _depth_closes(lines: list) -> int:
    """Index of the line that closes the function the hunk starts in, or
    len(lines).  Only a `}` in column 0 closes a function (kernel style);
    mail that lost the indentation gives no such line, and then the hunk
    header's function is trusted.  Comments and strings are skipped."""
    if not any(t.startswith("\t") for t in lines):
        return len(lines)          # kernel indentation (tabs) lost: braces cannot tell
    depth = 0
    in_block = False
    for i, text in enumerate(lines):
        j = 0
        in_str = None
        while j < len(text):
            ch = text[j]
            nxt = text[j + 1] if j + 1 < len(text) else ""
            if in_block:
                if ch == "*" and nxt == "/":
                    in_block = False
                    j += 1
            elif in_str:
                if ch == "\\":
                    j += 1
                elif ch == in_str:
                    in_str = None
            elif ch == "/" and nxt == "*":
                in_block = True
                j += 1
            elif ch == "/" and nxt == "/":
                break
            elif ch in "\"'":
                in_str = ch
            elif ch == "{":
                depth += 1
            elif ch == "}":
                depth -= 1
                if depth < 0 and j == 0:
                    return i
            j += 1
    return len(lines)


def _side(hunk, kinds: str) -> tuple:
    """(texts, changed fragment indices, old/new numbers) of one side."""
    texts, changed, numbers = [], [], []
    for kind, text, old_no, new_no in hunk.lines:
        if kind in kinds:
            if kind != " ":
                changed.append(len(texts))
            texts.append(text)
            numbers.append(old_no if kinds == " -" else new_no)
    return texts, changed, numbers


def _macro(text: str) -> Optional[str]:
    s = text.strip()
    if s.startswith("#"):
        words = s[1:].split()
        if len(words) >= 2 and words[0] == "define":
            return words[1].split("(")[0]
        return s
    return None


def changes(hunk, index=None) -> list:
    """The functions (and declarations) a hunk changes, in order."""
    out: list = []
    header_fn = function_name_of_header(hunk.section)
    indexed = index is not None and hunk.file in getattr(index, "files", {})

    def add(ch: Change) -> None:
        if ch not in out:
            out.append(ch)

    for kinds in (" +", " -"):
        texts, changed, numbers = _side(hunk, kinds)
        if not changed:
            continue
        frag = functions(("\n".join(texts) + "\n").encode())
        first_def = min((f.start for f in frag), default=len(texts) + 1) - 1
        closed = _depth_closes(texts[:first_def])
        for i in changed:
            bare = texts[i].strip()
            if not bare or bare.startswith(("/*", "*", "//")):
                continue           # blank or comment lines change no code
            inside = [f for f in frag if f.start - 1 <= i <= f.end - 1]
            if inside:
                add(Change(hunk.file, inside[-1].name, True, "hunk text"))
                continue
            macro = _macro(texts[i])
            if macro is not None:
                add(Change(hunk.file, f"#define {macro}" if not macro.startswith("#")
                           else macro, False, "declaration"))
                continue
            if header_fn is not None and i < first_def and i < closed:
                add(Change(hunk.file, header_fn, True, "hunk header"))
                continue
            if indexed and header_fn is None:
                line = _old_line(hunk, i, kinds)
                fn = index.containing(hunk.file, line) if line else None
                if fn is not None:
                    add(Change(hunk.file, fn.name, True, "line range"))
                    continue
            name = hunk.section.rstrip(" {=").strip() or hunk.file
            add(Change(hunk.file, name, False, "declaration"))
    return out


def _old_line(hunk, i: int, kinds: str) -> Optional[int]:
    """The old-side line number at (or just before) fragment line i."""
    seen = -1
    last = hunk.old_start
    for kind, _text, old_no, _new in hunk.lines:
        if kind in kinds:
            seen += 1
        if old_no is not None:
            last = old_no
        if seen == i:
            return last
    return last
