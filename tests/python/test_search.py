"""errdecode.search, lookup_entry, values_of, languages and __version__."""

from __future__ import annotations

import re
from importlib import metadata

import pytest

import errdecode
from conftest import REPO
from errdecode import DecodeError


def test_japanese_message_finds_the_symptom():
    hits = errdecode.search("暗号化された接続を使用できません", lang="ja")
    assert hits, "no hit for the Outlook message"
    top = hits[0]
    assert isinstance(top, errdecode.SearchHit)
    assert top.entry.namespace == "symptom" and top.entry.value_text == "encrypted-connection-unavailable"
    assert top.reason == "message" and 0 < top.score <= 1
    assert top.matched_lang == "ja" and top.entry.summary_lang == "ja"
    assert "<SearchHit" in repr(top) and "encrypted-connection-unavailable" in repr(top)


def test_hits_are_ranked_and_limited():
    hits = errdecode.search("outlook", limit=3)
    assert 1 <= len(hits) <= 3
    assert [h.score for h in hits] == sorted((h.score for h in hits), reverse=True)
    assert len(errdecode.search("outlook", limit=1)) == 1
    assert len(errdecode.search("outlook", limit=2**70)) >= len(hits)  # a huge limit means "all"


def test_name_fragment():
    assert any("MAPI_E_FAILONEPROVIDER" in h.entry.names for h in errdecode.search("FAILONEPROVIDER"))


def test_no_hit_is_an_empty_list():
    assert errdecode.search("zzqqxxyy") == []


def test_search_hit_to_dict():
    hit = errdecode.search("encrypted connection")[0]
    d = hit.to_dict()
    assert list(d) == ["score", "reason", "matched", "matched_lang", "entry"]
    assert d["entry"] == hit.entry.to_dict()


def test_search_errors():
    with pytest.raises(DecodeError) as e:
        errdecode.search("   ")
    assert e.value.code == "empty_input"
    with pytest.raises(DecodeError) as e:
        errdecode.search("outlook", lang="xx")
    assert e.value.code == "unknown_language"
    for bad in (0, -1):
        with pytest.raises(ValueError, match="limit must be at least 1"):
            errdecode.search("outlook", limit=bad)
    for bad_type in (True, 1.5, "3"):
        with pytest.raises(TypeError):
            errdecode.search("outlook", limit=bad_type)
    for query in (None, 5, b"outlook"):
        with pytest.raises(TypeError):
            errdecode.search(query)


def test_lookup_entry():
    i = errdecode.lookup_entry("symptom:encrypted-connection-unavailable", lang="ja")
    assert i.namespace == "symptom" and i.summary_lang == "ja" and i.curated
    assert errdecode.lookup_entry("m365:1001").value_text == "1001"
    for key, error in [("symptom:no-such-entry", "unknown_code"), ("nowhere:1", "not_a_code"), ("", "not_a_code")]:
        with pytest.raises(DecodeError) as e:
            errdecode.lookup_entry(key)
        assert (e.value.code, e.value.input) == (error, key)
    with pytest.raises(TypeError):
        errdecode.lookup_entry(1001)


def test_values_of():
    values = errdecode.values_of("e_accessdenied")
    assert values == [errdecode.NameValue("hresult", 0x80070005, "E_ACCESSDENIED")]
    assert values[0].namespace == "hresult" and values[0].value == 0x80070005
    assert errdecode.values_of("ERROR_ACCESS_DENIED") == [("win32", 5, "ERROR_ACCESS_DENIED")]
    for name, error in [("E_NOT_A_REAL_NAME_AT_ALL", "unknown_name"), ("not a name", "not_a_code"), ("", "not_a_code")]:
        with pytest.raises(DecodeError) as e:
            errdecode.values_of(name)
        assert e.value.code == error
    with pytest.raises(TypeError):
        errdecode.values_of(5)


def test_languages():
    assert errdecode.languages() == ("en", "ja")


def test_version_has_one_home():
    cmake = (REPO / "CMakeLists.txt").read_text()
    version = re.search(r"project\(errdecode\s+VERSION\s+([0-9.]+)", cmake).group(1)
    assert errdecode.__version__ == version
    assert metadata.version("errdecode") == version
