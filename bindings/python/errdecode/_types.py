"""The result types: plain Python objects over the JSON the C++ library renders.

Each object keeps the exact dictionary the library produced (the CLI's ``--json`` shape) and exposes it
as attributes; ``to_dict()`` hands back a copy of that dictionary, so it equals the CLI's output after
``json.loads`` by construction. Nothing here interprets codes: the library has already done that.
"""

from __future__ import annotations

import copy
import functools
from dataclasses import dataclass, field
from typing import Any, Dict, Iterator, List, NamedTuple, Optional, Tuple

__all__ = [
    "CertFlags",
    "Decoded",
    "Facility",
    "Family",
    "Interpretation",
    "Match",
    "NameValue",
    "SearchHit",
    "Step",
    "Structure",
]

JSONDict = Dict[str, Any]


# The small parts of a reading are named tuples: immutable, cheap to build (a decode builds several per
# reading), and compared field by field.


class Family(NamedTuple):
    """What the prefix of a code says about where to look (e.g. id ``itf``, ``win32``, ``caa``)."""

    id: str
    label: str
    description: str
    lang: str


class Facility(NamedTuple):
    """The facility field of an HRESULT, NTSTATUS or CAA reading; ``name`` is empty when no header names it."""

    code: int
    name: str


class Structure(NamedTuple):
    """The bit fields of a 32-bit reading. ``failure``, ``nt`` and ``x`` exist only in the HRESULT layout."""

    layout: str
    severity: int
    customer: bool
    reserved: bool
    code: int
    failure: Optional[bool] = None
    nt: Optional[bool] = None
    x: Optional[bool] = None


class Step(NamedTuple):
    """One remediation step; ``command`` is something to type, ``reference`` a URL that backs the step."""

    text: str
    lang: str
    command: Optional[str] = None
    reference: Optional[str] = None


class NameValue(NamedTuple):
    """One value a symbolic name stands for (see ``values_of``)."""

    namespace: str
    value: int
    name: str


class Interpretation:
    """One reading of a code: what it is, what it means and what to do, in the requested language.

    Attributes read the dictionary the library rendered (the CLI's ``--json`` shape) when asked, so a
    decode builds no more Python objects than the caller looks at. Instances are immutable and compare
    equal when their dictionaries are equal.
    """

    __slots__ = ("_dict",)
    _dict: JSONDict

    def __init__(self, d: JSONDict) -> None:
        object.__setattr__(self, "_dict", d)

    @classmethod
    def _from_dict(cls, d: JSONDict) -> Interpretation:
        return cls(d)

    def __setattr__(self, name: str, value: Any) -> None:
        raise AttributeError(f"Interpretation is immutable: cannot set {name!r}")

    def __delattr__(self, name: str) -> None:
        raise AttributeError(f"Interpretation is immutable: cannot delete {name!r}")

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Interpretation) and self._dict == other._dict

    __hash__ = None  # type: ignore[assignment]  # equal by content, which is mutable JSON underneath

    @property
    def namespace(self) -> str:
        """``hresult``, ``win32``, ``ntstatus``, ``caa``, ``aadsts``, ``m365``, ``symptom`` or ``certflag``."""
        return self._dict["namespace"]

    @property
    def value(self) -> int:
        """The numeric value (for ``m365``/``symptom`` entries, their ordinal in the tables)."""
        return self._dict["number"]

    @property
    def value_text(self) -> str:
        """The canonical text: ``0x8004011D``, ``5``, ``CAA50021``, ``AADSTS50076``, …"""
        return self._dict["value"]

    @property
    def names(self) -> Tuple[str, ...]:
        """Every symbolic name of this value in this namespace (may be empty)."""
        return tuple(self._dict["names"])

    @property
    def relation(self) -> str:
        """How the reading was obtained: ``as_written``, ``from_win32``, ``hex_reading``, …"""
        return self._dict["relation"]

    @property
    def known(self) -> bool:
        """A table names it or the knowledge base explains it."""
        return self._dict["known"]

    @property
    def curated(self) -> bool:
        """The knowledge base explains it (itself or the code it wraps)."""
        return self._dict["curated"]

    @property
    def family(self) -> Family:
        return Family(**self._dict["family"])

    @property
    def facility(self) -> Optional[Facility]:
        f = self._dict.get("facility")
        return Facility(f["code"], f["name"]) if f is not None else None

    @property
    def structure(self) -> Optional[Structure]:
        st = self._dict.get("structure")
        return Structure(**st) if st is not None else None

    @property
    def summary(self) -> str:
        return self._dict["summary"]

    @property
    def summary_lang(self) -> str:
        return self._dict["summary_lang"]

    @property
    def explanation(self) -> str:
        return self._dict["explanation"]

    @property
    def explanation_lang(self) -> str:
        return self._dict["explanation_lang"]

    @property
    def remediation(self) -> List[Step]:
        """Ordered steps, cheapest and safest first."""
        return [Step(s["text"], s["lang"], s.get("command"), s.get("reference")) for s in self._dict["remediation"]]

    @property
    def sources(self) -> Tuple[str, ...]:
        return tuple(self._dict["sources"])

    @property
    def related(self) -> Tuple[str, ...]:
        return tuple(self._dict["related"])

    def to_dict(self) -> JSONDict:
        """This reading as the CLI's ``--json`` writes it (a fresh, JSON-serialisable copy)."""
        return copy.deepcopy(self._dict)

    def __repr__(self) -> str:
        names = " ".join(self.names)
        return f"<Interpretation {self.namespace} {self.value_text}{' ' + names if names else ''}>"


@dataclass(frozen=True)
class Decoded:
    """Every reading of one input, best first. Iterating yields the interpretations."""

    input: str
    known: bool
    interpretations: List[Interpretation]
    _dict: JSONDict = field(repr=False, compare=False)

    @classmethod
    def _from_dict(cls, d: JSONDict) -> Decoded:
        return cls(
            input=d["input"],
            known=d["known"],
            interpretations=[Interpretation._from_dict(i) for i in d["interpretations"]],
            _dict=d,
        )

    @property
    def best(self) -> Interpretation:
        """The first (most useful) reading."""
        return self.interpretations[0]

    def __iter__(self) -> Iterator[Interpretation]:
        return iter(self.interpretations)

    def __len__(self) -> int:
        return len(self.interpretations)

    def __getitem__(self, index: int) -> Interpretation:
        return self.interpretations[index]

    def to_dict(self) -> JSONDict:
        """The CLI's ``--json`` object for this input: ``{"input", "ok", "known", "interpretations"}``."""
        return copy.deepcopy(self._dict)

    def __repr__(self) -> str:
        count = len(self.interpretations)
        return f"<Decoded {self.input!r}: {count} reading{'s' if count != 1 else ''}, best {self.best!r}>"


@dataclass(frozen=True)
class CertFlags:
    """A certificate-problem mask: every set flag explained, and the bits no table defines."""

    input: str
    mask: int
    flags: List[Interpretation]
    unknown_bits: int
    _dict: JSONDict = field(repr=False, compare=False)

    @classmethod
    def _from_dict(cls, d: JSONDict) -> CertFlags:
        return cls(
            input=d["input"],
            mask=int(d["mask"], 16),
            flags=[Interpretation._from_dict(f) for f in d["flags"]],
            unknown_bits=int(d["unknown_bits"], 16),
            _dict=d,
        )

    @property
    def names(self) -> Tuple[str, ...]:
        """The FLAG_* name of every set flag, lowest bit first."""
        return tuple(next((n for n in f.names if n.startswith("FLAG_")), f.value_text) for f in self.flags)

    def __iter__(self) -> Iterator[Interpretation]:
        return iter(self.flags)

    def __len__(self) -> int:
        return len(self.flags)

    def to_dict(self) -> JSONDict:
        """The CLI's ``--cert --json`` object: ``{"input", "ok", "mask", "flags", "unknown_bits"}``."""
        return copy.deepcopy(self._dict)

    def __repr__(self) -> str:
        shown = "|".join(self.names) or "no flags"
        unknown = f" unknown 0x{self.unknown_bits:08X}" if self.unknown_bits else ""
        return f"<CertFlags 0x{self.mask:08X} {shown}{unknown}>"


@dataclass(frozen=True)
class SearchHit:
    """One search result: the entry, how well it matched (0..1) and why."""

    score: float
    reason: str
    matched: str
    matched_lang: str
    entry: Interpretation
    _dict: JSONDict = field(repr=False, compare=False)

    @classmethod
    def _from_dict(cls, d: JSONDict) -> SearchHit:
        return cls(
            score=d["score"],
            reason=d["reason"],
            matched=d["matched"],
            matched_lang=d["matched_lang"],
            entry=Interpretation._from_dict(d["entry"]),
            _dict=d,
        )

    def to_dict(self) -> JSONDict:
        """This hit as one element of the CLI's ``search --json`` ``hits`` list."""
        return copy.deepcopy(self._dict)

    def __repr__(self) -> str:
        return f"<SearchHit {self.score:.2f} {self.reason} {self.entry!r}>"


@dataclass(frozen=True)
class Match:
    """One code found by ``scan()``: where it is (``start``/``end`` are str indices, ``offset`` the byte
    offset in the UTF-8 text, ``line``/``column`` 1-based, the column in characters), how it was written
    (``text``), what it is (``code``, ``namespace``) and its best reading's ``names`` and ``summary``."""

    start: int
    end: int
    text: str
    code: str
    namespace: str
    line: int
    column: int
    offset: int
    names: Tuple[str, ...]
    summary: str
    lang: str
    _dict: JSONDict = field(repr=False, compare=False)

    @classmethod
    def _from_parts(cls, start: int, end: int, d: JSONDict, lang: str) -> Match:
        return cls(
            start=start,
            end=end,
            text=d["match"],
            code=d["code"],
            namespace=d["namespace"],
            line=d["line"],
            column=d["column"],
            offset=d["offset"],
            names=tuple(d["names"]),
            summary=d["summary"],
            lang=lang,
            _dict=d,
        )

    @functools.cached_property
    def decoded(self) -> "Decoded":
        """Every reading of the code (as ``errdecode.decode(match.code)``), computed on first use."""
        from . import decode  # the package's own decode; imported here to keep the modules acyclic

        return decode(self.code, lang=self.lang)

    def __iter__(self) -> Iterator[Any]:
        """Unpacks as ``start, end, text, decoded = match``."""
        return iter((self.start, self.end, self.text, self.decoded))

    def to_dict(self) -> JSONDict:
        """The CLI's ``scan --json`` object for this match."""
        return copy.deepcopy(self._dict)

    def __repr__(self) -> str:
        names = " ".join(self.names)
        return f"<Match {self.start}:{self.end} {self.text!r} {self.namespace} {self.code} {names}>".replace("  ", " ")
