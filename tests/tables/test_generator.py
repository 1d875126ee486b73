#!/usr/bin/env python3
"""The table generator rejects each kind of malformed table with the file and line, and accepts a good one.

    test_generator.py TABLES_DIR      (run by CTest; prints 'N passed, N failed')
"""
from __future__ import annotations

import pathlib
import re
import shutil
import subprocess
import sys
import tempfile

GOOD = '''
[[entry]]
namespace = "hresult"
code = "0x8004011D"
sources = ["mapicode.h (mingw-w64)"]
summary = { en = "One line.", ja = "一行。" }
explanation = { en = "Why.", ja = "理由。" }

[[entry.steps]]
text = { en = "Do this.", ja = "これを行います。" }
command = "outlook.exe /safe"
reference = "https://support.microsoft.com/office/x"
'''

# (name, text of kb/test.toml, fragment the error must contain, line the error must name or None)
CASES = [
    ("malformed hex", GOOD.replace('"0x8004011D"', '"0x8004011G"'), "not a canonical hresult code", 2),
    ("lower-case hex", GOOD.replace('"0x8004011D"', '"0x8004011d"'), "not a canonical hresult code", 2),
    ("win32 in hex", GOOD.replace('namespace = "hresult"', 'namespace = "win32"'), "not a canonical win32", 2),
    ("unknown namespace", GOOD.replace('"hresult"', '"nonsense"'), "namespace 'nonsense'", 2),
    ("duplicate key", GOOD + GOOD, "duplicate entry hresult:0x8004011D", 14),
    ("missing language", GOOD.replace(', ja = "理由。"', ""), "'explanation' has no 'ja' text", 2),
    ("missing English", GOOD.replace('en = "Why.", ', ""), "no English", 2),
    ("empty step text", GOOD.replace('en = "Do this."', 'en = "  "'), "'text.en' is empty", 9),
    ("no steps", GOOD.split("[[entry.steps]]")[0], "at least one remediation step", 2),
    ("broken reference", GOOD.replace("https://support.microsoft.com/office/x", "htp:/broken"), "not a valid https URL", 9),
    ("http reference", GOOD.replace("https://support", "http://support"), "not a valid https URL", 9),
    ("no sources", GOOD.replace('sources = ["mapicode.h (mingw-w64)"]', "sources = []"), "at least one source", 2),
    ("unknown key", GOOD.replace("sources =", "colour = 1\nsources ="), "unknown key 'colour'", 2),
    ("empty command", GOOD.replace('"outlook.exe /safe"', '""'), "'command' is empty", 9),
    ("bad related", GOOD.replace("sources =", 'related = ["win32:99999"]\nsources ='), "related entry win32:99999", 2),
    ("two-bit certflag", GOOD.replace('"hresult"', '"certflag"').replace("0x8004011D", "0x00000003"),
     "exactly one bit", 2),
    ("not TOML", GOOD.replace("[[entry]]", "[[entry"), "(at line 2", None),
]


def run(tables: pathlib.Path, kb_text: str) -> subprocess.CompletedProcess:
    with tempfile.TemporaryDirectory() as scratch:
        kb = pathlib.Path(scratch) / "kb"
        kb.mkdir()
        (kb / "test.toml").write_text(kb_text, encoding="utf-8")
        out = pathlib.Path(scratch) / "tables.cpp"
        return subprocess.run([sys.executable, str(tables / "gen_tables.py"), "--tables", str(tables), "--kb", str(kb),
                               "--out", str(out)], capture_output=True, text=True)


def main() -> int:
    tables = pathlib.Path(sys.argv[1])
    passed = failed = 0
    good = run(tables, GOOD)
    if good.returncode == 0 and "1 curated entries" in good.stdout:
        passed += 1
    else:
        failed += 1
        print(f"FAIL good table rejected: {good.stderr}")
    # A third language is data only: the generator takes it and lists it after English.
    french = GOOD.replace('ja = "一行。"', 'ja = "一行。", fr = "Une ligne."').replace(
        'ja = "理由。"', 'ja = "理由。", fr = "Pourquoi."').replace('ja = "これを行います。"', 'ja = "これを行います。", fr = "Faire ceci."')
    with tempfile.TemporaryDirectory() as scratch:
        copy = pathlib.Path(scratch) / "tables"
        shutil.copytree(tables, copy, ignore=shutil.ignore_patterns("kb"))
        families = copy / "families.toml"
        families.write_text(re.sub(r'(ja = "[^"]*")', r'\1, fr = "Famille."', families.read_text(encoding="utf-8")),
                            encoding="utf-8")
        third = run(copy, french)
    if third.returncode == 0 and "languages en, fr, ja" in third.stdout:
        passed += 1
    else:
        failed += 1
        print(f"FAIL a third language was not taken: {third.stdout}{third.stderr}")
    for name, text, fragment, line in CASES:
        result = run(tables, text)
        where = f"test.toml:{line}" if line else "test.toml"
        if result.returncode != 0 and fragment in result.stderr and where in result.stderr:
            passed += 1
        else:
            failed += 1
            print(f"FAIL {name}: exit {result.returncode}, expected '{fragment}' at {where}:\n{result.stderr}")
    # A malformed symbol row fails too.
    with tempfile.TemporaryDirectory() as scratch:
        copy = pathlib.Path(scratch) / "tables"
        shutil.copytree(tables, copy, ignore=shutil.ignore_patterns("kb"))
        (copy / "kb").mkdir()
        (copy / "kb" / "test.toml").write_text(GOOD, encoding="utf-8")
        with open(copy / "symbols" / "symbols.tsv", "a", encoding="utf-8") as f:
            f.write("hresult\t0xNOTHEX\tE_BROKEN\twinerror.h\n")
        result = subprocess.run([sys.executable, str(copy / "gen_tables.py"), "--check"], capture_output=True, text=True)
        if result.returncode != 0 and "malformed value" in result.stderr:
            passed += 1
        else:
            failed += 1
            print(f"FAIL malformed symbol row accepted: {result.stderr}")
    print(f"{passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
