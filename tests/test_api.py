"""The Python API contract: fields, errors, anchors, determinism."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import pytest

from timenorm import (
    AnchorError,
    InputError,
    Interval,
    Mention,
    TimenormError,
    ZoneError,
    extract,
    resolve,
)
from timenorm.model import iso_z

ANCHOR = "2022-04-16T12:00:00+03:00"


def test_mention_carries_every_contract_field() -> None:
    m = resolve("by 5 p.m. ET Friday", ANCHOR, tz="Europe/Moscow")
    assert isinstance(m, Mention)
    assert (m.text, m.type, m.value, m.mod, m.relation, m.tz) == (
        "5 p.m. ET Friday",
        "TIME",
        "2022-04-22T17:00",
        None,
        "by",
        "America/New_York",
    )
    assert (m.start, m.end) == (3, 19)
    assert isinstance(m.interval, Interval) and m.interval.grain == "minute"
    assert m.interval.start.tzinfo is not None
    assert (m.window.start, iso_z(m.window.end)) == (None, "2022-04-22T21:00Z")
    data = m.to_dict()
    json.dumps(data)
    assert data["interval"] == {
        "start": "2022-04-22T21:00Z",
        "end": "2022-04-22T21:01Z",
        "grain": "minute",
    }
    assert data["local"]["start"] == "2022-04-23T00:00+03:00"


def test_anchor_as_datetime_date_string_and_tz_agree() -> None:
    as_string = resolve("yesterday", "2022-04-16T12:00:00+03:00")
    as_datetime = resolve("yesterday", datetime(2022, 4, 16, 12, tzinfo=ZoneInfo("Europe/Moscow")))
    naive_with_tz = resolve("yesterday", datetime(2022, 4, 16, 12), tz="Europe/Moscow")
    assert as_string.interval == as_datetime.interval == naive_with_tz.interval
    assert as_datetime.tz == "Europe/Moscow"


def test_bare_date_anchor_is_utc() -> None:
    m = resolve("today", "2022-04-16")
    assert (iso_z(m.interval.start), iso_z(m.interval.end)) == (
        "2022-04-16T00:00Z",
        "2022-04-17T00:00Z",
    )


@pytest.mark.parametrize("anchor", ["2022-13-01", "yesterday", "", "2022-04-16T12:00:00+99:00"])
def test_bad_anchor_is_a_clear_error(anchor: str) -> None:
    with pytest.raises(AnchorError, match="anchor"):
        extract("on Sunday", anchor)


def test_naive_datetime_without_tz_is_an_error_not_a_guess() -> None:
    with pytest.raises(AnchorError, match="no zone"):
        extract("on Sunday", datetime(2022, 4, 16, 12))
    with pytest.raises(AnchorError, match="no offset"):
        extract("on Sunday", "2022-04-16T12:00")


def test_bad_anchor_error_says_what_is_wrong_with_the_date() -> None:
    with pytest.raises(AnchorError, match=r"month must be in 1\.\.12"):
        extract("on Sunday", "2022-13-01")
    with pytest.raises(AnchorError, match="day is out of range"):
        extract("on Sunday", "2022-02-30T10:00Z")


def test_unknown_zone_is_a_clear_error() -> None:
    with pytest.raises(ZoneError, match="Mars/Olympus"):
        extract("on Sunday", ANCHOR, tz="Mars/Olympus")
    with pytest.raises(ZoneError, match="empty"):
        extract("on Sunday", ANCHOR, tz="  ")
    assert issubclass(ZoneError, TimenormError)


def test_no_expression_gives_none_and_empty_list() -> None:
    assert resolve("the cat sat on the mat", ANCHOR) is None
    assert extract("", ANCHOR) == []


def test_dateline_gives_the_publication_zone() -> None:
    text = "KYIV, Oct 30 (Reuters) - Power returned to the east bank this morning."
    morning = extract(text, "2022-10-30T06:00Z")[-1]
    assert morning.value == "2022-10-30TMO"
    assert iso_z(morning.interval.start) == "2022-10-30T04:00Z"  # 06:00 EET, after fall-back


def test_vague_references_are_kept_outside_quotations() -> None:
    text = "Prices are now falling."
    assert [m.value for m in extract(text, ANCHOR)] == ["PRESENT_REF"]
    assert extract(text, ANCHOR, vague=False) == []
    quoted = "\u201cPrices are currently falling,\u201d the minister said."
    assert extract(quoted, ANCHOR) == []  # the speaker's "currently", not the publication's
    assert [m.value for m in extract(quoted, ANCHOR, vague=True)] == ["PRESENT_REF"]


def test_weekday_mismatch_and_impossible_date_are_flagged() -> None:
    wrong = resolve("Sunday, April 18, 2022", ANCHOR)
    assert "weekday-mismatch" in wrong.flags
    impossible = resolve("April 31, 2022", ANCHOR)
    assert impossible.interval is None and "impossible-date" in impossible.flags


def test_ambiguous_abbreviation_is_decided_by_region_and_reported() -> None:
    delhi = resolve("at noon IST", "2024-02-29T09:30:00+05:30", tz="Asia/Kolkata")
    dublin = resolve("at noon IST", "2024-07-01T09:30:00+01:00", tz="Europe/Dublin")
    assert iso_z(delhi.interval.start) == "2024-02-29T06:30Z"
    assert iso_z(dublin.interval.start) == "2024-07-01T11:00Z"
    assert "zone-ambiguous" in delhi.flags and delhi.alternatives


def test_dst_gap_and_fold_are_marked_not_shifted() -> None:
    fold = resolve("1:30 a.m.", "2021-11-07T10:00:00-06:00", tz="America/Chicago")
    assert "dst-fold" in fold.flags
    assert [iso_z(a.interval.start) for a in fold.alternatives] == ["2021-11-07T07:30Z"]
    gap = resolve("2:30 a.m. on March 13", "2022-03-01T10:00:00-06:00", tz="America/Chicago")
    assert gap.value == "2022-03-13T02:30" and "dst-gap" in gap.flags


def test_season_abbreviation_out_of_season_keeps_its_offset() -> None:
    m = resolve("9 a.m. EST on July 4", "2023-07-01T10:00:00-04:00", tz="America/New_York")
    assert iso_z(m.interval.start) == "2023-07-04T14:00Z"
    assert "zone-out-of-season" in m.flags


@pytest.mark.parametrize(
    ("phrase", "anchor", "tz"),
    [
        ("9 a.m. MST", "2023-07-14T04:00-07:00", "America/Phoenix"),  # no DST in Arizona
        ("9 a.m. AEST", "2023-01-14T04:00+10:00", "Australia/Brisbane"),
        ("9 a.m. CST", "2023-07-14T04:00-06:00", "America/Mexico_City"),  # none since 2022
        ("9 a.m. Greenwich Mean Time", "2023-07-14T04:00+01:00", "Europe/London"),
    ],
)
def test_abbreviation_on_its_regions_own_clock_is_in_season(
    phrase: str, anchor: str, tz: str
) -> None:
    assert "zone-out-of-season" not in resolve(phrase, anchor, tz=tz).flags


def test_out_of_season_note_names_the_season_the_region_is_on() -> None:
    m = resolve("9 a.m. IST", "2023-01-14T04:00Z", tz="Europe/Dublin")  # Irish summer time
    assert "zone-out-of-season" in m.flags
    assert any("winter time" in note for note in m.notes)


@pytest.mark.parametrize(
    ("anchor", "expected"),
    [
        ("2023-01-18T20:00:00+08:00", "2023-01-18T07:00Z"),
        ("2023-01-18T20:00:00-06:00", "2023-01-18T21:00Z"),
    ],
)
def test_ambiguous_abbreviation_follows_a_bare_anchor_offset(anchor: str, expected: str) -> None:
    assert iso_z(resolve("3 p.m. CST", anchor).interval.start) == expected  # China, US


@pytest.mark.parametrize(
    ("dateline", "zone"),
    [
        ("SÃO PAULO, Jan 18 (Reuters) -", "America/Sao_Paulo"),
        ("BOGOTÁ, Jan 18 (Reuters) -", "America/Bogota"),
        ("ZÜRICH, Jan 18 (Reuters) -", "Europe/Zurich"),
        ("KYIV/MOSCOW, Jan 18 (Reuters) -", "Europe/Kyiv"),
    ],
)
def test_dateline_in_capitals_of_any_alphabet_names_the_zone(dateline: str, zone: str) -> None:
    text = f"{dateline} Trading will open at 10 a.m. local time."
    clock = extract(text, "2023-01-18T11:00:00Z")[-1]
    assert (clock.text, clock.tz) == ("10 a.m. local time", zone)


def test_sets_carry_an_expandable_rule() -> None:
    m = resolve("every Monday at 9 a.m.", ANCHOR, tz="Europe/Moscow")
    assert (m.type, m.value) == ("SET", "XXXX-WXX-1T09:00")
    first = m.occurrences(datetime(2022, 4, 16, tzinfo=UTC), count=2)
    assert [iso_z(t) for t in first] == ["2022-04-18T06:00Z", "2022-04-25T06:00Z"]


def test_extraction_is_deterministic_and_ignores_the_wall_clock() -> None:
    text = "The talks will resume next week, officials said on Friday."
    assert extract(text, ANCHOR) == extract(text, ANCHOR)
    assert extract(text, "2030-01-01T00:00Z")[0].value == "2030-W02"


@pytest.mark.parametrize(
    ("phrase", "bounds", "start", "end"),
    [
        ("by Friday", "(]", None, "2023-07-14T22:00Z"),
        ("before Friday", "()", None, "2023-07-13T22:00Z"),
        ("until July 31", "(]", None, "2023-07-31T22:00Z"),
        ("no later than July 31", "(]", None, "2023-07-31T22:00Z"),
        ("on or before July 31", "(]", None, "2023-07-31T22:00Z"),
        ("after July 31", "[)", "2023-07-31T22:00Z", None),
        ("starting July 31", "[)", "2023-07-30T22:00Z", None),
        ("from July 31", "[)", "2023-07-30T22:00Z", None),
        ("since Monday", "[]", "2023-07-09T22:00Z", "2023-07-14T14:00Z"),
        ("within 48 hours", "[]", "2023-07-14T14:00Z", "2023-07-16T14:00Z"),
        ("by 5 p.m.", "(]", None, "2023-07-14T15:00Z"),
    ],
)
def test_each_relation_gives_its_window(
    phrase: str, bounds: str, start: str | None, end: str | None
) -> None:
    m = resolve(phrase, "2023-07-14T16:00:00+02:00", tz="Europe/Paris")
    assert m is not None and m.window is not None
    assert (m.window.bounds, iso_z(m.window.start), iso_z(m.window.end)) == (bounds, start, end)


def test_a_range_written_with_a_comma_is_still_one_range() -> None:
    text = "Roads will be closed between Friday, and Monday."
    friday, monday = extract(text, "2022-04-13T12:00:00+03:00", tz="Europe/Moscow")
    assert (friday.value, monday.value) == ("2022-04-15", "2022-04-18")
    assert friday.window == monday.window
    assert friday.window is not None and friday.window.start < friday.window.end


@pytest.mark.parametrize(
    ("tz", "name"),
    [("+5:30", "UTC+05:30"), ("UTC+5:30", "UTC+05:30"), ("+03:00", "UTC+03:00"), ("Z", "UTC")],
)
def test_publication_zone_as_an_offset(tz: str, name: str) -> None:
    assert resolve("today", "2022-04-16T12:00:00Z", tz=tz).tz == name


@pytest.mark.parametrize("tz", ["+99:00", "UTC+25", 3, "Mars/Olympus"])
def test_bad_publication_zone_is_a_zone_error(tz: object) -> None:
    with pytest.raises(ZoneError):
        resolve("today", "2022-04-16T12:00:00Z", tz=tz)  # type: ignore[arg-type]


@pytest.mark.parametrize("text", [b"on Sunday", None, 42])
def test_text_that_is_not_a_string_is_an_input_error(text: object) -> None:
    with pytest.raises(InputError, match="str"):
        extract(text, ANCHOR)  # type: ignore[arg-type]
    with pytest.raises(InputError, match="str"):
        resolve(text, ANCHOR)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "text",
    [
        "9999-12-31",
        "10000 years ago",
        "within 9999999999999 hours",
        "noon UTC+24",
        "1" * 5000,
        "the 9990s",
        "99999999 days ago",
    ],
)
def test_text_out_of_any_calendar_is_no_mention_not_an_error(text: str) -> None:
    for m in extract(text, ANCHOR, vague=True):
        assert m.interval is None or m.interval.start.year < 10000


def test_bare_date_anchor_keeps_its_date_in_other_zones() -> None:
    """DESIGN's own example: "by 5 p.m. ET Friday" published 2022-04-16 in Moscow."""
    m = resolve("by 5 p.m. ET Friday", "2022-04-16", tz="Europe/Moscow")
    assert iso_z(m.window.end) == "2022-04-22T21:00Z"


def test_nothing_heavy_is_loaded_on_import() -> None:
    import subprocess
    import sys

    code = (
        "import sys, timenorm; heavy = ['dateparser', 'holidays', 'pendulum'];"
        " from timenorm import zonetable;"
        " print([n for n in heavy if n in sys.modules], zonetable._table.cache_info().currsize)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[] 0"
