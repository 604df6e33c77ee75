"""Random small specs (as source text) for differential tests of the engines.

Each system has 2-3 state variables of bool / bv1 / bv2 / bv3 (one of them
possibly of a 3-bit layout type with a 2-bit and a 1-bit field), one bv2
config with a satisfiable assume, 2-3 actions with 0-1 inputs, optional
guards, if/else, locals, whole-variable, bit and field writes, havocs, an
optional fault and observations, and the properties an invariant, a
`never guest observes @host`, sometimes a `never host observes @guest`
and sometimes a cover.  Everything is a function of the seed.
"""
from __future__ import annotations

import random

LABELS = ["", " @host", " @guest", " @none"]


class _Ref:
    def __init__(self, text: str, kind: str, width: int, layout=None):
        self.text = text
        self.kind = kind          # "bool" or "bv"
        self.width = width        # 0 for bool
        self.layout = layout      # the layout type's name, if any


class SpecGen:
    def __init__(self, seed: int):
        self.seed = seed
        self.r = random.Random(seed)

    # ---- helpers -----------------------------------------------------------
    def chance(self, p: float) -> bool:
        return self.r.random() < p

    def pick(self, xs):
        return self.r.choice(xs)

    def refs(self, env, kind, width=0):
        return [x for x in env if x.kind == kind and (kind == "bool" or x.width == width)]

    # ---- expressions: (text, has_typed_operand) ----------------------------
    def bv_leaf(self, env, w):
        """A typed bvN operand (there is always one: the config c is bv2,
        every bv variable is its own width, and slices give the others)."""
        opts = [x.text for x in self.refs(env, "bv", w)]
        for x in env:
            if x.kind == "bv" and x.width > w:
                lo = self.r.randrange(0, x.width - w + 1)
                opts.append(f"{x.text}[{lo + w - 1}:{lo}]")
            if x.kind == "bv" and x.width < w:
                opts.append(f"zext({x.text}, {w})")
        return self.pick(opts)

    def bv(self, env, w, depth):
        if depth <= 0 or self.chance(0.35):
            if self.chance(0.25):
                return str(self.r.randrange(1 << w)), False
            return self.bv_leaf(env, w), True
        k = self.r.randrange(7)
        if k <= 2:
            op = self.pick(["+", "-", "&", "|", "^", "+", "&", "*", "<<", ">>"])
            a, ta = self.bv(env, w, depth - 1)
            b, tb = self.bv(env, w, depth - 1)
            if not (ta or tb):
                a, ta = self.bv_leaf(env, w), True
            return f"({a} {op} {b})", True
        if k == 3:
            a, ta = self.bv(env, w, depth - 1)
            if not ta:
                a = self.bv_leaf(env, w)
            return f"{self.pick(['~', '-', '~'])}{a}", True
        if k == 4:
            c, _ = self.boolean(env, depth - 1)
            a, ta = self.bv(env, w, depth - 1)
            b, tb = self.bv(env, w, depth - 1)
            if not (ta or tb):
                a = self.bv_leaf(env, w)
            return f"(if {c} then {a} else {b})", True
        if k == 5:
            a, ta = self.bv(env, w, depth - 1)
            b, tb = self.bv(env, w, depth - 1)
            if not (ta or tb):
                a = self.bv_leaf(env, w)
            return f"{self.pick(['min', 'max'])}({a}, {b})", True
        return self.bv_leaf(env, w), True

    def widths(self, env):
        return sorted({x.width for x in env if x.kind == "bv"})

    def boolean(self, env, depth):
        if depth <= 0 or self.chance(0.3):
            opts = [x.text for x in self.refs(env, "bool")]
            for x in env:
                if x.kind == "bv":
                    opts.append(f"{x.text}[{self.r.randrange(x.width)}]")
            if self.chance(0.1) or not opts:
                return self.pick(["true", "false"]), True
            return self.pick(opts), True
        k = self.r.randrange(9)
        if k == 0:
            a, _ = self.boolean(env, depth - 1)
            return f"!{a}", True
        if k in (1, 2):
            op = self.pick(["&&", "||", "^", "==>", "==", "!="])
            a, _ = self.boolean(env, depth - 1)
            b, _ = self.boolean(env, depth - 1)
            return f"({a} {op} {b})", True
        if k in (3, 4, 5):
            w = self.pick(self.widths(env))
            op = self.pick(["==", "!=", "<", "<=", ">", ">="])
            a, ta = self.bv(env, w, depth - 1)
            b, tb = self.bv(env, w, depth - 1)
            if not (ta or tb):
                a = self.bv_leaf(env, w)
            return f"({a} {op} {b})", True
        if k == 6:
            bvs = [x for x in env if x.kind == "bv" and x.width >= 2]
            if bvs:
                x = self.pick(bvs)
                i = self.bv_leaf(env, x.width)
                return f"{x.text}[{i}]", True
            return self.boolean(env, depth - 1)
        if k == 7:
            stateish = [x for x in env]
            x = self.pick(stateish)
            return f"owned_by({x.text}, {self.pick(['host', 'guest'])})", True
        c, _ = self.boolean(env, depth - 1)
        a, _ = self.boolean(env, depth - 1)
        b, _ = self.boolean(env, depth - 1)
        return f"(if {c} then {a} else {b})", True

    def expr(self, env, kind, width, depth=2):
        if kind == "bool":
            return self.boolean(env, depth)[0]
        text, typed = self.bv(env, width, depth)
        return text if typed else self.bv_leaf(env, width)

    # ---- statements ---------------------------------------------------------
    def assign(self, env, state, ind):
        v = self.pick(state)
        r = self.r.random()
        if v.layout and r < 0.3:
            if self.chance(0.5):
                rhs = "any" if self.chance(0.2) else self.expr(env, "bv", 2)
                return f"{ind}{v.text}.LO := {rhs}{self.pick(LABELS)}"
            rhs = "any" if self.chance(0.2) else self.expr(env, "bool", 0)
            return f"{ind}{v.text}.HI := {rhs}{self.pick(LABELS)}"
        if v.kind == "bv" and r < 0.45:
            rhs = "any" if self.chance(0.15) else self.expr(env, "bool", 0)
            return f"{ind}{v.text}[{self.r.randrange(v.width)}] := {rhs}{self.pick(LABELS)}"
        if self.chance(0.15):
            return f"{ind}{v.text} := any{self.pick(LABELS)}"
        if self.chance(0.35):
            # counter-like updates make violations deeper than one step
            if v.kind == "bool":
                rhs = self.pick([f"!{v.text}", f"({v.text} || {self.expr(env, 'bool', 0, 0)})",
                                 f"({v.text} != {self.expr(env, 'bool', 0, 1)})"])
            else:
                one = self.pick(["1", "1", self.bv_leaf(env, v.width)])
                rhs = self.pick([f"({v.text} + {one})", f"({v.text} + 1)", f"({v.text} ^ {one})",
                                 f"(({v.text} << 1) | {one})", f"({v.text} - 1)"])
            return f"{ind}{v.text} := {rhs}{self.pick(['', '', '', ' @host', ' @guest'])}"
        rhs = self.expr(env, v.kind, v.width)
        return f"{ind}{v.text} := {rhs}{self.pick(['', '', ' @host', ' @guest', ' @none'])}"

    def observe(self, env, ind):
        who = "guest" if self.chance(0.75) else "host"
        if self.chance(0.3):
            val = self.expr(env, "bool", 0)
        else:
            val = self.expr(env, "bv", self.pick(self.widths(env)), 1)
        return f"{ind}observe {who}: {val}"

    def block(self, env, state, depth, n, ind, can_fault):
        out = []
        for _ in range(n):
            r = self.r.random()
            if r < 0.5:
                out.append(self.assign(env, state, ind))
            elif r < 0.7:
                out.append(self.observe(env, ind))
            elif r < 0.85 and depth > 0:
                cond = self.expr(env, "bool", 0, 2)
                out.append(f"{ind}if {cond} {{")
                out += self.block(env, state, depth - 1, self.r.randint(1, 2), ind + "  ",
                                  can_fault)
                if self.chance(0.6):
                    out.append(f"{ind}}} else {{")
                    out += self.block(env, state, depth - 1, self.r.randint(1, 2), ind + "  ",
                                      can_fault)
                out.append(f"{ind}}}")
            elif can_fault and self.chance(0.5):
                out.append(f"{ind}fault GP")
            else:
                out.append(self.assign(env, state, ind))
        return out

    # ---- the system ---------------------------------------------------------
    def spec(self, name: str) -> str:
        r = self.r
        lines = [f"spec {name}", "domain host, guest",
                 "layout L3: bv3 { LO[1:0], HI[2] }", "config c: bv2"]
        lines.append("assume ca: " + self.pick(
            [f"c != {r.randrange(4)}", f"c <= {r.randrange(1, 4)}", f"c >= {r.randrange(0, 3)}",
             "c[0] || c[1]", "!c[1]", "c == c"]))
        pool = [("a", "bool", 0, None), ("b", "bv", 2, None), ("d", "bv", 3, "L3"),
                ("e", "bv", 1, None), ("f", "bool", 0, None), ("g", "bv", 3, None)]
        chosen = r.sample(pool, r.choice([2, 3, 3]))
        if not any(k == "bv" for _, k, _, _ in chosen):
            chosen[0] = pool[1]
        # keep the state space small for the enumerator: at most 6 value bits
        while sum(max(1, w) for _, _, w, _ in chosen) > 6:
            chosen.remove(max(chosen, key=lambda v: v[2]))
        state = []
        cfg_env = [_Ref("c", "bv", 2)]
        for n, k, w, lay in chosen:
            t = "bool" if k == "bool" else (lay or f"bv{w}")
            ref = _Ref(n, k, w, lay)
            state.append(ref)
            x = r.random()
            if x < 0.15:
                init = " = any"
            elif x < 0.55:
                init = ""
            elif x < 0.8 or k == "bool":
                init = " = " + self.expr(cfg_env, k, w, 1)
            else:
                init = f" = {r.randrange(1 << w)}"
            label = self.pick(["", "", "", " @host", " @guest"])
            lines.append(f"var {n}: {t}{init}{label}")
        phase = None
        if self.chance(0.75):
            # a step counter: actions wait for a phase and advance it, so
            # properties fail only after several steps
            pw = 3 if sum(max(1, w) for _, _, w, _ in chosen) <= 4 else 2
            phase = _Ref("p", "bv", pw)
            state.append(phase)
            lines.append(f"var p: bv{pw} = 0{self.pick(['', '', ' @guest'])}")
        base_env = cfg_env + state
        any_fault = False
        for i in range(r.choice([2, 3, 3])):
            env = list(base_env)
            params = ""
            if self.chance(0.6):
                it = self.pick(["bool", "bv1", "bv2", "bv2", "bv3"])
                params = f"(i{i}: {it}{self.pick(LABELS)})"
                env.append(_Ref(f"i{i}", "bool" if it == "bool" else "bv",
                                0 if it == "bool" else int(it[2:])))
            guard = ""
            if self.chance(0.6):
                guard = self.expr(env, "bool", 0, 2)
            body = []
            if phase is not None and self.chance(0.8):
                k = r.randrange(1 << phase.width)
                cond = self.pick([f"p == {i}", f"p >= {k}", f"p != {k}", f"p <= {k}",
                                  f"p[{r.randrange(phase.width)}]"])
                guard = f"({cond}) && {guard}" if guard and self.chance(0.5) else cond
                body.append(f"  p := {self.pick(['p + 1', 'p + 1', 'p + 1', 'p ^ 1', 'p + ' + self.bv_leaf(cfg_env, phase.width)])}")
            if guard:
                guard = " when " + guard
            lines.append(f"action act{i}{params}{guard} {{")
            if self.chance(0.35):
                lw = self.pick(self.widths(env) + [0])
                lk = "bool" if lw == 0 else "bv"
                body.append(f"  let t{i} = {self.expr(env, lk, lw)}")
                env.append(_Ref(f"t{i}", lk, lw))
            can_fault = not any_fault and self.chance(0.5)
            body += self.block(env, state, 2, r.randint(1, 4), "  ", can_fault)
            any_fault = any_fault or any("fault" in b for b in body)
            if not any("observe" in b for b in body) and self.chance(0.5):
                body.append(self.observe(env, "  "))
            lines += body
            lines.append("}")
        self.core = "\n".join(lines) + "\n"
        self.candidates = []
        prop_env = state if self.chance(0.6) else base_env
        for j in range(8):
            e = self.simple(prop_env) if j % 2 == 0 else self.expr(prop_env, "bool", 0, 2)
            self.candidates.append(f"property inv{j}: invariant {e}")
        for j in range(3):
            e = self.simple(prop_env) if j != 2 else self.expr(prop_env, "bool", 0, 2)
            self.candidates.append(f"cover reach{j}: {'!' if self.chance(0.4) else ''}{e}")
        self.candidates.append("property leak: never guest observes @host")
        self.candidates.append("property leak_back: never host observes @guest")
        return self.core + "\n".join(self.candidates) + "\n"

    def simple(self, env) -> str:
        """A simple state predicate, often true initially and false later."""
        ps = [v for v in env if v.text == "p"]
        if ps and self.chance(0.6):
            k = self.r.randrange(2, 1 << ps[0].width)
            other = self.simple([v for v in env if v.text != "p"])
            return self.pick([f"(p != {k})", f"(p < {k})", f"((p == {k}) ==> {other})",
                              f"((p >= {k}) ==> {other})", f"(p <= {k - 1} || {other})"])
        x = self.pick([v for v in env if v.text != "c"])
        if x.kind == "bool":
            y = self.pick(env)
            return self.pick([f"!{x.text}", x.text, f"!owned_by({x.text}, host)",
                              f"({x.text} ==> !owned_by({y.text}, host))"])
        k = self.r.randrange(1 << x.width)
        c = "c" if x.width == 2 else self.bv_leaf(env, x.width)
        return self.pick([f"({x.text} != {k})", f"({x.text} <= {k})", f"({x.text} < {c})",
                          f"!owned_by({x.text}, {self.pick(['host', 'guest'])})",
                          f"!({x.text} == {k} && {self.boolean(env, 0)[0]})"])
