"""Conformance of the KVM_SET_PMU_EVENT_FILTER model with the running kernel.

The validation part of the filter model (specs/filter/filter_common.vpmu,
action `kvm_vm_ioctl_set_pmu_event_filter`, and the documented outcome
`doc_ioctl_ret`) predicts the ioctl's return code for any argument.  This
test sends arguments to the real ioctl on a fresh VM (/dev/kvm) and
compares:

* one call per validation outcome, each found by Z3 as a witness of a
  `cover` goal of specs/filter/filter_outcomes.vpmu (through the project's
  BMC engine, with `amd` pinned by a one-line variant of that spec); the
  model's own return value is read from the witness trace;
* RANDOM_INPUTS calls from a fixed seed, predicted by `predict()` below
  (which mirrors the spec rule by rule) and, where the model can represent
  the call (nevents <= NSLOTS or > 300), also by the spec itself: a cover
  goal pinning the call's recorded arguments, whose witness shows the
  model's return value.

Vendor.  Only one rule depends on the vendor: in masked mode, event-select
bits 35:32 are valid on AMD (AMD64_EVENTSEL_EVENT) and -EINVAL on Intel
(ARCH_PERFMON_EVENTSEL_EVENT).  What decides is kvm_pmu_ops.EVENTSEL_EVENT
of the loaded KVM vendor module, so the vendor is taken from kvm_intel /
kvm_amd when one is loaded (and must agree with /proc/cpuinfo).  With any
other vendor module (e.g. kvm_pvm, which runs without VMX/SVM) the CPU
vendor does not decide, and the test requires every kernel answer to
agree with the model at one vendor, which it reports.

Skips (never fails) when /dev/kvm is missing or cannot be opened, a VM
cannot be created, or KVM_CAP_PMU_EVENT_FILTER /
KVM_CAP_PMU_EVENT_MASKED_EVENTS are not reported.
"""
from __future__ import annotations

import errno
import fcntl
import os
import random
import struct
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
OUTCOMES_SPEC = ROOT / "specs" / "filter" / "filter_outcomes.vpmu"

# ---- uapi (include/uapi/linux/kvm.h, arch/x86/include/uapi/asm/kvm.h) -------
KVMIO = 0xAE
_IOC_NONE, _IOC_WRITE = 0, 1


def _ioc(direction: int, typ: int, nr: int, size: int) -> int:
    # asm-generic/ioctl.h: dir 31:30, size 29:16, type 15:8, nr 7:0
    return (direction << 30) | (size << 16) | (typ << 8) | nr


KVM_GET_API_VERSION = _ioc(_IOC_NONE, KVMIO, 0x00, 0)
KVM_CREATE_VM = _ioc(_IOC_NONE, KVMIO, 0x01, 0)
KVM_CHECK_EXTENSION = _ioc(_IOC_NONE, KVMIO, 0x03, 0)
KVM_CAP_PMU_EVENT_FILTER = 173
KVM_CAP_PMU_EVENT_MASKED_EVENTS = 226
# struct kvm_pmu_event_filter { __u32 action, nevents, fixed_counter_bitmap,
# flags; __u32 pad[4]; __u64 events[]; }: 32 bytes before the flexible array.
FILTER_HEADER = struct.Struct("<IIII4I")
assert FILTER_HEADER.size == 32
# #define KVM_SET_PMU_EVENT_FILTER _IOW(KVMIO, 0xb2, struct kvm_pmu_event_filter)
KVM_SET_PMU_EVENT_FILTER = _ioc(_IOC_WRITE, KVMIO, 0xB2, FILTER_HEADER.size)

# ---- the rules, mirrored from the spec ---------------------------------------
# Each constant and branch names the spec line it mirrors
# (specs/lib/filter.vpmu, specs/filter/filter_common.vpmu).
KVM_PMU_EVENT_ALLOW, KVM_PMU_EVENT_DENY = 0, 1                 # lib/filter.vpmu
KVM_PMU_EVENT_FLAGS_VALID_MASK = 1                              # lib/filter.vpmu
KVM_PMU_EVENT_FILTER_MAX_EVENTS = 300                           # lib/filter.vpmu
ARCH_PERFMON_EVENTSEL_EVENT = 0xFF                              # lib/filter.vpmu
AMD64_EVENTSEL_EVENT = 0xF000000FF                              # lib/filter.vpmu
KVM_PMU_MASKED_ENTRY_UMASK_MASK = 0xFF00000000000000            # lib/filter.vpmu
KVM_PMU_MASKED_ENTRY_UMASK_MATCH = 0xFF00                       # lib/filter.vpmu
KVM_PMU_MASKED_ENTRY_EXCLUDE = 1 << 55                          # lib/filter.vpmu
NSLOTS = 2                                                      # filter_common.vpmu `const NSLOTS`
U64 = (1 << 64) - 1

OK, EINVAL, E2BIG = 0, -errno.EINVAL, -errno.E2BIG
# enum IoctlRet { RET_NONE, RET_OK, RET_EINVAL, RET_E2BIG } (filter_common.vpmu)
MODEL_RET = {"RET_OK": OK, "RET_EINVAL": EINVAL, "RET_E2BIG": E2BIG}


def predict(amd: bool, action: int, flags: int, nevents: int, events: list[int]) -> int:
    """The return code of KVM_SET_PMU_EVENT_FILTER per the model, for any
    nevents (the ioctl action of filter_common.vpmu, in its order)."""
    # `if act != KVM_PMU_EVENT_ALLOW && act != KVM_PMU_EVENT_DENY` -> RET_EINVAL
    if action not in (KVM_PMU_EVENT_ALLOW, KVM_PMU_EVENT_DENY):
        return EINVAL
    # `if (flags & ~KVM_PMU_EVENT_FLAGS_VALID_MASK) != 0` -> RET_EINVAL
    if flags & ~KVM_PMU_EVENT_FLAGS_VALID_MASK:
        return EINVAL
    # `if nevents > KVM_PMU_EVENT_FILTER_MAX_EVENTS` -> RET_E2BIG
    if nevents > KVM_PMU_EVENT_FILTER_MAX_EVENTS:
        return E2BIG
    # `if masked && !is_masked_filter_valid(...)` -> RET_EINVAL, with
    # `let kvm_eventsel_event` and `def masked_entry_in_mask`.  Non-masked
    # entries are never rejected (`def plain_entry_kept` only drops them).
    if flags & 1:
        evsel = AMD64_EVENTSEL_EVENT if amd else ARCH_PERFMON_EVENTSEL_EVENT
        valid = (evsel | KVM_PMU_MASKED_ENTRY_UMASK_MASK | KVM_PMU_MASKED_ENTRY_UMASK_MATCH
                 | KVM_PMU_MASKED_ENTRY_EXCLUDE)
        if any(e & ~valid & U64 for e in events[:nevents]):
            return EINVAL
    # fixed_counter_bitmap and pad are copied, never checked -> RET_OK
    return OK


# ---- the kernel ---------------------------------------------------------------

class Kvm:
    def __init__(self, kvm_fd: int, vm_fd: int):
        self.kvm_fd = kvm_fd
        self.vm_fd = vm_fd

    def set_filter(self, action: int, nevents: int, fixed: int, flags: int, pad: int,
                   events: list[int]) -> int:
        """Calls the ioctl; 0 or -errno.  The buffer holds exactly the
        entries the kernel may read: nevents of them when nevents <= 300
        (it reads none otherwise: -E2BIG comes before the copy)."""
        n_buf = nevents if nevents <= KVM_PMU_EVENT_FILTER_MAX_EVENTS else 0
        ev = (list(events) + [0] * n_buf)[:n_buf]
        buf = bytearray(FILTER_HEADER.pack(action, nevents, fixed, flags, pad, 0, 0, 0)
                        + b"".join(struct.pack("<Q", e & U64) for e in ev))
        try:
            return fcntl.ioctl(self.vm_fd, KVM_SET_PMU_EVENT_FILTER, buf, True)
        except OSError as exc:
            return -exc.errno


@pytest.fixture(scope="module")
def kvm():
    try:
        kvm_fd = os.open("/dev/kvm", os.O_RDWR | os.O_CLOEXEC)
    except OSError as exc:
        pytest.skip(f"/dev/kvm not usable: {exc}")
    try:
        try:
            if fcntl.ioctl(kvm_fd, KVM_GET_API_VERSION, 0) != 12:
                pytest.skip("unexpected KVM API version")
            caps = {c: fcntl.ioctl(kvm_fd, KVM_CHECK_EXTENSION, c)
                    for c in (KVM_CAP_PMU_EVENT_FILTER, KVM_CAP_PMU_EVENT_MASKED_EVENTS)}
        except OSError as exc:
            pytest.skip(f"KVM ioctls not usable: {exc}")
        if not caps[KVM_CAP_PMU_EVENT_FILTER]:
            pytest.skip("KVM_CAP_PMU_EVENT_FILTER not supported")
        if not caps[KVM_CAP_PMU_EVENT_MASKED_EVENTS]:
            pytest.skip("KVM_CAP_PMU_EVENT_MASKED_EVENTS not supported")
        try:
            vm_fd = fcntl.ioctl(kvm_fd, KVM_CREATE_VM, 0)
        except OSError as exc:
            pytest.skip(f"KVM_CREATE_VM failed: {exc}")
        try:
            yield Kvm(kvm_fd, vm_fd)
        finally:
            os.close(vm_fd)
    finally:
        os.close(kvm_fd)


def cpuinfo_vendor() -> str | None:
    try:
        text = Path("/proc/cpuinfo").read_text()
    except OSError:
        return None
    for line in text.splitlines():
        if line.startswith("vendor_id"):
            v = line.split(":", 1)[1].strip()
            return {"GenuineIntel": "intel", "AuthenticAMD": "amd",
                    "HygonGenuine": "amd"}.get(v)
    return None


def kvm_vendor_module() -> str | None:
    """'intel' / 'amd' when kvm_intel / kvm_amd is loaded (their
    kvm_pmu_ops.EVENTSEL_EVENT decide), None for any other vendor module."""
    if Path("/sys/module/kvm_intel").exists():
        return "intel"
    if Path("/sys/module/kvm_amd").exists():
        return "amd"
    return None


def vendor_candidates() -> list[str]:
    module = kvm_vendor_module()
    if module is not None:
        cpu = cpuinfo_vendor()
        assert cpu in (None, module), f"kvm_{module} loaded on a {cpu} CPU"
        return [module]
    return ["intel", "amd"]


def agreeing_vendors(calls: list[tuple], candidates: list[str]) -> list[str]:
    """The vendors at which the model predicts every kernel answer."""
    return [v for v in candidates if all(_predict(v, args) == got for args, got in calls)]


# ---- the model, through the project's API -------------------------------------

def _load(path: Path):
    from vpmu_formal.check import load_one
    module, ts, err = load_one(str(path))
    assert err is None, f"spec error in {path}: {err[0]}"
    return module, ts


def pinned_variant(tmp_path: Path, vendor: str, extra: str = "") -> Path:
    """filter_outcomes.vpmu with `amd` pinned (and extra declarations)."""
    path = tmp_path / f"pinned_{vendor}.vpmu"
    pin = "amd" if vendor == "amd" else "!amd"
    path.write_text(f'spec filter_outcomes_{vendor} "pinned to {vendor}"\n'
                    f'  extends "{OUTCOMES_SPEC}"\n'
                    f"assume pin_vendor: {pin}\n{extra}")
    return path


def witness_call(module, ts, prop_name: str) -> tuple[tuple, int]:
    """BMC witness of a cover goal: the ioctl's arguments and the model's
    return value after it."""
    from vpmu_formal.check import base_fields
    from vpmu_formal.engines import bmc
    from vpmu_formal.results import Verdict
    prop = next(p for p in ts.properties if p.name == prop_name)
    res = bmc.check(ts, prop, 2, 60.0, base_fields(ts, prop, module.sources))
    assert res.verdict is Verdict.COVERED, (prop_name, res.verdict, res.reason)
    step = [s for s in res.trace.steps if s.action == "kvm_vm_ioctl_set_pmu_event_filter"][-1]
    inp = {name: shown.value for name, shown in step.inputs}
    ret = dict(res.trace.final)["ioctl_ret"]
    model_ret = MODEL_RET[ret.type.members[ret.value]]
    events = [inp[f"ev{k}"] for k in range(NSLOTS)]
    return (inp["act"], inp["nevents"], inp["fixed_counter_bitmap"], inp["flags"],
            inp["pad"], events), model_ret


# Validation outcomes: the cover goals of filter_outcomes.vpmu, and the
# vendor they need (None: either).
OUTCOME_COVERS = {
    "out_ok": None,
    "out_einval_bad_action": None,
    "out_einval_bad_flags": None,
    "out_e2big": None,
    "out_einval_masked_unused_bits": None,
    "out_einval_masked_high_select_intel": "intel",
    "out_ok_masked_high_select_amd": "amd",
    "out_ok_plain_unused_bits": None,
    "out_ok_unvalidated_pad_and_bitmap": None,
}


# A call is (action, nevents, fixed_counter_bitmap, flags, pad, events),
# the order of Kvm.set_filter.
def _predict(vendor: str, args: tuple) -> int:
    action, nevents, fixed, flags, pad, events = args
    return predict(vendor == "amd", action, flags, nevents, events)


def test_ioctl_number_matches_uapi_header():
    # _IOW('K'=0xAE, 0xb2, struct kvm_pmu_event_filter): 32-byte struct.
    assert KVM_SET_PMU_EVENT_FILTER == 0x4020AEB2
    assert (KVM_GET_API_VERSION, KVM_CREATE_VM, KVM_CHECK_EXTENSION) == (0xAE00, 0xAE01, 0xAE03)


def test_one_call_per_validation_outcome(kvm, tmp_path):
    calls = []          # ((action, nevents, fixed, flags, pad, events), kernel answer)
    report = []
    for vendor in vendor_candidates():
        module, ts = _load(pinned_variant(tmp_path, vendor))
        for cover, needs in OUTCOME_COVERS.items():
            if needs not in (None, vendor):
                continue
            args, model_ret = witness_call(module, ts, cover)
            # The Python mirror agrees with the spec on the spec's own witness.
            assert _predict(vendor, args) == model_ret, (cover, vendor, args)
            got = kvm.set_filter(*args)
            calls.append((args, got))
            report.append((vendor, cover, model_ret, got, args))
    for vendor, cover, want, got, args in report:
        print(f"{vendor:5s} {cover:40s} model={want:4d} kernel={got:4d} "
              f"action={args[0]:#x} nevents={args[1]} flags={args[3]:#x} "
              f"events={[hex(e) for e in args[5][:min(args[1], NSLOTS)]]}")
    _assert_agreement(calls, report)


def _assert_agreement(calls, report):
    candidates = vendor_candidates()
    agree = agreeing_vendors(calls, candidates)
    if not agree:
        bad = [(v, c, w, g, a) for v, c, w, g, a in report if w != g]
        pytest.fail("the kernel disagrees with the model at every vendor in "
                    f"{candidates}; mismatches at the pinned vendor: {bad}")
    print(f"kernel agrees with the model at vendor(s) {agree} "
          f"(cpuinfo: {cpuinfo_vendor()}, vendor module: {kvm_vendor_module() or 'other'}); "
          f"{len(calls)} calls")


RANDOM_INPUTS = 50
SEED = 0x5EED_0002


def _random_entry(rng: random.Random, kind: int) -> int:
    sel = rng.randrange(0x1000)
    if kind == 0:       # KVM_PMU_ENCODE_MASKED_ENTRY(sel, mask, match, exclude), 12-bit select
        return ((sel & 0xFF) | ((sel & 0xF00) << 24) | (rng.randrange(256) << 56)
                | (rng.randrange(256) << 8) | (rng.randrange(2) << 55))
    if kind == 1:       # the same with an 8-bit select (valid on Intel too)
        return ((sel & 0xFF) | (rng.randrange(256) << 56) | (rng.randrange(256) << 8)
                | (rng.randrange(2) << 55))
    if kind == 2:       # plain event select + umask (12-bit select)
        return (sel & 0xFF) | ((sel & 0xF00) << 24) | (rng.randrange(256) << 8)
    if kind == 3:       # an unused bit (31:16 or 54:36) on top of a valid entry
        bit = rng.choice(list(range(16, 32)) + list(range(36, 55)))
        return ((sel & 0xFF) | (rng.randrange(256) << 8)) | (1 << bit)
    if kind == 4:       # eventsel-like: EN, USR, OS set (unused in filter entries)
        return (sel & 0xFF) | (rng.randrange(256) << 8) | (1 << 22) | (3 << 16)
    return rng.getrandbits(64)


# Entry mixes: Intel-valid masked entries, AMD-valid masked entries, plain
# entries, anything.
_PROFILES = [(1,), (0, 1), (1, 2), (0, 1, 2, 3, 4, 5)]


def random_calls(n: int) -> list[tuple]:
    rng = random.Random(SEED)
    out = []
    for _ in range(n):
        action = rng.choice([0, 1, 0, 1, 0, 1, 2, rng.getrandbits(32)])
        flags = rng.choice([0, 1, 0, 1, 0, 1, 2, 3, rng.getrandbits(32)])
        nevents = rng.choice([0, 1, 2, 1, 2, 2, rng.randrange(3, 301), 300, 301,
                              rng.randrange(302, 1 << 32)])
        k = nevents if nevents <= KVM_PMU_EVENT_FILTER_MAX_EVENTS else NSLOTS
        profile = rng.choice(_PROFILES)
        events = [_random_entry(rng, rng.choice(profile)) for _ in range(k)]
        fixed = rng.choice([0, 1, 7, rng.getrandbits(32)])
        pad = rng.choice([0, rng.getrandbits(32)])
        out.append((action, nevents, fixed, flags, pad, events))
    return out


def _model_cover(i: int, args: tuple) -> str:
    """A cover goal that pins the recorded call; its witness shows the
    model's return value."""
    action, nevents, fixed, flags, pad, events = args
    terms = ["ioctl_ret != RET_NONE", f"in_action == {action:#x}", f"in_flags == {flags:#x}",
             f"in_nevents == {nevents:#x}", f"in_fixed == {fixed:#x}", f"in_pad == {pad:#x}"]
    for k in range(min(nevents, NSLOTS)):
        terms.append(f"in_ev[{k}] == {events[k]:#x}")
    return f"cover random_{i}: " + " && ".join(terms) + "\n"


def test_random_inputs(kvm, tmp_path):
    from vpmu_formal.check import base_fields
    from vpmu_formal.engines import bmc
    from vpmu_formal.results import Verdict
    inputs = random_calls(RANDOM_INPUTS)
    candidates = vendor_candidates()
    # The spec's own answer where it can represent the call.
    modelled = [i for i, a in enumerate(inputs)
                if a[1] <= NSLOTS or a[1] > KVM_PMU_EVENT_FILTER_MAX_EVENTS]
    spec_checked = 0
    for vendor in candidates:
        extra = "".join(_model_cover(i, inputs[i]) for i in modelled)
        module, ts = _load(pinned_variant(tmp_path, vendor, extra))
        for i in modelled:
            prop = next(p for p in ts.properties if p.name == f"random_{i}")
            res = bmc.check(ts, prop, 1, 60.0, base_fields(ts, prop, module.sources))
            assert res.verdict is Verdict.COVERED, (i, res.verdict, res.reason)
            ret = dict(res.trace.final)["ioctl_ret"]
            assert MODEL_RET[ret.type.members[ret.value]] == _predict(vendor, inputs[i]), \
                (vendor, i, inputs[i])
            spec_checked += 1
    calls = [(a, kvm.set_filter(*a)) for a in inputs]
    report = []
    for a, got in calls:
        want = {v: _predict(v, a) for v in ("intel", "amd")}
        report.append((candidates[0], "random", want[candidates[0]], got, a))
        print(f"action={a[0]:#x} nevents={a[1]} flags={a[3]:#x} fixed={a[2]:#x} "
              f"model(intel)={want['intel']} model(amd)={want['amd']} kernel={got}")
    print(f"{len(inputs)} random calls; {spec_checked} also evaluated on the spec")
    _assert_agreement(calls, report)
    # The seed reaches every outcome class.
    answers = {got for _, got in calls}
    assert {OK, EINVAL, E2BIG} <= answers, answers
