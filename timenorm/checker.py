"""The draft checker: findings over all the mentions of a text and its publication time.

Each rule reads the mentions with the expressions and tenses behind them and reports what
a copy editor would query (DESIGN.md's catalogue). Codes are stable:

    TN101 error    a weekday that does not match its date ("Sunday, April 18, 2022"), or
                   carries a date with no year into a year still to come ("Tuesday,
                   Jan. 1" in December 2023 is 2030)
    TN102 error    an impossible date ("April 31", "February 29, 2023")
    TN103 warning  a same-day phrase ("Earlier on Sunday") whose day is neither the
                   publication day nor a day the story already named
    TN104 info     one day named two ways ("yesterday" and "Sunday")
    TN105 warning  a past-tense clause dated after publication, a future one before it
    TN106 error    a zone conversion that does not add up ("6 a.m. Moscow time (0400 GMT)")
    TN107 error    a local time that does not exist (DST gap); warning: one that occurs
                   twice (fold), a season abbreviation out of season ("EST" in July);
                   info: the gap's first minute ("clocks go forward at 2 a.m.")
    TN108 info     an ambiguous zone abbreviation the publication's country does not settle
    TN109 error    a range that ends before it starts; warning: a second end with no year
                   carried most of a year ahead ("from March 20 until March 2")

Without a publication time only the rules that need none run (TN101, TN102, TN106-TN109),
against the first full date the text gives.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from itertools import pairwise

from timenorm import lexicon as lx
from timenorm import meaning as m
from timenorm import zonetable
from timenorm.anchor import Context, Resolver
from timenorm.api import AnchorLike, _check_text, context_of, read_all
from timenorm.errors import TimenormError
from timenorm.meaning import Expression
from timenorm.model import Finding, Mention, iso_z
from timenorm.ranges import joiner
from timenorm.scan import Token, scan
from timenorm.tense import verb_group
from timenorm.zones import zone_of_name

Reading = tuple[Mention, Expression, str | None]
_MOST_OF_A_YEAR = timedelta(days=300)
# Words between a verb and a date that make the date a thing arranged, not the verb's own.
_ARRANGED_MARKERS = frozenset({"payable", "due", "for", "to", "until", "starting", "effective"})
_DAY_OR_FINER = frozenset({"day", "hour", "minute", "second"})
_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def check(
    text: str, published: AnchorLike | None = None, *, tz: str | None = None
) -> list[Finding]:
    """Findings about the time references in `text`, published at `published`."""
    _check_text(text)
    anchored = published is not None
    anchor = published if published is not None else _nominal_anchor(text, tz)
    ctx = context_of(anchor, tz, text)
    readings = read_all(text, ctx, vague=False)
    rules = _RULES if anchored else _ANCHOR_FREE_RULES
    findings = [f for rule in rules for f in rule(readings, ctx, text)]
    return sorted(findings, key=lambda f: (f.start, f.code))


def _nominal_anchor(text: str, tz: str | None) -> AnchorLike:
    """Without a publication time: noon on the first full date the text gives, else a fixed
    day, so that the anchor-free rules read clock times on real dates."""
    probe = context_of("2000-01-01T12:00:00Z", tz, text)
    for mention, expr, _ in read_all(text, probe, vague=False):
        if isinstance(expr.meaning, m.Day) and expr.meaning.year and expr.meaning.day:
            if mention.interval is not None:
                return mention.interval.start
    return "2000-01-01T12:00:00Z"


def _finding(
    text: str,
    code: str,
    severity: str,
    message: str,
    mentions: tuple[Mention, ...],
    fix: str | None = None,
) -> Finding:
    start, end = mentions[0].start, mentions[-1].end
    line = text.count("\n", 0, start) + 1
    column = start - (text.rfind("\n", 0, start) + 1) + 1
    return Finding(code, severity, message, start, end, line, column, mentions, fix)


def _local_day(mention: Mention, ctx: Context) -> date | None:
    if mention.interval is None or mention.interval.grain not in _DAY_OR_FINER:
        return None  # a day, or a time on one
    return mention.interval.start.astimezone(ctx.home.tz).date()


# ---- the rules --------------------------------------------------------------------------
def _weekday_mismatch(readings: list[Reading], ctx: Context, text: str) -> Iterator[Finding]:
    for mention, _, _ in readings:
        if "weekday-mismatch" in mention.flags and mention.interval is not None:
            day = mention.interval.start.astimezone(ctx.home.tz).date()
            yield _weekday_finding(text, mention, day)


def _weekday_moved_year(readings: list[Reading], ctx: Context, text: str) -> Iterator[Finding]:
    """ "Tuesday, Jan. 1" in December 2023 reads as 2030, the next year Jan. 1 is a
    Tuesday: the year the story means has another weekday."""
    for mention, expr, tense in readings:
        moved = _year_moved_by_weekday(expr.meaning, tense, ctx)
        if moved is None or mention.interval is None:
            continue
        fits = mention.interval.start.astimezone(ctx.home.tz).date()
        # "Thursday, Feb. 24" in an anniversary piece is 2022 on purpose; a weekday that
        # carries the date into a year still to come is a slip (tense is too weak a guide:
        # "called a strike on Thursday 31 October" is past and dates a day ahead)
        if fits > ctx.today + _MOST_OF_A_YEAR:
            yield _weekday_finding(text, mention, moved)


def _year_moved_by_weekday(meaning: m.Meaning, tense: str | None, ctx: Context) -> date | None:
    """A weekday with a date but no year picks the year it fits: when that is not the year
    the clause points to, the date the clause points to (whose weekday is another)."""
    if isinstance(meaning, m.Clock):
        meaning = meaning.day if meaning.day is not None else meaning
    if not isinstance(meaning, m.Day) or meaning.weekday is None or meaning.year is not None:
        return None
    if meaning.month is None or meaning.day is None:
        return None
    plain = Resolver(ctx).resolve(replace(meaning, weekday=None), tense)
    if plain is None or plain.interval is None:
        return None
    day = plain.interval.start.astimezone(ctx.home.tz).date()
    return day if day.weekday() != meaning.weekday else None


def _weekday_finding(text: str, mention: Mention, day: date) -> Finding:
    named = next((w for w in _WEEKDAYS if w.lower()[:3] in mention.text.lower()), None)
    fix = mention.text.replace(named, _WEEKDAYS[day.weekday()]) if named else None
    return _finding(
        text,
        "TN101",
        "error",
        f"'{mention.text}': {day.isoformat()} is a {_WEEKDAYS[day.weekday()]}",
        (mention,),
        fix if fix and fix != mention.text else None,
    )


def _impossible_date(readings: list[Reading], ctx: Context, text: str) -> Iterator[Finding]:
    for mention, _, _ in readings:
        if "impossible-date" in mention.flags:
            why = mention.notes[0] if mention.notes else "not a date"
            yield _finding(text, "TN102", "error", f"'{mention.text}': {why}", (mention,))


def _same_day_elsewhere(readings: list[Reading], ctx: Context, text: str) -> Iterator[Finding]:
    """ "Earlier on Sunday" in a story published on a Saturday, with no Sunday in play."""
    in_play: set[date] = {ctx.today}
    for mention, expr, _ in readings:
        day = _local_day(mention, ctx)
        meaning = expr.meaning
        same_day = isinstance(meaning, m.Day) and meaning.shift == "same"
        if same_day and day is not None and day not in in_play:
            published = f"{_WEEKDAYS[ctx.today.weekday()]} {ctx.today.isoformat()}"
            named = sorted(d for d in in_play if d.weekday() == day.weekday())
            also = f"; the {_WEEKDAYS[day.weekday()]} named before is {named[0]}" if named else ""
            yield _finding(
                text,
                "TN103",
                "warning",
                f"'{mention.text}' reads as a same-day phrase, but the story is published on "
                f"{published}: it names {day.isoformat()}, a day not in play{also}",
                (mention,),
            )
        if day is not None:
            in_play.add(day)


def _one_day_two_ways(readings: list[Reading], ctx: Context, text: str) -> Iterator[Finding]:
    deictic: dict[date, Mention] = {}
    weekday: dict[date, Mention] = {}
    for mention, expr, _ in readings:
        day = _local_day(mention, ctx)
        if day is None:
            continue
        meaning = expr.meaning
        if isinstance(meaning, m.Deictic):
            deictic.setdefault(day, mention)
        elif (
            isinstance(meaning, m.Day)
            and meaning.weekday is not None
            and meaning.month is None
            and meaning.shift != "same"  # "Earlier on Friday" refers back on purpose
        ):
            weekday.setdefault(day, mention)
    for day in sorted(deictic.keys() & weekday.keys()):
        pair = tuple(sorted((deictic[day], weekday[day]), key=lambda x: x.start))
        yield _finding(
            text,
            "TN104",
            "info",
            f"'{pair[0].text}' and '{pair[1].text}' both name {day.isoformat()}: "
            "one way of naming the day reads more clearly",
            pair,
        )


def _tense_against_time(readings: list[Reading], ctx: Context, text: str) -> Iterator[Finding]:
    """A date the text fixes itself (with its year) against the tense of the verb it
    directly dates ("resigned on May 3, 2022"), not a thing that verb arranged ("declared a
    dividend payable on Oct. 10"), which may well lie ahead."""
    tokens = scan(text)
    for mention, expr, tense in readings:
        if mention.interval is None or tense not in ("past", "future"):
            continue
        if not _fixed_by_text(expr.meaning) or mention.relation is not None:
            continue
        if _verb_dated(tokens, expr.first) != tense:
            continue
        after = mention.interval.start > ctx.anchor
        before = mention.interval.end <= ctx.anchor
        if (tense == "past" and after) or (tense == "future" and before):
            side = "after" if after else "before"
            yield _finding(
                text,
                "TN105",
                "warning",
                f"'{mention.text}' ({mention.value}) is {side} publication "
                f"({iso_z(ctx.anchor)}), but its clause is in the {tense} tense",
                (mention,),
            )


def _verb_dated(tokens: list[Token], first: int) -> str | None:
    """The tense of a verb right before the date and its preposition: "resigned on",
    "was held on", "will open on"."""
    k = first - 1 if first > 0 and tokens[first - 1].low in ("on", "in", "at") else first
    for j in range(k - 1, max(k - 7, -1), -1):  # "reported first-quarter earnings on"
        if tokens[j].kind == "punct" and tokens[j].low != "-":
            return None
        if tokens[j].low in _ARRANGED_MARKERS or tokens[j].low in lx.ARRANGING_VERBS:
            return None  # "declared a dividend payable on Oct. 10": a thing ahead
        verdict = verb_group(tokens, j)
        if verdict in ("past", "future"):
            return verdict
    return None


def _pushed_a_year(
    first_expr: Expression, second_expr: Expression, first: Mention, second: Mention
) -> bool:
    """ "from March 20 until March 2": the second end, with no year, was carried into the
    next year to follow the first; across New Year ("Dec. 28 until Jan. 3") that is right,
    over most of a year it is a slip."""
    meaning = second_expr.meaning
    if not isinstance(meaning, m.Day) or meaning.year is not None or meaning.month is None:
        return False
    if not isinstance(first_expr.meaning, m.Day) or first.interval is None:
        return False
    assert second.interval is not None
    return second.interval.start - first.interval.start > _MOST_OF_A_YEAR


def _fixed_by_text(meaning: m.Meaning) -> bool:
    if isinstance(meaning, m.Clock):
        return meaning.day is not None and _fixed_by_text(meaning.day)
    return isinstance(meaning, m.Day) and meaning.year is not None and meaning.month is not None


def _conversion_mismatch(readings: list[Reading], ctx: Context, text: str) -> Iterator[Finding]:
    """ "6 a.m. Moscow time (0400 GMT)": the clock time in parentheses should be the same
    instant."""
    for (first, _, _), (second, _, _) in pairwise(readings):
        if text[first.end : second.start].strip() != "(":
            continue
        a, b = first.interval, second.interval
        if a is None or b is None or a.grain != "minute" or b.grain != "minute":
            continue
        if a.start != b.start:
            yield _finding(
                text,
                "TN106",
                "error",
                f"'{first.text}' is {iso_z(a.start)} but its conversion '{second.text}' is "
                f"{iso_z(b.start)}",
                (first, second),
            )


def _daylight_saving(readings: list[Reading], ctx: Context, text: str) -> Iterator[Finding]:
    for mention, _, _ in readings:
        notes = "; ".join(mention.notes)
        if "dst-gap" in mention.flags and _first_minute_of_gap(mention):
            yield _finding(
                text,
                "TN107",
                "info",
                f"'{mention.text}' is the moment the clocks go forward: {notes}",
                (mention,),
            )
        elif "dst-gap" in mention.flags:
            yield _finding(
                text,
                "TN107",
                "error",
                f"'{mention.text}' does not exist on that day's clock (DST gap): {notes}",
                (mention,),
            )
        elif "dst-fold" in mention.flags:
            yield _finding(
                text,
                "TN107",
                "warning",
                f"'{mention.text}' happens twice that night (DST fold): {notes}",
                (mention,),
            )
        if "zone-out-of-season" in mention.flags:
            season = next((n for n in mention.notes if "fixed offset" in n), notes)
            yield _finding(text, "TN107", "warning", f"'{mention.text}': {season}", (mention,))


def _first_minute_of_gap(mention: Mention) -> bool:
    """ "Clocks go forward at 2 a.m. Sunday": 2:00 itself is the change, said that way in
    every DST story; a time inside the gap (2:30) is the mistake."""
    try:
        wall = datetime.fromisoformat(mention.value)
        tz = zone_of_name(mention.tz).tz
    except (ValueError, TimenormError):
        return False
    before = wall - timedelta(minutes=1)
    back = before.replace(tzinfo=tz).astimezone(UTC).astimezone(tz).replace(tzinfo=None)
    return back == before  # the minute before exists: this is the gap's first minute


def _ambiguous_zone(readings: list[Reading], ctx: Context, text: str) -> Iterator[Finding]:
    country = None if ctx.home.fixed else zonetable.zone_country(ctx.home.name)
    for mention, _, _ in readings:
        if "zone-ambiguous" not in mention.flags or _decided_by(country, mention):
            continue
        why = next((n for n in mention.notes if n.startswith("read as")), "ambiguous zone")
        yield _finding(text, "TN108", "info", f"'{mention.text}': {why}", (mention,))


def _decided_by(country: str | None, mention: Mention) -> bool:
    """EDT in a New York story, IST in a Delhi one: the publication's country settles it
    (DESIGN: flag only where the text gives no way to decide)."""
    if country is None:
        return False
    for word in mention.text.replace("(", " ").replace(")", " ").split():
        readings = zonetable.abbreviation_readings(word.upper()) if word.isupper() else ()
        if any(country in reading.regions for reading in readings):
            return True
    return False


def _range_backwards(readings: list[Reading], ctx: Context, text: str) -> Iterator[Finding]:
    for (first, first_expr, _), (second, second_expr, _) in pairwise(readings):
        opens = first.relation in ("from", "starting", "between")
        closes = second.relation in ("until", "through", "by", "between")
        if not (opens and closes) or first.interval is None or second.interval is None:
            continue
        if joiner(text[first.end : second.start]) not in lx.RANGE_JOINERS:
            continue  # two bounds of different things, not the ends of one range
        pushed = _pushed_a_year(first_expr, second_expr, first, second)
        if pushed:
            yield _finding(
                text,
                "TN109",
                "warning",
                f"'{first.text}' to '{second.text}' reads as {first.value} to {second.value}, "
                "almost a year: is the second end before the first?",
                (first, second),
            )
        elif second.interval.end <= first.interval.start:
            yield _finding(
                text,
                "TN109",
                "error",
                f"'{second.text}' ({second.value}) ends before '{first.text}' "
                f"({first.value}) starts",
                (first, second),
            )


_Rule = Callable[[list[Reading], Context, str], Iterator[Finding]]
_ANCHOR_FREE_RULES: tuple[_Rule, ...] = (
    _weekday_mismatch,
    _impossible_date,
    _conversion_mismatch,
    _daylight_saving,
    _ambiguous_zone,
    _range_backwards,
)
_RULES: tuple[_Rule, ...] = (
    *_ANCHOR_FREE_RULES,
    _weekday_moved_year,
    _same_day_elsewhere,
    _one_day_two_ways,
    _tense_against_time,
)


def exit_status(findings: list[Finding]) -> int:
    """The CLI's exit status: 1 when any finding is an error, else 0."""
    return 1 if any(f.severity == "error" for f in findings) else 0
