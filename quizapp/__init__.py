"""Stack or Heap: learn where Go puts memory.

The package is layered (see docs/architecture.md): ``analysis`` turns Go
source into escape verdicts, ``quiz`` holds questions and progress,
``diagram`` lays out memory pictures and ``ui`` wires them into a window.
"""

__version__ = "0.1.0"

GO_VERSION = "go1.27.3"
"""The compiler release whose answers the app reproduces."""
