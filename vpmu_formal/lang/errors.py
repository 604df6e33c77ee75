"""User-facing spec errors and their `path:line:col: error: ...` rendering."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Mapping

from .ast import Span

# How each grammar terminal is written by a user; error messages must never
# show lark's internal terminal names.
TOKEN_SPELLING: dict[str, str] = {
    "NAME": "a name",
    "INT": "a number",
    "STRING": "a string",
    "BVTYPE": "a bit-vector type (bvN)",
    "BOOL": "'bool'",
    "TRUE": "'true'",
    "FALSE": "'false'",
    "ACCESS": "'rdpmc', 'rdmsr', 'wrmsr' or 'rwmsr'",
    "INTERCEPTED": "'intercepted'",
    "ANY": "'any'",
    "WHEN": "'when'",
    "UNLESS": "'unless'",
    "CMP_OP": "a comparison (==, !=, <, <=, >, >=)",
    "SHIFT_OP": "'<<' or '>>'",
    "IMPLIES": "'==>'",
    "PLUS": "'+'",
    "MINUS": "'-'",
    "BANG": "'!'",
    "TILDE": "'~'",
    "LPAR": "'('",
    "RPAR": "')'",
    "LBRACE": "'{'",
    "RBRACE": "'}'",
    "LSQB": "'['",
    "RSQB": "']'",
    "COLON": "':'",
    "SEMICOLON": "';'",
    "COMMA": "','",
    "DOT": "'.'",
    "EQUAL": "'='",
    "AT": "'@'",
    "STAR": "'*'",
    "AMPERSAND": "'&'",
    "VBAR": "'|'",
    "CIRCUMFLEX": "'^'",
    "$END": "end of file",
}


@dataclass(frozen=True)
class Note:
    span: Span
    message: str


@dataclass
class SpecError(Exception):
    """A mistake in a spec, located in its source."""

    span: Span
    message: str
    notes: tuple[Note, ...] = field(default=())

    def __str__(self) -> str:
        return f"{self.span}: error: {self.message}"


def spell_token(name: str) -> str:
    """Render a lark terminal name as the user would write it."""
    if name in TOKEN_SPELLING:
        return TOKEN_SPELLING[name]
    if name.startswith("__ANON") or name.startswith("_"):
        return "a token"
    # Anonymous keyword terminals are named after the keyword, upper-cased.
    return f"'{name.lower()}'"


def _caret_block(span: Span, sources: Mapping[str, str]) -> list[str]:
    text = sources.get(span.path)
    if text is None or span.line <= 0:
        return []
    lines = text.split("\n")    # lark counts lines by \n only
    if span.line > len(lines):
        return []
    src = lines[span.line - 1].expandtabs(1)
    width = 1
    if span.end_line == span.line and span.end_col > span.col:
        width = span.end_col - span.col
    width = max(1, min(width, max(1, len(src) - span.col + 1)))
    return [f"  {src}", "  " + " " * (span.col - 1) + "^" * width]


def format_error(err: SpecError, sources: Mapping[str, str]) -> str:
    out = [f"{err.span}: error: {err.message}"]
    out += _caret_block(err.span, sources)
    for note in err.notes:
        out.append(f"{note.span}: note: {note.message}")
        out += _caret_block(note.span, sources)
    return "\n".join(out) + "\n"
