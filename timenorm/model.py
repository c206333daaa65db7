"""The public result types: Interval, Window, Reading and Mention (the API contract)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any


def iso_z(when: datetime | None) -> str | None:
    """UTC ISO 8601 ending in "Z", seconds only when not zero: "2022-04-17T03:00Z"."""
    if when is None:
        return None
    when = when.astimezone(UTC)
    text = when.strftime("%Y-%m-%dT%H:%M:%S" if when.second else "%Y-%m-%dT%H:%M")
    return text + "Z"


@dataclass(frozen=True, slots=True)
class Interval:
    """What an expression denotes: [start, end), aware UTC datetimes, with its grain."""

    start: datetime
    end: datetime
    grain: str

    def __post_init__(self) -> None:
        if not self.start < self.end:
            raise ValueError(f"empty interval {self.start} .. {self.end}")

    def __contains__(self, when: datetime) -> bool:
        return self.start <= when < self.end

    def to_dict(self) -> dict[str, Any]:
        return {"start": iso_z(self.start), "end": iso_z(self.end), "grain": self.grain}


@dataclass(frozen=True, slots=True)
class Window:
    """The span a sentence allows: "by Friday" is (None, end of Friday].

    A side that is None is open. `bounds` says which given ends are included, in interval
    notation: "[]", "[)", "(]" or "()".
    """

    start: datetime | None
    end: datetime | None
    bounds: str = "[]"

    def __iter__(self):
        """Unpacks as (start, end), the way people write a window."""
        return iter((self.start, self.end))

    def __contains__(self, when: datetime) -> bool:
        if self.start is not None and (
            when < self.start or (when == self.start and self.bounds[0] == "(")
        ):
            return False
        return not (
            self.end is not None
            and (when > self.end or (when == self.end and self.bounds[1] == ")"))
        )

    def to_dict(self) -> dict[str, Any]:
        return {"start": iso_z(self.start), "end": iso_z(self.end), "bounds": self.bounds}


@dataclass(frozen=True, slots=True)
class Reading:
    """Another way to read an ambiguous expression, kept beside the chosen one."""

    value: str
    interval: Interval | None
    reason: str

    def to_dict(self) -> dict[str, Any]:
        return {
            "value": self.value,
            "interval": self.interval.to_dict() if self.interval else None,
            "reason": self.reason,
        }


@dataclass(frozen=True, slots=True)
class Mention:
    """One time expression found in text and what it denotes.

    `start`/`end` are character offsets into the text, `type`/`value`/`mod` TIMEX3,
    `interval` the UTC denotation (None for an unanchored duration or a set),
    `relation` the preposition that makes it a bound and `window` the span that bound
    allows, `tz` the zone the expression was read in. `alternatives` keeps the other
    readings of an ambiguous expression; `flags` names what a checker should look at
    ("dst-gap", "dst-fold", "zone-ambiguous", "zone-out-of-season", "weekday-mismatch",
    "impossible-date"); `rrule` is the RFC 5545 rule of a SET and `freq` its TimeML
    frequency when it happens more than once per interval ("twice a week": P1W, "2X").
    """

    start: int
    end: int
    text: str
    type: str
    value: str
    mod: str | None = None
    interval: Interval | None = None
    relation: str | None = None
    window: Window | None = None
    tz: str = "UTC"
    alternatives: tuple[Reading, ...] = ()
    flags: tuple[str, ...] = ()
    notes: tuple[str, ...] = ()
    rrule: str | None = None
    freq: str | None = None
    publication_tz: str = field(default="UTC", repr=False)

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready: UTC times as ISO strings ending in "Z", plus the local view."""
        out: dict[str, Any] = {
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "type": self.type,
            "value": self.value,
            "mod": self.mod,
            "interval": self.interval.to_dict() if self.interval else None,
            "relation": self.relation,
            "window": self.window.to_dict() if self.window else None,
            "tz": self.tz,
        }
        if self.interval is not None:
            out["local"] = _local_view(self.interval, self.publication_tz)
        if self.alternatives:
            out["alternatives"] = [alt.to_dict() for alt in self.alternatives]
        if self.flags:
            out["flags"] = list(self.flags)
        if self.notes:
            out["notes"] = list(self.notes)
        if self.rrule:
            out["rrule"] = self.rrule
        if self.freq:
            out["freq"] = self.freq
        return out

    def occurrences(self, after: datetime, count: int = 5) -> list[datetime]:
        """The next `count` occurrences of a SET after `after`, on the clock of its zone
        ("every Friday at 5 p.m. ET" in a Paris story runs on New York's clock)."""
        if self.rrule is None:
            return []
        from dateutil.rrule import rrulestr

        from timenorm.zones import zone_of_name

        tz = zone_of_name(self.tz).tz
        start = after.astimezone(tz).replace(second=0, microsecond=0)
        if "BYHOUR" not in self.rrule:  # "every Tuesday": each starts at local midnight
            start = start.replace(hour=0, minute=0)
        rule = rrulestr(self.rrule, dtstart=start)
        return [when.astimezone(UTC) for when in rule.xafter(after, count=count)]


@dataclass(frozen=True, slots=True)
class Finding:
    """What the checker reports about a draft: a stable `code` ("TN101"), a `severity`
    ("error", "warning", "info"), a `message` naming the words and what they resolve to,
    where it is (`start`/`end` character offsets, 1-based `line` and `column`), the
    `mentions` involved and, where one is clear, a suggested `fix`."""

    code: str
    severity: str
    message: str
    start: int
    end: int
    line: int
    column: int
    mentions: tuple[Mention, ...] = ()
    fix: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "code": self.code,
            "severity": self.severity,
            "message": self.message,
            "start": self.start,
            "end": self.end,
            "line": self.line,
            "column": self.column,
            "mentions": [m.to_dict() for m in self.mentions],
            "fix": self.fix,
        }


def _local_view(interval: Interval, zone_name: str) -> dict[str, str | None]:
    """The interval on the publication zone's wall clock, for a reader of that zone."""
    from timenorm.zones import zone_of_name

    tz = zone_of_name(zone_name).tz
    return {
        "zone": zone_name,
        "start": interval.start.astimezone(tz).isoformat(timespec="minutes"),
        "end": interval.end.astimezone(tz).isoformat(timespec="minutes"),
    }
