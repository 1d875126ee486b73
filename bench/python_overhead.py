#!/usr/bin/env python3
"""Per-call cost of errdecode.decode from Python against a dict lookup in pure Python.

    python_overhead.py SYMBOLS_TSV

Prints JSON, or "skipped: errdecode Python package not installed" when the module cannot be imported
(install it with `pip install .` from the checkout).
"""
from __future__ import annotations

import json
import sys
import timeit

CODES = ["0x80070005", "0x8004011D", "0x80004005", "0x800CCC0E", "0x80072EE2", "0x8007000E", "0x80040154",
         "0xC0000022", "0x80090326", "0x800CCC0F", "0x80070057", "0x8004010F", "0x80072F8F", "0x8000FFFF",
         "0x80040115", "0x8004DEAD"]


def peer(tsv: str):
    """What a script would write: int(text, 16) and a dict from value to names."""
    names: dict[int, list[str]] = {}
    with open(tsv, encoding="utf-8") as f:
        for line in f:
            if line.startswith("#"):
                continue
            space, value, name, *_ = line.rstrip("\n").split("\t")
            names.setdefault(int(value, 0), []).append(name)

    def lookup(text: str):
        try:
            return names.get(int(text, 16))
        except ValueError:
            return None
    return lookup


def per_call_ns(function, number: int) -> float:
    def loop():
        for code in CODES:
            function(code)
    best = min(timeit.repeat(loop, number=number, repeat=5))
    return best / (number * len(CODES)) * 1e9


def main(argv: list[str]) -> int:
    try:
        import errdecode
    except ImportError:
        print("skipped: errdecode Python package not installed")
        return 0
    lookup = peer(argv[1])
    report = {
        "errdecode_decode_ns": per_call_ns(errdecode.decode, 2000),
        "dict_lookup_ns": per_call_ns(lookup, 20000),
    }
    report["ratio"] = report["errdecode_decode_ns"] / report["dict_lookup_ns"]
    print(json.dumps(report))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
