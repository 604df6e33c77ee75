"""Reading `check`'s summary table back, for tests that pin verdict tables."""
from __future__ import annotations

VERDICTS = {"PROVED", "VIOLATED", "COVERED", "UNREACHABLE", "BOUNDED", "VACUOUS",
            "UNKNOWN", "ERROR"}


def table(out: str, require_ok: bool = True, with_result: bool = False) -> dict:
    """{(spec, property): verdict} ({...: (verdict, result)} with_result).  A row is VERDICT ENGINE DEPTH [TIME]
    RESULT SPEC.PROPERTY; a name too long for the 72-column line goes on
    the following indented line(s)."""
    lines = out.splitlines()
    i = next(k for k, line in enumerate(lines) if line.startswith("VERDICT ")) + 1
    rows = {}
    while i < len(lines) and lines[i].strip():
        words = lines[i].split()
        assert words[0] in VERDICTS, lines[i]
        i += 1
        if "." in words[-1]:
            name, result = words[-1], words[-2]
        else:
            result, parts = words[-1], []
            while i < len(lines) and lines[i].startswith(" ") and lines[i].strip():
                parts.append(lines[i].strip())
                i += 1
            name = "".join(parts)
        spec, prop = name.split(".", 1)
        assert (spec, prop) not in rows, f"duplicate row {name}"
        if require_ok:
            assert result == "ok", (name, result)
        rows[(spec, prop)] = (words[0], result) if with_result else words[0]
    return rows
