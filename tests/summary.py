"""Helpers shared by the tests: writing spec files, and reading `check`'s
summary table back for tests that pin verdict tables."""
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


def cli(argv: list) -> tuple:
    """The command line run in-process, in the current directory:
    (exit code, stdout, stderr)."""
    import io
    from vpmu_formal.cli import main
    out, err = io.StringIO(), io.StringIO()
    code = main(argv, out, err)
    return code, out.getvalue(), err.getvalue()


def flat(out: str) -> str:
    """A report with its line wrapping undone."""
    return " ".join(out.split())


def run_check(*args: str) -> tuple:
    """`check ARGS --no-timing -j 1` from the repository root, where the
    spec paths and proofs/ are: (exit code, stdout, stderr)."""
    import io
    import os
    from pathlib import Path

    from vpmu_formal.cli import main
    out, err = io.StringIO(), io.StringIO()
    old = os.getcwd()
    os.chdir(Path(__file__).resolve().parent.parent)
    try:
        code = main(["check", *args, "--no-timing", "-j", "1"], out, err)
    finally:
        os.chdir(old)
    return code, out.getvalue(), err.getvalue()


def assert_golden(run: tuple, golden: dict, counts: str) -> None:
    """`check`'s run of a spec area gives exactly `golden`, exits 0, ends
    with the tally "N properties: COUNTS; 0 not as expected", and shows no
    traceback."""
    code, out, err = run
    assert code == 0, out + err
    assert table(out) == golden
    tally = " ".join(out[out.index(f"{len(golden)} properties:"):].split())
    assert tally.startswith(f"{len(golden)} properties: {counts}; 0 not as expected"), tally
    assert "Traceback" not in out + err


def _story_text(out: str, spec_file: str, verdict: str, prop: str) -> str:
    """The text of one result's story, from its header to the next one."""
    import re
    # The header is "FILE:LINE:COL: VERDICT PROPERTY"; a long one is wrapped
    # before the property name, or (a long path) before the verdict.
    pat = re.compile(rf"^\S*{re.escape(spec_file)}:\d+:\d+:\s+{verdict}\s+{prop}$", re.M)
    m = pat.search(out)
    assert m, f"no {verdict} story for {prop}"
    nxt = re.compile(r"^\S+\.vpmu:\d+:\d+:\s+[A-Z]+\b|^\d+ propert", re.M).search(out, m.end())
    return out[m.start():nxt.start() if nxt else len(out)]


def story(out: str, spec_file: str, verdict: str, prop: str) -> list:
    """The steps of one result's trace, as text blocks."""
    import re
    return re.split(r"\n(?=  Step \d+: )", _story_text(out, spec_file, verdict, prop))[1:]


def preamble(out: str, spec_file: str, verdict: str, prop: str) -> str:
    """The text of one result's story before its first step: the header,
    the configuration and the initial state."""
    import re
    return re.split(r"\n(?=  Step \d+: )", _story_text(out, spec_file, verdict, prop))[0]


def step_names(steps: list) -> list:
    import re
    return [re.match(r"  Step \d+: (\w+)", s).group(1) for s in steps]


def write_files(root, files) -> None:
    """Write spec files under `root`: {relative path: text}, or one text
    as t.vpmu."""
    if isinstance(files, str):
        files = {"t.vpmu": files}
    for name, text in files.items():
        p = root / name
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text(text)


def spec_error_run(path: str = "t.vpmu") -> tuple:
    """`check PATH` the cheapest way (BMC to depth 1, one worker), for
    tests of what a spec error prints: (exit code, stdout, stderr)."""
    import io
    from vpmu_formal.cli import main
    out, err = io.StringIO(), io.StringIO()
    rc = main(["check", path, "--depth", "1", "-j", "1", "--no-timing", "--engine", "bmc"],
              out, err)
    return rc, out.getvalue(), err.getvalue()
