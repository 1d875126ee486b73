#!/usr/bin/env python3
"""Import error-code symbols from mingw-w64's public-domain headers into tables/symbols/.

    python3 tables/import_mingw.py [--include /usr/share/mingw-w64/include] [--out tables/symbols]

Reads the headers listed in HEADERS (Debian package mingw-w64-common), evaluates each `#define NAME EXPR`
whose EXPR reduces to an integer, keeps the names that the header's rule says are error codes, and
writes two tab-separated files, sorted with LC_ALL=C ordering and deduplicated:

    symbols.tsv     namespace  value  name  header
    facilities.tsv  namespace  code   name  header

The build reads those files; it never needs the headers. Re-run this script after upgrading the package
and commit the result (the package version is recorded in each file's banner).
"""
from __future__ import annotations

import argparse
import pathlib
import re
import subprocess
import sys

# header -> (names to keep, namespace rule). "hr" = HRESULT, "w32" = Win32 code, "nt" = NTSTATUS,
# "auto" = HRESULT when written through an HRESULT cast/typedef or wider than 16 bits, else Win32.
HEADERS: dict[str, tuple[str, str]] = {
    "winerror.h": (r"[A-Z][A-Za-z0-9_]*", "auto"),
    "ntstatus.h": (r"(STATUS|DBG|RPC_NT|EPT_NT)_[A-Z0-9_]+", "nt"),
    "mapicode.h": (r"MAPI_[EW]_[A-Z0-9_]+|SUCCESS_SUCCESS", "hr"),
    "lmerr.h": (r"NERR_[A-Za-z0-9_]+", "w32"),
    "wininet.h": (r"ERROR_(INTERNET|FTP|GOPHER|HTTP)_[A-Z0-9_]+", "w32"),
    "winhttp.h": (r"ERROR_WINHTTP_[A-Z0-9_]+", "w32"),
    "raserror.h": (r"ERROR_[A-Z0-9_]+", "w32"),
    "mprerror.h": (r"ERROR_[A-Z0-9_]+", "w32"),
    "olectl.h": (r"(CTL_E|CLASS_E|SELFREG_E|PERPROP_E|CONNECT_E)_[A-Z0-9_]+", "hr"),
    "corerror.h": (r"(COR_E|CORDBG_E|CORSEC_E|CLDB_E|META_E|VLDTR_E|FUSION_E|SECURITY_E|TLBX_E|CEE_E)_[A-Z0-9_]+", "hr"),
    "adserr.h": (r"E_ADS_[A-Z0-9_]+|S_ADS_[A-Z0-9_]+", "hr"),
    "bitsmsg.h": (r"BG_[ES]_[A-Z0-9_]+", "hr"),
    "oledberr.h": (r"DB_[ES]_[A-Z0-9_]+", "hr"),
    "fltwinerror.h": (r"ERROR_FLT_[A-Z0-9_]+", "hr"),
}
# Markers, masks and ranges that headers define beside the codes; they are not codes.
NOT_A_CODE = re.compile(
    r"^(FACILITY_|SEVERITY_|MAX_|_)|_(BASE|BASEERR|FIRST|LAST|MASK|START|END|MIN|MAX)$|BASEERR$|"
    r"^ERROR_SEVERITY_|^(NOERROR_MASK|WINERROR|WINAPI|ERROR_MASK)$|_H$"
)
DEFINE = re.compile(r"^\s*#\s*define\s+([A-Za-z_][A-Za-z0-9_]*)(\([^)]*\))?\s*(.*)$")
FACILITY = re.compile(r"FACILITY_[A-Z0-9_]+")
HRESULT_MARK = re.compile(r"_HRESULT_TYPEDEF_|[ES]MAKEHR|_CTL_SCODE|\(\s*HRESULT\s*\)|\(\s*SCODE\s*\)|MAKE_MAPI_E|HRESULT_FROM|MAKE_HRESULT|MAKE_SCODE")


def logical_lines(text: str) -> list[str]:
    text = re.sub(r"/\*.*?\*/", " ", text, flags=re.S)
    text = text.replace("\\\n", " ")
    return [re.sub(r"//.*", "", line) for line in text.splitlines()]


class Evaluator:
    """Reduces a C constant expression made of literals, casts, known names and a few macros."""

    MACROS = {
        "__MSABI_LONG": lambda x: x,
        "_HRESULT_TYPEDEF_": lambda x: x,
        "_NDIS_ERROR_TYPEDEF_": lambda x: x,
        "MAKE_MAPI_E": lambda x: 0x80040000 | x,
        "MAKE_MAPI_S": lambda x: 0x00040000 | x,
        "MAKE_HRESULT": lambda s, f, c: (s << 31) | (f << 16) | c,
        "MAKE_SCODE": lambda s, f, c: (s << 31) | (f << 16) | c,
        "HRESULT_FROM_WIN32": lambda x: x if x <= 0 or x > 0xFFFF else 0x80070000 | (x & 0xFFFF),
        "__HRESULT_FROM_WIN32": lambda x: x if x <= 0 or x > 0xFFFF else 0x80070000 | (x & 0xFFFF),
        "HRESULT_FROM_NT": lambda x: x | 0x10000000,
        "STD_CTL_SCODE": lambda n: 0x800A0000 | n,     # olectl.h: MAKE_SCODE(SEVERITY_ERROR, FACILITY_CONTROL, n)
        "CUSTOM_CTL_SCODE": lambda n: 0x800A0000 | n,
        "EMAKEHR": lambda n: 0x80130000 | n,           # corerror.h: MAKE_HRESULT(SEVERITY_ERROR, FACILITY_URT, n)
        "SMAKEHR": lambda n: 0x00130000 | n,
    }
    CASTS = re.compile(r"\(\s*(?:unsigned\s+)?(?:HRESULT|NTSTATUS|SCODE|DWORD|LONG|ULONG|__LONG32|long|int|"
                       r"unsigned|NDIS_STATUS|SECURITY_STATUS)\s*\)")

    def __init__(self) -> None:
        self.values: dict[str, int] = {}

    def evaluate(self, expr: str) -> int | None:
        expr = self.CASTS.sub(" ", expr)
        expr = re.sub(r"\b(0[xX][0-9A-Fa-f]+|[0-9]+)[uUlL]+\b", r"\1", expr)
        if re.search(r"[^\sA-Za-z0-9_()+\-|<>&~x,]", expr) or not expr.strip():
            return None
        names = dict(self.values)
        names.update(self.MACROS)
        try:
            value = eval(expr, {"__builtins__": {}}, names)  # noqa: S307 (only names/digits/operators pass)
        except Exception:
            return None
        if not isinstance(value, int) or callable(value):
            return None
        if -(1 << 31) <= value < (1 << 32):
            return value & 0xFFFFFFFF
        return None


def package_version() -> str:
    try:
        out = subprocess.run(["dpkg-query", "-W", "-f=${Version}", "mingw-w64-common"],
                             capture_output=True, text=True, check=True)
        return out.stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return "unknown"


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--include", default="/usr/share/mingw-w64/include")
    parser.add_argument("--out", default=str(pathlib.Path(__file__).parent / "symbols"))
    args = parser.parse_args(argv)
    include = pathlib.Path(args.include)
    out = pathlib.Path(args.out)
    evaluator = Evaluator()
    symbols: set[tuple[str, int, str, str]] = set()
    facilities: set[tuple[str, int, str, str]] = set()
    # winerror.h first: other headers refer to its names (E_FAIL, FACILITY_ITF).
    for header, (pattern, rule) in HEADERS.items():
        path = include / header
        if not path.exists():
            print(f"import_mingw: {path} not found", file=sys.stderr)
            return 1
        keep = re.compile(pattern)
        for line in logical_lines(path.read_text(encoding="latin-1")):
            match = DEFINE.match(line)
            if not match or match.group(2):
                continue
            name, expr = match.group(1), match.group(3).strip()
            value = evaluator.evaluate(expr)
            if value is None:
                continue
            evaluator.values[name] = value
            if FACILITY.fullmatch(name) and name != "FACILITY_NT_BIT":
                space = "ntstatus" if header == "ntstatus.h" else "hresult"
                facilities.add((space, value, name, header))
                continue
            if not keep.fullmatch(name) or NOT_A_CODE.search(name):
                continue
            if rule == "auto":
                space = "hresult" if HRESULT_MARK.search(expr) or value > 0xFFFF else "win32"
            else:
                space = {"hr": "hresult", "w32": "win32", "nt": "ntstatus"}[rule]
            if space == "win32" and value > 0xFFFF:
                continue  # a Win32 code is 16 bits; wider values here are flags or bases
            symbols.add((space, value, name, header))
    version = package_version()
    command = "python3 tables/import_mingw.py"
    banner = (f"# Generated by `{command}` from mingw-w64-common {version} (public domain headers).\n"
              f"# Do not edit by hand: re-run the command. Columns are tab-separated.\n")

    def write(path: pathlib.Path, columns: str, rows: set[tuple[str, int, str, str]], fmt) -> None:
        ordered = sorted(rows, key=lambda r: (r[0].encode(), r[1], r[2].encode(), r[3].encode()))
        lines = [banner, f"# {columns}\n"] + [f"{r[0]}\t{fmt(r)}\t{r[2]}\t{r[3]}\n" for r in ordered]
        path.write_text("".join(lines), encoding="utf-8")

    def value_text(row: tuple[str, int, str, str]) -> str:
        return str(row[1]) if row[0] == "win32" else f"0x{row[1]:08X}"

    out.mkdir(parents=True, exist_ok=True)
    write(out / "symbols.tsv", "namespace\tvalue\tname\theader", symbols, value_text)
    write(out / "facilities.tsv", "namespace\tcode\tname\theader", facilities, lambda r: str(r[1]))
    counts = {space: sum(1 for s in symbols if s[0] == space) for space in ("hresult", "win32", "ntstatus")}
    print(f"import_mingw: {len(symbols)} symbols {counts}, {len(facilities)} facilities -> {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
