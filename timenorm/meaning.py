"""Stage 2's output: what an expression says, before the context fills what it leaves out.

HeidelTime writes `UNDEF-year-04-17`; here that is `Day(month=4, day=17)` with
`year=None`. Every class is plain frozen data; `anchor.py` gives each its denotation.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class ZoneRef:
    """A zone as the text names it: kind is place, abbr, long, generic, offset or local."""

    kind: str
    key: str
    offset: int | None = None  # seconds east of UTC, for kind == "offset"


@dataclass(frozen=True, slots=True)
class Day:
    """A calendar day, month or year with parts possibly missing (`UNDEF-year-04-17`).

    `weekday` alone is a weekday to place by tense; `shift` is "last", "next", "this"
    or "same" ("earlier on Sunday": a same-day phrase, kept with both readings).
    """

    year: int | None = None
    month: int | None = None
    day: int | None = None
    weekday: int | None = None
    shift: str | None = None
    year_shift: int | None = None  # "July of last year": the year counted from the anchor's


@dataclass(frozen=True, slots=True)
class NumericDate:
    """ "4/17/2022" or "17/4/2022": month first in the United States (and a few other
    places), day first elsewhere; the publication's country decides when both fit."""

    first: int
    second: int
    year: int


@dataclass(frozen=True, slots=True)
class Deictic:
    """today (0), yesterday (-1), tomorrow (1), the day before yesterday (-2)..."""

    days: int


@dataclass(frozen=True, slots=True)
class Narrative:
    """A shift from the narrative reference: the last day the text mentioned.

    "the next day" is (1, day); "the same day" (0, day); "a year earlier" (-1, year).
    """

    amount: int
    unit: str
    whole: bool = False  # "the following week": the whole ISO week, not a day a week on


@dataclass(frozen=True, slots=True)
class Clock:
    """A wall-clock time, in `zone` (None: the publication zone), on `day` (None: by rule)."""

    hour: int
    minute: int
    zone: ZoneRef | None = None
    day: DayRef | None = None
    named: str | None = None  # "midnight" or "noon": midnight's day follows the tense


@dataclass(frozen=True, slots=True)
class PartOfDay:
    """morning (MO), afternoon (AF), evening (EV), night (NI) of a day (None: today), on the
    clock of `zone` (None: the publication zone): "Saturday night New York time"."""

    part: str
    day: DayRef | None = None
    zone: ZoneRef | None = None


@dataclass(frozen=True, slots=True)
class Shifted:
    """ "last month", "this week", "next year": a calendar unit counted from the anchor's."""

    unit: str
    shift: int


@dataclass(frozen=True, slots=True)
class Ago:
    """ "two weeks ago" (-2 weeks), "in three days" (+3 days): elapsed from the anchor."""

    amount: int
    unit: str


@dataclass(frozen=True, slots=True)
class Quarter:
    """A quarter (1-4) or, with `half`, a half year (1-2) of a year (None: by tense)."""

    number: int
    year: int | None = None
    year_shift: int | None = None
    half: bool = False
    fiscal: bool = False  # "Q1 FY25", "the second quarter of fiscal 2024": `year` is fiscal


@dataclass(frozen=True, slots=True)
class Decade:
    """ "the 1990s" (10 years, value 199) or "the 1800s" (a century, value 18)."""

    first_year: int
    years: int = 10


@dataclass(frozen=True, slots=True)
class Season:
    season: str  # SP, SU, FA, WI
    year: int | None = None
    shift: int | None = None
    narrative: bool = False  # "that winter", "the following spring": from the story's time


@dataclass(frozen=True, slots=True)
class FiscalYear:
    year: int


@dataclass(frozen=True, slots=True)
class YearSpan:
    """ "the 2022-23 season": two calendar years."""

    first: int
    last: int


@dataclass(frozen=True, slots=True)
class Weekend:
    shift: int | None = None  # None: by tense


@dataclass(frozen=True, slots=True)
class Holiday:
    """A named day: `rule` is ("fixed", month, day), ("easter", offset), ("nth", m, wd, n)
    or ("named", country) for one only a calendar knows (Diwali); `name` is how the text
    names it, looked up first in the publication country's calendar ("Independence Day"
    in a Santiago story is 18 September)."""

    rule: tuple[object, ...]
    year: int | None = None
    name: str = ""
    year_shift: int | None = None  # "Easter Sunday last year": -1 from the publication year


@dataclass(frozen=True, slots=True)
class WeekOfMonth:
    """ "the third week of March": the ISO week holding day 7(n-1)+1 of the month."""

    number: int
    month: int
    year: int | None = None


@dataclass(frozen=True, slots=True)
class YearAgoToday:
    """ "this time last year": the publication date, `years` (and `months`) back."""

    years: int
    months: int = 0


@dataclass(frozen=True, slots=True)
class Fuzzy:
    """A part of a period: mod START, MID or END of a month, year, week, decade..."""

    mod: str
    base: Day | Shifted | Decade | Quarter | Deictic


@dataclass(frozen=True, slots=True)
class FromDay:
    """ "a week from Monday": `days` after the day `base` names."""

    days: int
    base: Day | Deictic


@dataclass(frozen=True, slots=True)
class WeekOf:
    """ "the week of March 10": the ISO week holding that day."""

    base: Day | Holiday


@dataclass(frozen=True, slots=True)
class WeekdayBeside:
    """ "the Monday before Thanksgiving", "the Friday after Christmas": the nearest such
    weekday strictly before or after the day `base` names."""

    weekday: int
    side: str  # "before" or "after"
    base: Day | Holiday


@dataclass(frozen=True, slots=True)
class Partial:
    """ "earlier this year" (before), "later today" (after): a period cut at the anchor."""

    side: str
    base: Deictic | Shifted


@dataclass(frozen=True, slots=True)
class Duration:
    """An amount of time. `anchored`: "past" (the past three days), "next", or None."""

    amount: float
    unit: str
    business: bool = False
    anchored: str | None = None
    extra: tuple[tuple[float, str], ...] = ()  # "two hours and 48 minutes": the 48 minutes
    after_in: bool = False  # "in three days": a date ahead unless the clause is past


@dataclass(frozen=True, slots=True)
class Reference:
    """PRESENT_REF, PAST_REF or FUTURE_REF."""

    value: str


@dataclass(frozen=True, slots=True)
class Recurrence:
    """A SET: "every Monday", "daily at 9 a.m."; `freq` is an RFC 5545 frequency."""

    freq: str
    interval: int = 1
    weekday: int | None = None
    hour: int | None = None
    minute: int | None = None
    zone: ZoneRef | None = None
    times: int = 1  # "twice a week": two times in each interval (TimeML freq="2X")
    part: str | None = None  # "Saturday mornings": MO, AF, EV, NI


Meaning = (
    Day
    | NumericDate
    | Deictic
    | Narrative
    | Clock
    | PartOfDay
    | Shifted
    | Ago
    | Quarter
    | Decade
    | Season
    | FiscalYear
    | YearSpan
    | Weekend
    | Holiday
    | WeekOfMonth
    | YearAgoToday
    | Fuzzy
    | Partial
    | FromDay
    | WeekdayBeside
    | WeekOf
    | Duration
    | Reference
    | Recurrence
)

# What can name the day of a clock time or a part of day: "Sunday", "April 17",
# "tomorrow", "the next day", "Christmas Eve".
DayRef = Day | NumericDate | Deictic | Narrative | Holiday


@dataclass(frozen=True, slots=True)
class Expression:
    """What the grammar found: token range [first, last), character span, meaning, and the
    preposition that makes it a bound."""

    first: int
    last: int
    start: int
    end: int
    meaning: Meaning
    relation: str | None = None
    mod: str | None = None
