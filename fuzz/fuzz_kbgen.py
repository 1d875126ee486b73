#!/usr/bin/env python3
"""Fuzz the knowledge-base checker (tables/kbgen.py): whatever a kb/*.toml file holds, kbgen.load()
returns entries or raises KbError (a message with file and line) -- never another exception.

    fuzz_kbgen.py CORPUS_DIR [libFuzzer options]         with atheris (PyPI), coverage-guided
    fuzz_kbgen.py --random SECONDS CORPUS_DIR            without it: random mutations of the corpus

An input's first byte picks the mode: raw bytes written as the file (TOML syntax, encodings), or a
structure built from the remaining bytes and written as valid TOML (types and values the checker must
reject by name). Reproduce a finding with: fuzz_kbgen.py CRASH_FILE
"""
from __future__ import annotations

import math
import pathlib
import random
import sys
import tempfile
import time

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent.parent / "tables"))
import kbgen  # noqa: E402

ENTRY_KEYS = sorted(kbgen.ENTRY_KEYS) + ["bogus"]
STEP_KEYS = sorted(kbgen.STEP_KEYS)
WORDS = ["en", "ja", "hresult", "win32", "ntstatus", "caa", "aadsts", "m365", "symptom", "certflag",
         "0x8004011D", "0x0000000F", "5", "CAA20002", "AADSTS50076", "x-y", "https://example.com/a", "http:/x",
         "E_FAIL", "hresult:0x8004011D", "", " ", "%s", "\u6697\u53f7"]


class Bytes:
    """A tiny FuzzedDataProvider: draws choices from the input, zeros when it runs out."""

    def __init__(self, data: bytes) -> None:
        self.data, self.at = data, 0

    def byte(self) -> int:
        if self.at >= len(self.data):
            return 0
        self.at += 1
        return self.data[self.at - 1]

    def pick(self, items: list):
        return items[self.byte() % len(items)]


def value(b: Bytes, depth: int = 0):
    kind = b.byte() % (8 if depth < 3 else 5)
    if kind == 0:
        return b.pick(WORDS)
    if kind == 1:
        return int.from_bytes(bytes(b.byte() for _ in range(4)), "little", signed=True)
    if kind == 2:
        return b.byte() % 2 == 0
    if kind == 3:
        return b.byte() / 7.0
    if kind == 4:
        return "".join(chr(b.byte() or 0x3000) for _ in range(b.byte() % 6))
    if kind == 5:
        return [value(b, depth + 1) for _ in range(b.byte() % 4)]
    if kind == 6:
        return {b.pick(["en", "ja", "xx", "EN", "text"]): value(b, depth + 1) for _ in range(b.byte() % 4)}
    return {"text": {"en": b.pick(WORDS), "ja": b.pick(WORDS)}}


def toml_value(v) -> str:
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, int):
        return str(v)
    if isinstance(v, float):
        return repr(v) if math.isfinite(v) else "nan"
    if isinstance(v, str):
        return '"' + "".join(c if c.isprintable() and c not in '"\\' else f"\\u{ord(c):04X}" for c in v) + '"'
    if isinstance(v, list):
        return "[" + ", ".join(toml_value(i) for i in v) + "]"
    return "{" + ", ".join(f"{toml_value(str(k))} = {toml_value(i)}" for k, i in v.items()) + "}"


def structured(b: Bytes) -> str:
    """Valid TOML: one to three [[entry]] tables with fuzzed keys, values and steps."""
    out = []
    for _ in range(1 + b.byte() % 3):
        out.append("[[entry]]")
        out.append(f'namespace = {toml_value(b.pick(list(kbgen.NAMESPACES) + ["bogus"]))}')
        out.append(f"code = {toml_value(b.pick(WORDS))}")
        for key in {b.pick(ENTRY_KEYS) for _ in range(b.byte() % 8)} - {"namespace", "code", "steps"}:
            out.append(f"{key} = {toml_value(value(b))}")
        for _ in range(b.byte() % 3):
            out.append("[[entry.steps]]")
            for key in {b.pick(STEP_KEYS) for _ in range(1 + b.byte() % 3)}:
                out.append(f"{key} = {toml_value(value(b))}")
    return "\n".join(out) + "\n"


def one_input(data: bytes) -> None:
    mode, rest = (data[0], data[1:]) if data else (0, b"")
    content = structured(Bytes(rest)).encode() if mode % 4 == 3 else rest
    with tempfile.TemporaryDirectory() as kb:
        pathlib.Path(kb, "fuzz.toml").write_bytes(content)
        try:
            entries, languages = kbgen.load(pathlib.Path(kb))
        except kbgen.KbError as error:
            assert str(error), "KbError without a message"
            return
    assert isinstance(entries, list) and isinstance(languages, list)
    assert not entries or languages[0] == "en", "entries without English first"


def mutate(data: bytes, rng: random.Random) -> bytes:
    b = bytearray(data)
    for _ in range(rng.randint(1, 8)):
        op = rng.randrange(5)
        at = rng.randrange(len(b) + 1)
        if op == 0 and b:
            del b[min(at, len(b) - 1)]
        elif op == 1:
            b[at:at] = bytes([rng.randrange(256)])
        elif op == 2 and b:
            b[min(at, len(b) - 1)] = rng.choice(b"[]{}=\"'\n,.#\\0x \x00\xff")
        elif op == 3:
            b[at:at] = rng.choice(WORDS).encode()
        elif op == 4 and len(b) > 2:
            start = rng.randrange(len(b) - 1)
            b[at:at] = b[start:start + rng.randint(1, 64)]
    return bytes(b)


def random_run(seconds: float, corpus: pathlib.Path) -> int:
    seeds = [p.read_bytes() for p in sorted(corpus.iterdir()) if p.is_file()] or [b""]
    rng = random.Random(20240601)
    deadline, runs = time.monotonic() + seconds, 0
    while time.monotonic() < deadline:
        data = mutate(rng.choice(seeds), rng)
        data = bytes([rng.randrange(256)]) + data
        try:
            one_input(data)
        except Exception:
            found = pathlib.Path(f"kbgen-crash-{runs}")
            found.write_bytes(data)
            print(f"fuzz_kbgen: finding saved to {found}", file=sys.stderr)
            raise
        runs += 1
    print(f"fuzz_kbgen: {runs} runs in {seconds:g} s (random mutation), no findings")
    return 0


def main(argv: list[str]) -> int:
    if argv[1:2] == ["--random"]:
        return random_run(float(argv[2]), pathlib.Path(argv[3]))
    if len(argv) == 2 and pathlib.Path(argv[1]).is_file():  # reproduce one input
        one_input(pathlib.Path(argv[1]).read_bytes())
        print("fuzz_kbgen: no finding")
        return 0
    import atheris
    atheris.instrument_all()  # coverage feedback from kbgen (and tomllib) as already imported
    atheris.Setup(argv, one_input)
    atheris.Fuzz()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
