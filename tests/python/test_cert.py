"""errdecode.decode_cert_flags: the certificate-problem bitmask."""

from __future__ import annotations

import pytest

import errdecode
from errdecode import DecodeError

FLAGS = {
    "FLAG_CERT_REV_FAILED": 0x1,
    "FLAG_INVALID_CERT": 0x2,
    "FLAG_CERT_REVOKED": 0x4,
    "FLAG_INVALID_CA": 0x8,
    "FLAG_CERT_CN_INVALID": 0x10,
    "FLAG_CERT_DATE_INVALID": 0x20,
    "FLAG_CERT_WRONG_USAGE": 0x40,
    "FLAG_SECURITY_CHANNEL_ERROR": 0x80000000,
}


@pytest.mark.parametrize("mask", [0x80000018, "0x80000018", "80000018", "2147483672", -2147483624, b"0x80000018"])
def test_mask_forms(mask):
    c = errdecode.decode_cert_flags(mask)
    assert c.mask == 0x80000018
    assert c.names == ("FLAG_INVALID_CA", "FLAG_CERT_CN_INVALID", "FLAG_SECURITY_CHANNEL_ERROR")
    assert [f.value for f in c.flags] == [0x8, 0x10, 0x80000000]
    assert all(f.namespace == "certflag" and f.known and f.summary for f in c)
    assert c.unknown_bits == 0 and len(c) == 3


def test_every_flag_by_itself():
    for name, bit in FLAGS.items():
        c = errdecode.decode_cert_flags(bit)
        assert c.names == (name,), name
        assert c.flags[0].remediation, name


def test_unknown_bits_are_kept_exactly():
    c = errdecode.decode_cert_flags(0x80000118 | 0x00400000)
    assert c.unknown_bits == 0x00400100
    assert c.names == ("FLAG_INVALID_CA", "FLAG_CERT_CN_INVALID", "FLAG_SECURITY_CHANNEL_ERROR")
    assert repr(c) == ("<CertFlags 0x80400118 FLAG_INVALID_CA|FLAG_CERT_CN_INVALID|FLAG_SECURITY_CHANNEL_ERROR"
                       " unknown 0x00400100>")
    empty = errdecode.decode_cert_flags(0)
    assert (empty.names, empty.unknown_bits, repr(empty)) == ((), 0, "<CertFlags 0x00000000 no flags>")


def test_to_dict_shape_and_input():
    d = errdecode.decode_cert_flags("0x80000018").to_dict()
    assert list(d) == ["input", "ok", "mask", "flags", "unknown_bits"]
    assert (d["input"], d["mask"], d["unknown_bits"]) == ("0x80000018", "0x80000018", "0x00000000")
    assert errdecode.decode_cert_flags(24).to_dict()["input"] == "0x00000018"


def test_japanese():
    c = errdecode.decode_cert_flags(0x8, lang="ja")
    assert c.flags[0].summary_lang == "ja"


@pytest.mark.parametrize("mask, error", [("hello", "not_a_code"), ("", "empty_input"), (2**32, "out_of_range"),
                                         (-(2**31) - 1, "out_of_range"), ("0x1FFFFFFFF", "out_of_range")])
def test_bad_masks(mask, error):
    with pytest.raises(DecodeError) as e:
        errdecode.decode_cert_flags(mask)
    assert e.value.code == error and e.value.input == mask


@pytest.mark.parametrize("mask", [True, 8.0, None, [8]])
def test_wrong_types(mask):
    with pytest.raises(TypeError, match="mask must be str, bytes or int"):
        errdecode.decode_cert_flags(mask)
