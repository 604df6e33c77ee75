"""Text -> syntax tree (lark LALR with positions), with user-readable errors."""
from __future__ import annotations

import functools
from importlib import resources
from typing import Optional

import lark
from lark import Token, Tree
from lark.exceptions import (UnexpectedCharacters, UnexpectedEOF,
                             UnexpectedInput, UnexpectedToken)

from . import ast as A
from .errors import TOKEN_SPELLING, SpecError


@functools.lru_cache(maxsize=1)
def _parser() -> lark.Lark:
    grammar = resources.files(__package__).joinpath("grammar.lark").read_text()
    # cache=True: lark keeps the LALR tables it computed in a file in the
    # temporary directory, keyed by the grammar's hash and lark's version;
    # building them was a third of loading the whole specs/ tree.
    return lark.Lark(grammar, parser="lalr", propagate_positions=True,
                     maybe_placeholders=True, cache=True)


@functools.lru_cache(maxsize=1)
def _spellings() -> dict[str, str]:
    """Terminal name -> how a user writes it.

    Named terminals come from TOKEN_SPELLING; anonymous ones (":=", "&&",
    keywords) are spelled from their literal pattern, so the table never
    goes stale when the grammar gains a keyword.
    """
    table: dict[str, str] = {}
    for term in _parser().terminals:
        pat = term.pattern
        if term.name in TOKEN_SPELLING:
            table[term.name] = TOKEN_SPELLING[term.name]
        elif isinstance(pat, lark.lexer.PatternStr):
            table[term.name] = f"'{pat.value}'"
        else:
            table[term.name] = term.name.lower()
    table["$END"] = "end of file"
    return table


def _spell(name: str) -> str:
    return _spellings().get(name, name.lower())


def _describe_token(tok: Token) -> str:
    if tok.type == "$END":
        return "end of file"
    kinds = {"NAME": "name", "INT": "number", "STRING": "string", "BVTYPE": "type"}
    if tok.type in kinds:
        return f"{kinds[tok.type]} '{tok.value}'"
    return f"'{tok.value}'"


def _expected_text(expected) -> str:
    # Kinds of token ("a name", "a number") first: they say the most.
    names = sorted({_spell(e) for e in expected}, key=lambda n: (n.startswith("'"), n))
    if len(names) > 12:
        names = names[:12] + ["..."]
    return ", ".join(names)


def _syntax_error(err: UnexpectedInput, path: str, text: str) -> SpecError:
    line = getattr(err, "line", 0) or 0
    col = getattr(err, "column", 0) or 0
    if isinstance(err, UnexpectedCharacters):
        ch = text[err.pos_in_stream] if err.pos_in_stream < len(text) else "?"
        if ch == '"':
            return SpecError(A.Span(path, line, col, line, col + 1),
                             "unterminated string (strings end on the same line)")
        msg = f"unexpected character '{ch}'"
        if err.allowed:
            msg += f"; expected {_expected_text(err.allowed)}"
        return SpecError(A.Span(path, line, col, line, col + 1), msg)
    if isinstance(err, UnexpectedEOF):
        lines = text.rstrip("\n").split("\n")
        line, col = len(lines), len(lines[-1]) + 1
        return SpecError(A.Span(path, line, col),
                         f"unexpected end of file; expected {_expected_text(err.expected)}")
    assert isinstance(err, UnexpectedToken)
    tok = err.token
    if tok.type == "$END":
        lines = text.rstrip("\n").split("\n")
        line, col = len(lines), len(lines[-1]) + 1
    msg = f"unexpected {_describe_token(tok)}"
    expected = err.accepts or err.expected
    hint = ""
    if tok.type == "EQUAL" and any(_spell(e) == "':='" for e in expected):
        hint = " (assignment is written ':=')"
    if expected:
        msg += f"; expected {_expected_text(expected)}{hint}"
    end_col = col + max(1, len(str(tok.value))) if tok.type != "$END" else col + 1
    return SpecError(A.Span(path, line, col, line, end_col), msg)


def parse_text(text: str, path: str) -> A.SpecFile:
    try:
        tree = _parser().parse(text)
    except UnexpectedInput as err:
        raise _syntax_error(err, path, text) from None
    return _Builder(path, text).spec(tree)


# ---- parse tree -> AST ----------------------------------------------------

def _unquote(tok: Token) -> str:
    return str(tok)[1:-1]


def _int(tok: Token) -> int:
    s = str(tok).replace("_", "")
    if s.startswith(("0x", "0X")):
        return int(s, 16)
    if s.startswith(("0b", "0B")):
        return int(s, 2)
    return int(s, 10)


class _Builder:
    """Walks lark's tree and builds frozen AST nodes with spans."""

    def __init__(self, path: str, text: str = ""):
        self.path = path
        self.text = text

    def span_of(self, node) -> A.Span:
        if isinstance(node, Token):
            end_col = node.end_column if node.end_column is not None else node.column + len(node)
            return A.Span(self.path, node.line, node.column,
                          node.end_line or node.line, end_col)
        meta = node.meta
        if getattr(meta, "empty", True):
            return A.Span(self.path, 0, 0)
        return A.Span(self.path, meta.line, meta.column, meta.end_line, meta.end_column)

    # -- top level --------------------------------------------------------
    def spec(self, tree: Tree) -> A.SpecFile:
        header: Optional[A.Header] = None
        items = []
        for child in tree.children:
            if isinstance(child, Tree) and child.data == "header":
                header = self.header(child)
            else:
                items.append(self.item(child))
        return A.SpecFile(self.path, header, tuple(items))

    def header(self, t: Tree) -> A.Header:
        name, title, ext = t.children
        extends = _unquote(ext.children[0]) if ext is not None else None
        ext_span = self.span_of(ext.children[0]) if ext is not None else self.span_of(t)
        return A.Header(str(name), _unquote(title) if title is not None else None,
                        extends, self.span_of(t), ext_span)

    def item(self, t: Tree):
        return getattr(self, "d_" + t.data)(t, *t.children)

    def d_include(self, t, path):
        return A.Include(_unquote(path), self.span_of(path))

    def d_domain_decl(self, t, *names):
        return A.DomainDecl(tuple(str(n) for n in names), self.span_of(t))

    def d_const_decl(self, t, ov, name, typ, value):
        return A.ConstDecl(str(name), self.type(typ) if typ is not None else None,
                           self.expr(value), ov is not None, self.span_of(name))

    def d_enum_decl(self, t, ov, name, *members):
        return A.EnumDecl(str(name), tuple(str(m) for m in members), ov is not None,
                          self.span_of(name))

    def d_layout_decl(self, t, name, base, *fields):
        out = []
        for f in fields:
            fname, hi, lo = f.children
            hi_v = _int(hi)
            lo_v = _int(lo) if lo is not None else hi_v
            out.append(A.FieldDecl(str(fname), hi_v, lo_v, self.span_of(f)))
        return A.LayoutDecl(str(name), self.type(base), tuple(out), self.span_of(name))

    def d_config_decl(self, t, name, typ, settable, init):
        return A.ConfigDecl(str(name), self.type(typ), self.span_of(name), settable is not None,
                            self.expr(init) if init is not None else None)

    def d_assume_decl(self, t, label, expr):
        return A.AssumeDecl(str(label) if label is not None else None,
                            self.expr(expr), self.span_of(t))

    def d_var_decl(self, t, ov, ghost, name, typ, init, label):
        if init is None:
            init_node = None
        elif isinstance(init, Tree) and init.data == "init_any":
            init_node = A.AnyInit(self.span_of(init))
        else:
            init_node = self.expr(init)
        return A.VarDecl(str(name), self.type(typ), init_node, self.label(label),
                         ov is not None, self.span_of(name), ghost=ghost is not None)

    def d_let_decl(self, t, ov, name, expr):
        return A.LetDecl(str(name), self.expr(expr), ov is not None, self.span_of(name))

    def d_def_decl(self, t, ov, name, params, expr):
        return A.DefDecl(str(name), self.params(params), self.expr(expr),
                         ov is not None, self.span_of(name))

    def _cites_span(self, cites) -> A.Span:
        # The string token's own position: a citation error points into it.
        return self.span_of(cites.children[0]) if cites is not None else A.NO_SPAN

    def d_intercept_decl(self, t, ov, access, targets, rng, cond, cites):
        word, expr = cond.children
        msrs = tuple(self.expr(x) for x in targets.children) if targets is not None else ()
        target = None
        if targets is not None:
            # The rule's name, for `override` and reports: the MSRs (and
            # range) as written, white space folded.
            end = (rng if rng is not None else targets).meta.end_pos
            target = " ".join(self.text[targets.meta.start_pos:end].split())
        var = lo = hi = None
        if rng is not None:
            var, lo, hi = str(rng.children[0]), self.expr(rng.children[1]), \
                self.expr(rng.children[2])
        return A.InterceptDecl(str(access), target,
                               self.expr(expr), str(word) == "unless",
                               _unquote(cites.children[0]) if cites is not None else None,
                               ov is not None, self.span_of(access),
                               cites_span=self._cites_span(cites), msrs=msrs,
                               range_var=var, range_lo=lo, range_hi=hi)

    def d_action_decl(self, t, ov, name, params, guard, cites, block):
        return A.ActionDecl(str(name), self.params(params),
                            self.expr(guard.children[0]) if guard is not None else None,
                            _unquote(cites.children[0]) if cites is not None else None,
                            self.block(block), ov is not None, self.span_of(name),
                            cites_span=self._cites_span(cites))

    def d_reconfigure_decl(self, t, ov, name, *rest):
        *configs, guard, cites, block = rest
        return A.ActionDecl(str(name), (),
                            self.expr(guard.children[0]) if guard is not None else None,
                            _unquote(cites.children[0]) if cites is not None else None,
                            self.block(block), ov is not None, self.span_of(name),
                            cites_span=self._cites_span(cites),
                            reconfigures=tuple(str(c) for c in configs),
                            reconfigure_spans=tuple(self.span_of(c) for c in configs))

    def d_proc_decl(self, t, ov, name, params, ret, cites, block):
        return A.ProcDecl(str(name), self.params(params),
                          _unquote(cites.children[0]) if cites is not None else None,
                          self.block(block), ov is not None, self.span_of(name),
                          cites_span=self._cites_span(cites),
                          ret=self.type(ret.children[0]) if ret is not None else None)

    def d_property_decl(self, t, ov, name, body, expect):
        exp, exp_span = self.expect(expect)
        if body.data == "prop_invariant":
            return A.PropertyDecl(str(name), "invariant", self.expr(body.children[0]),
                                  None, None, exp, ov is not None, self.span_of(name), exp_span)
        observer, label = body.children
        return A.PropertyDecl(str(name), "never_observes", None, str(observer),
                              self.label(label), exp, ov is not None, self.span_of(name),
                              exp_span)

    def d_lemma_decl(self, t, ov, name, scope, expr):
        names = tuple(scope.children) if scope is not None else ()
        return A.LemmaDecl(str(name), self.expr(expr), ov is not None, self.span_of(name),
                           scope=tuple(str(n) for n in names),
                           scope_spans=tuple(self.span_of(n) for n in names))

    def d_drop_property(self, t, name):
        return A.Drop("property", str(name), self.span_of(name))

    def d_drop_lemma(self, t, name):
        return A.Drop("lemma", str(name), self.span_of(name))

    def d_cover_decl(self, t, ov, name, expr, expect):
        exp, exp_span = self.expect(expect)
        return A.PropertyDecl(str(name), "cover", self.expr(expr), None, None, exp,
                              ov is not None, self.span_of(name), exp_span)

    def expect(self, node):
        if node is None:
            return None, A.NO_SPAN
        tok = node.children[0]
        return str(tok), self.span_of(tok)

    def label(self, node) -> Optional[str]:
        return str(node.children[0]) if node is not None else None

    def params(self, node) -> tuple[A.Param, ...]:
        if node is not None and node.data == "param_list":
            node = node.children[0]
        if node is None:
            return ()
        out = []
        for p in node.children:
            name, typ, label = p.children
            out.append(A.Param(str(name), self.type(typ), self.label(label), self.span_of(name)))
        return tuple(out)

    def type(self, t: Tree) -> A.TypeRef:
        base, length = t.children
        tok = base.children[0]
        n = _int(length) if length is not None else None
        span = self.span_of(t)
        if tok.type == "BOOL":
            return A.TypeRef("bool", array_len=n, span=span)
        if tok.type == "BVTYPE":
            return A.TypeRef("bv", width=int(str(tok)[2:]), array_len=n, span=span)
        return A.TypeRef("named", name=str(tok), array_len=n, span=span)

    # -- statements -------------------------------------------------------
    def block(self, t: Tree) -> tuple:
        return tuple(self.stmt(s) for s in t.children)

    def lvalue(self, t: Tree) -> A.LValue:
        name, index, fld = t.children
        return A.LValue(str(name), self.expr(index) if index is not None else None,
                        str(fld) if fld is not None else None, self.span_of(t))

    def stmt(self, t: Tree):
        kind = t.data
        c = t.children
        span = self.span_of(t)
        if kind == "assign_stmt":
            return A.Assign(self.lvalue(c[0]), self.expr(c[1]), self.label(c[2]), span)
        if kind == "havoc_stmt":
            return A.Havoc(self.lvalue(c[0]), self.label(c[2]), span)
        if kind == "if_stmt":
            return self.if_stmt(t)
        if kind == "fault_stmt":
            return A.Fault(str(c[0]), span)
        if kind == "observe_stmt":
            return A.Observe(str(c[0]), self.expr(c[1]), span)
        if kind == "local_stmt":
            return A.Local(str(c[0]), self.expr(c[1]), span)
        if kind == "skip_stmt":
            return A.Skip(span)
        if kind == "emit_stmt":
            return A.Emit(str(c[0]), span)
        if kind == "accept_stmt":
            return A.Accept(str(c[0]), self.expr(c[1]) if c[1] is not None else None, span)
        if kind == "call_stmt":
            return self.call(c[0], c[1], span)
        if kind == "local_call_stmt":
            return A.LocalCall(str(c[0]), self.call(c[1], c[2], span), span)
        if kind == "assign_call_stmt":
            return A.AssignCall(self.lvalue(c[0]), self.call(c[1], c[2], span),
                                self.label(c[3]), span)
        if kind == "return_stmt":
            return A.Return(self.expr(c[0]), span)
        if kind == "for_stmt":
            return A.For(str(c[0]), self.expr(c[1]), self.expr(c[2]), self.block(c[3]), span)
        raise AssertionError(kind)

    def call(self, name, args, span) -> A.CallProc:
        args = args.children if args is not None else []
        return A.CallProc(str(name), tuple(self.expr(a) for a in args), span)

    def if_stmt(self, t: Tree) -> A.If:
        cond, then, orelse = t.children
        if orelse is None:
            else_stmts: tuple = ()
        elif orelse.data == "else_if":
            else_stmts = (self.if_stmt(orelse.children[0]),)
        else:
            else_stmts = self.block(orelse)
        return A.If(self.expr(cond), self.block(then), else_stmts, self.span_of(t))

    # -- expressions ------------------------------------------------------
    _LEFT_ASSOC = {"or_": "||", "and_": "&&", "bitor": "|", "bitxor": "^",
                   "bitand": "&", "product": "*"}

    def expr(self, t) -> A.Expr:
        span = self.span_of(t)
        kind = t.data
        c = t.children
        if kind == "int_lit":
            return A.IntLit(_int(c[0]), span)
        if kind == "true_lit":
            return A.BoolLit(True, span)
        if kind == "false_lit":
            return A.BoolLit(False, span)
        if kind == "name":
            return A.Name(str(c[0]), span)
        if kind == "call":
            args = c[1].children if c[1] is not None else []
            return A.Call(str(c[0]), tuple(self.expr(a) for a in args), span)
        if kind == "intercepted":
            return A.Intercepted(str(c[1]), self.expr(c[2]) if c[2] is not None else None, span)
        if kind == "unary":
            return A.Unary(str(c[0]), self.expr(c[1]), span)
        if kind in ("forall", "exists"):
            node = A.Forall if kind == "forall" else A.Exists
            return node(str(c[0]), self.expr(c[1]), self.expr(c[2]), self.expr(c[3]), span)
        if kind == "ite":
            return A.Ite(self.expr(c[0]), self.expr(c[1]), self.expr(c[2]), span)
        if kind == "implies":
            return A.Binary("==>", self.expr(c[0]), self.expr(c[2]), span)
        if kind == "cmp":
            return A.Binary(str(c[1]), self.expr(c[0]), self.expr(c[2]), span)
        if kind in ("shift", "sum"):
            acc = self.expr(c[0])
            for i in range(1, len(c), 2):
                rhs = self.expr(c[i + 1])
                acc = A.Binary(str(c[i]), acc, rhs, _join(acc.span, rhs.span))
            return acc
        if kind in self._LEFT_ASSOC:
            op = self._LEFT_ASSOC[kind]
            acc = self.expr(c[0])
            for sub in c[1:]:
                rhs = self.expr(sub)
                acc = A.Binary(op, acc, rhs, _join(acc.span, rhs.span))
            return acc
        if kind == "index":
            return A.Index(self.expr(c[0]), self.expr(c[1]), span)
        if kind == "slice":
            return A.Slice(self.expr(c[0]), _int(c[1]), _int(c[2]), span)
        if kind == "field":
            return A.Field(self.expr(c[0]), str(c[1]), span)
        raise AssertionError(kind)


def _join(a: A.Span, b: A.Span) -> A.Span:
    return A.Span(a.path, a.line, a.col, b.end_line, b.end_col)
