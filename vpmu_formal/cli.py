"""Command line: `vpmu-formal check PATH...`.

`main(argv, stdout, stderr) -> int` takes its streams as arguments so tests
call it directly.  User mistakes never produce a Python traceback (unless
`--debug`); they print `path:line:col: error: ...` and exit 2.
"""
from __future__ import annotations

import argparse
import contextlib
import os
import sys
import traceback
from typing import Optional, TextIO

import z3

from . import __version__, heap
from .check import Options, UsageError, check_systems, load_and_check
from .lang.errors import format_error
from .report import text as text_report
from .results import EXIT_CODES, Outcome

EXIT_HELP = """exit codes:
  0  every verdict as expected (PROVED/VIOLATED/COVERED/... per 'expect')
  1  a property violated, or another verdict that contradicts 'expect'
  2  spec error or command-line usage error
  3  inconclusive: UNKNOWN (timeout, solver gave up), or BOUNDED (nothing
     found up to --depth) where a proof, violation or cover was expected
  4  review only: every verdict as expected, but the patch changes code
     that no spec models
"""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str):
        raise UsageError(message)


def build_parser() -> argparse.ArgumentParser:
    p = _Parser(prog="vpmu-formal",
                description="Formal checker of KVM x86 vPMU invariants.",
                epilog=EXIT_HELP, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--version", action="version",
                   version=f"vpmu-formal {__version__} (z3 {z3.get_version_string()})")
    p.add_argument("--debug", action="store_true",
                   help="show Python tracebacks for internal errors")
    sub = p.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    c = sub.add_parser("check", help="check every property of the given specs",
                       epilog=EXIT_HELP, formatter_class=argparse.RawDescriptionHelpFormatter)
    c.add_argument("paths", nargs="+", metavar="PATH",
                   help=".vpmu files or directories (searched recursively)")
    c.add_argument("--depth", type=_nonneg_int, default=20,
                   help="BMC depth: number of actions explored (default 20)")
    c.add_argument("--timeout", type=_pos_float, default=60.0,
                   help="seconds per property, enforced by killing the worker "
                        "(default 60); a timeout is reported UNKNOWN")
    c.add_argument("--engine", choices=["auto", "pdr", "kind", "race", "bmc"], default="auto",
                   help="auto (default): reuse a valid certificate, else PDR, "
                        "with BMC for shortest traces; pdr: the same without "
                        "certificate reuse; kind: k-induction up to --depth "
                        "(with the spec's lemmas); race: short BMC, then PDR and "
                        "k-induction in parallel, first conclusive answer wins "
                        "(not reproducible byte for byte); bmc: bounded only "
                        "(never PROVED)")
    c.add_argument("--cross-check", action="store_true",
                   help="re-confirm every proof obligation with cvc5 and/or "
                        "bitwuzla (whichever is installed; pip install cvc5)")
    c.add_argument("--simple-path", action="store_true",
                   help="k-induction: require the k+1 states to be distinct")
    c.add_argument("--proofs", metavar="DIR", default="proofs",
                   help="certificate directory (default ./proofs): matching "
                        "certificates are re-validated and reused")
    c.add_argument("--assume", metavar="EXPR", action="append", default=[],
                   help="add an assume to every spec checked, e.g. "
                        "'host_perf_metrics && host_nr_gp == 4' (repeatable)")
    c.add_argument("--save-proofs", action="store_true",
                   help="write a certificate for every proved property")
    c.add_argument("--minimize-proofs", action="store_true",
                   help="with --save-proofs: shrink each new certificate's invariant to "
                        "the conjuncts its property needs (slower to save, about twice "
                        "as fast to re-validate; the shipped proofs/ are made so)")
    c.add_argument("-j", "--jobs", type=_pos_int, default=os.cpu_count() or 1,
                   help="properties checked in parallel (default: CPU count)")
    c.add_argument("-v", "--verbose", action="store_true",
                   help="also explain passing proofs: engine notes, lemmas "
                        "used, the invariant (why it is safe)")
    c.add_argument("--format", choices=["text", "markdown", "json", "junit", "sarif"],
                   default="text", help="report format on standard output (default text)")
    c.add_argument("--output", metavar="DIR",
                   help="also write every format to DIR: report.txt, report.md, "
                        "report.json, junit.xml, report.sarif, vcd/SPEC.PROPERTY.vcd")
    c.add_argument("--no-timing", action="store_true",
                   help="leave run times out of the report, so that two runs "
                        "give byte-identical output")
    c.add_argument("--debug", action="store_true", default=argparse.SUPPRESS,
                   help="show Python tracebacks for internal errors")
    x = sub.add_parser("explain", help="trace of a property with each sub-formula's "
                       "value in every state")
    x.add_argument("spec", metavar="SPEC", help="one .vpmu spec file")
    x.add_argument("property", metavar="PROPERTY", help="property or cover name")
    x.add_argument("--depth", type=_nonneg_int, default=20, help="BMC depth (default 20)")
    x.add_argument("--timeout", type=_pos_float, default=60.0, help="seconds (default 60)")
    x.add_argument("--no-timing", action="store_true", help="leave run times out")
    d = sub.add_parser("diff", help="compare two versions of a spec: changed "
                       "declarations and verdicts; exit 1 if a verdict regressed")
    d.add_argument("old", metavar="OLD", help="old .vpmu spec (e.g. patch V4)")
    d.add_argument("new", metavar="NEW", help="new .vpmu spec (e.g. V5 or the fix)")
    d.add_argument("--depth", type=_nonneg_int, default=20)
    d.add_argument("--timeout", type=_pos_float, default=60.0)
    d.add_argument("-j", "--jobs", type=_pos_int, default=os.cpu_count() or 1)
    cv = sub.add_parser("coverage", help="which kernel PMU functions the specs model, "
                        "and which properties depend on them")
    cv.add_argument("specs", nargs="*", default=["specs"], metavar="SPECS",
                    help="spec files or directories (default: specs)")
    cv.add_argument("--kernel", metavar="DIR",
                    help="index this kernel tree instead of the pinned index")
    cv.add_argument("--format", choices=["text", "markdown", "json"], default="text")
    cv.add_argument("--summary", action="store_true",
                    help="text: only the per-file table")
    rv = sub.add_parser("review", help="map a posted patch to the models, check "
                        "them and write a reply body (72 columns)",
                        epilog=EXIT_HELP, formatter_class=argparse.RawDescriptionHelpFormatter)
    rv.add_argument("patches", nargs="+", metavar="PATCH",
                    help="git format-patch file, mbox, or a reply quoting the patch")
    rv.add_argument("--spec", metavar="PATH", action="append", default=[],
                    help="check these specs (default: the models of this patch, "
                         "else every spec that models a changed function)")
    rv.add_argument("--specs", metavar="DIR", default="specs",
                    help="where the models are (default: specs)")
    rv.add_argument("--kernel", metavar="DIR",
                    help="map hunks against this kernel tree instead of the pinned index")
    rv.add_argument("--depth", type=_nonneg_int, default=20)
    rv.add_argument("--timeout", type=_pos_float, default=60.0)
    rv.add_argument("-j", "--jobs", type=_pos_int, default=os.cpu_count() or 1)
    rv.add_argument("--proofs", metavar="DIR", default="proofs",
                    help="reuse certificates and witnesses from DIR (default ./proofs)")
    e = sub.add_parser("export", help="write a spec as SMT-LIB2 (VMT annotations)")
    e.add_argument("spec", metavar="SPEC", help="one .vpmu spec file")
    e.add_argument("--smt2", action="store_true", required=True,
                   help="SMT-LIB2 with VMT :next/:init/:trans/:invar-property")
    e.add_argument("-o", "--output", metavar="FILE", help="write here instead of stdout")
    return p


def _nonneg_int(s: str) -> int:
    v = int(s)
    if v < 0:
        raise argparse.ArgumentTypeError("must be >= 0")
    return v


def _pos_int(s: str) -> int:
    v = int(s)
    if v < 1:
        raise argparse.ArgumentTypeError("must be >= 1")
    return v


MAX_TIMEOUT = 7 * 24 * 3600.0


def _pos_float(s: str) -> float:
    v = float(s)
    if not 0 < v <= MAX_TIMEOUT:
        raise argparse.ArgumentTypeError(f"must be > 0 and at most {MAX_TIMEOUT:g} (a week)")
    return v


def main(argv: Optional[list] = None, stdout: TextIO = sys.stdout,
         stderr: TextIO = sys.stderr) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    debug = "--debug" in argv
    heap.keep_freed_pages()
    try:
        with contextlib.redirect_stdout(stdout):
            args = build_parser().parse_args(argv)
        if args.command is None:
            build_parser().print_help(stdout)
            return 2
        if args.command == "export":
            return _export(args, stdout, stderr)
        if args.command == "explain":
            return _explain(args, stdout, stderr)
        if args.command == "diff":
            return _diff(args, stdout, stderr)
        if args.command == "coverage":
            return _coverage(args, stdout, stderr)
        if args.command == "review":
            return _review(args, stdout, stderr)
        return _check(args, stdout, stderr)
    except UsageError as err:
        stderr.write(f"vpmu-formal: error: {err}\n")
        stderr.write("usage: vpmu-formal check PATH... | explain SPEC PROPERTY | "
                     "diff OLD NEW | export --smt2 SPEC | coverage [SPECS] | "
                     "review PATCH... (see --help)\n")
        return 2
    except SystemExit as exit_:       # --help / --version
        return int(exit_.code or 0)
    except KeyboardInterrupt:
        stderr.write("vpmu-formal: interrupted\n")
        return 130
    except Exception:
        if debug:
            raise
        stderr.write("vpmu-formal: internal error (run with --debug for details):\n")
        stderr.write(traceback.format_exc().strip().splitlines()[-1] + "\n")
        return 2


def _check(args, stdout: TextIO, stderr: TextIO) -> int:
    if args.assume and args.save_proofs:
        raise UsageError("--assume with --save-proofs would store proofs of a narrower "
                         "system under the spec's name; run them separately")
    if args.minimize_proofs and not args.save_proofs:
        raise UsageError("--minimize-proofs shrinks certificates as they are saved: "
                         "use it with --save-proofs")
    solvers: tuple = ()
    if args.cross_check:
        from .engines.crosscheck import available
        solvers = available()
        if not solvers:
            raise UsageError("--cross-check needs cvc5 or bitwuzla: "
                             "pip install cvc5 bitwuzla")
        if args.engine in ("bmc", "kind", "race"):
            raise UsageError("--cross-check applies to certificates (--engine auto or pdr)")
    opts = Options(depth=args.depth, timeout=args.timeout, engine=args.engine,
                   workers=args.jobs, proofs_dir=args.proofs, save_proofs=args.save_proofs,
                   minimize_proofs=args.minimize_proofs, simple_path=args.simple_path, cross_check=solvers)
    loaded, results = load_and_check(args.paths, opts, tuple(args.assume))
    for err, sources in loaded.errors:
        stderr.write(format_error(err, sources))
    versions = f"vpmu-formal {__version__}, z3 {z3.get_version_string()}"
    timing = not args.no_timing
    stdout.write(_render(args.format, results, loaded.errors, versions, timing, args.verbose))
    if args.output:
        from .report.outputs import write_outputs
        write_outputs(results, args.output, versions, __version__, z3.get_version_string(),
                      timing)
    worst = max([r.outcome for r in results], default=Outcome.AS_EXPECTED)
    if loaded.errors:
        worst = Outcome.ERROR
    if not results and not loaded.errors:
        stderr.write("vpmu-formal: warning: no properties found\n")
    return EXIT_CODES[worst]


def _load_spec(path: str, stderr: TextIO):
    """(ts, sources) of one spec file, or an exit code after reporting."""
    from .check import load_one
    if not os.path.isfile(path):
        raise UsageError(f"no such file: {path}")
    module, ts, err = load_one(path)
    if err is not None:
        stderr.write(format_error(*err))
        return None, 2
    if ts is None:
        raise UsageError(f"{path}: not a spec file (a library without a 'spec' header)")
    return (ts, module.sources), 0


def _diff(args, stdout: TextIO, stderr: TextIO) -> int:
    from .check import load_one
    from .diff import declaration_changes, verdict_changes
    from .report.diff import render_diff
    specs = []
    for path in (args.old, args.new):
        loaded, code = _load_spec(path, stderr)
        if loaded is None:
            return code
        specs.append((load_one(path)[0], loaded))
    (old_mod, old), (new_mod, new) = specs
    opts = Options(depth=args.depth, timeout=args.timeout, engine="pdr", workers=args.jobs)
    results = check_systems([old, new], opts)
    n_old = len(old[0].properties)
    changes, only_old, only_new = verdict_changes(results[:n_old], results[n_old:])
    stdout.write(render_diff(old[0].name, new[0].name,
                             declaration_changes(old_mod, new_mod),
                             changes, only_old, only_new))
    return 1 if any(c.kind == "regressed" for c in changes) else 0


def _explain(args, stdout: TextIO, stderr: TextIO) -> int:
    from .check import _source_slice, base_fields
    from .engines.explain import explain
    from .report.explain import render_explanation
    loaded, code = _load_spec(args.spec, stderr)
    if loaded is None:
        return code
    ts, sources = loaded
    prop = next((p for p in ts.properties if p.name == args.property), None)
    if prop is None:
        names = ", ".join(p.name for p in ts.properties) or "none"
        raise UsageError(f"{args.spec} has no property '{args.property}' (it has: {names})")
    expl = explain(ts, prop, args.depth, args.timeout, base_fields(ts, prop, sources),
                   lambda span: _source_slice(sources, span))
    stdout.write(render_explanation(expl, timing=not args.no_timing))
    return EXIT_CODES[expl.result.outcome]


def _export(args, stdout: TextIO, stderr: TextIO) -> int:
    from .export import export_smt2
    loaded, code = _load_spec(args.spec, stderr)
    if loaded is None:
        return code
    text = export_smt2(loaded[0])
    if args.output:
        with open(args.output, "w", encoding="utf-8") as fh:
            fh.write(text)
    else:
        stdout.write(text)
    return 0


def _coverage(args, stdout: TextIO, stderr: TextIO) -> int:
    from .kernel import coverage, session
    try:
        idx = session.kernel_index(args.kernel, args.specs)
        models, errors = session.models(args.specs, idx)
    except session.KernelUsageError as err:
        raise UsageError(str(err)) from None
    for err, sources in errors:
        stderr.write(format_error(err, sources))
    funcs, files = coverage.compute(idx, models)
    render = {"text": lambda: coverage.render_text(idx, funcs, files, not args.summary),
              "markdown": lambda: coverage.render_markdown(idx, funcs, files),
              "json": lambda: coverage.render_json(idx, funcs, files)}[args.format]
    stdout.write(render())
    return 2 if errors else 0


def _review(args, stdout: TextIO, stderr: TextIO) -> int:
    from .kernel import patch as kpatch, review, session
    patches = []
    try:
        for path in args.patches:
            patches += kpatch.read(path)
        idx = session.kernel_index(args.kernel, [args.specs])
        models, errors = session.models([args.specs] + args.spec, idx)
    except kpatch.PatchError as err:
        stderr.write(f"{err}\n")
        return 2
    except session.KernelUsageError as err:
        raise UsageError(str(err)) from None
    for err, sources in errors:
        stderr.write(format_error(err, sources))
    hunks = review.map_hunks(patches, idx, models)
    if args.spec:
        wanted = {os.path.normpath(p) for p in args.spec}
        checked = [m for m in models if os.path.normpath(m.path) in wanted]
        why = "--spec"
    else:
        checked, why = review.select_specs(patches, models, hunks)
    opts = Options(depth=args.depth, timeout=args.timeout, engine="auto", workers=args.jobs,
                   proofs_dir=args.proofs)
    results = check_systems([(m.ts, m.sources) for m in checked], opts)
    loose = review.place_traces(hunks, checked, results)
    versions = f"vpmu-formal {__version__}, z3 {z3.get_version_string()}"
    stdout.write(review.render(patches, hunks, checked, why, results, loose, idx,
                               [str(e) for e, _ in errors], versions))
    return review.exit_code(results, errors, hunks)


def _render(fmt: str, results, errors, versions: str, timing: bool, verbose: bool) -> str:
    if fmt == "markdown":
        from .report.markdown import render_markdown
        return render_markdown(results, versions, timing)
    if fmt == "json":
        from .report.json_report import render_json
        return render_json(results, __version__, z3.get_version_string(), timing)
    if fmt == "junit":
        from .report.junit import render_junit
        return render_junit(results, timing)
    if fmt == "sarif":
        from .report.sarif import render_sarif
        return render_sarif(results, __version__)
    return text_report.render(results, [str(e) for e, _ in errors], timing=timing,
                              versions=versions, verbose=verbose)


def entry_point() -> None:
    sys.exit(main())
