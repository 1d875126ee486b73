#!/usr/bin/env python3
"""Benchmark of `errdecode scan --summary` against its peers, measured side by side in the same run.

    python3 bench/scan_bench.py [--size-mb 200] [--small-mb 50] [--runs 3] [--cli build/examples/errdecode]

Generates synthetic logs into build/bench/ (bench/gen_scan_log.py; not committed), then times on the
larger one, best of --runs with a warm page cache:
  - errdecode scan --summary FILE
  - rg -c with a pattern for the same forms (ripgrep, single file: one thread, like the scanner)
  - a Python `re` + Counter script doing the same job (bench/py_scan_peer.py)
and prints a table with time, throughput, peak RSS (GNU time) and the ratios. Peak RSS of errdecode is also measured
on the smaller log to show it stays flat. Exit status 1 when a target is missed (errdecode no slower than
1.5x rg, at least 10x faster than Python).
"""
import argparse
import os
import pathlib
import shutil
import subprocess
import sys
import time

ROOT = pathlib.Path(__file__).resolve().parent.parent

# The forms the scanner looks for, for ripgrep: 0x + 8 hex, CAA, AADSTS, names, a context word + number,
# full-width 0x and エラー.
RG_PATTERN = (r"0[xX][0-9A-Fa-f]{8}(?-u:\b)|(?-u:\b)(?i:CAA)[0-9A-Fa-f]{5}(?-u:\b)|(?-u:\b)(?i:AADSTS)[0-9]+(?-u:\b)"
              r"|(?-u:\b)[A-Z][A-Z0-9]*_[A-Za-z0-9_]+(?-u:\b)"
              r"|(?-u:\b)(?i:hr|hresult|error|err|errorcode|error_code|lasterror|getlasterror)(?-u:\b)[^0-9A-Za-z\n]{0,6}-?[0-9A-Fa-f]+(?-u:\b)"
              r"|０ｘ|エラー")


def run(cmd, runs):
    """Best wall time and the peak RSS (KiB, from GNU time) of one command, output discarded."""
    best, rss = float("inf"), 0
    for _ in range(runs):
        start = time.perf_counter()
        proc = subprocess.run(["/usr/bin/time", "-f", "%M"] + cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        elapsed = time.perf_counter() - start
        if proc.returncode not in (0, 1):
            sys.exit(f"scan_bench: {' '.join(map(str, cmd))} failed ({proc.returncode}): {proc.stderr.decode()}")
        best, rss = min(best, elapsed), max(rss, int(proc.stderr.decode().split()[-1]))
    return best, rss


def generate(path, size_mb):
    if path.exists() and path.stat().st_size >= size_mb * 1024 * 1024:
        return
    print(f"generating {path} ({size_mb} MB)...", flush=True)
    subprocess.run([sys.executable, str(ROOT / "bench/gen_scan_log.py"), str(path), str(size_mb)], check=True)


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--size-mb", type=int, default=200)
    ap.add_argument("--small-mb", type=int, default=50)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--cli", default=str(ROOT / "build/examples/errdecode"))
    args = ap.parse_args()
    rg = shutil.which("rg")
    if not rg or not os.access(args.cli, os.X_OK) or not os.access("/usr/bin/time", os.X_OK):
        sys.exit("scan_bench: needs ripgrep (rg), GNU time (/usr/bin/time) and a built errdecode (scripts/setup.sh)")
    out_dir = ROOT / "build/bench"
    out_dir.mkdir(parents=True, exist_ok=True)
    big, small = out_dir / f"scan_{args.size_mb}mb.log", out_dir / f"scan_{args.small_mb}mb.log"
    generate(big, args.size_mb)
    generate(small, args.small_mb)
    for f in (big, small):  # warm the page cache so every tool reads from memory
        with open(f, "rb") as fh:
            while fh.read(1 << 24):
                pass

    mb = big.stat().st_size / 1e6
    ours = run([args.cli, "scan", "--summary", str(big)], args.runs)
    ours_small = run([args.cli, "scan", "--summary", str(small)], args.runs)
    peer_rg = run([rg, "-c", "--no-config", RG_PATTERN, str(big)], args.runs)
    peer_py = run([sys.executable, str(ROOT / "bench/py_scan_peer.py"), str(big)], 1)

    print(f"\nscan benchmark: {big.name} ({mb:.0f} MB), best of {args.runs} (Python: 1 run)\n")
    print(f"{'tool':34} {'time s':>8} {'MB/s':>8} {'peak RSS MiB':>13} {'errdecode is':>16}")
    rows = [("errdecode scan --summary", ours), ("rg -c (same forms)", peer_rg), ("python re + Counter", peer_py)]
    for name, (t, rss) in rows:
        ratio = "" if name.startswith("errdecode") else f"{t / ours[0]:.2f}x faster"
        print(f"{name:34} {t:8.3f} {mb / t:8.0f} {rss / 1024:13.1f} {ratio:>16}")
    small_mb = small.stat().st_size / 1e6
    print(f"\npeak RSS of errdecode scan --summary: {ours_small[1] / 1024:.1f} MiB on {small_mb:.0f} MB, "
          f"{ours[1] / 1024:.1f} MiB on {mb:.0f} MB")
    vs_rg, vs_py = ours[0] / peer_rg[0], peer_py[0] / ours[0]
    print(f"errdecode / rg time ratio: {vs_rg:.2f} (target <= 1.5); Python / errdecode: {vs_py:.1f} (target >= 10)")
    return 0 if vs_rg <= 1.5 and vs_py >= 10 else 1


if __name__ == "__main__":
    sys.exit(main())
