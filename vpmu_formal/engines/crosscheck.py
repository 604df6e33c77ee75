"""Re-check proof obligations with an independent SMT solver.

`--cross-check` hands each certificate obligation (initiation, consecution,
safety; see certificate.py) as a plain SMT-LIB2 script to cvc5 and/or
Bitwuzla, whichever is importable, and requires "unsat" from each.  This
guards against a bug in Z3 or in how this tool talks to it: the scripts
are produced by Z3's printer and parsed back by a solver that shares no
code with it.
"""
from __future__ import annotations

import importlib.util
from dataclasses import dataclass

import z3

SOLVERS = ("cvc5", "bitwuzla")


def available() -> tuple[str, ...]:
    return tuple(s for s in SOLVERS if importlib.util.find_spec(s) is not None)


@dataclass(frozen=True)
class Answer:
    solver: str
    obligation: str
    result: str          # "unsat" | "sat" | "unknown" | "error: ..."


def script(formula: z3.BoolRef) -> str:
    s = z3.Solver(ctx=formula.ctx)
    s.add(formula)
    return "(set-logic QF_BV)\n" + s.to_smt2()


def _cvc5(text: str, seconds: float) -> str:
    import cvc5
    slv = cvc5.Solver()
    slv.setOption("tlimit-per", str(max(1, int(seconds * 1000))))
    sm = cvc5.SymbolManager(slv.getTermManager() if hasattr(slv, "getTermManager") else slv)
    parser = cvc5.InputParser(slv, sm)
    parser.setStringInput(cvc5.InputLanguage.SMT_LIB_2_6, text, "obligation")
    answer = "unknown"
    while True:
        cmd = parser.nextCommand()
        if cmd.isNull():
            break
        out = cmd.invoke(slv, sm).strip()
        if out in ("sat", "unsat", "unknown"):
            answer = out
    return answer


def _bitwuzla(text: str, seconds: float) -> str:
    import bitwuzla
    tm = bitwuzla.TermManager()
    opts = bitwuzla.Options()
    opts.set(bitwuzla.Option.TIME_LIMIT_PER, max(1, int(seconds * 1000)))
    parser = bitwuzla.Parser(tm, opts)
    # Parse the declarations and assertions, then ask ourselves, so the
    # answer does not depend on what the parser prints.
    body = text.replace("(check-sat)", "")
    parser.parse(body, True, False)
    r = parser.bitwuzla().check_sat()
    return {bitwuzla.Result.SAT: "sat", bitwuzla.Result.UNSAT: "unsat"}.get(r, "unknown")


def check(obligations: list, solvers: tuple, seconds: float) -> list[Answer]:
    """Each (name, formula) must be unsat for every solver."""
    out = []
    run = {"cvc5": _cvc5, "bitwuzla": _bitwuzla}
    for name, formula in obligations:
        text = script(formula)
        for solver in solvers:
            try:
                result = run[solver](text, seconds)
            except Exception as exc:      # a foreign solver's failure is an answer
                result = f"error: {type(exc).__name__}: {exc}"
            out.append(Answer(solver, name, result))
    return out
