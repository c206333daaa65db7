"""Wall-clock arithmetic in a zone, converted to UTC last, with DST edges noticed.

Calendar arithmetic is done on local dates (pendulum); a local wall-clock time becomes
an instant only at the end, where a time that does not exist (spring forward) or occurs
twice (fall back) is reported rather than silently shifted.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta, tzinfo


def utc(local: datetime, tz: tzinfo) -> datetime:
    """The UTC instant of the wall-clock `local` (naive) in `tz`; fold=0 for edges."""
    return local.replace(tzinfo=tz, fold=0).astimezone(UTC)


def wall_clock(local: datetime, tz: tzinfo) -> tuple[datetime, str | None, datetime | None]:
    """(instant, flag, other instant): flag "dst-fold" when the time occurs twice (the
    earlier is returned, the later is the other), "dst-gap" when it does not exist (read
    with the offset in force before the gap)."""
    first = local.replace(tzinfo=tz, fold=0).astimezone(UTC)
    second = local.replace(tzinfo=tz, fold=1).astimezone(UTC)
    if first == second:
        return first, None, None
    if first < second:
        return first, "dst-fold", second
    return first, "dst-gap", None


def day_start(day: date, tz: tzinfo) -> datetime:
    """UTC instant of local 00:00 on `day` (the day may be 23 or 25 hours long)."""
    return utc(datetime.combine(day, time()), tz)


def day_span(first: date, last_exclusive: date, tz: tzinfo) -> tuple[datetime, datetime]:
    return day_start(first, tz), day_start(last_exclusive, tz)


def hours_span(day: date, start_hour: int, end_hour: int, tz: tzinfo) -> tuple[datetime, datetime]:
    """Local hours [start, end) of `day`; hours past 24 run into the next day."""
    base = datetime.combine(day, time())
    return (utc(base + timedelta(hours=start_hour), tz), utc(base + timedelta(hours=end_hour), tz))


def add_months(day: date, months: int) -> date:
    """`day` moved by whole months, clamped to the month's last day (Jan 31 + 1 -> Feb 28)."""
    import pendulum  # on first use: month arithmetic is not needed to import timenorm

    moved = pendulum.Date(day.year, day.month, day.day).add(months=months)
    return date(moved.year, moved.month, moved.day)


def add_years(day: date, years: int) -> date:
    import pendulum

    moved = pendulum.Date(day.year, day.month, day.day).add(years=years)
    return date(moved.year, moved.month, moved.day)


def week_start(day: date) -> date:
    """Monday of the ISO week holding `day`."""
    return day - timedelta(days=day.weekday())


def month_start(year: int, month: int) -> date:
    return date(year, month, 1)


def next_month_start(year: int, month: int) -> date:
    return date(year + month // 12, month % 12 + 1, 1)


def same_wall_clock_later(
    instant: datetime, tz: tzinfo, *, days: int = 0, months: int = 0, years: int = 0
) -> datetime:
    """The instant showing the same local wall clock some days/months/years later."""
    local = instant.astimezone(tz).replace(tzinfo=None)
    moved_day = add_years(add_months(local.date(), months), years) + timedelta(days=days)
    return utc(datetime.combine(moved_day, local.time()), tz)
