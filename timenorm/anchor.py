"""Stage 3: fill an underspecified meaning from the context and give its UTC interval.

The context is the publication moment and zone, the clause's tense and the last day the
text mentioned (the narrative reference). Calendar arithmetic is done on local dates in
the zone the expression is read in; conversion to UTC comes last (`localtime`).
"""

from __future__ import annotations

import calendar
import functools
import re
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from datetime import date, datetime, time, timedelta

from dateutil.easter import EASTER_ORTHODOX, EASTER_WESTERN, easter

from timenorm import lexicon as lx
from timenorm import localtime as lt
from timenorm import meaning as m
from timenorm.lexicon import PART_HOURS, SEASON_START_MONTH
from timenorm.model import Interval, Reading, Window
from timenorm.zones import Zone, country_of, historical, off_season
from timenorm.zones import resolve as resolve_zone

_WEEKDAY_CODES = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")
_DURATION_LETTERS = {
    "year": ("Y", 1), "month": ("M", 1), "week": ("W", 1), "day": ("D", 1),
    "fortnight": ("W", 2), "decade": ("Y", 10), "century": ("Y", 100), "quarter": ("M", 3),
    "hour": ("H", 1), "minute": ("M", 1), "second": ("S", 1),
}  # fmt: skip
_TIME_UNITS = frozenset({"hour", "minute", "second"})
_MAX_BUSINESS_DAYS = 2600  # ten years: past that, "business days" is no deadline anyone counts
_DAY_PART_HOURS = {"START": (0, 6), "MID": (10, 14), "END": (18, 24)}


@dataclass(frozen=True, slots=True)
class Context:
    """What an expression is resolved against: the publication moment (UTC) and zone."""

    anchor: datetime
    home: Zone
    date_only: bool = False  # "2022-04-16": the day is known, the moment is its local 00:00

    @property
    def today(self) -> date:
        return self.anchor.astimezone(self.home.tz).date()


@dataclass(slots=True)
class Denotation:
    """A resolved expression, before it is dressed as a Mention."""

    type: str
    value: str
    interval: Interval | None = None
    zone: Zone | None = None
    alternatives: list[Reading] = field(default_factory=list)
    flags: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    day: date | None = None  # the local day named, for later narrative references
    period: _Period | None = None  # the month or year named, for "the following month"
    instant: bool = False  # a clock time: bounds use its start, not its end
    rrule: str | None = None
    freq: str | None = None  # TimeML freq of a SET: "2X" for "twice a week"


@dataclass(frozen=True, slots=True)
class _Period:
    """A local calendar period [first, last) of dates, with its TIMEX3 value and grain."""

    value: str
    first: date
    last: date
    grain: str


class Resolver:
    """Resolves the expressions of one text in order, remembering the narrative day."""

    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx
        self.reference_day: date | None = None
        self.reference_month: date | None = None
        self.reference_year: date | None = None
        self.reference_quarter: date | None = None  # "the same quarter last year"
        self.reference_instant: datetime | None = None
        # The instant a conversion in parentheses converts: "9 p.m. Friday (1800 GMT)"
        self.converting: datetime | None = None
        # The first day of a range whose second end is being read: "Monday through Friday"
        self.not_before: date | None = None

    # ---- entry -------------------------------------------------------------------------
    def resolve(
        self, meaning: m.Meaning, tense: str | None, relation: str | None = None
    ) -> Denotation | None:
        denotation = self._dispatch(meaning, tense)
        if denotation is not None:
            self._remember(denotation, meaning, relation)
        return denotation

    def _remember(self, den: Denotation, meaning: m.Meaning, relation: str | None) -> None:
        """Keep the last day, month and year the text named, and the last clock time: the
        narrative references of "two days later", "the following month", "three years
        later" and "three hours later"."""
        if den.day is not None:
            self.reference_day = self.reference_month = self.reference_year = den.day
        elif den.period is not None and den.period.grain in ("month", "quarter"):
            # a bare year ("since 1990", "next year") is too loose an anchor for "a year
            # earlier"; a month or a quarter ("March 2019", "the second quarter") is not
            self.reference_month = self.reference_year = den.period.first
            if den.period.grain == "quarter":
                self.reference_quarter = den.period.first
        elif den.period is not None and den.period.grain == "year":
            # a year written out ("founded in 1994 ... two years later") anchors later years;
            # "next year" does not: "a year earlier" then counts from publication again
            # and "since 1990" is a bound, not the story's time ("from 1972 to 1989" is)
            written = isinstance(meaning, m.Day) and relation in (None, "from", "until")
            # "two years later" moves the story on; "a year earlier" only compares
            later = isinstance(meaning, m.Narrative) and meaning.amount > 0
            if written or later:
                self.reference_year = den.period.first
            elif isinstance(meaning, m.Shifted):
                self.reference_year = None
        if den.instant and den.interval is not None:
            self.reference_instant = den.interval.start

    def _dispatch(self, meaning: m.Meaning, tense: str | None) -> Denotation | None:
        match meaning:
            case m.Clock():
                return self._clock(meaning, tense)
            case m.PartOfDay():
                return self._part_of_day(meaning, tense)
            case m.Duration() if (
                meaning.after_in and tense != "past" and float(meaning.amount).is_integer()
            ):
                return self._ago(m.Ago(int(meaning.amount), meaning.unit))
            case m.Duration():
                return self._duration(meaning)
            case m.Ago():
                return self._ago(meaning)
            case m.Reference():
                return self._reference(meaning)
            case m.Narrative() if meaning.unit == "hour":
                return self._hours_later(meaning)
            case m.Recurrence():
                return self._recurrence(meaning)
            case m.FiscalYear():
                return Denotation("DATE", f"FY{meaning.year}")
            case m.Quarter(fiscal=True):  # a fiscal calendar's quarters are the company's
                letter = "H" if meaning.half else "Q"
                return Denotation("DATE", f"FY{meaning.year}-{letter}{meaning.number}")
            case m.Fuzzy():
                return self._fuzzy(meaning, tense)
            case m.Partial():
                return self._partial(meaning)
            case m.Day() if meaning.month and meaning.day and meaning.year is not None:
                return self._exact_day(meaning)
            case m.Day() if meaning.month and meaning.day and meaning.day > _longest(meaning.month):
                # "April 31" is in no year: keep it, flagged, rather than drop it
                value = f"XXXX-{meaning.month:02d}-{meaning.day:02d}"
                den = Denotation("DATE", value, zone=self.ctx.home)
                den.flags.append("impossible-date")
                den.notes.append(f"month {meaning.month} has no day {meaning.day}")
                return den
            case m.NumericDate():
                return self._exact_day(_numeric_day(meaning, country_of(self.ctx.home)))
            case _:
                return self._period_denotation(meaning, tense)

    # ---- periods of whole days ---------------------------------------------------------
    def _period_denotation(self, meaning: m.Meaning, tense: str | None) -> Denotation | None:
        chosen = self._period(meaning, tense, self.ctx.today)
        if chosen is None:
            return None
        period, others = chosen
        den = self._den(period)
        for other in others:
            den.alternatives.append(Reading(other.value, self._interval(other), "other reading"))
        return den

    def _den(self, period: _Period, kind: str = "DATE") -> Denotation:
        day = (
            period.first
            if period.grain == "day" and period.last - period.first == timedelta(1)
            else None
        )
        return Denotation(
            kind, period.value, self._interval(period), self.ctx.home, day=day, period=period
        )

    def _interval(self, period: _Period, zone: Zone | None = None) -> Interval:
        tz = (zone or self.ctx.home).tz
        start, end = lt.day_span(period.first, period.last, tz)
        return Interval(start, end, period.grain)

    def _period(
        self, meaning: m.Meaning, tense: str | None, today: date
    ) -> tuple[_Period, list[_Period]] | None:
        """The period a date-like meaning names, and the other readings kept."""
        match meaning:
            case m.Day():
                return self._day_period(meaning, tense, today)
            case m.Deictic():
                return _day(today + timedelta(meaning.days)), []
            case m.Narrative() if meaning.unit == "hour":
                return None  # read by _hours_later, which needs the clock time
            case m.Narrative():
                return self._narrative(meaning), []
            case m.Shifted():
                return _shifted(meaning, today), []
            case m.Quarter():
                return self._pick(_quarter_candidates(meaning, today), tense, today)
            case m.Decade():
                y, span = meaning.first_year, meaning.years
                value = str(y)[: 2 if span == 100 else 3]
                return _Period(value, date(y, 1, 1), date(y + span, 1, 1), "year"), []
            case m.Season(narrative=True):
                ref = self.reference_year or self.ctx.today
                if (ref.month, ref.day) == (1, 1):  # a bare year: "that winter" is December's,
                    # "the following spring" the next year's
                    ref = {0: date(ref.year, 6, 1), 1: date(ref.year, 12, 31)}.get(
                        meaning.shift or 0, ref
                    )
                story = replace(meaning, narrative=False)
                return _season_candidates(story, ref)[0], []
            case m.Season():
                return self._pick(_season_candidates(meaning, today), tense, today)
            case m.YearSpan():
                return (
                    _Period(
                        f"{meaning.first}/{meaning.last}",
                        date(meaning.first, 1, 1),
                        date(meaning.last + 1, 1, 1),
                        "year",
                    ),
                    [],
                )
            case m.Weekend():
                return self._pick(_weekend_candidates(meaning, today), tense, today)
            case m.Holiday():
                country = country_of(self.ctx.home)
                return self._pick(_holiday_candidates(meaning, today, country), tense, today)
            case m.WeekOfMonth():
                return self._pick(_week_of_month_candidates(meaning, today), tense, today)
            case m.YearAgoToday():
                back = lt.add_months(lt.add_years(today, -meaning.years), -meaning.months)
                return _day(back), []
            case m.FromDay():
                got = self._period(meaning.base, "future", today)
                return (_day(got[0].first + timedelta(meaning.days)), []) if got else None
            case m.WeekOf():
                got = self._period(meaning.base, tense, today)
                return (_week(lt.week_start(got[0].first)), []) if got else None
            case m.WeekdayBeside():
                got = self._period(meaning.base, tense, today)
                if got is None:
                    return None
                step = -1 if meaning.side == "before" else 1
                day = got[0].first + timedelta(step)
                while day.weekday() != meaning.weekday:
                    day += timedelta(step)
                return _day(day), []
        return None

    def _pick(
        self, candidates: list[_Period], tense: str | None, today: date
    ) -> tuple[_Period, list[_Period]] | None:
        """Past -> the latest begun on or before today; future -> the earliest not yet
        over; no tense -> the one holding today, else the nearest. The other side is kept
        as an alternative; a future reading of today also keeps the next one."""
        if not candidates:
            return None
        if len(candidates) == 1:
            return candidates[0], []
        ordered = sorted(candidates, key=lambda p: p.first)
        past = [p for p in ordered if p.first <= today]
        future = [p for p in ordered if p.last > today]
        latest = past[-1] if past else ordered[0]
        earliest = future[0] if future else ordered[-1]
        if tense == "past":
            chosen, other = latest, earliest
        elif tense == "future":
            chosen, other = earliest, latest
            if chosen.first <= today < chosen.last:
                later = [p for p in ordered if p.first >= chosen.last]
                other = later[0] if later else chosen
        else:
            chosen = min(ordered, key=lambda p: _distance(p, today))
            other = earliest if chosen is latest else latest
        return chosen, [other] if other != chosen else []

    def _day_period(
        self, meaning: m.Day, tense: str | None, today: date
    ) -> tuple[_Period, list[_Period]] | None:
        if meaning.year is not None and meaning.month is not None and meaning.day is not None:
            try:
                return _day(date(meaning.year, meaning.month, meaning.day)), []
            except ValueError:
                return None
        if meaning.year_shift is not None and meaning.month is not None:
            y = today.year + meaning.year_shift
            if meaning.day is None:
                return _month(y, meaning.month), []
            return _day(date(y, meaning.month, meaning.day)), []
        if meaning.year is not None and meaning.month is None:
            y = meaning.year
            return _Period(f"{y:04d}", date(y, 1, 1), date(y + 1, 1, 1), "year"), []
        if meaning.year is not None and meaning.month is not None and meaning.day is None:
            return _month(meaning.year, meaning.month), []
        if meaning.weekday is not None and meaning.month is None:
            return self._weekday(meaning.weekday, meaning.shift, tense, today)
        if meaning.month is not None and meaning.day is None:
            years = {
                "last": (today.year - 1, today.year),
                "this": (today.year,),
                "next": (today.year, today.year + 1),
            }.get(meaning.shift or "")
            if meaning.shift == "last":
                candidates = [_month(y, meaning.month) for y in years or ()]
                return max(
                    (p for p in candidates if p.last <= lt.month_start(today.year, today.month)),
                    key=lambda p: p.first,
                    default=candidates[0],
                ), []
            if meaning.shift == "next":
                candidates = [_month(y, meaning.month) for y in years or ()]
                return min(
                    (p for p in candidates if p.first > today),
                    key=lambda p: p.first,
                    default=candidates[-1],
                ), []
            if meaning.shift == "this":
                return _month(today.year, meaning.month), []
            if self.not_before is not None:  # "from October to March"
                start = self.not_before
                y = start.year if meaning.month >= start.month else start.year + 1
                return _month(y, meaning.month), []
            candidates = [
                _month(y, meaning.month) for y in (today.year - 1, today.year, today.year + 1)
            ]
            return self._pick(candidates, tense, today)
        if meaning.month is None and meaning.day is not None and meaning.shift == "this":
            try:  # "the 18th of this month"
                return _day(today.replace(day=meaning.day)), []
            except ValueError:
                return None
        if meaning.month is None and meaning.day is not None:  # "on the 1st"
            candidates = []
            for k in (-1, 0, 1):
                first = lt.add_months(today.replace(day=1), k)
                try:
                    candidates.append(_day(first.replace(day=meaning.day)))
                except ValueError:
                    continue
            return self._pick(candidates, tense, today)
        if meaning.month is not None and meaning.day is not None:
            candidates = []
            for y in (today.year - 1, today.year, today.year + 1):
                try:
                    candidates.append(_day(date(y, meaning.month, meaning.day)))
                except ValueError:
                    continue
            if meaning.weekday is not None:
                # "Sunday, April 17": the weekday picks the year: the nearest fitting year
                # around today, else the one the tense points to, up to eleven years away
                near = [p for p in candidates if p.first.weekday() == meaning.weekday]
                if near:
                    return min(near, key=lambda p: _distance(p, today)), []
                far = []
                for y in range(today.year - 11, today.year + 12):
                    try:
                        day = date(y, meaning.month, meaning.day)
                    except ValueError:
                        continue
                    if day.weekday() == meaning.weekday:
                        far.append(_day(day))
                chosen = self._pick(far, tense, today)
                if chosen is not None:
                    return chosen[0], []
            if self.not_before is not None:  # "from Nov. 1 through Jan. 15"
                return _first_on_or_after(self.not_before, meaning.month, meaning.day), []
            return self._pick(candidates, tense, today)
        return None

    def _weekday(
        self, weekday: int, shift: str | None, tense: str | None, today: date
    ) -> tuple[_Period, list[_Period]]:
        delta = (weekday - today.weekday()) % 7
        upcoming = today + timedelta(delta)  # on or after today
        previous = upcoming - timedelta(7) if delta else upcoming  # on or before today
        if shift == "last":
            return _day(previous if delta else today - timedelta(7)), []
        if shift == "next":
            in_next_week = lt.week_start(today) + timedelta(7 + weekday)
            first_after = upcoming if delta else today + timedelta(7)
            others = [_day(first_after)] if first_after != in_next_week else []
            return _day(in_next_week), others
        if shift == "this":
            tense = tense or "future"
        if shift is None and self.not_before is not None:
            gap = (weekday - self.not_before.weekday()) % 7
            return _day(self.not_before + timedelta(gap)), []
        candidates = [
            _day(previous - timedelta(7)),
            _day(previous),
            _day(upcoming),
            _day(upcoming + timedelta(7)),
        ]
        chosen = self._pick(list({p.first: p for p in candidates}.values()), tense, today)
        assert chosen is not None
        if shift == "this":
            return chosen[0], []
        if shift == "same":
            other = _day(upcoming if chosen[0].first != upcoming else previous)
            return chosen[0], [other] if other != chosen[0] else []
        return chosen

    def _exact_day(self, meaning: m.Day) -> Denotation:
        assert meaning.year is not None and meaning.month is not None and meaning.day is not None
        try:
            day = date(meaning.year, meaning.month, meaning.day)
        except ValueError:
            den = Denotation(
                "DATE",
                f"{meaning.year:04d}-{meaning.month:02d}-{meaning.day:02d}",
                zone=self.ctx.home,
            )
            den.flags.append("impossible-date")
            den.notes.append(
                f"{meaning.year:04d}-{meaning.month:02d}-{meaning.day:02d} is not a date"
            )
            return den
        den = self._den(_day(day))
        _check_weekday(den, day, meaning.weekday)
        return den

    def _narrative(self, meaning: m.Narrative) -> _Period:
        n, unit = meaning.amount, meaning.unit
        ref = {
            "month": self.reference_month,
            "quarter": self.reference_quarter or self.reference_month,
            "year": self.reference_year,
            "decade": self.reference_year,
        }.get(unit, self.reference_day)
        ref = ref or self.reference_day or self.ctx.today
        if unit == "day":
            return _day(ref + timedelta(n))
        if unit == "week" and meaning.whole:
            return _week(lt.week_start(ref) + timedelta(7 * n))
        if unit == "weekend":
            start = lt.week_start(ref) + timedelta(7 * n + 5)
            return _weekend(start)
        if unit in ("week", "fortnight"):
            return _day(ref + timedelta(7 * n * (2 if unit == "fortnight" else 1)))
        if unit == "month":
            moved = lt.add_months(ref, n)
            return _month(moved.year, moved.month)
        if unit == "quarter":  # "the same quarter last year"
            moved = lt.add_months(ref, 3 * n)
            return _quarter(moved.year, (moved.month - 1) // 3 + 1)
        years = n * (10 if unit == "decade" else 1)
        y = ref.year + years
        return _Period(f"{y:04d}", date(y, 1, 1), date(y + 1, 1, 1), "year")

    def _hours_later(self, meaning: m.Narrative) -> Denotation:
        """ "reinstated three hours later": hours from the last clock time, else the anchor."""
        start = self.reference_instant or self.ctx.anchor
        return self._ago(m.Ago(meaning.amount, "hour"), start)

    # ---- clock times and parts of day ---------------------------------------------------
    def _clock(self, meaning: m.Clock, tense: str | None) -> Denotation:
        zone = resolve_zone(meaning.zone, self.ctx.home, self.ctx.anchor)
        local_now = self.ctx.anchor.astimezone(zone.tz)
        # With only a publication date, "the publication day seen in ET" is that date too.
        today = self.ctx.today if self.ctx.date_only else local_now.date()
        hour, minute = meaning.hour, meaning.minute
        day: date
        others: list[_Period] = []
        if meaning.day is not None:
            got = self._period(meaning.day, tense, today)
            day = got[0].first if got else today
            others = got[1] if got else []
            if meaning.named == "midnight":
                day += timedelta(1)
            named = meaning.day
            if self.converting is not None and isinstance(named, m.Day) and named.month is None:
                near = _day_nearest(self.converting, time(hour % 24, minute), zone)
                if near.weekday() == named.weekday:  # "(0000 GMT Wednesday)": that instant's
                    day, others = near, []
        elif meaning.named == "midnight":
            last = datetime.combine(today, time())
            following = last + timedelta(days=1)
            if tense == "past":
                day = today
            elif tense == "future":
                day = today + timedelta(1)
            else:
                now_naive = local_now.replace(tzinfo=None)
                day = today if now_naive - last <= following - now_naive else today + timedelta(1)
        elif self.converting is not None:
            day = _day_nearest(self.converting, time(hour % 24, minute), zone)
        else:
            day = today
        if hour == 24:  # "24:00" ends the day: the next day's 00:00
            day, hour = day + timedelta(1), 0
        wall = datetime.combine(day, time(hour % 24, minute))
        zone = historical(zone, wall)
        instant, flag, second = lt.wall_clock(wall, zone.tz)
        value = f"{day.isoformat()}T{hour % 24:02d}:{minute:02d}"
        den = Denotation(
            "TIME",
            value,
            Interval(instant, instant + timedelta(minutes=1), "minute"),
            zone,
            day=day,
            instant=True,
        )
        if flag is not None:
            den.flags.append(flag)
            if second is not None:
                den.alternatives.append(
                    Reading(
                        value,
                        Interval(second, second + timedelta(minutes=1), "minute"),
                        "the clock reads this time twice",
                    )
                )
                den.notes.append(f"{value} occurs twice in {zone.name} (clocks go back)")
            else:
                den.notes.append(f"{value} does not exist in {zone.name} (clocks go forward)")
        for other in others:
            alt_wall = datetime.combine(other.first, time(hour % 24, minute))
            alt = lt.utc(alt_wall, zone.tz)
            den.alternatives.append(
                Reading(
                    f"{other.first.isoformat()}T{hour % 24:02d}:{minute:02d}",
                    Interval(alt, alt + timedelta(minutes=1), "minute"),
                    "other reading",
                )
            )
        self._zone_notes(den, zone, instant, wall)
        if isinstance(meaning.day, m.Day) and meaning.day.month and meaning.day.day:
            _check_weekday(den, day, meaning.day.weekday)
        return den

    def _zone_notes(self, den: Denotation, zone: Zone, instant: datetime, wall: datetime) -> None:
        if zone.alternatives and zone.reading is not None:
            den.flags.append("zone-ambiguous")
            names = ", ".join(f"{alt.name}" for alt in zone.alternatives)
            den.notes.append(f"read as {zone.reading.name} ({zone.name}); could also be {names}")
            for alt in zone.alternatives:
                if alt.offset is None:
                    continue
                other = wall.replace(tzinfo=None) - timedelta(seconds=alt.offset)
                other_utc = other.replace(tzinfo=instant.tzinfo)
                den.alternatives.append(
                    Reading(
                        den.value,
                        Interval(other_utc, other_utc + timedelta(minutes=1), "minute"),
                        f"as {alt.name}",
                    )
                )
        season = off_season(zone, instant, self.ctx.home) if zone.fixed else None
        if season is not None:
            den.flags.append("zone-out-of-season")
            den.notes.append(
                f"{zone.name} is a fixed offset, but its region is on {season} time then"
            )

    def _part_of_day(self, meaning: m.PartOfDay, tense: str | None) -> Denotation:
        zone = (
            resolve_zone(meaning.zone, self.ctx.home, self.ctx.anchor)
            if meaning.zone
            else self.ctx.home
        )
        if meaning.zone is None or self.ctx.date_only:
            today = self.ctx.today
        else:  # "tonight New York time" is tonight on New York's calendar
            today = self.ctx.anchor.astimezone(zone.tz).date()
        got = self._period(meaning.day, tense, today) if meaning.day is not None else None
        day = got[0].first if got else today
        start_h, end_h = PART_HOURS[meaning.part]
        start, end = lt.hours_span(day, start_h, end_h, zone.tz)
        den = Denotation(
            "TIME",
            f"{day.isoformat()}T{meaning.part}",
            Interval(start, end, "hour"),
            zone,
            day=day,
        )
        for other in got[1] if got else []:
            o_start, o_end = lt.hours_span(other.first, start_h, end_h, zone.tz)
            den.alternatives.append(
                Reading(
                    f"{other.first.isoformat()}T{meaning.part}",
                    Interval(o_start, o_end, "hour"),
                    "other reading",
                )
            )
        return den

    # ---- elapsed time --------------------------------------------------------------------
    def _ago(self, meaning: m.Ago, since: datetime | None = None) -> Denotation:
        n, unit = meaning.amount, meaning.unit
        home = self.ctx.home
        if unit in _TIME_UNITS:
            moved = (since or self.ctx.anchor) + timedelta(**{unit + "s": n})
            local = moved.astimezone(home.tz)
            if unit == "hour":
                floor = local.replace(minute=0, second=0, microsecond=0)
                value = floor.strftime("%Y-%m-%dT%H")
                start = floor.astimezone(moved.tzinfo)
                return Denotation(
                    "TIME", value, Interval(start, start + timedelta(hours=1), "hour"), home
                )
            floor = (
                local.replace(second=0, microsecond=0)
                if unit == "minute"
                else local.replace(microsecond=0)
            )
            step = timedelta(minutes=1) if unit == "minute" else timedelta(seconds=1)
            fmt = "%Y-%m-%dT%H:%M" if unit == "minute" else "%Y-%m-%dT%H:%M:%S"
            start = floor.astimezone(moved.tzinfo)
            return Denotation(
                "TIME", floor.strftime(fmt), Interval(start, start + step, unit), home
            )
        today = self.ctx.today
        if unit in ("day", "week", "fortnight"):
            days = n * {"day": 1, "week": 7, "fortnight": 14}[unit]
            return self._den(_day(today + timedelta(days)))
        if unit == "month":
            moved_day = lt.add_months(today, n)
            return self._den(_month(moved_day.year, moved_day.month))
        if unit == "quarter":
            moved_day = lt.add_months(today, 3 * n)
            q = (moved_day.month - 1) // 3 + 1
            return self._den(_quarter(moved_day.year, q))
        years = n * {"year": 1, "decade": 10, "century": 100}[unit]
        y = today.year + years
        return self._den(_Period(f"{y:04d}", date(y, 1, 1), date(y + 1, 1, 1), "year"))

    def _duration(self, meaning: m.Duration) -> Denotation:
        value = duration_value(meaning.amount, meaning.unit, meaning.extra)
        den = Denotation("DURATION", value, zone=self.ctx.home)
        if meaning.anchored is None:
            return den
        anchor, tz = self.ctx.anchor, self.ctx.home.tz
        sign = 1 if meaning.anchored == "next" else -1
        grain = {"fortnight": "week", "decade": "year", "century": "year"}.get(
            meaning.unit, meaning.unit
        )
        amount = meaning.amount
        if meaning.business:
            end = self._business_days_end(int(amount)) if sign > 0 else anchor
            start = anchor
        elif meaning.unit in _TIME_UNITS:
            other = anchor + sign * timedelta(**{meaning.unit + "s": amount})
            start, end = min(anchor, other), max(anchor, other)
        else:
            days = {"day": 1, "week": 7, "fortnight": 14}.get(meaning.unit)
            months = {"month": 1, "quarter": 3, "year": 12, "decade": 120, "century": 1200}.get(
                meaning.unit
            )
            if days is not None:
                other = lt.same_wall_clock_later(anchor, tz, days=int(sign * amount * days))
            else:
                other = lt.same_wall_clock_later(
                    anchor, tz, months=int(sign * amount * (months or 0))
                )
            start, end = min(anchor, other), max(anchor, other)
        if start < end:
            den.interval = Interval(start, end, grain)
        return den

    def _business_days_end(self, count: int) -> datetime:
        """End of the `count`-th business day after the anchor day, local holidays skipped."""
        if count > _MAX_BUSINESS_DAYS:
            raise OverflowError("too many business days to count one by one")
        calendar = _holiday_calendar(country_of(self.ctx.home), named=False)
        day = self.ctx.today
        left = count
        while left > 0:
            day += timedelta(1)
            if day.weekday() < 5 and day not in calendar:
                left -= 1
        return lt.day_start(day + timedelta(1), self.ctx.home.tz)

    def _reference(self, meaning: m.Reference) -> Denotation:
        den = Denotation("DATE", meaning.value, zone=self.ctx.home)
        if meaning.value == "PRESENT_REF":
            start = self.ctx.anchor.replace(second=0, microsecond=0)
            den.interval = Interval(start, start + timedelta(minutes=1), "minute")
        return den

    def _recurrence(self, meaning: m.Recurrence) -> Denotation:
        parts = [f"FREQ={meaning.freq}"]
        if meaning.interval > 1:
            parts.append(f"INTERVAL={meaning.interval}")
        if meaning.weekday is not None:
            parts.append(f"BYDAY={_WEEKDAY_CODES[meaning.weekday]}")
        if meaning.hour is not None:
            parts.append(f"BYHOUR={meaning.hour};BYMINUTE={meaning.minute or 0};BYSECOND=0")
        if meaning.weekday is not None:
            value = f"XXXX-WXX-{meaning.weekday + 1}"
            if meaning.part is not None:
                value += f"T{meaning.part}"
        else:
            letter = {
                "DAILY": "D",
                "WEEKLY": "W",
                "MONTHLY": "M",
                "YEARLY": "Y",
                "HOURLY": "H",
                "MINUTELY": "M",
            }[meaning.freq]
            clock = "T" if meaning.freq in ("HOURLY", "MINUTELY") else ""
            value = f"P{clock}{meaning.interval}{letter}"
        if meaning.hour is not None:
            day = value if meaning.weekday is not None else "XXXX-XX-XX"
            value = f"{day}T{meaning.hour:02d}:{meaning.minute or 0:02d}"
        zone = (
            resolve_zone(meaning.zone, self.ctx.home, self.ctx.anchor)
            if meaning.zone
            else self.ctx.home
        )
        if meaning.times > 1:  # RFC 5545 cannot say "twice a week" without naming the days
            return Denotation("SET", value, zone=zone, freq=f"{meaning.times}X")
        return Denotation("SET", value, zone=zone, rrule="RRULE:" + ";".join(parts))

    def _partial(self, meaning: m.Partial) -> Denotation | None:
        got = self._period(meaning.base, None, self.ctx.today)
        if got is None:
            return None
        den = self._den(got[0])
        den.day = None
        whole = den.interval
        assert whole is not None
        anchor = self.ctx.anchor
        start, end = (whole.start, anchor) if meaning.side == "before" else (anchor, whole.end)
        if start < end:
            den.interval = Interval(start, end, whole.grain)
        return den

    # ---- fuzzy parts --------------------------------------------------------------------
    def _fuzzy(self, meaning: m.Fuzzy, tense: str | None) -> Denotation | None:
        got = self._period(meaning.base, tense, self.ctx.today)
        if got is None:
            return None
        base = got[0]
        if base.grain == "day" and base.last - base.first == timedelta(1):
            # "early Wednesday" (00-06), "late Tuesday" (18-24): hours of that day
            first_hour, last_hour = _DAY_PART_HOURS[meaning.mod]
            start, end = lt.hours_span(base.first, first_hour, last_hour, self.ctx.home.tz)
            return Denotation("DATE", base.value, Interval(start, end, "hour"), self.ctx.home)
        part = _part_of(base, meaning.mod)
        den = self._den(part)
        den.day = None
        return den


# ---- windows -----------------------------------------------------------------------------
def window_for(relation: str | None, den: Denotation, anchor: datetime) -> Window | None:
    """The span a bounding preposition allows (DESIGN.md, "Windows")."""
    iv = den.interval
    if relation is None or iv is None:
        return None
    start_point = iv.start
    end_point = iv.start if den.instant else iv.end
    if relation in ("by", "until", "through", "no later than", "on or before"):
        return Window(None, end_point, "(]")
    if relation == "before":
        return Window(None, iv.start, "()")
    if relation == "after":
        return Window(end_point, None, "[)")
    if relation in ("from", "starting", "on or after", "no earlier than"):
        return Window(start_point, None, "[)")
    if relation == "since":
        return Window(start_point, anchor, "[]")
    if relation == "within":
        if den.type == "DURATION":
            return Window(iv.start, iv.end, "[]")
        return Window(anchor, end_point, "[]")
    if relation == "between":
        return Window(iv.start, end_point, "[]")
    return None


# ---- periods -----------------------------------------------------------------------------
def _day(day: date) -> _Period:
    return _Period(day.isoformat(), day, day + timedelta(1), "day")


def _month(year: int, month: int) -> _Period:
    return _Period(
        f"{year:04d}-{month:02d}",
        lt.month_start(year, month),
        lt.next_month_start(year, month),
        "month",
    )


def _week(monday: date) -> _Period:
    iso = monday.isocalendar()
    return _Period(f"{iso.year:04d}-W{iso.week:02d}", monday, monday + timedelta(7), "week")


def _weekend(saturday: date) -> _Period:
    iso = saturday.isocalendar()
    return _Period(f"{iso.year:04d}-W{iso.week:02d}-WE", saturday, saturday + timedelta(2), "day")


def _quarter(year: int, q: int) -> _Period:
    first = date(year, 3 * (q - 1) + 1, 1)
    return _Period(f"{year:04d}-Q{q}", first, lt.add_months(first, 3), "quarter")


def _half(year: int, h: int) -> _Period:
    first = date(year, 6 * (h - 1) + 1, 1)
    return _Period(f"{year:04d}-H{h}", first, lt.add_months(first, 6), "quarter")


def _distance(period: _Period, today: date) -> int:
    if period.first <= today < period.last:
        return 0
    if today < period.first:
        return (period.first - today).days
    return (today - period.last).days + 1


def _shifted(meaning: m.Shifted, today: date) -> _Period:
    n = meaning.shift
    if meaning.unit == "week":
        return _week(lt.week_start(today) + timedelta(7 * n))
    if meaning.unit == "month":
        moved = lt.add_months(today, n)
        return _month(moved.year, moved.month)
    if meaning.unit == "quarter":
        moved = lt.add_months(today, 3 * n)
        return _quarter(moved.year, (moved.month - 1) // 3 + 1)
    if meaning.unit == "decade":
        first = (today.year // 10 + n) * 10
        return _Period(str(first)[:3], date(first, 1, 1), date(first + 10, 1, 1), "year")
    if meaning.unit == "century":
        first = (today.year // 100 + n) * 100
        return _Period(str(first)[:2], date(first, 1, 1), date(first + 100, 1, 1), "year")
    y = today.year + n
    return _Period(f"{y:04d}", date(y, 1, 1), date(y + 1, 1, 1), "year")


def _quarter_candidates(meaning: m.Quarter, today: date) -> list[_Period]:
    make = _half if meaning.half else _quarter
    if meaning.year is not None:
        return [make(meaning.year, meaning.number)]
    if meaning.year_shift is not None:
        return [make(today.year + meaning.year_shift, meaning.number)]
    return [make(y, meaning.number) for y in (today.year - 1, today.year, today.year + 1)]


def _season(year: int, season: str) -> _Period:
    first = date(year, SEASON_START_MONTH[season], 1)
    return _Period(f"{year:04d}-{season}", first, lt.add_months(first, 3), "month")


def _season_candidates(meaning: m.Season, today: date) -> list[_Period]:
    if meaning.year is not None:
        return [_season(meaning.year, meaning.season)]
    candidates = [
        _season(y, meaning.season)
        for y in (today.year - 2, today.year - 1, today.year, today.year + 1)
    ]
    if meaning.shift is None:
        return candidates
    current = max((p for p in candidates if p.first <= today), key=lambda p: p.first)
    index = candidates.index(current)
    if meaning.shift == 0:  # "this summer": this year's, said before, during or after it
        year = today.year - 1 if meaning.season == "WI" and today.month <= 2 else today.year
        return [_season(year, meaning.season)]
    if meaning.shift < 0:
        return [candidates[index - 1] if current.last > today else current]
    return [candidates[index + 1]] if index + 1 < len(candidates) else [current]


def _weekend_candidates(meaning: m.Weekend, today: date) -> list[_Period]:
    saturday = lt.week_start(today) + timedelta(5)
    if meaning.shift is not None:
        return [_weekend(saturday + timedelta(7 * meaning.shift))]
    return [_weekend(saturday + timedelta(7 * k)) for k in (-1, 0, 1)]


def _holiday_date(rule: tuple[object, ...], year: int) -> date | None:
    kind = rule[0]
    if kind == "fixed":
        return date(year, int(rule[1]), int(rule[2]))  # type: ignore[call-overload]
    if kind == "easter":
        return easter(year, EASTER_WESTERN) + timedelta(int(rule[1]))  # type: ignore[call-overload]
    if kind == "orthodox-easter":
        return easter(year, EASTER_ORTHODOX) + timedelta(int(rule[1]))  # type: ignore[call-overload]
    if kind == "nth":
        month, weekday, n = (int(x) for x in rule[1:4])  # type: ignore[call-overload]
        after = timedelta(int(rule[4]) if len(rule) > 4 else 0)  # type: ignore[call-overload]
        if n > 0:
            first = date(year, month, 1)
            return first + timedelta((weekday - first.weekday()) % 7 + 7 * (n - 1)) + after
        last = lt.next_month_start(year, month) - timedelta(1)
        return last - timedelta((last.weekday() - weekday) % 7) + after
    return None


def _holiday_candidates(meaning: m.Holiday, today: date, country: str | None) -> list[_Period]:
    """The holiday's day in each year near today: the publication country's calendar
    first, then the rule (or the calendar of the country the holiday belongs to)."""
    if meaning.year is not None:
        years: tuple[int, ...] = (meaning.year,)
    elif meaning.year_shift is not None:
        years = (today.year + meaning.year_shift,)
    else:
        years = (today.year - 1, today.year, today.year + 1)
    own_rule = lx.COUNTRY_HOLIDAY_RULES.get(meaning.name, {}).get(country or "")
    if own_rule is not None:
        return [_day(d) for y in years if (d := _holiday_date(own_rule, y)) is not None]
    lookups = [(country, meaning.name)] if country else []
    if meaning.rule[0] == "named":
        aliases = [str(alias) for alias in meaning.rule[2:]]
        lookups += [(country, alias) for alias in aliases if country]
        lookups += [(str(meaning.rule[1]), alias) for alias in aliases]
    for lookup, name in lookups:
        days = _calendar_days(lookup, name, years)
        if days:
            return [_day(day) for day in days]
    out = []
    for y in years:
        day = _holiday_date(meaning.rule, y)
        if day is not None:
            out.append(_day(day))
    return out


_NAME_NOISE = re.compile(r"[^a-z0-9 ]+")


def _holiday_key(name: str) -> str:
    return " ".join(_NAME_NOISE.sub(" ", name.lower().replace("'s", "s")).split())


@functools.cache
def _calendar_days(country: str, name: str, years: tuple[int, ...]) -> tuple[date, ...]:
    """Days named `name` in `country`'s public holidays (the `holidays` package)."""
    key = _holiday_key(name)
    if not key:
        return ()
    calendar = _holiday_calendar(country, years)
    exact: dict[int, date] = {}
    longer: dict[int, date] = {}  # "Christmas" in "Christmas Day", but also "Christmas Eve"
    for day, label in sorted(calendar.items()):
        names = [_holiday_key(part) for part in re.split(r"[;/(]", str(label))]
        if key in names:
            exact.setdefault(day.year, day)  # the first: an observed day comes later
        elif any(n.startswith(key + " ") for n in names) and not any(
            n.startswith(key + " eve") for n in names
        ):
            longer.setdefault(day.year, day)
    return tuple({**longer, **exact}[year] for year in sorted({*longer, *exact}))


def _week_of_month_candidates(meaning: m.WeekOfMonth, today: date) -> list[_Period]:
    years = (
        [meaning.year] if meaning.year is not None else [today.year - 1, today.year, today.year + 1]
    )
    out = []
    for y in years:
        day = date(y, meaning.month, min(7 * (meaning.number - 1) + 1, 28))
        out.append(_week(lt.week_start(day)))
    return out


def _part_of(base: _Period, mod: str) -> _Period:
    """The START/MID/END part of a period, keeping the base's value (the mod says which)."""
    first, last, value = base.first, base.last, base.value
    if base.grain == "month":
        bounds = {"START": (1, 11), "MID": (11, 21), "END": (21, None)}[mod]
        start = first.replace(day=bounds[0])
        end = first.replace(day=bounds[1]) if bounds[1] else last
        return _Period(value, start, end, "day")
    if base.grain == "year" and last.year - first.year == 1:
        months = {"START": (1, 5), "MID": (5, 9), "END": (9, None)}[mod]
        start = first.replace(month=months[0])
        end = first.replace(month=months[1]) if months[1] else last
        return _Period(value, start, end, "month")
    if base.grain == "year":
        span = last.year - first.year
        third = max(1, round(span * 0.3))
        years = {
            "START": (0, third + 1),
            "MID": (third, span - third),
            "END": (span - third - 1, span),
        }[mod]
        return _Period(
            value, date(first.year + years[0], 1, 1), date(first.year + years[1], 1, 1), "year"
        )
    if base.grain == "week":
        days = {"START": (0, 3), "MID": (2, 4), "END": (4, 7)}[mod]  # Mon-Wed, Wed-Thu, Fri-Sun
        return _Period(value, first + timedelta(days[0]), first + timedelta(days[1]), "day")
    if base.grain == "quarter":
        months = {"START": (0, 1), "MID": (1, 2), "END": (2, 3)}[mod]
        return _Period(
            value, lt.add_months(first, months[0]), lt.add_months(first, months[1]), "month"
        )
    return base


def _day_nearest(target: datetime, clock: time, zone: Zone) -> date:
    """The day on which `clock` in `zone` falls nearest to the instant `target`."""
    base = target.astimezone(zone.tz).date()
    days = (base - timedelta(1), base, base + timedelta(1))
    return min(days, key=lambda d: abs(lt.utc(datetime.combine(d, clock), zone.tz) - target))


def _longest(month: int) -> int:
    """The most days `month` can have: February's in a leap year."""
    return calendar.monthrange(2000, month)[1]


# Countries that write the month first: 4/17/2022.
_MONTH_FIRST = frozenset({"US", "PH", "CA", "FM", "MH", "PW", "GU", "PR", "AS", "VI", "UM"})


def _numeric_day(meaning: m.NumericDate, country: str | None) -> m.Day:
    a, b = meaning.first, meaning.second
    month_first = (a, b) if a <= 12 else None
    day_first = (b, a) if b <= 12 else None
    if country is None or country in _MONTH_FIRST:
        month, day = month_first or day_first  # type: ignore[misc]
    else:
        month, day = day_first or month_first  # type: ignore[misc]
    return m.Day(meaning.year, month, day)


def _first_on_or_after(start: date, month: int, day: int) -> _Period:
    """The first `month`/`day` on or after `start` (the second end of a range)."""
    for y in (start.year, start.year + 1, start.year + 2, start.year + 4):
        try:
            candidate = date(y, month, day)
        except ValueError:
            continue
        if candidate >= start:
            return _day(candidate)
    return _day(date(start.year + 1, month, min(day, 28)))


def _check_weekday(den: Denotation, day: date, weekday: int | None) -> None:
    if weekday is not None and day.weekday() != weekday:
        den.flags.append("weekday-mismatch")
        names = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
        den.notes.append(f"{day.isoformat()} is a {names[day.weekday()]}, not a {names[weekday]}")


def duration_value(amount: float, unit: str, extra: tuple[tuple[float, str], ...] = ()) -> str:
    """TIMEX3 duration: P3Y, P10Y ("a decade"), PT48H, P2W ("a fortnight"), PT30M ("half an
    hour"), PT2H48M ("two hours and 48 minutes")."""
    parts: dict[str, float] = {}
    for count, name in ((amount, unit), *extra):
        letter, factor = _DURATION_LETTERS[name]
        key = ("T" if name in _TIME_UNITS else "") + letter
        total = count * factor
        smaller = _SMALLER.get(key)
        if not float(total).is_integer() and smaller is not None:
            whole = int(total)
            parts[smaller[0]] = parts.get(smaller[0], 0) + (total - whole) * smaller[1]
            total = whole
        if total:
            parts[key] = parts.get(key, 0) + total
    date_part = "".join(_number(parts[k]) + k for k in ("Y", "M", "W", "D") if k in parts)
    time_part = "".join(_number(parts[k]) + k[1] for k in ("TH", "TM", "TS") if k in parts)
    return (
        f"P{date_part}{'T' + time_part if time_part else ''}" if date_part or time_part else "PT0S"
    )


# A fraction of a unit is written in the next smaller one: 1.5 hours is PT1H30M.
_SMALLER = {"Y": ("M", 12), "D": ("TH", 24), "TH": ("TM", 60), "TM": ("TS", 60)}


def _number(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else f"{value:g}"


@functools.cache
def _holiday_calendar(
    country: str | None, years: tuple[int, ...] | None = None, *, named: bool = True
) -> Mapping[date, str]:
    """Holidays of a country (the `holidays` package, imported only when needed), with
    English names where the package has them. Looking a name up also reads the optional
    days (Maha Shivaratri in India); business days count public holidays only."""
    if country is None:
        return {}
    import holidays

    categories = ("public", "optional") if named else ("public",)
    for language, wanted in (("en_US", categories), ("en_US", None), (None, None)):
        try:
            return holidays.country_holidays(
                country, years=years, language=language, categories=wanted
            )
        except (NotImplementedError, KeyError):
            return {}
        except ValueError:
            continue
    return {}
