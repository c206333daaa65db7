"""Turn a zone named in text into a tzinfo, deciding ambiguous abbreviations.

Place and generic names ("Moscow time", "ET") follow their IANA zone with its DST; season
abbreviations and standard/daylight long names ("EST", "British Summer Time") are fixed
offsets; numeric offsets use the ISO sign ("UTC+3" is three hours ahead).
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, timezone, tzinfo
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from timenorm import zonetable
from timenorm.errors import ZoneError
from timenorm.meaning import ZoneRef

# Generic names news uses for the US zones: they follow DST, unlike EST/EDT.
_GENERIC: dict[str, str] = {
    "ET": "America/New_York", "EASTERN": "America/New_York",
    "CT": "America/Chicago", "CENTRAL": "America/Chicago",
    "MT": "America/Denver", "MOUNTAIN": "America/Denver",
    "PT": "America/Los_Angeles", "PACIFIC": "America/Los_Angeles",
}  # fmt: skip


@dataclass(frozen=True, slots=True)
class Zone:
    """A resolved zone: the tzinfo to compute with and the name to report.

    `alternatives` holds the other readings of an ambiguous abbreviation; `reading` is
    the table entry for a season abbreviation, used to notice "EST" written in July.
    """

    tz: tzinfo
    name: str
    fixed: bool = False
    reading: zonetable.ZoneReading | None = None
    alternatives: tuple[zonetable.ZoneReading, ...] = ()
    abbreviation: str | None = None


def is_abbreviation(text: str) -> bool:
    return text in _GENERIC or text in zonetable.known_abbreviations()


def is_generic_word(text: str) -> bool:
    return text.upper() in _GENERIC


def place_known(name: str) -> bool:
    return zonetable.place_zone(name) is not None


def long_name_known(name: str) -> bool:
    return zonetable.long_name(name) is not None


@functools.cache
def iana(name: str) -> ZoneInfo:
    """The IANA zone `name`, or ZoneError naming it."""
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError, TypeError) as exc:
        raise ZoneError(
            f"unknown time zone {name!r}: expected an IANA name such as "
            "'Europe/Moscow' or 'America/New_York'"
        ) from exc


def fixed(offset_seconds: int) -> Zone:
    """A fixed offset, named like "UTC+05:30" ("UTC" for zero)."""
    if offset_seconds == 0:
        return Zone(UTC, "UTC", fixed=True)
    sign = "+" if offset_seconds > 0 else "-"
    hours, rest = divmod(abs(offset_seconds), 3600)
    name = f"UTC{sign}{hours:02d}:{rest // 60:02d}"
    return Zone(timezone(timedelta(seconds=offset_seconds), name), name, fixed=True)


_OFFSET = re.compile(r"^(?:UTC|GMT|UT)?\s*([+\-\u2212\u2013])\s*(\d{1,2})(?::?(\d{2}))?$", re.I)
MAX_OFFSET = 18 * 3600  # the widest offset in use is 14 h; beyond 18 h it is no zone


def parse_offset(text: str) -> int | None:
    """Seconds east of UTC of "UTC+3", "GMT-05:00", "+0300", "UTC+5:30" (ISO sign:
    "UTC+3" is three hours ahead), or None when it is not an offset in range."""
    match = _OFFSET.match(text.strip())
    if match is None:
        return None
    sign, hours, minutes = match.groups()
    seconds = int(hours) * 3600 + int(minutes or 0) * 60
    if seconds >= MAX_OFFSET or int(minutes or 0) >= 60:
        return None
    return -seconds if sign in "-\u2212\u2013" else seconds


def zone_of_name(name: str) -> Zone:
    """A publication zone given by the caller: an IANA name, "UTC", or "+03:00"."""
    if not isinstance(name, str):
        raise ZoneError(f"a zone is an IANA name such as 'Europe/Moscow', not {name!r}")
    stripped = name.strip()
    if not stripped:
        raise ZoneError("the zone is empty: give an IANA name such as 'Europe/Moscow'")
    if stripped.upper() in ("UTC", "GMT", "Z"):
        return Zone(UTC, "UTC", fixed=True)
    if stripped[:1] in "+-\u2212" or stripped[:3].upper() in ("UTC", "GMT"):
        seconds = parse_offset(stripped)
        if seconds is None:
            raise ZoneError(f"cannot read the offset {name!r}: expected '+03:00' or 'UTC+05:30'")
        return fixed(seconds)
    return Zone(iana(stripped), stripped)


def zone_of_offset(when: datetime) -> Zone:
    """The zone of an aware datetime given as an anchor: IANA if it carries one."""
    info = when.tzinfo
    if isinstance(info, ZoneInfo):
        return Zone(info, info.key)
    key = getattr(info, "key", None) or getattr(info, "name", None)
    if isinstance(key, str) and "/" in key:
        try:
            return Zone(iana(key), key)
        except ZoneError:
            pass
    offset = when.utcoffset()
    return fixed(int(offset.total_seconds()) if offset is not None else 0)


def resolve(ref: ZoneRef | None, home: Zone, when: datetime | None = None) -> Zone:
    """The zone a clock time is read in: the one it names, or the publication zone.

    An ambiguous abbreviation is decided by the publication zone's country; with only a
    fixed offset for a publication zone, by the reading whose region keeps that offset at
    `when` ("CST" with a +08:00 anchor is China's)."""
    if ref is None or ref.kind == "local":
        return home
    if ref.kind == "offset":
        return fixed(ref.offset or 0)
    if ref.kind == "generic":
        name = _GENERIC[ref.key.upper()]
        return Zone(iana(name), name)
    if ref.kind == "place":
        found = zonetable.place_zone(ref.key)
        if found:
            return Zone(iana(found), found)
        return home
    if ref.kind == "long":
        reading = zonetable.long_name(ref.key)
        if reading is not None:
            return _of_reading(reading, ())
        return home
    if ref.key in ("UTC", "GMT", "UT", "Z"):
        return Zone(UTC, "UTC", fixed=True)
    chosen = zonetable.choose_abbreviation(ref.key, _iana_name(home))
    if chosen is None:
        return home
    if home.fixed and chosen[1] and when is not None:
        chosen = _by_offset(chosen, home, when)
    zone = _of_reading(*chosen)
    return Zone(zone.tz, zone.name, zone.fixed, zone.reading, zone.alternatives, ref.key)


def _by_offset(
    chosen: tuple[zonetable.ZoneReading, tuple[zonetable.ZoneReading, ...]],
    home: Zone,
    when: datetime,
) -> tuple[zonetable.ZoneReading, tuple[zonetable.ZoneReading, ...]]:
    readings = (chosen[0], *chosen[1])
    offset = home.tz.utcoffset(when)
    for reading in readings:
        if reading.offset is None or timedelta(seconds=reading.offset) != offset:
            continue
        try:
            region = iana(reading.representative)
        except ZoneError:
            continue
        if when.astimezone(region).utcoffset() == offset:
            return reading, tuple(r for r in readings if r is not reading)
    return chosen


def historical(zone: Zone, wall: datetime) -> Zone:
    """An abbreviation read with the offset it had at that date in its own region.

    The table holds today's offsets; "MSK" meant UTC+04:00 in 2012. When the reading's
    zone called itself by the same abbreviation at that wall-clock time, use its offset.
    """
    reading = zone.reading
    if not zone.abbreviation or reading is None or not reading.representative:
        return zone
    try:
        local = wall.replace(tzinfo=iana(reading.representative))
    except ZoneError:
        return zone
    offset = local.utcoffset()
    if local.tzname() != zone.abbreviation or offset is None or offset == zone.tz.utcoffset(None):
        return zone
    other = fixed(int(offset.total_seconds()))
    return Zone(other.tz, other.name, True, reading, zone.alternatives, zone.abbreviation)


def _of_reading(reading: zonetable.ZoneReading, others: tuple[zonetable.ZoneReading, ...]) -> Zone:
    if reading.zone is not None:
        return Zone(iana(reading.zone), reading.zone, alternatives=others)
    zone = fixed(reading.offset or 0)
    return Zone(zone.tz, zone.name, True, reading, others)


def _iana_name(zone: Zone) -> str | None:
    return None if zone.fixed else zone.name


def off_season(zone: Zone, instant: datetime, home: Zone) -> str | None:
    """The season ("summer"/"winter") a season abbreviation's region is on when the
    abbreviation names the other one ("EST" in July), else None. GMT is +0 all year, and an
    abbreviation matching the publication zone's own clock is right there ("MST" in
    Phoenix in July, "AEST" in Brisbane in January)."""
    reading = zone.reading
    if reading is None or not reading.representative or reading.offset is None:
        return None
    if reading.name in _YEAR_ROUND:
        return None
    home_offset = instant.astimezone(home.tz).utcoffset()
    if home_offset is not None and home_offset.total_seconds() == reading.offset:
        own_region = country_of(home) in reading.regions
        if own_region or (not home.fixed and not _has_dst(home.name, instant.year)):
            return None
    try:
        region = iana(reading.representative)
    except ZoneError:
        return None
    offset = instant.astimezone(region).utcoffset()
    if offset is None or offset.total_seconds() == reading.offset:
        return None
    if not _has_dst(reading.representative, instant.year):
        return None
    # Summer is the larger offset of the year, whatever tzdata calls it (Ireland's winter
    # is a negative DST).
    summer = max(
        datetime(instant.year, month, 15, tzinfo=region).utcoffset() or timedelta(0)
        for month in (1, 7)
    )
    return "summer" if offset == summer else "winter"


_YEAR_ROUND = frozenset({"Greenwich Mean Time", "Coordinated Universal Time"})


@functools.cache
def _has_dst(zone_name: str, year: int) -> bool:
    tz = iana(zone_name)
    offsets = {datetime(year, month, 15, tzinfo=tz).utcoffset() for month in (1, 7)}
    return len(offsets) > 1


def country_of(zone: Zone) -> str | None:
    """ISO country of the publication zone, for holidays and ambiguous names."""
    return None if zone.fixed else zonetable.zone_country(zone.name)


def place_of_dateline(name: str) -> str | None:
    """The IANA zone of a dateline city ("KYIV" -> "Europe/Kyiv")."""
    return zonetable.place_zone(name)
