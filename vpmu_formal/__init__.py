"""vpmu-formal: a formal model and checker of KVM x86 virtual-PMU invariants."""

__version__ = "0.1.0"
