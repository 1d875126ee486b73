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


@dataclass(frozen=True)
class Interpretation:
    """One reading of a code: what it is, what it means and what to do, in the requested language."""

    namespace: str
    value: int
    value_text: str
    names: Tuple[str, ...]
    relation: str
    known: bool
    curated: bool
    family: Family
    facility: Optional[Facility]
    structure: Optional[Structure]
    summary: str
    summary_lang: str
    explanation: str
    explanation_lang: str
    remediation: List[Step]
    sources: Tuple[str, ...]
    related: Tuple[str, ...]
    _dict: JSONDict = field(repr=False, compare=False)

    @classmethod
    def _from_dict(cls, d: JSONDict) -> Interpretation:
        facility = d.get("facility")
        structure = d.get("structure")
        return cls(
            namespace=d["namespace"],
            value=d["number"],
            value_text=d["value"],
            names=tuple(d["names"]),
            relation=d["relation"],
            known=d["known"],
            curated=d["curated"],
            family=Family(**d["family"]),
            facility=Facility(facility["code"], facility["name"]) if facility is not None else None,
            structure=Structure(**structure) if structure is not None else None,
            summary=d["summary"],
            summary_lang=d["summary_lang"],
            explanation=d["explanation"],
            explanation_lang=d["explanation_lang"],
            remediation=[Step(s["text"], s["lang"], s.get("command"), s.get("reference")) for s in d["remediation"]],
            sources=tuple(d["sources"]),
            related=tuple(d["related"]),
            _dict=d,
        )

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
