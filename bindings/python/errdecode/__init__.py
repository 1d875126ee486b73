"""errdecode: what a Windows, Outlook or Microsoft 365 error code is, what it means, and what to do.

    >>> import errdecode
    >>> d = errdecode.decode("0x8004011D")
    >>> d.best.names
    ('MAPI_E_FAILONEPROVIDER',)
    >>> errdecode.decode(-2147024891).best.value_text      # ints: the signed or unsigned 32-bit reading
    '0x80070005'
    >>> errdecode.decode_cert_flags(0x80000018).names
    ('FLAG_INVALID_CA', 'FLAG_CERT_CN_INVALID', 'FLAG_SECURITY_CHANNEL_ERROR')

The decoding is the C++ library's (errdecode._core); this package turns its results into Python objects
whose ``to_dict()`` is exactly what ``errdecode --json`` (and ``python -m errdecode --json``) writes.
Input that is not a code raises DecodeError (a ValueError) with the library's stable ``code`` id; an
argument of the wrong type raises TypeError.
"""

from __future__ import annotations

from typing import List, Tuple, Union

from ._errors import DecodeError
from ._types import (
    CertFlags,
    Decoded,
    Facility,
    Family,
    Interpretation,
    Match,
    NameValue,
    SearchHit,
    Step,
    Structure,
)
from . import _core

__version__: str = _core.__version__

__all__ = [
    "CertFlags",
    "DecodeError",
    "Decoded",
    "Facility",
    "Family",
    "Interpretation",
    "Match",
    "NameValue",
    "SearchHit",
    "Step",
    "Structure",
    "__version__",
    "decode",
    "decode_cert_flags",
    "languages",
    "lookup_entry",
    "scan",
    "search",
    "values_of",
]


def decode(code: Union[str, bytes, int], *, lang: str = "en") -> Decoded:
    """Every reading of one code, best first.

    ``code`` is a code as pasted (``"0x8004011D"``, ``"-2147024891"``, ``"CAA50021"``, ``"E_ACCESSDENIED"``,
    full-width forms), UTF-8 ``bytes`` of the same, or an int: ints are 32-bit values read signed or
    unsigned (``-2147024891`` and ``0x80070005`` are the same code); an int outside ``[-2**31, 2**32)``
    raises DecodeError with code ``"out_of_range"``. ``bool`` is not a code (TypeError).
    """
    return Decoded._from_dict(_core.decode(code, lang))


def decode_cert_flags(mask: Union[int, str, bytes], *, lang: str = "en") -> CertFlags:
    """The flags set in a certificate-problem mask (``0x80000018``, or the text ``"0x80000018"``)."""
    return CertFlags._from_dict(_core.decode_cert_flags(mask, lang))


def search(text: str, *, lang: str = "en", limit: int = 10) -> List[SearchHit]:
    """Entries whose message, symptom words or name match ``text``, best first (at most ``limit``).

    No match is an empty list; an empty query raises DecodeError (``"empty_input"``). The search runs
    without the GIL, so threads can search at the same time.
    """
    return [SearchHit._from_dict(h) for h in _core.search(text, lang, limit)["hits"]]


def lookup_entry(key: str, *, lang: str = "en") -> Interpretation:
    """One curated entry by ``"namespace:code"``, e.g. ``"symptom:encrypted-connection-unavailable"``."""
    return Interpretation._from_dict(_core.lookup_entry(key, lang))


def values_of(name: str) -> List[NameValue]:
    """Every (namespace, value, name) a symbolic name stands for; the name is matched case-insensitively."""
    return [NameValue(*v) for v in _core.values_of(name)]


def languages() -> Tuple[str, ...]:
    """The languages the knowledge base is written in, English first (``("en", "ja")``)."""
    return tuple(_core.languages())


def scan(text: str, *, lang: str = "en") -> List[Match]:
    """Every error code in ``text`` (a log, a pasted dialog, a ticket), in order of position.

    ``match.start``/``match.end`` are str indices (``text[m.start:m.end] == m.text``, also after Japanese
    text), ``match.offset`` the byte offset in UTF-8; ``match.decoded`` has every reading. The scan runs
    without the GIL. What counts as a code is documented in the C++ header errdecode/scan.hpp.
    """
    return [Match._from_parts(start, end, obj, lang) for start, end, obj in _core.scan(text, lang)]
