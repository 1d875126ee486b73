#!/usr/bin/env python3
"""Generate the library's static tables (C++) from the text tables in this folder.

    gen_tables.py --out tables.cpp [--tables DIR]    write the C++ (only when its content changes)
    gen_tables.py --check [--tables DIR]             validate everything, write nothing

Inputs: symbols/symbols.tsv and symbols/facilities.tsv (made by import_mingw.py), families.toml, and the
knowledge base kb/*.toml (validated by kbgen.py). Standard library only; deterministic output.
"""
from __future__ import annotations

import argparse
import pathlib
import re
import sys
import tomllib

sys.path.insert(0, str(pathlib.Path(__file__).parent))
import kbgen  # noqa: E402

SPACES = kbgen.NAMESPACES
ENUM = {space: f"code_space::{space}" for space in SPACES}
NUMERIC = {"hresult", "win32", "ntstatus", "caa", "aadsts", "certflag"}
# Prefixes stripped when turning a symbolic name into a readable fallback summary.
_PREFIXES = ("ERROR STATUS E S MAPI_E MAPI_W NERR SEC_E SEC_I CO_E RPC_E RPC_S RPC_X RPC_NT DBG CERT_E CRYPT_E "
             "NTE TRUST_E TPM_E TBS_E WSA DNS_ERROR COR_E CTL_E BG_E BG_S DB_E DB_S E_ADS S_ADS SCARD_E SCARD_W "
             "OLE_E DISP_E TYPE_E STG_E REGDB_E CLASS_E MK_E CS_E DRAGDROP_E WU_E FVE_E FWP_E ERROR_WINHTTP "
             "ERROR_INTERNET ERROR_HTTP ERROR_FTP").split()
PREFIX = re.compile("^(" + "|".join(sorted(_PREFIXES, key=len, reverse=True)) + ")_")
# Which name leads a run of aliases: the baseline header's first, then the shortest.
HEADER_RANK = {"winerror.h": 0, "ntstatus.h": 1, "mapicode.h": 2, "lmerr.h": 3, "wininet.h": 4, "winhttp.h": 5}


class GenError(Exception):
    pass


def cpp_string(text: str) -> str:
    """A C++ string_view literal that survives any byte (UTF-8 kept as escaped bytes)."""
    out = []
    for byte in text.encode("utf-8"):
        char = chr(byte)
        if char == "\\":
            out.append("\\\\")
        elif char == '"':
            out.append('\\"')
        elif 0x20 <= byte < 0x7F and char != "?":
            out.append(char)
        else:
            out.append(f"\\{byte:03o}")
    return f'"{"".join(out)}"sv'


def code_value(space: str, code: str, ordinal: int) -> int:
    if space in ("hresult", "ntstatus", "certflag"):
        return int(code, 16)
    if space == "win32":
        return int(code)
    if space == "caa":
        return 0xCAA00000 | int(code[3:], 16)
    if space == "aadsts":
        return int(code[6:])
    return ordinal


def read_tsv(path: pathlib.Path, columns: int) -> list[tuple[str, ...]]:
    rows = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line or line.startswith("#"):
            continue
        fields = tuple(line.split("\t"))
        if len(fields) != columns:
            raise GenError(f"{path}:{number}: expected {columns} tab-separated columns, found {len(fields)}")
        rows.append(fields)
    return rows


def parse_value(path: pathlib.Path, space: str, text: str) -> int:
    try:
        value = int(text, 0) if text.startswith("0x") else int(text, 10)
    except ValueError:
        raise GenError(f"{path}: malformed value {text!r}") from None
    if not 0 <= value <= 0xFFFFFFFF or (space == "win32" and value > 0xFFFF):
        raise GenError(f"{path}: value {text!r} out of range for {space}")
    return value


def fallback_summary(name: str) -> str:
    words = PREFIX.sub("", name).split("_")
    if len(words) < 2 and "_" not in PREFIX.sub("", name):
        return name
    phrase = " ".join(w.lower() for w in words if w)
    return phrase[:1].upper() + phrase[1:] if phrase else name


def load_families(path: pathlib.Path, languages: list[str]) -> tuple[list[dict], list[tuple[str, int, int, int]]]:
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    families, rules = [], []
    seen = set()
    for index, family in enumerate(data.get("family", [])):
        where = f"{path}: family {family.get('id', index)}"
        if family.get("id") in seen or not re.fullmatch(r"[a-z0-9-]+", family.get("id", "")):
            raise GenError(f"{where}: missing, malformed or duplicate id")
        seen.add(family["id"])
        for field in ("label", "description"):
            value = family.get(field)
            if not isinstance(value, dict) or "en" not in value:
                raise GenError(f"{where}: '{field}' needs English text")
            for lang in languages:
                if lang not in value:
                    raise GenError(f"{where}: '{field}' has no '{lang}' text")
        if not family.get("sources"):
            raise GenError(f"{where}: no sources")
        for rule in family.get("rules", []):
            if rule.get("space") not in SPACES:
                raise GenError(f"{where}: rule space {rule.get('space')!r} unknown")
            mask, match = rule.get("mask", 0), rule.get("match", 0)
            if match & ~mask:
                raise GenError(f"{where}: rule match has bits outside its mask")
            rules.append((rule["space"], mask, match, index))
        families.append(family)
    if not families:
        raise GenError(f"{path}: no families")
    return families, rules


def build(tables: pathlib.Path, kb: pathlib.Path) -> dict:
    entries, languages = kbgen.load(kb)
    families, family_rules = load_families(tables / "families.toml", languages)
    family_index = {f["id"]: i for i, f in enumerate(families)}
    symbols_path = tables / "symbols" / "symbols.tsv"
    ranked: dict[tuple[str, int], set[tuple[int, int, str]]] = {}
    for space, value, name, header in read_tsv(symbols_path, 4):
        if space not in SPACES:
            raise GenError(f"{symbols_path}: unknown namespace {space!r}")
        key = (space, parse_value(symbols_path, space, value))
        ranked.setdefault(key, set()).add((HEADER_RANK.get(header, len(HEADER_RANK)), len(name), name))
    names: dict[tuple[str, int], list[str]] = {}
    for key, run in ranked.items():
        for _rank, _length, name in sorted(run):
            if name not in names.setdefault(key, []):
                names[key].append(name)
    facilities_path = tables / "symbols" / "facilities.tsv"
    facilities = sorted({(space, parse_value(facilities_path, "hresult", code), name)
                         for space, code, name, _h in read_tsv(facilities_path, 4)},
                        key=lambda r: (SPACES.index(r[0]), r[1], r[2]))
    ordinals: dict[str, int] = {}
    for entry in entries:
        ordinal = ordinals.get(entry["namespace"], 0)
        ordinals[entry["namespace"]] = ordinal + 1
        entry["value"] = code_value(entry["namespace"], entry["code"], ordinal)
        if entry["family"] and entry["family"] not in family_index:
            raise GenError(f"{entry['file']}:{entry['line']}: unknown family {entry['family']!r}")
        key = (entry["namespace"], entry["value"])
        run = names.setdefault(key, [])
        for name in entry["names"]:
            if name not in run:
                run.append(name)
    keyed_entries = {(e["namespace"], e["value"]): i for i, e in enumerate(entries)}
    rows = sorted(names, key=lambda k: (SPACES.index(k[0]), k[1]))
    return {"entries": entries, "languages": languages, "families": families, "family_rules": family_rules,
            "family_index": family_index, "names": names, "rows": rows, "facilities": facilities,
            "keyed_entries": keyed_entries}


def emit(data: dict, out: pathlib.Path, tables: pathlib.Path) -> None:
    s = cpp_string
    entries, languages, rows, names = data["entries"], data["languages"], data["rows"], data["names"]
    lines = [f"// Generated by tables/gen_tables.py from {tables.name}/ (symbols/*.tsv, families.toml, kb/*.toml).",
             "// DO NOT EDIT: change the tables and rebuild.",
             '#include "tables.hpp"', "", "namespace errdecode::detail {", "using namespace std::string_view_literals;",
             ""]
    # Names: one flat array, a contiguous run per code row.
    flat: list[str] = []
    row_lines = []
    entry_row_of: dict[int, int] = {}
    for index, key in enumerate(rows):
        run = names[key]
        entry = data["keyed_entries"].get(key, -1)
        if entry >= 0:
            entry_row_of[entry] = index
        fallback = fallback_summary(run[0]) if run else ""
        row_lines.append(f"    {{{ENUM[key[0]]}, 0x{key[1]:08X}u, {len(flat)}u, {len(run)}u, {entry}, {s(fallback)}}},")
        flat.extend(run)
    lines += ["const std::string_view names[] = {"] + [f"    {s(n)}," for n in flat] + ["    \"\"sv,", "};", ""]
    lines += ["const code_row code_rows[] = {"] + row_lines + ["};", f"const std::size_t code_row_count = {len(rows)};", ""]
    name_index = sorted({(n.upper(), i) for i, key in enumerate(rows) for n in names[key]},
                        key=lambda r: (r[0].encode(), r[1]))
    lines += ["const name_row name_rows[] = {"] + [f"    {{{s(n)}, {i}u}}," for n, i in name_index] + ["};",
              f"const std::size_t name_row_count = {len(name_index)};", ""]
    lines += ["const facility_row facility_rows[] = {"]
    lines += [f"    {{{ENUM[sp]}, {code}, {s(name)}}}," for sp, code, name in data["facilities"]]
    lines += ["};", f"const std::size_t facility_row_count = {len(data['facilities'])};", ""]
    # Curated entries: language-neutral lists first.
    lists: list[str] = []
    list_names: dict[tuple[str, ...], str] = {}

    def string_list(label: str, items: list[str]) -> str:
        if not items:
            return "{}"
        if tuple(items) not in list_names:
            list_names[tuple(items)] = name = f"list_{len(lists)}"
            lists.append(f"const std::string_view {name}[] = {{{', '.join(s(i) for i in items)}}};  // {label}")
        return f"{{{list_names[tuple(items)]}, {len(items)}}}"

    entry_lines = []
    for index, e in enumerate(entries):
        messages = [m for lang in sorted(e["messages"]) for m in e["messages"][lang]]
        message_langs = [lang for lang in sorted(e["messages"]) for _ in e["messages"][lang]]
        keywords = [k for lang in sorted(e["keywords"]) for k in e["keywords"][lang]]
        keyword_langs = [lang for lang in sorted(e["keywords"]) for _ in e["keywords"][lang]]
        family = data["family_index"].get(e["family"], -1) if e["family"] else -1
        tag = f"{e['namespace']}:{e['code']}"
        entry_lines.append(
            f"    {{{ENUM[e['namespace']]}, 0x{e['value']:08X}u, {s(e['code'])}, {entry_row_of[index]}u, {family}, "
            f"{string_list(tag + ' sources', e['sources'])}, {string_list(tag + ' related', e['related'])}, "
            f"{string_list(tag + ' messages', messages)}, {string_list(tag + ' message languages', message_langs)}, "
            f"{string_list(tag + ' keywords', keywords)}, {string_list(tag + ' keyword languages', keyword_langs)}, "
            f"{s(pathlib.Path(e['file']).name)}}},")

    def pick(texts: dict[str, str], lang: str) -> tuple[str, str]:
        return (texts[lang], lang) if lang in texts else (texts["en"], "en")

    text_lines = []
    for li, lang in enumerate(languages):
        step_lines = []
        rows_for_lang = []
        for index, e in enumerate(entries):
            first = len(step_lines)
            for st in e["steps"]:
                value, used = pick(st["text"], lang)
                step_lines.append(f"    {{{{{s(value)}, {s(used)}}}, {s(st['command'])}, {s(st['reference'])}}},")
            summary, sl = pick(e["summary"], lang)
            explanation, el = pick(e["explanation"], lang)
            rows_for_lang.append(f"    {{{{{s(summary)}, {s(sl)}}}, {{{s(explanation)}, {s(el)}}}, "
                                 f"{{steps_{li} + {first}, {len(e['steps'])}}}}},")
        text_lines += [f"const step steps_{li}[] = {{"] + (step_lines or ["    {},"]) + ["};"]
        text_lines += [f"const entry_text texts_{li}[] = {{"] + (rows_for_lang or ["    {},"]) + ["};", ""]
    lines += lists + [""]
    lines += ["const entry_row entry_rows[] = {"] + (entry_lines or ["    {},"]) + ["};",
              f"const std::size_t entry_row_count = {len(entries)};", ""]
    lines += text_lines
    lines += ["const entry_text* const entry_texts[] = {" + ", ".join(f"texts_{i}" for i in range(len(languages))) + "};", ""]
    for li, lang in enumerate(languages):
        lines.append(f"const family families_{li}[] = {{")
        for f in data["families"]:
            label, ll = pick(f["label"], lang)
            desc, dl = pick(f["description"], lang)
            lines.append(f"    {{{s(f['id'])}, {{{s(label)}, {s(ll)}}}, {{{s(desc)}, {s(dl)}}}}},")
        lines.append("};")
    lines += ["const family* const family_texts[] = {" + ", ".join(f"families_{i}" for i in range(len(languages))) + "};",
              f"const std::size_t family_count = {len(data['families'])};", ""]
    lines += ["const family_rule family_rules[] = {"]
    lines += [f"    {{{ENUM[sp]}, 0x{m:08X}u, 0x{v:08X}u, {fi}}}," for sp, m, v, fi in data["family_rules"]]
    lines += ["};", f"const std::size_t family_rule_count = {len(data['family_rules'])};", ""]
    lines += ["const std::string_view language_names[] = {" + ", ".join(s(l) for l in languages) + "};",
              f"const std::size_t language_count = {len(languages)};", "", "}  // namespace errdecode::detail", ""]
    text = "\n".join(lines)
    if not out.exists() or out.read_text(encoding="utf-8") != text:
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(text, encoding="utf-8")


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--tables", default=str(pathlib.Path(__file__).parent))
    parser.add_argument("--kb", help="knowledge-base folder (default: TABLES/kb)")
    parser.add_argument("--out")
    parser.add_argument("--check", action="store_true")
    args = parser.parse_args(argv)
    tables = pathlib.Path(args.tables)
    try:
        data = build(tables, pathlib.Path(args.kb) if args.kb else tables / "kb")
    except (kbgen.KbError, GenError, tomllib.TOMLDecodeError, OSError) as error:
        print(f"gen_tables: tables are invalid:\n{error}", file=sys.stderr)
        return 1
    if args.out and not args.check:
        emit(data, pathlib.Path(args.out), tables)
    print(f"gen_tables: {len(data['rows'])} codes, {len(data['entries'])} curated entries, "
          f"{len(data['families'])} families, languages {', '.join(data['languages'])}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
