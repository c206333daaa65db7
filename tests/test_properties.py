"""Invariants checked on generated inputs (hypothesis).

- A datetime written in many surface forms resolves to an interval that contains it.
- Every interval is non-empty and half-open; windows are ordered.
- Any text gives a list without raising, in time linear in its length.
- A clock time written with a zone's name, its abbreviation or its numeric offset names
  the same UTC instant.
"""

from __future__ import annotations

import time
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo, available_timezones

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from timenorm import check, extract, resolve, zonetable

MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
ZONES = (
    "Europe/Moscow",
    "Europe/London",
    "America/New_York",
    "America/Chicago",
    "Asia/Kolkata",
    "Asia/Tokyo",
    "Australia/Sydney",
    "Europe/Kyiv",
    "America/Sao_Paulo",
    "Africa/Nairobi",
    "Pacific/Auckland",
    "UTC",
)

moments = st.datetimes(
    min_value=datetime(1995, 1, 1),
    max_value=datetime(2045, 12, 31),
    timezones=st.sampled_from([ZoneInfo(z) for z in ZONES]),
)


def _clock12(t: datetime) -> str:
    hour = t.hour % 12 or 12
    return f"{hour}:{t.minute:02d} {'a.m.' if t.hour < 12 else 'p.m.'}"


MONTH_FIRST_ZONES = ("America/New_York", "America/Chicago", "UTC")


def _surface_forms(t: datetime) -> list[str]:
    month = MONTHS[t.month - 1]
    weekday = t.strftime("%A")
    month_first = t.tzinfo.key in MONTH_FIRST_ZONES  # type: ignore[union-attr]
    numeric = f"{t.month}/{t.day}/{t.year}" if month_first else f"{t.day}/{t.month}/{t.year}"
    return [
        f"{month} {t.day}, {t.year}",
        f"{t.day} {month} {t.year}",
        f"{weekday}, {month} {t.day}, {t.year}",
        f"the {t.day}th of {month} {t.year}"
        if t.day in (4, 5, 6, 7, 8, 9, 10)
        else f"{month} {t.day} {t.year}",
        numeric,
        f"{t.day}.{t.month:02d}.{t.year}",
        t.strftime("%Y-%m-%d"),
        f"{_clock12(t)} on {month} {t.day}, {t.year}",
        f"{t:%H:%M} on {t.day} {month} {t.year}",
        f"{month} {t.year}",
        f"in {t.year}",
    ]


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(moments, st.data())
def test_a_datetime_written_many_ways_resolves_to_an_interval_holding_it(
    t: datetime, data: st.DataObject
) -> None:
    t = t.replace(second=0, microsecond=0)
    form = data.draw(st.sampled_from(_surface_forms(t)))
    zone = t.tzinfo.key  # type: ignore[union-attr]
    anchor = (t + timedelta(days=data.draw(st.integers(-400, 400)))).astimezone(UTC)
    m = resolve(form, anchor, tz=zone)
    assert m is not None, form
    assert m.interval is not None
    instant = t.astimezone(UTC)
    # a wall-clock time in a DST fold names the first of its two instants
    assert (
        instant in m.interval
        or any(instant in a.interval for a in m.alternatives if a.interval)
        or t.fold
    )


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=300), moments)
def test_any_text_gives_a_list_of_well_formed_mentions(text: str, anchor: datetime) -> None:
    mentions = extract(text, anchor, vague=True)
    assert isinstance(mentions, list)
    for m in mentions:
        assert 0 <= m.start < m.end <= len(text) and text[m.start : m.end] == m.text
        if m.interval is not None:
            assert m.interval.start < m.interval.end
            assert m.interval.start.utcoffset() == timedelta(0)
        if m.window is not None and None not in (m.window.start, m.window.end):
            assert m.window.start <= m.window.end


NEWSY = st.lists(
    st.sampled_from(
        [
            "on Sunday",
            "last month",
            "6 a.m. Moscow time",
            "yesterday",
            "by Friday",
            "the 1990s",
            "within 48 hours",
            "said",
            "will",
            "2022",
            "12:30",
            "May",
            "march",
            "3-1",
            "$4.50",
            "between Monday and Wednesday",
            "0300 GMT",
            "early next week",
            "Q3",
            ",",
            ".",
            "the",
            "and",
            "every Monday",
            "UTC+3",
            "the next day",
            "two weeks ago",
            "1,464",
        ]
    ),
    max_size=60,
).map(" ".join)


@settings(max_examples=100, deadline=None)
@given(NEWSY, moments)
def test_newsy_word_salad_never_raises(text: str, anchor: datetime) -> None:
    for m in extract(text, anchor, vague=True):
        assert text[m.start : m.end] == m.text


@settings(max_examples=100, deadline=None)
@given(NEWSY, st.one_of(st.none(), moments))
def test_the_checker_never_raises_and_points_into_the_text(
    text: str, published: datetime | None
) -> None:
    for finding in check(text, published):
        assert 0 <= finding.start < finding.end <= len(text)
        assert finding.severity in ("error", "warning", "info")
        assert finding.line == text.count("\n", 0, finding.start) + 1


def test_extraction_time_is_linear_in_text_length() -> None:
    """Doubling pathological input (digits, dates, clock times) about doubles the time."""
    unit = "12:30 2022-04-17 Sunday, April 17 1 2 3 4 5 6 7 8 9 0 " * 50

    def cost(n: int) -> float:
        text = unit * n
        start = time.perf_counter()
        extract(text, "2022-04-16T12:00:00+03:00")
        return time.perf_counter() - start

    cost(1)
    small, large = min(cost(4) for _ in range(3)), min(cost(16) for _ in range(3))
    assert large < small * 4 * 2.5  # 4x the text, well under quadratic (16x)


def _named_zones() -> dict[str, str]:
    """Every IANA zone whose city the zone table knows by name, with how news writes it:
    "Asia/Kathmandu" -> "Kathmandu time", plus the generic names ("Pacific Time", "CT")."""
    zones = {}
    for name in available_timezones():
        city = name.rsplit("/", 1)[-1].replace("_", " ")
        if (
            "/" in name
            and not name.startswith(("Etc/", "SystemV/", "US/"))
            and (zonetable.place_zone(city) == name)
        ):
            zones[name] = f"{city} time"
    zones["America/Los_Angeles"] = "Pacific Time"
    zones["America/Chicago"] = "CT"
    return zones


@settings(max_examples=300, deadline=None)
@given(
    st.datetimes(min_value=datetime(2000, 1, 1), max_value=datetime(2040, 1, 1)),
    st.sampled_from(sorted(_named_zones().items())),
)
def test_a_clock_time_in_a_zones_name_abbreviation_and_offset_agree(
    naive: datetime, zone: tuple[str, str]
) -> None:
    name, words = zone
    tz = ZoneInfo(name)
    local = naive.replace(second=0, microsecond=0, tzinfo=tz, fold=0)
    if local.replace(fold=1).utcoffset() != local.utcoffset():
        return  # a DST fold: the name alone does not decide; tested in test_api
    if local.astimezone(UTC).astimezone(tz).replace(tzinfo=None) != local.replace(tzinfo=None):
        return  # a DST gap: that wall-clock time does not exist
    date_words = f"{MONTHS[local.month - 1]} {local.day}, {local.year}"
    offset = local.utcoffset()
    assert offset is not None
    minutes = int(offset.total_seconds() // 60)
    sign = "+" if minutes >= 0 else "-"
    numeric = f"UTC{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"
    abbreviation = local.tzname()
    anchor = local.astimezone(UTC)
    written = [f"{local:%H:%M} {words} on {date_words}", f"{local:%H:%M} {numeric} on {date_words}"]
    # an abbreviation the table knows with one reading (IST, CST... are decided by region),
    # used where its region then kept that offset ("KST" was also Pyongyang's +08:30)
    readings = zonetable.abbreviation_readings(abbreviation or "")
    if len(readings) == 1:
        region = ZoneInfo(readings[0].representative)
        if local.replace(tzinfo=region).utcoffset() == offset:
            written.append(f"{local:%H:%M} {abbreviation} on {date_words}")
    instants = {resolve(w, anchor, tz="UTC").interval.start for w in written}  # type: ignore[union-attr]
    assert instants == {local.astimezone(UTC)}, written
