"""Read a patch as it is posted: a `git format-patch` file, an mbox, or a
reply that quotes the patch with `> ` and has lost whitespace on the way.

Mail mangles a diff in known ways, and each is undone before the diff is
handed to `unidiff` (a maintained parser of unified diffs):

* quoting: when the diff itself is quoted (`> diff --git`), only quoted
  lines belong to it; the reply's own text between quoted lines is kept as
  a comment at that position of the hunk (that is where the reviewer
  wrote it), and the hunk goes on when the quote resumes;
* lost leading whitespace: a hunk line that starts with none of ` `, `+`,
  `-`, `\\` is a context line whose leading space was eaten;
* hunk line counts that no longer match (a hunk cut short by the reply,
  or continued after it): the counts are recomputed from the lines there.

mbox messages are decoded (quoted-printable, base64) with the standard
`email` package first.
"""
from __future__ import annotations

import email
import email.policy
import re
from dataclasses import dataclass, field
from typing import Optional

_HUNK = re.compile(r"@@ -(\d+)(?:,(\d+))? \+(\d+)(?:,(\d+))? @@ ?(.*)")
_GIT_VERSION = re.compile(r"\d+\.\d+")


class PatchError(Exception):
    """A file that holds no usable diff (exit code 2)."""

    def __init__(self, path: str, line: int, message: str):
        where = f"{path}:{line}" if line > 0 else path
        super().__init__(f"{where}: error: {message}")
        self.path, self.line, self.message = path, line, message


@dataclass
class Hunk:
    file: str                  # path in the tree (new name, or old for a deletion)
    old_start: int
    old_count: int
    new_start: int
    new_count: int
    section: str               # git's function-context text after @@ ... @@
    lines: list                # (kind, text, old_no, new_no); kind in " +-"
    source_line: int           # line of the @@ in the posted file
    comments: list = field(default_factory=list)   # (after_hunk_line_index, text)
    header_counts: tuple = (0, 0)                   # as written, before repair

    @property
    def added(self) -> int:
        return sum(1 for k, *_ in self.lines if k == "+")

    @property
    def removed(self) -> int:
        return sum(1 for k, *_ in self.lines if k == "-")

    @property
    def header(self) -> str:
        tail = f" {self.section}" if self.section else ""
        return (f"@@ -{self.old_start},{self.old_count} "
                f"+{self.new_start},{self.new_count} @@{tail}")


@dataclass
class Patch:
    path: str
    subject: str
    hunks: list
    repaired: int = 0          # hunks whose line counts were recomputed
    stray: list = field(default_factory=list)  # diff-like lines outside any hunk


def _messages(text: str) -> list:
    """(subject, body) of each message; a file that is not an mbox is one
    message whose subject is its first `Subject:` or first line."""
    if text.startswith("From ") and "\nSubject:" in text[:4000]:
        parts = re.split(r"(?m)^From (?=\S+ +\w{3} \w{3} )", text)
        out = []
        for part in parts:
            if not part.strip():
                continue
            msg = email.message_from_string("From " + part if not part.startswith("From ")
                                            else part, policy=email.policy.default)
            subject = str(msg.get("Subject", "") or "")
            body = _body(msg)
            out.append((" ".join(subject.split()), body))
        if out:
            return out
    subject = ""
    for line in text.splitlines():
        if line.lower().startswith("subject:"):
            subject = line.split(":", 1)[1].strip()
            break
    if not subject:
        subject = next((l.strip() for l in text.splitlines() if l.strip()), "")
    return [(subject, text)]


def _body(msg) -> str:
    if msg.is_multipart():
        texts = []
        for part in msg.walk():
            if part.get_content_type() == "text/plain" and not part.is_multipart():
                texts.append(part.get_content())
        return "\n".join(texts)
    try:
        return msg.get_content()
    except (LookupError, ValueError):
        return msg.get_payload()


def _quote_prefix(lines: list) -> Optional[str]:
    """The quote marker of a quoted diff (`>`), or None if the diff is not
    quoted."""
    for line in lines:
        s = line.lstrip()
        if s.startswith(">"):
            inner = s.lstrip("> ")
            if inner.startswith(("diff --git ", "@@ -", "--- a/", "+++ b/")):
                return ">"
    return None


def _unquote(line: str) -> Optional[str]:
    """The patch text of a quoted line (one level of `> `), None if the line
    is not quoted."""
    s = line.lstrip(" ")
    if not s.startswith(">"):
        return None
    s = s[1:]
    return s[1:] if s.startswith(" ") else s


def parse(text: str, path: str) -> list:
    """Every patch in a posted file (one per mbox message that has one)."""
    out = []
    for subject, body in _messages(text):
        patch = _parse_body(subject, body, path)
        if patch.hunks:
            out.append(patch)
        elif patch.stray and not out:
            out.append(patch)
    if not any(p.hunks for p in out):
        stray = next((p.stray for p in out if p.stray), [])
        if stray:
            where, first = stray[0]
            raise PatchError(path, where, "no diff hunk (no '@@ -a,b +c,d @@' line "
                             f"under a file header), only quoted diff lines such as "
                             f"'{first.strip()[:40]}'")
        raise PatchError(path, 1, "no diff found (no 'diff --git' or '--- a/' "
                         "and '+++ b/' header with '@@' hunks)")
    return [p for p in out if p.hunks]


def _parse_body(subject: str, body: str, path: str) -> Patch:
    raw = body.split("\n")
    quoted = _quote_prefix(raw) is not None
    patch = Patch(path, subject, [])
    cur_file: Optional[str] = None
    old_file: Optional[str] = None
    hunk: Optional[Hunk] = None
    comment: list = []
    in_diff = False
    for no, line in enumerate(raw, 1):
        text = _unquote(line) if quoted else line
        if text is None:
            # The reply's own words: kept where they interrupt the hunk.
            if hunk is not None and line.strip():
                comment.append(line)
            continue
        if comment and hunk is not None:
            hunk.comments.append((len(hunk.lines), "\n".join(comment)))
            comment = []
        if text.startswith("diff --git "):
            hunk = _close(patch, hunk)
            parts = text.split()
            cur_file = old_file = None
            if len(parts) >= 4:
                old_file = _strip_prefix(parts[2])
                cur_file = _strip_prefix(parts[3])
            in_diff = True
            continue
        if text.startswith("--- ") and (hunk is None or _next_is_plus(raw, no, quoted)):
            hunk = _close(patch, hunk)
            name = text[4:].split("\t")[0].strip()
            if name != "/dev/null":
                old_file = _strip_prefix(name)
            in_diff = True
            continue
        if text.startswith("+++ ") and (hunk is None or hunk.lines == []):
            name = text[4:].split("\t")[0].strip()
            cur_file = _strip_prefix(name) if name != "/dev/null" else old_file
            in_diff = True
            continue
        if text.startswith("@@"):
            hunk = _close(patch, hunk)
            m = _HUNK.match(text)
            if m is None:
                raise PatchError(path, no, f"malformed hunk header '{text.strip()[:60]}' "
                                 "(expected '@@ -a,b +c,d @@')")
            if cur_file is None and old_file is None:
                raise PatchError(path, no, "hunk before any file header "
                                 "('diff --git' or '--- a/' and '+++ b/')")
            a, b, c, d, section = m.groups()
            hunk = Hunk(cur_file or old_file, int(a), int(b if b is not None else 1),
                        int(c), int(d if d is not None else 1), section.strip(), [], no)
            hunk.header_counts = (hunk.old_count, hunk.new_count)
            continue
        if hunk is None:
            if not in_diff and text[:1] in "+-" and text[1:2] in (" ", "\t") \
                    and len(text.strip()) > 2:
                patch.stray.append((no, text))
            continue
        if text in ("--", "-- ") and _GIT_VERSION.match(_next_text(raw, no, quoted)):
            hunk = _close(patch, hunk)          # the signature of format-patch
            in_diff = False
            continue
        if text.startswith(("index ", "new file mode", "deleted file mode",
                            "similarity index", "rename from", "rename to")) \
                and not hunk.lines:
            continue
        kind = text[:1]
        if kind in ("+", "-", " "):
            hunk.lines.append((kind, text[1:]))
        elif kind == "\\":
            continue                             # "\ No newline at end of file"
        else:
            hunk.lines.append((" ", text))       # a context line that lost its space
    if comment and hunk is not None:
        hunk.comments.append((len(hunk.lines), "\n".join(comment)))
    _close(patch, hunk)
    return patch


def _strip_prefix(name: str) -> str:
    return name[2:] if name[:2] in ("a/", "b/") else name


def _next_text(raw: list, no: int, quoted: bool) -> str:
    for line in raw[no:]:
        text = _unquote(line) if quoted else line
        if text is not None and text.strip():
            return text.strip()
    return ""


def _next_is_plus(raw: list, no: int, quoted: bool) -> bool:
    if no >= len(raw):
        return False
    text = _unquote(raw[no]) if quoted else raw[no]
    return text is not None and text.startswith("+++ ")


def _close(patch: Patch, hunk: Optional[Hunk]) -> None:
    if hunk is None:
        return None
    # Trailing empty context (blank lines before the next header in mail).
    while hunk.lines and hunk.lines[-1] == (" ", "") and len(hunk.lines) > 1:
        hunk.lines.pop()
    old = sum(1 for k, _ in hunk.lines if k in " -")
    new = sum(1 for k, _ in hunk.lines if k in " +")
    if (old, new) != hunk.header_counts:
        patch.repaired += 1
    hunk.old_count, hunk.new_count = old, new
    patch.hunks.append(hunk)
    return None


def to_unified(patch: Patch) -> str:
    """The repaired patch as a clean unified diff."""
    out = []
    files: list = []
    for h in patch.hunks:
        if h.file not in files:
            files.append(h.file)
    for f in files:
        out.append(f"--- a/{f}")
        out.append(f"+++ b/{f}")
        for h in patch.hunks:
            if h.file == f:
                out.append(h.header)
                out += [k + t for k, t in h.lines]
    return "\n".join(out) + "\n"


def read(path: str) -> list:
    """Patches of a posted file, checked by `unidiff` after repair: each
    hunk gets its line numbers (old and new) from the parsed diff."""
    import unidiff
    try:
        with open(path, encoding="utf-8", errors="replace") as fh:
            text = fh.read()
    except OSError as exc:
        raise PatchError(path, 0, f"cannot read: {exc.strerror or exc}") from None
    patches = parse(text, path)
    for patch in patches:
        try:
            parsed = unidiff.PatchSet(to_unified(patch))
        except unidiff.UnidiffParseError as exc:
            raise PatchError(path, patch.hunks[0].source_line,
                             f"not a unified diff after repair: {exc}") from None
        ours = iter(patch.hunks)
        for pf in parsed:
            for ph in pf:
                h = next(ours)
                h.lines = [(("+" if ln.is_added else "-" if ln.is_removed else " "),
                            ln.value.rstrip("\n"), ln.source_line_no, ln.target_line_no)
                           for ln in ph]
    return patches
