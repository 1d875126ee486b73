"""errdecode.decode: input forms, integers, result objects, languages and every error path."""

from __future__ import annotations

import json
import pickle

import pytest

import errdecode
from errdecode import DecodeError


@pytest.mark.parametrize(
    "code",
    ["0x8004011D", "0x8004011d", "0X8004011D", "8004011D", "-2147221219", "2147746077", "０ｘ８００４０１１Ｄ"],
)
def test_forms_of_one_hresult(code):
    best = errdecode.decode(code).best
    assert best.namespace == "hresult"
    assert best.value == 0x8004011D
    assert best.value_text == "0x8004011D"
    assert best.names == ("MAPI_E_FAILONEPROVIDER",)


def test_interpretation_attributes():
    d = errdecode.decode("0x8004011D")
    assert d.input == "0x8004011D"
    assert d.known is True
    i = d.interpretations[0]
    assert i is d.best or i == d.best
    assert i.relation == "as_written" and i.known and i.curated
    assert (i.family.id, i.family.lang) == ("itf", "en")
    assert i.facility == errdecode.Facility(code=4, name="FACILITY_ITF")
    s = i.structure
    assert (s.layout, s.severity, s.failure, s.customer, s.reserved, s.nt, s.x, s.code) == (
        "hresult", 1, True, False, False, False, False, 0x11D)
    assert i.summary and i.summary_lang == "en"
    assert i.explanation and i.explanation_lang == "en"
    assert isinstance(i.remediation, list) and len(i.remediation) >= 2
    assert all(isinstance(step, errdecode.Step) and step.text and step.lang == "en" for step in i.remediation)
    assert any(step.command for step in i.remediation)
    assert all(step.reference is None or step.reference.startswith("https://") for step in i.remediation)
    assert isinstance(i.sources, tuple) and i.sources
    assert isinstance(i.related, tuple)


def test_every_reading_is_returned_best_first():
    d = errdecode.decode("E_ACCESSDENIED")
    assert [(i.namespace, i.value, i.relation) for i in d] == [
        ("hresult", 0x80070005, "by_name"), ("win32", 5, "from_win32")]
    assert len(d) == 2 and d[1].names == ("ERROR_ACCESS_DENIED",)
    assert d[1].structure is None and d[1].facility is None
    both = errdecode.decode("1001")
    assert {i.namespace for i in both} == {"m365", "win32"}


def test_ntstatus_structure_has_no_hresult_bits():
    i = errdecode.decode("0xC0000022").best
    assert (i.namespace, i.names) == ("ntstatus", ("STATUS_ACCESS_DENIED",))
    assert i.structure.layout == "ntstatus" and i.structure.severity == 3
    assert i.structure.failure is None and i.structure.nt is None and i.structure.x is None


def test_well_formed_but_unknown_decodes_with_known_false():
    d = errdecode.decode("0x80041234")
    assert d.known is False and d.best.names == () and d.best.structure.code == 0x1234


@pytest.mark.parametrize(
    "value, text",
    [
        (-2147024891, "0x80070005"),       # signed reading
        (0x80070005, "0x80070005"),        # unsigned reading of the same code
        (-1073741790, "0xC0000022"),
        (2**32 - 1, "0xFFFFFFFF"),         # top of the range
        (-(2**31), "0x80000000"),          # bottom of the range
        (0, "0x00000000"),
    ],
)
def test_integers_are_32_bit_values_signed_or_unsigned(value, text):
    d = errdecode.decode(value)
    assert d.input == text
    assert any(i.value == int(text, 16) for i in d)


def test_int_and_text_agree():
    assert errdecode.decode(-2147024891).interpretations == errdecode.decode("0x80070005").interpretations


def test_int_subclasses_and_index_objects_are_ints():
    class Index:
        def __index__(self):
            return 5

    assert errdecode.decode(Index()).input == "0x00000005"
    import enum

    class Code(enum.IntEnum):
        ACCESS_DENIED = 0x80070005

    assert errdecode.decode(Code.ACCESS_DENIED).best.names[0] == "E_ACCESSDENIED"


@pytest.mark.parametrize("value", [2**32, -(2**31) - 1, 2**64, -(2**64), 10**100])
def test_integers_outside_32_bits_raise_out_of_range(value):
    with pytest.raises(DecodeError) as e:
        errdecode.decode(value)
    assert e.value.code == "out_of_range"
    assert e.value.input == value
    assert str(e.value) == "value does not fit in 32 bits"
    assert isinstance(e.value, ValueError)


def test_bytes_are_utf8_text():
    assert errdecode.decode(b"0x8004011D").best.value == 0x8004011D
    assert errdecode.decode("０ｘ８００４０１１Ｄ".encode()).best.value == 0x8004011D
    with pytest.raises(DecodeError) as e:
        errdecode.decode(b"0x8004011D\xff")
    assert (e.value.code, e.value.input) == ("invalid_utf8", b"0x8004011D\xff")


@pytest.mark.parametrize(
    "code, error",
    [
        ("", "empty_input"),
        ("   ", "empty_input"),
        ("hello", "not_a_code"),
        ("0x", "malformed_number"),
        ("0x123456789", "out_of_range"),
        ("4294967296", "out_of_range"),
        ("E_NOT_A_REAL_NAME_AT_ALL", "unknown_name"),
        ("error 0x80070005 happened", "text_around_code"),
        ("\ud800", "invalid_utf8"),
        ("0x8004\x0011D", "invalid_utf8"),
        ("1" * 5000, "input_too_long"),
    ],
)
def test_malformed_input_raises_decode_error_with_stable_code(code, error):
    with pytest.raises(DecodeError) as e:
        errdecode.decode(code)
    assert e.value.code == error
    assert e.value.input == code
    assert e.value.message == str(e.value) and len(e.value.message) > 10


@pytest.mark.parametrize("code", [True, False, 1.5, None, [1], {"code": 1}, bytearray(b"5"), object()])
def test_wrong_types_raise_type_error(code):
    with pytest.raises(TypeError, match="code must be str, bytes or int"):
        errdecode.decode(code)


def test_lang_must_be_a_known_language_string():
    with pytest.raises(DecodeError) as e:
        errdecode.decode("0x8004011D", lang="fr")
    assert e.value.code == "unknown_language"
    with pytest.raises(TypeError):
        errdecode.decode("0x8004011D", lang=None)
    with pytest.raises(TypeError):
        errdecode.decode("0x8004011D", "ja")  # lang is keyword-only


def test_decode_error_pickles_with_its_fields():
    with pytest.raises(DecodeError) as e:
        errdecode.decode("hello")
    copy = pickle.loads(pickle.dumps(e.value))
    assert (type(copy), copy.code, copy.input, str(copy)) == (DecodeError, "not_a_code", "hello", str(e.value))
    assert "not_a_code" in repr(e.value)


def test_japanese_texts():
    i = errdecode.decode("0x8004011D", lang="ja").best
    assert i.summary_lang == "ja" and i.explanation_lang == "ja" and i.family.lang == "ja"
    assert any("\u3040" <= ch <= "\u30ff" for ch in i.summary)  # kana
    assert all(step.lang == "ja" for step in i.remediation)
    assert i.names == errdecode.decode("0x8004011D").best.names  # names are language-neutral
    assert errdecode.decode("CAA50021", lang="JA").best.summary_lang == "ja"


def test_to_dict_is_the_json_shape_and_a_copy():
    d = errdecode.decode("0x80070005")
    data = d.to_dict()
    assert list(data) == ["input", "ok", "known", "interpretations"]
    assert data["ok"] is True and data["input"] == "0x80070005"
    assert list(data["interpretations"][0])[:4] == ["namespace", "value", "number", "names"]
    assert json.loads(json.dumps(data)) == data
    data["interpretations"].clear()
    assert len(d.to_dict()["interpretations"]) == 2  # callers cannot change the result
    assert d.best.to_dict() == d.to_dict()["interpretations"][0]


def test_reprs_say_what_the_object_is():
    d = errdecode.decode("0x8004011D")
    assert repr(d.best) == "<Interpretation hresult 0x8004011D MAPI_E_FAILONEPROVIDER>"
    assert repr(d) == "<Decoded '0x8004011D': 1 reading, best <Interpretation hresult 0x8004011D MAPI_E_FAILONEPROVIDER>>"
    assert repr(errdecode.decode("0x80041234").best) == "<Interpretation hresult 0x80041234>"


def test_results_are_immutable():
    i = errdecode.decode("5").best
    with pytest.raises(AttributeError):
        i.value = 6
