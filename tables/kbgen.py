#!/usr/bin/env python3
"""Validate the knowledge base (tables/kb/*.toml).

    kbgen.py --check [KB_DIR]        validate; exit 1 with file:line messages

gen_tables.py uses load() to turn the validated entries into C++.

Standard library only (tomllib, Python >= 3.11). Output is deterministic: entries are sorted by
namespace and code, languages by name, and the file is rewritten only when its content changes.
"""
from __future__ import annotations

import argparse
import pathlib
import re
import sys
import tomllib

NAMESPACES = ("hresult", "win32", "ntstatus", "caa", "aadsts", "m365", "symptom", "certflag")
CODE_FORMS = {
    "hresult": re.compile(r"0x[0-9A-F]{8}"),
    "ntstatus": re.compile(r"0x[0-9A-F]{8}"),
    "certflag": re.compile(r"0x[0-9A-F]{8}"),
    "win32": re.compile(r"0|[1-9][0-9]{0,9}"),
    "caa": re.compile(r"CAA[0-9A-F]{5}"),
    "aadsts": re.compile(r"AADSTS[1-9][0-9]{0,8}"),
    "m365": re.compile(r"[0-9A-Za-z][0-9A-Za-z_.-]{0,31}"),
    "symptom": re.compile(r"[a-z0-9]+(-[a-z0-9]+)*"),
}
TEXT_FIELDS = ("summary", "explanation")
LIST_FIELDS = ("messages", "keywords")
ENTRY_KEYS = {"namespace", "code", "names", "sources", "summary", "explanation", "messages",
              "keywords", "related", "steps", "family"}
STEP_KEYS = {"text", "command", "reference"}
NAME_FORM = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
URL_FORM = re.compile(r"https://[^\s\"'<>]+\.[^\s\"'<>]+")
LANG_FORM = re.compile(r"[a-z]{2,3}(-[A-Za-z0-9]+)?")


class KbError(Exception):
    pass


def entry_lines(text: str) -> tuple[list[int], list[list[int]]]:
    """Line numbers of each [[entry]] header and of the [[entry.steps]] headers under it."""
    entries: list[int] = []
    steps: list[list[int]] = []
    for number, line in enumerate(text.splitlines(), start=1):
        stripped = line.strip()
        if re.fullmatch(r"\[\[\s*entry\s*\]\]", stripped):
            entries.append(number)
            steps.append([])
        elif re.fullmatch(r"\[\[\s*entry\s*\.\s*steps\s*\]\]", stripped) and steps:
            steps[-1].append(number)
    return entries, steps


class Checker:
    def __init__(self) -> None:
        self.errors: list[str] = []
        self.languages: set[str] = set()

    def fail(self, where: str, message: str) -> None:
        self.errors.append(f"{where}: {message}")

    def text_map(self, where: str, field: str, value: object) -> dict[str, str] | None:
        if not isinstance(value, dict) or not value:
            self.fail(where, f"'{field}' must be a table of languages, e.g. {{ en = \"...\", ja = \"...\" }}")
            return None
        out: dict[str, str] = {}
        for lang, text in value.items():
            if not LANG_FORM.fullmatch(lang):
                self.fail(where, f"'{field}': '{lang}' is not a language code")
            elif not isinstance(text, str) or not text.strip():
                self.fail(where, f"'{field}.{lang}' is empty")
            else:
                out[lang] = text.strip()
        if "en" not in value:
            self.fail(where, f"'{field}' has no English ('en') text")
        self.languages.update(out)
        return out

    def list_map(self, where: str, field: str, value: object) -> dict[str, list[str]]:
        if not isinstance(value, dict):
            self.fail(where, f"'{field}' must be a table of languages to lists of strings")
            return {}
        out: dict[str, list[str]] = {}
        for lang, items in value.items():
            if not LANG_FORM.fullmatch(lang):
                self.fail(where, f"'{field}': '{lang}' is not a language code")
            elif not isinstance(items, list) or not all(isinstance(i, str) and i.strip() for i in items):
                self.fail(where, f"'{field}.{lang}' must be a list of non-empty strings")
            else:
                out[lang] = [i.strip() for i in items]
        return out

    def entry(self, where: str, raw: object, step_lines: list[int], path: str) -> dict | None:
        if not isinstance(raw, dict):
            self.fail(where, "entry is not a table")
            return None
        for key in raw:
            if key not in ENTRY_KEYS:
                self.fail(where, f"unknown key '{key}' (allowed: {', '.join(sorted(ENTRY_KEYS))})")
        namespace = raw.get("namespace")
        code = raw.get("code")
        if namespace not in NAMESPACES:
            self.fail(where, f"namespace {namespace!r} is not one of {', '.join(NAMESPACES)}")
            return None
        if not isinstance(code, str) or not CODE_FORMS[namespace].fullmatch(code):
            self.fail(where, f"code {code!r} is not a canonical {namespace} code (see tables/kb/README.md)")
            return None
        where = f"{where}: {namespace}:{code}"
        if namespace == "certflag" and bin(int(code, 16)).count("1") != 1:
            self.fail(where, "a certflag code must have exactly one bit set")
        names = raw.get("names", [])
        if not isinstance(names, list) or not all(isinstance(n, str) and NAME_FORM.fullmatch(n) for n in names):
            self.fail(where, "'names' must be a list of identifiers")
            names = []
        sources = raw.get("sources")
        if not isinstance(sources, list) or not sources:
            self.fail(where, "'sources' must list at least one source")
            sources = []
        for source in sources:
            if not isinstance(source, str) or not source.strip():
                self.fail(where, "a source is empty")
            elif source.startswith("http") and not URL_FORM.fullmatch(source.split(" ", 1)[0]):
                self.fail(where, f"source {source!r} is not a valid https URL")
        entry = {"namespace": namespace, "code": code, "names": names, "sources": sources,
                 "family": raw.get("family", ""), "file": path}
        for field in TEXT_FIELDS:
            entry[field] = self.text_map(where, field, raw.get(field))
        for field in LIST_FIELDS:
            entry[field] = self.list_map(where, field, raw.get(field, {}))
        related = raw.get("related", [])
        if not isinstance(related, list) or not all(isinstance(r, str) and ":" in r for r in related):
            self.fail(where, "'related' must be a list of 'namespace:code' strings")
            related = []
        entry["related"] = related
        steps = raw.get("steps")
        if not isinstance(steps, list) or not steps:
            self.fail(where, "at least one remediation step ([[entry.steps]]) is required")
            steps = []
        entry["steps"] = []
        for index, step in enumerate(steps):
            line = step_lines[index] if index < len(step_lines) else None
            step_where = f"{path}:{line}" if line else where
            step_where += f": step {index + 1}"
            if not isinstance(step, dict):
                self.fail(step_where, "step is not a table")
                continue
            for key in step:
                if key not in STEP_KEYS:
                    self.fail(step_where, f"unknown key '{key}' (allowed: command, reference, text)")
            text = self.text_map(step_where, "text", step.get("text"))
            command = step.get("command", "")
            reference = step.get("reference", "")
            if not isinstance(command, str) or ("command" in step and not command.strip()):
                self.fail(step_where, "'command' is empty")
                command = ""
            if not isinstance(reference, str) or ("reference" in step and not URL_FORM.fullmatch(reference)):
                self.fail(step_where, f"reference {reference!r} is not a valid https URL")
                reference = ""
            entry["steps"].append({"text": text, "command": command.strip(), "reference": reference})
        return entry

    def file(self, path: pathlib.Path) -> list[dict]:
        try:
            text = path.read_text(encoding="utf-8")
        except UnicodeDecodeError as error:
            self.fail(str(path), f"not UTF-8: {error}")
            return []
        try:
            data = tomllib.loads(text)
        except tomllib.TOMLDecodeError as error:
            self.fail(str(path), f"not valid TOML: {error}")
            return []
        unknown = set(data) - {"entry"}
        if unknown:
            self.fail(str(path), f"unknown top-level keys {sorted(unknown)}; entries go in [[entry]] tables")
        raw_entries = data.get("entry", [])
        if not isinstance(raw_entries, list):
            self.fail(str(path), "'entry' must be an array of tables ([[entry]])")
            return []
        lines, step_lines = entry_lines(text)
        out = []
        for index, raw in enumerate(raw_entries):
            line = lines[index] if index < len(lines) else 0
            steps = step_lines[index] if index < len(step_lines) else []
            entry = self.entry(f"{path}:{line}", raw, steps, f"{path}")
            if entry is not None:
                entry["line"] = line
                out.append(entry)
        return out

    def completeness(self, entries: list[dict]) -> None:
        """Every text field carries every language the knowledge base uses."""
        for entry in entries:
            where = f"{entry['file']}:{entry['line']}: {entry['namespace']}:{entry['code']}"
            fields = [(f, entry[f]) for f in TEXT_FIELDS]
            fields += [(f"step {i + 1} text", s["text"]) for i, s in enumerate(entry["steps"])]
            for field, value in fields:
                if value is None:
                    continue
                for lang in sorted(self.languages - set(value)):
                    self.fail(where, f"'{field}' has no '{lang}' text")


def load(kb_dir: pathlib.Path) -> tuple[list[dict], list[str]]:
    checker = Checker()
    entries: list[dict] = []
    files = sorted(kb_dir.glob("*.toml"))
    if not files:
        raise KbError(f"{kb_dir}: no *.toml files")
    for path in files:
        entries.extend(checker.file(path))
    checker.completeness(entries)
    seen: dict[tuple[str, str], str] = {}
    for entry in entries:
        key = (entry["namespace"], entry["code"])
        here = f"{entry['file']}:{entry['line']}"
        if key in seen:
            checker.fail(here, f"duplicate entry {key[0]}:{key[1]} (first defined at {seen[key]})")
        else:
            seen[key] = here
    for entry in entries:
        for related in entry["related"]:
            namespace, _, code = related.partition(":")
            if (namespace, code) not in seen:
                checker.fail(f"{entry['file']}:{entry['line']}", f"related entry {related} does not exist")
    if checker.errors:
        raise KbError("\n".join(checker.errors))
    entries.sort(key=lambda e: (NAMESPACES.index(e["namespace"]), e["code"]))
    return entries, sorted(checker.languages, key=lambda lang: (lang != "en", lang))


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("kb_dir", nargs="?", default=str(pathlib.Path(__file__).parent / "kb"))
    parser.add_argument("--check", action="store_true", help="validate (the default)")
    args = parser.parse_args(argv)
    try:
        entries, languages = load(pathlib.Path(args.kb_dir))
    except KbError as error:
        print(f"kbgen: knowledge base is invalid:\n{error}", file=sys.stderr)
        return 1
    steps = sum(len(e["steps"]) for e in entries)
    print(f"kbgen: {len(entries)} entries, {steps} steps, languages {', '.join(languages)}: ok")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
