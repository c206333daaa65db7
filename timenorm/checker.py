"""The draft checker: findings over all the mentions of a text and its publication time.

Each rule reads the mentions with the expressions and tenses behind them and reports what
a copy editor would query (DESIGN.md's catalogue). Codes are stable:

    TN101 error    a weekday that does not match its date ("Sunday, April 18, 2022")
    TN102 error    an impossible date ("April 31", "February 29, 2023")
    TN103 warning  a same-day phrase ("Earlier on Sunday") whose day is neither the
                   publication day nor a day the story already named
    TN104 info     one day named two ways ("yesterday" and "Sunday")
    TN105 warning  a past-tense clause dated after publication, a future one before it
    TN106 error    a zone conversion that does not add up ("6 a.m. Moscow time (0400 GMT)")
    TN107 error    a local time that does not exist (DST gap); warning: one that occurs
                   twice (fold), a season abbreviation out of season ("EST" in July)
    TN108 info     an ambiguous zone abbreviation decided by the publication's zone
    TN109 error    a range or deadline that ends before it starts

Without a publication time only the rules that need none run (TN101, TN102, TN106-TN109),
against the first full date the text gives.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date
from itertools import pairwise

from timenorm import lexicon as lx
from timenorm import meaning as m
from timenorm.anchor import Context
from timenorm.api import AnchorLike, _check_text, context_of, read_all
from timenorm.meaning import Expression
from timenorm.model import Finding, Mention, iso_z
from timenorm.ranges import joiner
from timenorm.scan import Token, scan
from timenorm.tense import verb_group

Reading = tuple[Mention, Expression, str | None]
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
        if "weekday-mismatch" not in mention.flags or mention.interval is None:
            continue
        day = mention.interval.start.astimezone(ctx.home.tz).date()
        named = next((w for w in _WEEKDAYS if w.lower()[:3] in mention.text.lower()), None)
        fix = mention.text.replace(named, _WEEKDAYS[day.weekday()]) if named else None
        yield _finding(
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
        elif isinstance(meaning, m.Day) and meaning.weekday is not None and meaning.month is None:
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
    for j in (k - 1, k - 2):
        verdict = verb_group(tokens, j) if j >= 0 else None
        if verdict in ("past", "future"):
            return verdict
    return None


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
        if "dst-gap" in mention.flags:
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


def _ambiguous_zone(readings: list[Reading], ctx: Context, text: str) -> Iterator[Finding]:
    for mention, _, _ in readings:
        if "zone-ambiguous" in mention.flags:
            why = next((n for n in mention.notes if n.startswith("read as")), "ambiguous zone")
            yield _finding(text, "TN108", "info", f"'{mention.text}': {why}", (mention,))


def _range_backwards(readings: list[Reading], ctx: Context, text: str) -> Iterator[Finding]:
    for (first, _, _), (second, _, _) in pairwise(readings):
        opens = first.relation in ("from", "starting", "between")
        closes = second.relation in ("until", "through", "by", "between")
        if not (opens and closes) or first.interval is None or second.interval is None:
            continue
        if joiner(text[first.end : second.start]) not in lx.RANGE_JOINERS:
            continue  # two bounds of different things, not the ends of one range
        if second.interval.end <= first.interval.start:
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
    _same_day_elsewhere,
    _one_day_two_ways,
    _tense_against_time,
)


def exit_status(findings: list[Finding]) -> int:
    """The CLI's exit status: 1 when any finding is an error, else 0."""
    return 1 if any(f.severity == "error" for f in findings) else 0
