"""Shared helpers for the errdecode package tests: running `python -m errdecode` as a process."""

from __future__ import annotations

import json
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any, List, Optional

import pytest

REPO = Path(__file__).resolve().parents[2]


@dataclass
class Run:
    status: int
    stdout: str
    stderr: str

    def json_lines(self) -> List[Any]:
        return [json.loads(line) for line in self.stdout.splitlines()]


def run_cli(*args: str, stdin: Optional[bytes] = None, cwd: Optional[Path] = None) -> Run:
    """Runs `python -m errdecode ARGS` in a fresh interpreter (stdin closed unless given)."""
    proc = subprocess.run(
        [sys.executable, "-m", "errdecode", *args],
        input=stdin if stdin is not None else b"",
        capture_output=True,
        timeout=60,
        cwd=cwd,
    )
    return Run(proc.returncode, proc.stdout.decode("utf-8"), proc.stderr.decode("utf-8"))


@pytest.fixture
def cli(tmp_path: Path):
    """`python -m errdecode` from a directory with nothing importable in it (the installed package runs)."""
    return lambda *args, stdin=None: run_cli(*args, stdin=stdin, cwd=tmp_path)
