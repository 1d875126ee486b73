"""python -m errdecode: the C++ command line, with the same JSON and exit status as the library objects."""

from __future__ import annotations

import os
import sys

import pytest

import errdecode
from errdecode.__main__ import main

CODES = ["0x8004011D", "-2147024891", "1001", "CAA50021", "AADSTS50076", "０ｘ８００４０１１Ｄ", "E_ACCESSDENIED",
         "0xC0000022", "80070005", "0x80041234"]


def test_to_dict_equals_cli_json_for_decode(cli):
    for lang in ("en", "ja"):
        run = cli("--json", "--lang", lang, *CODES)
        assert run.status == 1  # 0x80041234 is well-formed but unknown
        lines = run.json_lines()
        assert len(lines) == len(CODES)
        for code, line in zip(CODES, lines):
            assert errdecode.decode(code, lang=lang).to_dict() == line, code


def test_to_dict_equals_cli_json_for_cert_and_search(cli):
    run = cli("--json", "--lang", "ja", "--cert", "0x80000018", "0x1")
    assert run.status == 0
    assert run.json_lines() == [errdecode.decode_cert_flags(m, lang="ja").to_dict() for m in ("0x80000018", "0x1")]
    run = cli("--json", "search", "encrypted", "connection")
    assert run.status == 0
    (line,) = run.json_lines()
    assert line["input"] == "encrypted connection"
    assert line["hits"] == [h.to_dict() for h in errdecode.search("encrypted connection")]


def test_errors_in_json_match_decode_error(cli):
    run = cli("--json", "hello", "4294967296")
    assert run.status == 2
    for line, code in zip(run.json_lines(), ("hello", "4294967296")):
        try:
            errdecode.decode(code)
        except errdecode.DecodeError as e:
            assert line == {"input": code, "ok": False, "error": {"code": e.code, "message": e.message}}
        else:
            raise AssertionError(f"{code} decoded")


def test_exit_status(cli):
    assert cli("0x80070005").status == 0
    assert cli("0x80041234").status == 1          # well-formed, unknown
    assert cli("E_NOT_A_REAL_NAME_AT_ALL").status == 1
    assert cli("--cert", "0x100").status == 1     # a bit no table defines
    assert cli("search", "zzqqxxyy").status == 1  # no hit
    assert cli("hello").status == 2               # malformed
    assert cli("0x80070005", "hello").status == 2
    bad = cli("--no-such-flag")
    assert bad.status == 2 and bad.stdout == "" and "--help" in bad.stderr
    assert cli("--lang", "fr", "5").status == 2


def test_human_output_and_help(cli):
    run = cli("0x8004011D")
    assert run.status == 0
    assert run.stdout.splitlines()[0] == "0x8004011D"
    assert "MAPI_E_FAILONEPROVIDER" in run.stdout
    assert "errdecode" in cli("--help").stdout
    assert cli("--version").stdout.strip() == errdecode.__version__


def test_stdin_one_line_per_input_in_order(cli):
    run = cli("--json", stdin=b"0x80070005\n\nhello\nE_NOT_A_REAL_NAME_AT_ALL\n5\r\n")
    lines = run.json_lines()
    assert [line["input"] for line in lines] == ["0x80070005", "", "hello", "E_NOT_A_REAL_NAME_AT_ALL", "5"]
    assert [line["ok"] for line in lines] == [True, False, False, False, True]
    assert run.status == 2
    assert lines[0] == errdecode.decode("0x80070005").to_dict()


def test_stdin_without_json_and_empty_stdin(cli):
    run = cli(stdin="０ｘ８００４０１１Ｄ\n".encode())
    assert run.status == 0 and "MAPI_E_FAILONEPROVIDER" in run.stdout
    empty = cli()
    assert (empty.status, empty.stdout) == (0, "")


def test_arguments_that_are_not_utf8_reach_the_cli(cli):
    if sys.getfilesystemencoding().lower() != "utf-8":
        pytest.skip("arguments are not UTF-8 file names here")
    raw = b"0x8004011D\xff"
    run = cli("--json", os.fsdecode(raw))
    assert run.status == 2
    (line,) = run.json_lines()
    assert line["error"]["code"] == "invalid_utf8"
    assert line["input_hex"] == raw.hex()


def test_python_output_written_before_the_cli_comes_first(capfd):
    print("before", end="\n", flush=False)
    status = main(["--json", "5"])
    out = capfd.readouterr().out
    assert status == 0
    assert out.startswith("before\n{")
