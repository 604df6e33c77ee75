"""The kernel side of the models: an index of KVM's PMU functions, the
`cites` references that point into it, model coverage, and patch review."""
