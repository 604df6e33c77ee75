"""Golden tests of user-facing error messages.

Every case is a small spec with one mistake.  The expected text is the
whole rendering: `path:line:col: error: message`, the source line, the
caret line, and any notes.  Each one was produced by running the checker
and then read by a human to make sure it makes sense to a user; messages
that did not are tested separately below (strict xfail, reported as bugs).

Files are written into a temporary directory that becomes the working
directory, so paths in messages are short and stable (`t.vpmu`, ...).
"""
from __future__ import annotations

import io
import re

import pytest

from vpmu_formal.check import load_one
from vpmu_formal.cli import main
from vpmu_formal.lang.errors import SpecError, format_error
from vpmu_formal.lang.parser import parse_text

from summary import spec_error_run, write_files

# lark's internal terminal names (and ignored terminals) must never reach a user.
INTERNAL = re.compile(r"__ANON|\$END|\b(?:NAME|INT|STRING|CMP_OP|SHIFT_OP|IMPLIES|ACCESS|"
                      r"LPAR|RPAR|LBRACE|RBRACE|LSQB|RSQB|SEMICOLON|COLON|COMMA|EQUAL|"
                      r"BVTYPE|WS|COMMENT|BLOCK_COMMENT)\b|block_comment|\bws\b")


def render(tmp_path, monkeypatch, files, main_file="t.vpmu") -> str:
    monkeypatch.chdir(tmp_path)
    write_files(tmp_path, files)
    module, ts, err = load_one(main_file)
    assert err is not None, "expected a spec error"
    spec_err, sources = err
    assert isinstance(spec_err, SpecError)
    return format_error(spec_err, sources)


GOLDEN = [
    ('garbage_text',
     'spec t\n%%% hello\n',
     """\
t.vpmu:2:1: error: unexpected character '%'; expected a string, 'action', 'assume', 'config', 'const', 'cover', 'def', 'domain', 'drop', 'enum', 'extends', 'ghost', ...
  %%% hello
  ^
"""),
    ('missing_closing_brace_at_eof',
     'spec t\nvar x: bv8\naction a {\n  x := 1\n',
     """\
t.vpmu:4:9: error: unexpected end of file; expected a name, ';', '@', 'accept', 'call', 'emit', 'fault', 'for', 'if', 'let', 'observe', 'return', ...
    x := 1
          ^
"""),
    ('missing_closing_brace_before_decl',
     'spec t\nvar x: bv8\naction a {\n  x := 1\n\nproperty p: invariant x == 0\n',
     """\
t.vpmu:6:1: error: unexpected 'property'; expected a name, ';', '@', 'accept', 'call', 'emit', 'fault', 'for', 'if', 'let', 'observe', 'return', ...
  property p: invariant x == 0
  ^^^^^^^^
"""),
    ('equals_instead_of_assign',
     'spec t\nvar x: bv8\naction a {\n  x = 1\n}\n',
     """\
t.vpmu:4:5: error: unexpected '='; expected '.', ':=', '[' (assignment is written ':=')
    x = 1
      ^
"""),
    ('unexpected_eof_in_initialiser',
     'spec t\nvar x: bv8 =\n',
     """\
t.vpmu:2:13: error: unexpected end of file; expected a name, a number, '!', '(', '-', 'any', 'exists', 'false', 'forall', 'if', 'intercepted', 'true', ...
  var x: bv8 =
              ^
"""),
    ('unexpected_eof_in_property',
     'spec t\nproperty p: invariant\n',
     """\
t.vpmu:2:22: error: unexpected end of file; expected a name, a number, '!', '(', '-', 'exists', 'false', 'forall', 'if', 'intercepted', 'true', '~'
  property p: invariant
                       ^
"""),
    ('missing_close_paren',
     'spec t\nvar x: bv8\nproperty p: invariant (x == 0\n',
     """\
t.vpmu:3:30: error: unexpected end of file; expected ')'
  property p: invariant (x == 0
                               ^
"""),
    ('stray_closing_brace',
     'spec t\nvar x: bv8\naction a { x := 1 } }\n',
     """\
t.vpmu:3:21: error: unexpected '}'; expected end of file, 'action', 'assume', 'config', 'const', 'cover', 'def', 'domain', 'drop', 'enum', 'ghost', 'include', ...
  action a { x := 1 } }
                      ^
"""),
    ('triple_equals',
     'spec t\nvar x: bv8\nproperty p: invariant x === 1\n',
     """\
t.vpmu:3:27: error: unexpected '='; expected a name, a number, '!', '(', '-', 'false', 'intercepted', 'true', '~'
  property p: invariant x === 1
                            ^
"""),
    ('bad_char_in_enum',
     'spec t\nenum E { A %\n',
     """\
t.vpmu:2:12: error: unexpected character '%'; expected ',', '}'
  enum E { A %
             ^
"""),
    ('undefined_name_did_you_mean',
     'spec t\nvar counter: bv8\nproperty p: invariant countr == 0\n',
     """\
t.vpmu:3:23: error: undefined name 'countr'; did you mean 'counter'?
  property p: invariant countr == 0
                        ^^^^^^
"""),
    ('undefined_name_no_hint',
     'spec t\nvar counter: bv8\nproperty p: invariant zzz == 0\n',
     """\
t.vpmu:3:23: error: undefined name 'zzz'
  property p: invariant zzz == 0
                        ^^^
"""),
    ('duplicate_definition',
     'spec t\nvar x: bv8\nvar x: bv16\n',
     """\
t.vpmu:3:5: error: 'x' is already defined; use 'override' to replace a declaration from an extended spec
  var x: bv16
      ^
t.vpmu:2:5: note: previous definition is here
  var x: bv8
      ^
"""),
    ('duplicate_across_include',
     {'t.vpmu': 'spec t\ninclude "lib.vpmu"\nconst MSR_A = 2\n', 'lib.vpmu': 'const MSR_A = 1\n'},
     """\
t.vpmu:3:7: error: 'MSR_A' is already defined; use 'override' to replace a declaration from an extended spec
  const MSR_A = 2
        ^^^^^
lib.vpmu:1:7: note: previous definition is here
  const MSR_A = 1
        ^^^^^
"""),
    ('duplicate_action',
     'spec t\nvar x: bv8\naction a { x := 1 }\naction a { x := 2 }\n',
     """\
t.vpmu:4:8: error: 'a' is already defined; use 'override' to replace a declaration from an extended spec
  action a { x := 2 }
         ^
t.vpmu:3:8: note: previous definition is here
  action a { x := 1 }
         ^
"""),
    ('duplicate_intercept_rule',
     'spec t\nvar x: bool\nintercept rdpmc when x\nintercept rdpmc unless x\n',
     """\
t.vpmu:4:11: error: a second rdpmc intercept rule
  intercept rdpmc unless x
            ^^^^^
t.vpmu:3:11: note: the first is here
  intercept rdpmc when x
            ^^^^^
"""),
    ('unknown_type',
     'spec t\nvar x: Foo\n',
     """\
t.vpmu:2:8: error: unknown type 'Foo'
  var x: Foo
         ^^^
"""),
    ('bv_width_zero',
     'spec t\nvar x: bv0\n',
     """\
t.vpmu:2:8: error: bit-vector width must be 1..64, got 0
  var x: bv0
         ^^^
"""),
    ('width_mismatch',
     'spec t\nvar a: bv8\nvar b: bv16\nproperty p: invariant a == b\n',
     """\
t.vpmu:4:23: error: '==' needs operands of one type, got bv8 and bv16
  property p: invariant a == b
                        ^^^^^^
"""),
    ('number_does_not_fit_init',
     'spec t\nvar a: bv8 = 0x100\n',
     """\
t.vpmu:2:14: error: 256 does not fit in 8 bits (initial value of 'a')
  var a: bv8 = 0x100
               ^^^^^
"""),
    ('number_does_not_fit_in_library',
     {'t.vpmu': 'spec t\ninclude "lib/x.vpmu"\n', 'lib/x.vpmu': 'const A = 1\nconst B: bv4 = 0x1f\n'},
     """\
lib/x.vpmu:2:16: error: 31 does not fit in 4 bits (const 'B')
  const B: bv4 = 0x1f
                 ^^^^
"""),
    ('assign_to_config',
     'spec t\nconfig c: bv8\naction a {\n  c := 1\n}\n',
     """\
t.vpmu:4:3: error: cannot assign to config parameter 'c': config is chosen once per run
    c := 1
    ^
"""),
    ('assign_to_input',
     'spec t\nvar x: bv8\naction a(v: bv8) {\n  v := 1\n}\n',
     """\
t.vpmu:4:3: error: cannot assign to 'v': inputs and locals are read-only
    v := 1
    ^
"""),
    ('assign_to_const',
     'spec t\nconst K = 3\naction a {\n  K := 1\n}\n',
     """\
t.vpmu:4:3: error: cannot assign to 'K': it is not a state variable
    K := 1
    ^
"""),
    ('non_bool_guard',
     'spec t\nvar x: bv8\naction a when x {\n  x := 1\n}\n',
     """\
t.vpmu:3:15: error: an action guard must be bool, got bv8
  action a when x {
                ^
"""),
    ('non_bool_if_condition',
     'spec t\nvar x: bv8\naction a {\n  if x { x := 1 }\n}\n',
     """\
t.vpmu:4:6: error: an if condition must be bool, got bv8
    if x { x := 1 }
       ^
"""),
    ('non_bool_property',
     'spec t\nproperty p: invariant 1 + 2\n',
     """\
t.vpmu:2:23: error: property 'p' must be bool, got a number
  property p: invariant 1 + 2
                        ^^^^^
"""),
    ('bang_on_number',
     'spec t\nproperty p: invariant !1\n',
     """\
t.vpmu:2:23: error: '!' needs a bool; use '~' for bitwise not
  property p: invariant !1
                        ^^
"""),
    ('number_for_bool',
     'spec t\nvar x: bool = 1\n',
     """\
t.vpmu:2:15: error: initial value of 'x' must be bool, got a number
  var x: bool = 1
                ^
"""),
    ('if_expression_branches_differ',
     'spec t\nvar a: bv8\nvar b: bv16\nproperty p: invariant (if true then a else b) == 0\n',
     """\
t.vpmu:4:24: error: if-expression branches differ: bv8 and bv16
  property p: invariant (if true then a else b) == 0
                         ^^^^^^^^^^^^^^^^^^^^^
"""),
    ('unknown_label',
     'spec t\ndomain host\nvar x: bv8 = 0 @foo\n',
     """\
t.vpmu:3:5: error: unknown label '@foo' (domains: host; '@none' means no owner)
  var x: bv8 = 0 @foo
      ^
"""),
    ('observe_by_non_domain',
     'spec t\ndomain host, guest\nvar x: bv8\naction a {\n  observe vmm: x\n}\n',
     """\
t.vpmu:5:3: error: 'vmm' is not a declared domain (domains: guest, host)
    observe vmm: x
    ^^^^^^^^^^^^^^
"""),
    ('never_observes_without_label',
     'spec t\ndomain guest\nproperty p: never guest observes @none\n',
     """\
t.vpmu:3:10: error: 'never ... observes' needs a domain label such as @host
  property p: never guest observes @none
           ^
"""),
    ('state_in_assume',
     'spec t\nvar x: bv8\nassume x == 0\n',
     """\
t.vpmu:3:8: error: an assume may not read state variable 'x' (only consts and config)
  assume x == 0
         ^
"""),
    ('include_cycle',
     {'t.vpmu': 'spec t\ninclude "a.vpmu"\n', 'a.vpmu': 'include "b.vpmu"\nconst A = 1\n', 'b.vpmu': 'include "a.vpmu"\nconst B = 2\n'},
     """\
b.vpmu:1:9: error: include cycle: a.vpmu -> b.vpmu -> a.vpmu
  include "a.vpmu"
          ^^^^^^^^
"""),
    ('include_self',
     'spec t\ninclude "t.vpmu"\n',
     """\
t.vpmu:2:9: error: include cycle: t.vpmu -> t.vpmu
  include "t.vpmu"
          ^^^^^^^^
"""),
    ('include_missing_file',
     'spec t\ninclude "nope.vpmu"\n',
     """\
t.vpmu:2:9: error: cannot read 'nope.vpmu': No such file or directory
  include "nope.vpmu"
          ^^^^^^^^^^^
"""),
    ('include_variant',
     {'t.vpmu': 'spec t\ninclude "v.vpmu"\n', 'v.vpmu': 'spec v extends "p.vpmu"\n', 'p.vpmu': 'spec p\n'},
     """\
t.vpmu:2:9: error: 'v.vpmu' is a variant (it uses 'extends'); include a library file instead
  include "v.vpmu"
          ^^^^^^^^
"""),
    ('extends_missing_file',
     'spec t "T" extends "nope.vpmu"\n',
     """\
t.vpmu:1:20: error: cannot read 'nope.vpmu': No such file or directory
  spec t "T" extends "nope.vpmu"
                     ^^^^^^^^^^^
"""),
    ('extends_cycle',
     {'t.vpmu': 'spec t extends "p.vpmu"\n', 'p.vpmu': 'spec p extends "t.vpmu"\n'},
     """\
p.vpmu:1:16: error: extends cycle: t.vpmu -> p.vpmu -> t.vpmu
  spec p extends "t.vpmu"
                 ^^^^^^^^
"""),
    ('override_nothing',
     'spec t\nvar x: bv8\noverride var y: bv8\n',
     """\
t.vpmu:3:14: error: 'override' of 'y', but no earlier declaration has that name
  override var y: bv8
               ^
"""),
    ('override_nothing_in_parent',
     {'t.vpmu': 'spec t extends "p.vpmu"\noverride property q: invariant true\n', 'p.vpmu': 'spec p\nproperty p: invariant true\n'},
     """\
t.vpmu:2:19: error: 'override' of property 'q', but no earlier declaration has that name
  override property q: invariant true
                    ^
"""),
    ('unknown_layout_field',
     'spec t\nlayout L: bv8 { A[0], B[7:1] }\nvar x: L\nproperty p: invariant x.C\n',
     """\
t.vpmu:4:23: error: layout 'L' has no field 'C' (fields: A, B)
  property p: invariant x.C
                        ^^^
"""),
    ('field_outside_layout',
     'spec t\nlayout L: bv8 { A[8] }\n',
     """\
t.vpmu:2:17: error: field 'A' bits [8:8] do not fit in 8 bits (write [hi:lo] with hi >= lo)
  layout L: bv8 { A[8] }
                  ^^^^
"""),
    ('array_without_index',
     'spec t\nvar a: bv8[4]\nproperty p: invariant a == 0\n',
     """\
t.vpmu:3:23: error: 'a' is an array; index it, e.g. a[0]
  property p: invariant a == 0
                        ^
"""),
    ('array_assign_without_index',
     'spec t\nvar a: bv8[4]\naction act {\n  a := 0\n}\n',
     """\
t.vpmu:4:3: error: 'a' is an array; assign one element, e.g. a[0]
    a := 0
    ^
"""),
    ('index_out_of_bounds',
     'spec t\nvar a: bv8[4]\nproperty p: invariant a[4] == 0\n',
     """\
t.vpmu:3:25: error: index 4 is out of bounds for 'a' (length 4)
  property p: invariant a[4] == 0
                          ^
"""),
    ('slice_out_of_range',
     'spec t\nvar a: bv8\nproperty p: invariant a[9:0] == 0\n',
     """\
t.vpmu:3:23: error: slice [9:0] is outside bv8 (write [hi:lo] with hi >= lo)
  property p: invariant a[9:0] == 0
                        ^^^^^^
"""),
    ('unknown_expectation',
     'spec t\nvar x: bv8\nproperty p: invariant x == 0\n  expect proven\n',
     """\
t.vpmu:4:10: error: unknown expectation 'proven'; expected one of proved, violated, bounded
    expect proven
           ^^^^^^
"""),
    ('expectation_of_wrong_kind',
     'spec t\nvar x: bv8\ncover c: x == 1 expect violated\n',
     """\
t.vpmu:3:24: error: unknown expectation 'violated'; expected one of covered, unreachable, bounded
  cover c: x == 1 expect violated
                         ^^^^^^^^
"""),
    ('intercepted_in_intercept_rule',
     'spec t\nconst MSR_A = 0x10\nintercept rdpmc when intercepted(rdmsr, MSR_A)\n',
     """\
t.vpmu:3:22: error: intercepted(...) cannot be used in an intercept rule
  intercept rdpmc when intercepted(rdmsr, MSR_A)
                       ^^^^^^^^^^^^^^^^^^^^^^^^^
"""),
    ('rdpmc_rule_names_msr',
     'spec t\nconst MSR_A = 1\nintercept rdpmc MSR_A when true\n',
     """\
t.vpmu:3:11: error: an rdpmc rule names no MSR
  intercept rdpmc MSR_A when true
            ^^^^^
"""),
    ('forall_too_wide',
     'spec t\nvar a: bv8[4]\nlemma l: forall i in 0..400: true\n',
     """\
t.vpmu:3:10: error: forall over 400 values; at most 256 are unrolled
  lemma l: forall i in 0..400: true
           ^^^^^^^^^^^^^^^^^^^^^^^^
"""),
    ('forall_variable_shadows',
     'spec t\nvar i: bv8\nlemma l: forall i in 0..4: true\n',
     """\
t.vpmu:3:10: error: forall variable 'i' shadows another name
  lemma l: forall i in 0..4: true
           ^^^^^^^^^^^^^^^^^^^^^^
"""),
    ('exists_bound_not_constant',
     'spec t\nvar x: bv8\nlemma l: exists i in 0..x: true\n',
     """\
t.vpmu:3:25: error: an exists bound must be a constant number
  lemma l: exists i in 0..x: true
                          ^
"""),
    ('exists_body_not_bool',
     'spec t\nvar x: bv8\nlemma l: exists i in 0..4: x\n',
     """\
t.vpmu:3:28: error: an exists body must be bool, got bv8
  lemma l: exists i in 0..4: x
                             ^
"""),
    ('exists_too_wide',
     'spec t\nlemma l: exists i in 0..400: true\n',
     """\
t.vpmu:2:10: error: exists over 400 values; at most 256 are unrolled
  lemma l: exists i in 0..400: true
           ^^^^^^^^^^^^^^^^^^^^^^^^
"""),
    ('concat_untyped_integer',
     'spec t\nvar x: bv8\nlemma l: concat(x, 1) == 0\n',
     """\
t.vpmu:3:20: error: concat needs parts of known width; this integer has none (declare it, e.g. `const ONE: bv4 = 1`)
  lemma l: concat(x, 1) == 0
                     ^
"""),
    ('concat_too_wide',
     'spec t\nvar y: bv40\nlemma l: concat(y, y) == 0\n',
     """\
t.vpmu:3:10: error: concat of 80 bits; bit-vectors have at most 64
  lemma l: concat(y, y) == 0
           ^^^^^^^^^^^^
"""),
    ('concat_one_part',
     'spec t\nvar x: bv8\nlemma l: concat(x) == 0\n',
     """\
t.vpmu:3:10: error: concat takes two or more bit-vectors
  lemma l: concat(x) == 0
           ^^^^^^^^^
"""),
    ('concat_bool_part',
     'spec t\nvar x: bv8\nvar b: bool\nlemma l: concat(b, x) == 0\n',
     """\
t.vpmu:4:17: error: concat needs bit-vectors, got bool
  lemma l: concat(b, x) == 0
                  ^
"""),
    ('rdpmc_rule_over_a_range',
     'spec t\nintercept rdpmc for i in 0..4 when true\n',
     """\
t.vpmu:2:11: error: an rdpmc rule names no MSR
  intercept rdpmc for i in 0..4 when true
            ^^^^^
"""),
    ('msr_rule_names_a_variable',
     'spec t\nvar x: bv32\nintercept rdmsr x when true\n',
     """\
t.vpmu:3:17: error: an MSR must be a constant number
  intercept rdmsr x when true
                  ^
"""),
    ('msr_range_overlaps_a_rule',
     'spec t\nconst MSR_A = 0x10\nconst MSR_B = 0x11\n'
     'intercept rdmsr MSR_A + i for i in 0..2 when true\nintercept rdmsr MSR_B when true\n',
     """\
t.vpmu:5:11: error: a second rdmsr intercept rule for MSR_B
  intercept rdmsr MSR_B when true
            ^^^^^
t.vpmu:4:11: note: the first is here
  intercept rdmsr MSR_A + i for i in 0..2 when true
            ^^^^^
"""),
    ('msr_range_too_wide',
     'spec t\nconst MSR_A = 0x10\nintercept rdmsr MSR_A + i for i in 0..400 when true\n',
     """\
t.vpmu:3:11: error: range over 400 values; at most 256 are unrolled
  intercept rdmsr MSR_A + i for i in 0..400 when true
            ^^^^^
"""),
    ('override_one_msr_of_a_range',
     'spec t\nconst MSR_A = 0x10\nconst MSR_B = 0x11\nvar x: bool[2]\n'
     'intercept rwmsr MSR_A + i for i in 0..2 when x[i]\noverride intercept rwmsr MSR_B when true\n',
     """\
t.vpmu:6:20: error: 'override' of intercept rule 'rwmsr MSR_B', but no earlier declaration has that name
  override intercept rwmsr MSR_B when true
                     ^^^^^
"""),
    ('event_took_unknown_action',
     'spec t\ndomain host, guest\nvar x: bool\naction look { observe guest: x }\naction boom { fault GP }\naction pmi { emit pmi }\nproperty p: invariant !took(lok)\n',
     """\
t.vpmu:7:29: error: no action 'lok'; did you mean 'look'?
  property p: invariant !took(lok)
                              ^^^
"""),
    ('event_emitted_never_emitted',
     'spec t\ndomain host, guest\nvar x: bool\naction look { observe guest: x }\naction boom { fault GP }\naction pmi { emit pmi }\nproperty p: invariant !emitted(pim)\n',
     """\
t.vpmu:7:32: error: no action runs 'emit pim'; did you mean 'pmi'?
  property p: invariant !emitted(pim)
                                 ^^^
"""),
    ('event_fault_kind_never_raised',
     'spec t\ndomain host, guest\nvar x: bool\naction look { observe guest: x }\naction boom { fault GP }\naction pmi { emit pmi }\nproperty p: invariant !faulted(UD)\n',
     """\
t.vpmu:7:32: error: no action runs 'fault UD'
  property p: invariant !faulted(UD)
                                 ^^
"""),
    ('event_observed_unknown_domain',
     'spec t\ndomain host, guest\nvar x: bool\naction look { observe guest: x }\naction boom { fault GP }\naction pmi { emit pmi }\nproperty p: invariant !observed(gest)\n',
     """\
t.vpmu:7:33: error: no domain 'gest'; did you mean 'guest'?
  property p: invariant !observed(gest)
                                  ^^^^
"""),
    ('event_wrong_form',
     'spec t\ndomain host, guest\nvar x: bool\naction look { observe guest: x }\naction boom { fault GP }\naction pmi { emit pmi }\nproperty p: invariant !faulted(1)\n',
     """\
t.vpmu:7:24: error: faulted is written faulted() or faulted(KIND)
  property p: invariant !faulted(1)
                         ^^^^^^^^^^
"""),
    ('event_name_reserved',
     'spec t\ndomain host, guest\nvar x: bool\naction look { observe guest: x }\naction boom { fault GP }\naction pmi { emit pmi }\ndef took(a: bool) = a\n',
     """\
t.vpmu:7:5: error: 'took' is reserved: took(...) names an event of a step
  def took(a: bool) = a
      ^^^^
"""),
    ('event_faulted_without_faults',
     'spec t\nvar x: bool\naction a { x := true }\nproperty p: invariant !faulted()\n',
     """\
t.vpmu:4:24: error: no action runs 'fault', so faulted() never holds
  property p: invariant !faulted()
                         ^^^^^^^^^
"""),
    ('past_operator_in_an_action',
     'spec t\nvar x: bool\naction a when once(x) { skip }\n',
     """\
t.vpmu:3:15: error: once(...) reads the past of a run: it may be used in properties and lemmas (and the lets and defs they use), not in actions
  action a when once(x) { skip }
                ^^^^^^^
"""),
    ('past_operator_arity',
     'spec t\nvar x: bool\nproperty p: invariant !since(x)\n',
     """\
t.vpmu:3:24: error: since is written since(p, q)
  property p: invariant !since(x)
                         ^^^^^^^^
"""),
    ('past_operator_not_bool',
     'spec t\nvar y: bv8\nproperty p: invariant !once(y)\n',
     """\
t.vpmu:3:29: error: an argument of once must be bool, got bv8
  property p: invariant !once(y)
                              ^
"""),
    ('past_operator_name_reserved',
     'spec t\ndef count_since(a: bool) = a\n',
     """\
t.vpmu:2:5: error: 'count_since' is reserved: count_since(...) reads the past of a run
  def count_since(a: bool) = a
      ^^^^^^^^^^^
"""),
    ('lemma_for_unknown_property',
     'spec t\nvar x: bool\nproperty x_small: invariant x\nlemma l for x_smal: x\n',
     """\
t.vpmu:4:13: error: lemma 'l' is for 'x_smal', which is no property of this spec; did you mean 'x_small'?
  lemma l for x_smal: x
              ^^^^^^
"""),
    ('drop_own_property',
     'spec t\nvar x: bool\nproperty p: invariant x\ndrop property p\n',
     """\
t.vpmu:4:15: error: 'drop' of property 'p', but the extended spec declares none
  drop property p
                ^
"""),
    ('access_event_wrong_form',
     'spec t\nvar x: bool\nproperty p: invariant !exited(rdpmc, MSR_A)\n',
     """\
t.vpmu:3:24: error: exited is written exited(rdpmc), exited(rdmsr), exited(wrmsr) or exited(rdmsr|wrmsr, MSR_CONSTANT)
  property p: invariant !exited(rdpmc, MSR_A)
                         ^^^^^^^^^^^^^^^^^^^^
"""),
    ('access_event_unknown_msr',
     'spec t\nconst MSR_A = 0x10\nproperty p: invariant !passed(rdmsr, MSR_AA)\n',
     """\
t.vpmu:3:38: error: undefined MSR constant 'MSR_AA'; did you mean 'MSR_A'?
  property p: invariant !passed(rdmsr, MSR_AA)
                                       ^^^^^^
"""),
    ('override_lemma_nothing',
     'spec t\nvar x: bool\noverride lemma l: x\n',
     """\
t.vpmu:3:16: error: 'override' of lemma 'l', but no earlier declaration has that name
  override lemma l: x
                 ^
"""),
    ('super_outside_override',
     {'t.vpmu': 'spec t extends "p.vpmu"\naction b { call super() }\n',
      'p.vpmu': 'spec p\nvar x: bv8\nproc f() { x := 1 }\naction a { call f() }\n'},
     """\
t.vpmu:2:12: error: 'call super(...)' runs the procedure an 'override proc' replaced; it is allowed only in such a procedure's body
  action b { call super() }
             ^^^^^^^^^^^^
"""),
    ('super_wrong_arity',
     {'t.vpmu': 'spec t extends "p.vpmu"\noverride proc f(v: bv8) { call super() }\n',
      'p.vpmu': 'spec p\nvar x: bv8\nproc f(v: bv8) { x := v }\naction a { call f(1) }\n'},
     """\
t.vpmu:2:27: error: 'super' takes 1 argument(s), got 0
  override proc f(v: bv8) { call super() }
                            ^^^^^^^^^^^^
"""),
    ('proc_named_super',
     'spec t\nvar x: bv8\nproc super() { x := 1 }\n',
     """\
t.vpmu:3:6: error: 'super' is reserved: 'call super(...)' runs the procedure an 'override proc' replaced
  proc super() { x := 1 }
       ^^^^^
"""),
    ('recursive_proc_call',
     'spec t\nvar x: bv8\nproc p() {\n  call q()\n}\nproc q() {\n  call p()\n}\naction a {\n  call p()\n}\n',
     """\
t.vpmu:7:3: error: recursive procedure call: p -> q -> p
    call p()
    ^^^^^^^^
"""),
    ('let_cycle',
     'spec t\nvar x: bv8\nlet a = b + 1\nlet b = a + x\nproperty p: invariant a == 0\n',
     """\
t.vpmu:4:9: error: definition cycle: a -> b -> a
  let b = a + x
          ^
"""),
    ('def_wrong_arg_count',
     'spec t\nvar x: bv8\ndef f(v: bv8, w: bv8) = v + w\nproperty p: invariant f(x) == 0\n',
     """\
t.vpmu:4:23: error: 'f' takes 2 argument(s), got 1
  property p: invariant f(x) == 0
                        ^^^^
"""),
    ('def_without_call',
     'spec t\ndef f(v: bv8) = v\nproperty p: invariant f == 0\n',
     """\
t.vpmu:3:23: error: 'f' is a def; call it with arguments
  property p: invariant f == 0
                        ^
"""),
    ('proc_wrong_arg_count',
     'spec t\nvar x: bv8\nproc p(v: bv8) {\n  x := v\n}\naction a {\n  call p()\n}\n',
     """\
t.vpmu:7:3: error: 'p' takes 1 argument(s), got 0
    call p()
    ^^^^^^^^
"""),
    ('local_shadows',
     'spec t\nvar x: bv8\naction a(v: bv8) {\n  let x = v\n}\n',
     """\
t.vpmu:4:3: error: 'x' is already defined; locals may not shadow
    let x = v
    ^^^^^^^^^
"""),
    ('return_not_last',
     'spec t\ndomain host, guest\nvar x: bv8\nproc f() -> bv8 {\n  return x\n  x := 1\n}\naction a { let v = call f() }\n',
     """\
t.vpmu:5:3: error: 'return' may only be the last statement of a procedure declared '-> TYPE' (it returns once, at its end; an error path is a 'fault')
    return x
    ^^^^^^^^
"""),
    ('return_missing',
     'spec t\ndomain host, guest\nvar x: bv8\nproc f() -> bv8 { x := 1 }\naction a { let v = call f() }\n',
     """\
t.vpmu:4:6: error: procedure 'f' returns a value ('-> ...'); its body must end with 'return EXPR'
  proc f() -> bv8 { x := 1 }
       ^
"""),
    ('return_outside_procedure',
     'spec t\ndomain host, guest\nvar x: bv8\naction a { return x }\n',
     """\
t.vpmu:4:12: error: 'return' may only be the last statement of a procedure declared '-> TYPE' (it returns once, at its end; an error path is a 'fault')
  action a { return x }
             ^^^^^^^^
"""),
    ('value_of_procedure_without_one',
     'spec t\ndomain host, guest\nvar x: bv8\nproc f() { x := 1 }\naction a { let v = call f() }\n',
     """\
t.vpmu:5:12: error: 'f' returns no value (declare it 'proc f(...) -> TYPE' and end it with 'return')
  action a { let v = call f() }
             ^^^^^^^^^^^^^^^^
"""),
    ('return_type_mismatch',
     'spec t\ndomain host, guest\nvar x: bv8\nproc f() -> bool { return x }\naction a { let v = call f() }\n',
     """\
t.vpmu:4:27: error: the value 'f' returns must be bool, got bv8
  proc f() -> bool { return x }
                            ^
"""),
    ('accepted_bad_form',
     'spec t\ndomain host, guest\nvar x: bv8\naction a { x := 1 }\nproperty p: invariant !accepted(wrmsr, 3)\n',
     """\
t.vpmu:5:24: error: accepted is written accepted(rdpmc), accepted(rdmsr), accepted(wrmsr) or accepted(rdmsr|wrmsr, MSR_CONSTANT)
  property p: invariant !accepted(wrmsr, 3)
                         ^^^^^^^^^^^^^^^^^^
"""),
    ('accepted_unknown_msr',
     'spec t\ndomain host, guest\nvar x: bv8\naction a { x := 1 }\nproperty p: invariant !accepted(wrmsr, MSR_NOPE)\n',
     """\
t.vpmu:5:40: error: undefined MSR constant 'MSR_NOPE'
  property p: invariant !accepted(wrmsr, MSR_NOPE)
                                         ^^^^^^^^
"""),
    ('settable_config_assigned',
     'spec t\nconfig nr: bv8 settable\nconfig host_nr: bv8\nvar x: bv8\naction a { nr := 1 }\n',
     """\
t.vpmu:5:12: error: cannot assign to settable config 'nr': only a 'reconfigure' action that names it sets it
  action a { nr := 1 }
             ^^
"""),
    ('reconfigure_fixed_config',
     'spec t\nconfig nr: bv8 settable\nconfig host_nr: bv8\nvar x: bv8\nreconfigure set(host_nr) { x := 1 }\n',
     """\
t.vpmu:5:17: error: 'host_nr' is a config that is not settable (declare it 'config host_nr: TYPE settable')
  reconfigure set(host_nr) { x := 1 }
                  ^^^^^^^
"""),
    ('reconfigure_unknown_config',
     'spec t\nconfig nr: bv8 settable\nconfig host_nr: bv8\nvar x: bv8\nreconfigure set(nr, nrr) { x := 1 }\n',
     """\
t.vpmu:5:21: error: 'nrr' is no settable config; did you mean 'nr'?
  reconfigure set(nr, nrr) { x := 1 }
                      ^^^
"""),
    ('reconfigure_twice',
     'spec t\nconfig nr: bv8 settable\nconfig host_nr: bv8\nvar x: bv8\nreconfigure set(nr, nr) { x := 1 }\n',
     """\
t.vpmu:5:21: error: 'nr' is named twice
  reconfigure set(nr, nr) { x := 1 }
                      ^^
"""),
    ('settable_config_through_let_in_assume',
     'spec t\nconfig nr: bv8 settable\nconfig host_nr: bv8\nvar x: bv8\nlet small = nr < 4\nassume s: small\naction a { x := 1 }\n',
     """\
t.vpmu:5:13: error: an assume reads settable config 'nr' through a let or def; name it directly there
  let small = nr < 4
              ^^
"""),
    ('settable_config_array',
     'spec t\nconfig nr: bv8[2] settable\n',
     """\
t.vpmu:2:8: error: a settable config must be a scalar
  config nr: bv8[2] settable
         ^^
"""),
    ('accept_without_msr',
     'spec t\ndomain host, guest\nvar x: bv8\naction a { accept wrmsr }\n',
     """\
t.vpmu:4:12: error: accept is written 'accept rdpmc', 'accept rdmsr MSR' or 'accept wrmsr MSR'
  action a { accept wrmsr }
             ^^^^^^^^^^^^
"""),
    ('accept_wrong_width',
     'spec t\ndomain host, guest\nvar x: bv8\naction a(m: bv8) { accept wrmsr m }\n',
     """\
t.vpmu:4:33: error: the MSR accepted must be bv32, got bv8
  action a(m: bv8) { accept wrmsr m }
                                  ^
"""),
    ('loop_bound_not_constant',
     'spec t\nvar x: bv8\naction a {\n  for i in 0..x { skip }\n}\n',
     """\
t.vpmu:4:15: error: a loop bound must be a constant number
    for i in 0..x { skip }
                ^
"""),
]

GOLDEN_IDS = [c[0] for c in GOLDEN]


def test_enough_distinct_cases():
    assert len(set(GOLDEN_IDS)) == len(GOLDEN) >= 25
    assert len({c[2].split("\n")[0] for c in GOLDEN}) == len(GOLDEN)


@pytest.mark.parametrize("name,files,expected", GOLDEN, ids=GOLDEN_IDS)
def test_golden_error(tmp_path, monkeypatch, name, files, expected):
    assert render(tmp_path, monkeypatch, files) == expected


@pytest.mark.parametrize("name,files,expected", GOLDEN, ids=GOLDEN_IDS)
def test_golden_error_through_cli(tmp_path, monkeypatch, name, files, expected):
    """`check` prints exactly the same text on stderr and exits 2."""
    monkeypatch.chdir(tmp_path)
    write_files(tmp_path, files)
    rc, out, err = spec_error_run()
    assert rc == 2
    assert err == expected
    assert "Traceback" not in out + err
    assert "1 spec error(s)" in out


@pytest.mark.parametrize("name,files,expected", GOLDEN, ids=GOLDEN_IDS)
def test_no_internal_terminal_names(name, files, expected):
    assert not INTERNAL.search(expected), expected


# A small spec touching most of the grammar; every prefix of it (cut at a
# token boundary), with and without a stray token after the cut, is a
# syntax error whose message must use the user's spelling of tokens.
SWEEP_SPEC = """\
spec s "title"
include "lib.vpmu"
domain host, guest
const K: bv8 = 0x1f
enum E { A, B, }
layout L: bv8 { F[0], G[7:1] }
config c: bool
assume a1: c ==> K > 1
var x: L = 0 @host
var arr: bv8[2] = any
let l = x.G + 1
def f(v: bv8) = v << 1
intercept rdpmc when c cites "r"
proc p(v: bv8 @guest) { arr[0] := v; }
action act(v: bv8) when !c && x[0] {
  let y = f(v) ^ ~K
  if y == 0 { x.F := true } else if y != 1 { fault GP } else { skip }
  for i in 0..2 { arr[i] := any @none }
  call p(y)
  observe guest: -y * 2 | (if c then y else 0)
}
property q: invariant intercepted(rdmsr, 0x10) || x[7:1] >= 2
  expect bounded
property n: never guest observes @host
cover cv: owned_by(x, host) expect covered
"""
_TOKEN = re.compile(r"\"[^\"\n]*\"|0x[0-9a-fA-F_]+|\w+|:=|==>|==|!=|<=|>=|<<|>>|&&|\|\||\.\.|\S")
# The user's own text appears quoted after "unexpected"; drop it before looking.
_ECHO = re.compile(r"unexpected (?:a name |a number |a string |a bit-vector type \(bvN\) )?'[^']*'")


def test_syntax_errors_never_show_internal_terminal_names():
    ends = [m.end() for m in _TOKEN.finditer(SWEEP_SPEC)]
    checked = 0
    for end in ends[:-1]:
        for extra in ("", " %", " )"):
            text = SWEEP_SPEC[:end] + extra
            try:
                parse_text(text, "s.vpmu")
            except SpecError as err:
                checked += 1
                assert not INTERNAL.search(_ECHO.sub("", err.message)), err.message
                rendered = format_error(err, {"s.vpmu": text})
                assert rendered.startswith(f"s.vpmu:{err.span.line}:{err.span.col}: error: ")
    assert checked > 300
    parse_text(SWEEP_SPEC, "s.vpmu")   # the whole spec is valid


# ---- messages that are wrong or poor (bugs; see the final report) ----------

def test_unexpected_name_reads_as_english(tmp_path, monkeypatch):
    text = render(tmp_path, monkeypatch, "hello world\n")
    first = text.split("\n")[0]
    assert first.startswith("t.vpmu:1:1: error: unexpected ")
    assert "'hello'" in first
    assert "unexpected a " not in first


def test_unterminated_string_is_named(tmp_path, monkeypatch):
    text = render(tmp_path, monkeypatch, 'spec t "hello\nvar x: bv8\n')
    assert "string" in text.split("\n")[0]


def test_number_that_does_not_fit_is_shown_as_written(tmp_path, monkeypatch):
    text = render(tmp_path, monkeypatch, "spec t\nvar a: bv8\nproperty p: invariant a != 300\n")
    assert text.startswith("t.vpmu:3:28: error: 300 does not fit in 8 bits")


def test_did_you_mean_for_procedure_suggests_a_procedure(tmp_path, monkeypatch):
    text = render(tmp_path, monkeypatch,
                  "spec t\nvar reset_a: bv8\nproc reset_all() { reset_a := 0 }\n"
                  "action a { call reset_al() }\n")
    assert "undefined procedure 'reset_al'; did you mean 'reset_all'?" in text


def test_did_you_mean_never_suggests_the_name_itself(tmp_path, monkeypatch):
    text = render(tmp_path, monkeypatch,
                  "spec t\nenum E { A, B }\nintercept rdmsr A when true\n")
    assert "did you mean 'A'" not in text


# Python's str.splitlines() also breaks lines at \f, \v, \x1c-\x1e, \x85,
# U+2028/9; lark only at \n.  A form feed (a page break, common in
# GNU-style sources) is whitespace to the grammar, but shifts the lines
# errors.format_error shows, and the line number of end-of-file errors
# (parser._syntax_error), by one.
FF_SPEC = "spec t\n\x0c\nvar x: bv8\nproperty p: invariant x\n"


def test_form_feed_is_whitespace(tmp_path, monkeypatch):
    text = render(tmp_path, monkeypatch, FF_SPEC)
    assert text.startswith("t.vpmu:4:23: error: property 'p' must be bool, got bv8\n")


def test_form_feed_caret_shows_the_right_line(tmp_path, monkeypatch):
    text = render(tmp_path, monkeypatch, FF_SPEC)
    assert text == ("t.vpmu:4:23: error: property 'p' must be bool, got bv8\n"
                    "  property p: invariant x\n"
                    "                        ^\n")


def test_form_feed_end_of_file_line_number(tmp_path, monkeypatch):
    text = render(tmp_path, monkeypatch, "spec t\n\x0c\nvar x: bv8 =\n")
    assert text.startswith("t.vpmu:3:13: error: unexpected end of file")


def test_huge_constant_shift_is_a_spec_error(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    write_files(tmp_path, "spec t\nconst K = 1 << 0xffffffffffffffff\n")
    module, ts, err = load_one("t.vpmu")
    assert err is not None and err[0].span.line == 2


def test_huge_constant_shift_does_not_leak_a_traceback(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    write_files(tmp_path, "spec t\nconst K = 1 << 0xffffffffffffffff\n")
    out, err = io.StringIO(), io.StringIO()
    rc = main(["check", "t.vpmu", "--depth", "1", "-j", "1", "--no-timing",
               "--engine", "bmc"], out, err)
    assert rc == 2
    assert "Traceback" not in out.getvalue() + err.getvalue()
