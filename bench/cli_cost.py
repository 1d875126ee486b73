#!/usr/bin/env python3
"""Start-up cost and footprint of the errdecode CLI.

    cli_cost.py CLI_BINARY LIBRARY_ARCHIVE [RUNS]

Times RUNS runs (default 200) of `errdecode 0x80070005` against `true` and `python3 -c pass` (best of
and median wall time per run), reports the CLI binary and installed library sizes, and the peak RSS of
one CLI decode (from /usr/bin/time -v when installed, else from wait4's rusage). Prints JSON.
"""
from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import time


def wall_times(argv: list[str], runs: int) -> list[float]:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
        times.append(time.perf_counter() - start)
    return times


def peak_rss_kb(argv: list[str]) -> int:
    if os.path.exists("/usr/bin/time"):
        out = subprocess.run(["/usr/bin/time", "-v", *argv], capture_output=True, text=True).stderr
        for line in out.splitlines():
            if "Maximum resident set size" in line:
                return int(line.split(":")[1])
    pid = os.spawnv(os.P_NOWAIT, argv[0], argv)
    return os.wait4(pid, 0)[2].ru_maxrss


def main(argv: list[str]) -> int:
    cli, library = argv[1], argv[2]
    runs = int(argv[3]) if len(argv) > 3 else 200
    decode = [cli, "0x80070005"]
    if subprocess.run(decode, capture_output=True).returncode != 0:
        print(f"{cli} 0x80070005 failed", file=sys.stderr)
        return 1
    report = {"runs": runs}
    for label, command in (("cli_decode", decode), ("true", ["true"]), ("python3_pass", [sys.executable, "-c", "pass"])):
        wall_times(command, 5)  # warm the page cache
        t = wall_times(command, runs)
        report[label] = {"best_ms": min(t) * 1e3, "median_ms": statistics.median(t) * 1e3}
    report["cli_binary_bytes"] = os.path.getsize(cli)
    report["library_archive_bytes"] = os.path.getsize(library)
    report["cli_peak_rss_kb"] = peak_rss_kb(decode)
    report["true_peak_rss_kb"] = peak_rss_kb(["/bin/true"])
    print(json.dumps(report))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
