"""errdecode.scan: every code in a text, with str indices that survive Japanese text before a match."""

from __future__ import annotations

import threading

import pytest

import errdecode
from conftest import run_cli
from errdecode import DecodeError

LOG = (
    "2026-11-02 09:14:03 Outlook: 同期に失敗しました (エラー コード 0x8004011D)\n"
    "System.UnauthorizedAccessException: Exception from HRESULT: 0x80070005 (E_ACCESSDENIED)\n"
    "WAM: request failed with CAA50021; AADSTS50076 returned by the token service\n"
    "build 16.0.12345.20000 guid {8004011D-0000-0000-0000-000000000000} addr 0x00007ff6a1b2c3d4\n"
)


def test_matches_with_str_indices_after_japanese_text():
    matches = errdecode.scan(LOG)
    codes = [(m.namespace, m.code) for m in matches]
    assert ("hresult", "0x8004011D") in codes
    assert ("hresult", "0x80070005") in codes
    assert ("caa", "CAA50021") in codes
    assert ("aadsts", "AADSTS50076") in codes
    for m in matches:
        assert isinstance(m, errdecode.Match)
        assert LOG[m.start : m.end] == m.text  # str indices, not bytes, even after Japanese text
        assert LOG.encode("utf-8")[m.offset : m.offset + len(m.text.encode("utf-8"))] == m.text.encode("utf-8")
    first = matches[0]
    assert first.line == 1 and first.names == ("MAPI_E_FAILONEPROVIDER",)
    assert first.column == LOG.splitlines()[0].index("0x8004011D") + 1  # 1-based, in characters
    assert first.start != first.offset  # the Japanese text before it is multi-byte


def test_look_alikes_are_not_codes():
    texts = [m.text for m in errdecode.scan(LOG)]
    assert not any("12345" in t or "7ff6" in t for t in texts)
    assert texts.count("0x8004011D") == 1  # the GUID part 8004011D does not count


def test_decoded_and_to_dict_match_the_cli():
    matches = errdecode.scan(LOG, lang="ja")
    m = matches[0]
    assert m.decoded.best.value_text == "0x8004011D"
    assert m.decoded.best.summary_lang == "ja"
    cli = run_cli("--json", "--lang", "ja", "scan", stdin=LOG.encode("utf-8"))
    assert cli.status == 0
    assert [x.to_dict() for x in matches] == cli.json_lines()
    assert "<Match" in repr(m) and "0x8004011D" in repr(m)
    start, end, text, decoded = m  # DESIGN.md: Match(start, end, text, decoded)
    assert (start, end, text) == (m.start, m.end, m.text) and decoded.best.value_text == "0x8004011D"


def test_no_codes_and_errors():
    assert errdecode.scan("nothing to see here") == []
    assert errdecode.scan("") == []
    with pytest.raises(TypeError):
        errdecode.scan(b"0x80070005")  # type: ignore[arg-type]
    with pytest.raises(DecodeError) as error:
        errdecode.scan("0x80070005", lang="xx")
    assert error.value.code == "unknown_language"


def test_threads_scan_at_once():
    expected = [m.to_dict() for m in errdecode.scan(LOG * 50)]
    results = [None] * 8

    def work(k: int) -> None:
        results[k] = [m.to_dict() for m in errdecode.scan(LOG * 50)]

    threads = [threading.Thread(target=work, args=(k,)) for k in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert all(r == expected for r in results)
