"""The `check` pipeline: find spec files, load and type-check them, plan one
job per property, run the jobs, and hand results to the reporters."""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from typing import Optional

from . import ir
from .engines import auto, bmc, certificate, kinduction
from .lang.errors import SpecError
from .lang.loader import Module, load_module
from .lang.typecheck import check_module
from .results import Result, Verdict, default_expectation
from .runner import Job, run_batches, run_jobs

SPEC_SUFFIX = ".vpmu"


class UsageError(Exception):
    """A command-line mistake (exit code 2)."""


@dataclass(frozen=True)
class Options:
    depth: int = 20
    timeout: float = 60.0
    engine: str = "auto"
    workers: int = 1
    proofs_dir: Optional[str] = None
    save_proofs: bool = False
    minimize_proofs: bool = False
    simple_path: bool = False
    cross_check: tuple = ()


@dataclass
class Loaded:
    systems: list = field(default_factory=list)        # (TransitionSystem, sources)
    errors: list = field(default_factory=list)         # (SpecError, sources)
    libraries: list = field(default_factory=list)      # paths


def discover(paths: list[str]) -> list[str]:
    """All .vpmu files under the given paths, in a stable order."""
    found: list[str] = []
    for p in paths:
        if os.path.isdir(p):
            for root, dirs, files in os.walk(p):
                dirs.sort()
                found += [os.path.join(root, f) for f in sorted(files)
                          if f.endswith(SPEC_SUFFIX)]
        elif os.path.isfile(p):
            found.append(p)
        else:
            raise UsageError(f"no such file or directory: {p}")
    seen = set()
    out = []
    for f in found:
        n = os.path.normpath(f)
        if n not in seen:
            seen.add(n)
            out.append(n)
    return out


def load_one(path: str, extra_assumes: tuple = ()) -> tuple[Optional[Module],
                                                            Optional[ir.TransitionSystem],
                                                            Optional[tuple]]:
    """Load and type-check one file.  `extra_assumes` are expressions given
    on the command line (`check --assume`): each becomes an `assume` of
    the spec, named by its position, and is checked in the spec's scope."""
    sources: dict = {}
    try:
        module = load_module(path, sources)
        if module.is_library:
            return module, None, None
        if extra_assumes:
            module = _with_assumes(module, extra_assumes, sources)
        return module, check_module(module), None
    except SpecError as err:
        return None, None, (err, sources)
    except RecursionError:
        return None, None, (SpecError(_file_span(path), "spec is nested too deeply"), sources)


ASSUME_SOURCE = "<--assume {}>"


def _with_assumes(module: Module, exprs: tuple, sources: dict) -> Module:
    """The module with `assume command_line_N: EXPR` appended.  Each text is
    parsed as a one-line spec of its own, so an error in it is reported
    against `<--assume N>` with a caret, like any spec error."""
    from dataclasses import replace
    from .lang.ast import AssumeDecl
    from .lang.parser import parse_text
    items = list(module.items)
    for n, text in enumerate(exprs, 1):
        name = ASSUME_SOURCE.format(n)
        line = f"assume command_line_{n}: {text}"
        sources[name] = line
        parsed = parse_text(line, name)
        decls = [i for i in parsed.items if isinstance(i, AssumeDecl)]
        if len(decls) != 1 or len(parsed.items) != 1:
            raise SpecError(parsed.items[-1].span if parsed.items else _file_span(name),
                            "--assume takes one expression")
        items.append(decls[0])
    return replace(module, items=tuple(items), sources=dict(sources))


def load_all(paths: list[str], extra_assumes: tuple = ()) -> Loaded:
    out = Loaded()
    for _ in _loading(discover(paths), extra_assumes, out):
        pass
    return out


def _loading(files: list[str], extra_assumes: tuple, out: Loaded):
    """Load the files into `out` one by one, yielding each system as it
    is added."""
    for path in files:
        module, ts, err = load_one(path, extra_assumes)
        if err is not None:
            # A variant reports its parent's error too; say it once.
            if all(str(e) != str(err[0]) for e, _ in out.errors):
                out.errors.append(err)
        elif ts is None:
            out.libraries.append(path)
        else:
            out.systems.append((ts, module.sources))
            yield ts, module.sources


def load_and_check(paths: list[str], opts: Options,
                   extra_assumes: tuple = ()) -> tuple[Loaded, list[Result]]:
    """load_all and check_systems in one pass: a spec's properties go to
    the workers as soon as it is loaded, while the next one is read."""
    out = Loaded()
    files = discover(paths)          # a bad path is a usage error before any work
    certificate.tool_digest()        # hashed once here rather than in every worker
    batches = (plan(ts, sources, opts) for ts, sources in _loading(files, extra_assumes, out))
    results = run_batches(batches, opts.workers)
    return out, results


def _file_span(path: str):
    from .lang.ast import Span
    return Span(path, 1, 1)


def statement(ts: ir.TransitionSystem, prop: ir.Property, sources: dict) -> str:
    if prop.kind == "never_observes":
        return f"{prop.observer} never observes @{prop.label}"
    text = _source_slice(sources, prop.expr.span) if prop.expr is not None else None
    word = "cover" if prop.is_cover else "invariant"
    return f"{word} {text}" if text else word


def _source_slice(sources: dict, span) -> Optional[str]:
    text = sources.get(span.path)
    if text is None or span.line <= 0 or not span.end_line:
        return None
    lines = text.split("\n")
    if span.end_line > len(lines):
        return None
    if span.line == span.end_line:
        chunk = lines[span.line - 1][span.col - 1:span.end_col - 1]
    else:
        chunk = " ".join([lines[span.line - 1][span.col - 1:]]
                         + lines[span.line:span.end_line - 1]
                         + [lines[span.end_line - 1][:span.end_col - 1]])
    return " ".join(chunk.split())


def located(ts: ir.TransitionSystem, prop: ir.Property, sources: dict) -> tuple[str, str]:
    """(span, declared) of a result.  A property written in another file,
    inherited from the spec a variant extends or taken from an included
    library, is reported at the spec's own header: that is the spec the
    reviewer ran, and a variant's row must not point into its parent (two
    variants would then report the same place for different verdicts).
    Where it is written stays in `declared`."""
    own = str(prop.span)
    if prop.span.path == ts.path or ts.path not in sources:
        return own, ""
    from .lang.loader import _parse_once      # cached: the file was parsed to load it
    header = _parse_once(sources[ts.path], ts.path).header
    if header is None:
        return own, ""
    return str(header.span), own


def base_fields(ts: ir.TransitionSystem, prop: ir.Property, sources: dict) -> dict:
    span, declared = located(ts, prop, sources)
    return dict(spec=ts.name, spec_path=ts.path, spec_title=ts.title, property=prop.name,
                kind=prop.kind, span=span, declared=declared,
                statement=statement(ts, prop, sources),
                expect=prop.expect or default_expectation(prop.kind),
                observer=prop.observer or "", label=prop.label or "")


def plan(ts: ir.TransitionSystem, sources: dict, opts: Options) -> list[Job]:
    jobs = []
    digest = certificate.sources_digest(sources)
    for prop in ts.properties:
        base = base_fields(ts, prop, sources)
        fallback = Result(**base, verdict=Verdict.UNKNOWN, engine=opts.engine, depth=0,
                          seconds=0.0)
        jobs.append(Job(_job(ts, prop, opts, base, digest), fallback, opts.timeout,
                        group=ts.path))
    return jobs


def _job(ts, prop, opts: Options, base: dict, sources_digest: str = ""):
    def run() -> Result:
        if opts.engine == "bmc":
            return bmc.check(ts, prop, opts.depth, opts.timeout, base)
        if opts.engine == "race":
            from .engines import race
            return race.check(ts, prop, opts.depth, opts.timeout, base,
                              auto.ProofStore(None, False, opts.cross_check))
        if opts.engine == "kind":
            return kinduction.check(ts, prop, opts.depth, opts.timeout, base,
                                    simple_path=opts.simple_path)
        store = auto.ProofStore(opts.proofs_dir if opts.engine == "auto" else None,
                                opts.save_proofs, opts.cross_check, sources_digest,
                                opts.minimize_proofs)
        return auto.check(ts, prop, opts.depth, opts.timeout, base, store, opts.engine)
    return run


def check_systems(systems: list, opts: Options) -> list[Result]:
    # Hashed once here rather than in every worker process.
    certificate.tool_digest()
    jobs: list[Job] = []
    for ts, sources in systems:
        jobs += plan(ts, sources, opts)
    return run_jobs(jobs, opts.workers)
