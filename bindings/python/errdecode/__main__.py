"""python -m errdecode: the errdecode command line (the same one the C++ tool runs).

Same flags, output, JSON Lines and exit status as ``errdecode``; it reads the process's stdin and
writes its stdout, so pipes work as they do with the C++ tool.
"""

from __future__ import annotations

import os
import sys
from typing import Optional, Sequence

from . import _core


def main(argv: Optional[Sequence[str]] = None) -> int:
    """Runs the command line with ``argv`` (default: ``sys.argv[1:]``); returns the exit status."""
    args = sys.argv[1:] if argv is None else list(argv)
    # The C++ side writes to file descriptors 1 and 2: anything Python buffered must go out first.
    for stream in (sys.stdout, sys.stderr):
        if stream is not None:
            stream.flush()
    # As bytes: an argument that is not UTF-8 reaches the CLI exactly as the C++ tool would see it.
    return _core.cli([b"errdecode", *(os.fsencode(a) for a in args)])


if __name__ == "__main__":
    sys.exit(main())
