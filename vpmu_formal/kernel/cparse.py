"""Function definitions in C source, found with tree-sitter's C grammar.

Kernel code is full of macros the C grammar does not know (`__init`,
`EXPORT_SYMBOL_GPL(...)`, `DEFINE_STATIC_CALL(...)`); tree-sitter recovers
from them locally, so a function definition is still a
`function_definition` node whose declarator names the function.  Nothing
here uses regular expressions on C.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Optional


@dataclass(frozen=True)
class CFunction:
    name: str
    start: int          # 1-based first line (the return type)
    end: int            # 1-based last line (the closing brace)
    body: str           # source text of the definition

    @property
    def lines(self) -> int:
        return self.end - self.start + 1


@lru_cache(maxsize=1)
def _parser():
    import tree_sitter
    import tree_sitter_c
    return tree_sitter.Parser(tree_sitter.Language(tree_sitter_c.language()))


def declarator_name(node) -> Optional[str]:
    """The identifier a (possibly pointer/array/parenthesised) declarator
    declares, or None."""
    seen = 0
    while node is not None and seen < 32:
        seen += 1
        if node.type in ("identifier", "field_identifier"):
            return node.text.decode("utf-8", "replace")
        if node.type == "function_declarator":
            node = node.child_by_field_name("declarator")
            continue
        inner = node.child_by_field_name("declarator")
        if inner is None:
            for c in node.named_children:
                if c.type in ("identifier", "function_declarator", "pointer_declarator",
                              "parenthesized_declarator", "array_declarator"):
                    inner = c
                    break
        node = inner
    return None


def _is_function_declarator(node) -> bool:
    seen = 0
    while node is not None and seen < 32:
        seen += 1
        if node.type == "function_declarator":
            return True
        node = node.child_by_field_name("declarator")
    return False


def functions(source: bytes) -> list[CFunction]:
    """Every function definition of a C file (at any preprocessor nesting,
    never inside another function), in source order."""
    tree = _parser().parse(source)
    out: list[CFunction] = []
    stack = [tree.root_node]
    while stack:
        node = stack.pop()
        for child in reversed(node.children):
            if child.type == "function_definition":
                decl = child.child_by_field_name("declarator")
                name = declarator_name(decl) if _is_function_declarator(decl) else None
                if name:
                    out.append(CFunction(name, child.start_point[0] + 1,
                                         child.end_point[0] + 1,
                                         child.text.decode("utf-8", "replace")))
            elif child.type not in ("compound_statement",):
                stack.append(child)
    out.sort(key=lambda f: (f.start, f.name))
    return out


def function_name_of_header(text: str) -> Optional[str]:
    """The function a hunk header's section text names (git prints the line
    that opens the enclosing function, e.g. `static int foo(struct x *a)`),
    or None when that line is not a function (a struct, an array, ...)."""
    text = text.strip()
    if not text or "(" not in text:
        return None
    funcs = functions((text.rstrip("{ ") + " {}\n").encode())
    return funcs[0].name if len(funcs) == 1 else None
