import sys

try:
    import lark  # noqa: F401
    import z3  # noqa: F401
except ImportError as exc:      # say what to install, not a traceback
    sys.stderr.write(f"vpmu-formal: missing dependency '{exc.name}'; install the project "
                     "first: python -m pip install -e .\n")
    sys.exit(2)

from .cli import entry_point

entry_point()
