#!/usr/bin/env python3
"""Prints the benchmark table with ratios against the peers.

    report.py BENCH_JSON CLI_JSON PYTHON_OUTPUT_FILE
"""
from __future__ import annotations

import json
import sys

# (library benchmark, peer benchmark it is compared with)
PEERS = {"decode_hex": "peer_hex", "decode_hex_names_only": "peer_hex", "decode_name": "peer_name",
         "values_of_name": "peer_name"}


def ns(row: dict) -> float:
    scale = {"ns": 1, "us": 1e3, "ms": 1e6, "s": 1e9}[row["time_unit"]]
    return row["cpu_time"] * scale


def main(argv: list[str]) -> int:
    with open(argv[1], encoding="utf-8") as f:
        bench = json.load(f)
    rows = {}
    for row in bench["benchmarks"]:
        if row.get("aggregate_name", "median") == "median":
            rows[row["run_name"] if "run_name" in row else row["name"]] = row
    print("Library calls (median CPU time per call; allocations counted by a global operator new)")
    print(f"  {'benchmark':<24}{'time/call':>14}{'allocs/call':>13}   vs peer")
    for name, row in rows.items():
        t = ns(row)
        shown = f"{t / 1e3:.1f} us" if t >= 1e4 else f"{t:.1f} ns"
        peer = PEERS.get(name)
        ratio = f"{t / ns(rows[peer]):.2f}x {peer}" if peer in rows else ""
        print(f"  {name:<24}{shown:>14}{row.get('allocs_per_call', 0):>13.2f}   {ratio}")

    with open(argv[2], encoding="utf-8") as f:
        cli = json.load(f)
    print(f"\nCLI start-up ({cli['runs']} runs each, wall time per run)")
    print(f"  {'command':<34}{'best':>10}{'median':>10}   vs true")
    base = cli["true"]["median_ms"]
    for label, name in (("errdecode 0x80070005", "cli_decode"), ("true", "true"), ("python3 -c pass", "python3_pass")):
        r = cli[name]
        print(f"  {label:<34}{r['best_ms']:>8.2f}ms{r['median_ms']:>8.2f}ms   {r['median_ms'] / base:.1f}x")
    print("\nFootprint")
    print(f"  liberrdecode.a (installed)        {cli['library_archive_bytes'] / 1024:,.0f} KiB")
    print(f"  errdecode CLI binary              {cli['cli_binary_bytes'] / 1024:,.0f} KiB")
    print(f"  peak RSS, one CLI decode          {cli['cli_peak_rss_kb']:,} KiB (true: {cli['true_peak_rss_kb']:,} KiB)")

    with open(argv[3], encoding="utf-8") as f:
        python = f.read().strip()
    print("\nPython")
    if python.startswith("{"):
        p = json.loads(python)
        print(f"  errdecode.decode     {p['errdecode_decode_ns']:.0f} ns/call")
        print(f"  dict lookup (peer)   {p['dict_lookup_ns']:.0f} ns/call   ratio {p['ratio']:.2f}x")
    else:
        print(f"  {python}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
