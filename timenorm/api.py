"""The public functions: `extract` over a text, `resolve` for one phrase."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import replace
from datetime import UTC, date, datetime, time

from timenorm import lexicon as lx
from timenorm import meaning as m
from timenorm.anchor import Context, Denotation, Resolver, window_for
from timenorm.errors import AnchorError, InputError, ZoneError
from timenorm.grammar import parse
from timenorm.meaning import Expression, Reference
from timenorm.model import Interval, Mention, Reading, Window
from timenorm.ranges import joiner
from timenorm.scan import Token, scan
from timenorm.tense import clause_tense
from timenorm.zones import Zone, place_of_dateline, zone_of_name, zone_of_offset

AnchorLike = datetime | date | str

# "KYIV, April 16 (Reuters) -", "WASHINGTON (AP) —", "NEW DELHI, Feb 29 -": capitals, then
# a comma or an opening parenthesis, at the very start of the text.
# "KYIV, April 16 (Reuters) -", "SÃO PAULO (AP) -", "KYIV/MOSCOW, ...": capitals, any script.
_CAPITAL = r"[^\W\d_a-z]"
_DATELINE = re.compile(
    rf"\A\s*({_CAPITAL}(?:{_CAPITAL}|[.'\u2019 /-]){{1,40}}?)(?:,\s*[A-Z][A-Za-z.]+)?\s*[,(\u2014-]"
)


def context_of(anchor: AnchorLike, tz: str | None = None, text: str | None = None) -> Context:
    """Read the anchor and the publication zone; raise AnchorError/ZoneError if bad."""
    explicit_offset = True
    if isinstance(anchor, str):
        when, explicit_offset = _parse_anchor_text(anchor)
    elif isinstance(anchor, datetime):
        when = anchor
    elif isinstance(anchor, date):
        when, explicit_offset = datetime(anchor.year, anchor.month, anchor.day), False
    else:
        raise AnchorError(
            f"anchor must be a datetime or an ISO 8601 string, not {type(anchor).__name__}"
        )
    date_only = not explicit_offset and when.tzinfo is None and when.time() == time()
    if tz is not None:
        if not isinstance(tz, str):
            raise ZoneError(f"tz must be an IANA zone name such as 'Europe/Moscow', not {tz!r}")
        home = zone_of_name(tz)
        if when.tzinfo is None:
            when = when.replace(tzinfo=home.tz)
        return Context(when.astimezone(UTC), home, date_only)
    if when.tzinfo is None and isinstance(anchor, datetime):
        raise AnchorError(
            f"anchor {anchor.isoformat()} has no zone: pass an aware datetime or tz='Area/City'"
        )
    if when.tzinfo is None:
        if isinstance(anchor, str) and "T" in anchor:
            raise AnchorError(
                f"anchor {anchor!r} has a time but no offset: add one "
                "('+03:00', 'Z') or pass tz='Area/City'"
            )
        when = when.replace(tzinfo=UTC)
    home = zone_of_offset(when)
    dateline = _dateline_zone(text, when, explicit_offset) if text else None
    if dateline is not None and date_only:
        when = when.replace(tzinfo=dateline.tz)  # the date is the dateline city's date
    return Context(when.astimezone(UTC), dateline or home, date_only)


def _parse_anchor_text(text: str) -> tuple[datetime, bool]:
    raw = text.strip()
    try:
        if len(raw) == 10:
            return datetime.fromisoformat(raw), False
        return datetime.fromisoformat(raw.replace("z", "Z")), True
    except ValueError as exc:
        # "month must be in 1..12" says what is wrong with "2025-13-01"; the format error
        # of a string that is no date at all says nothing a person can use
        why = f" ({exc})" if "must be" in str(exc) or "out of range" in str(exc) else ""
        raise AnchorError(
            f"cannot read anchor {text!r}{why}: expected ISO 8601 such as "
            "'2022-04-16T12:00:00+03:00' or '2022-04-16'"
        ) from None


def _dateline_zone(text: str, when: datetime, explicit_offset: bool) -> Zone | None:
    """The dateline city's zone, unless the anchor gives a local offset that disagrees.

    A UTC anchor ("...Z", as feeds give it) or a bare date takes the dateline's zone."""
    match = _DATELINE.match(text)
    if match is None:
        return None
    written = match.group(1).split("/")[0]  # the first of two cities names the desk
    if written != written.upper():
        return None  # "Mr. Smith, ...", not a dateline in capitals
    name = written.strip(" -.").title()
    found = place_of_dateline(name) or place_of_dateline(_unaccented(name))
    if found is None:
        return None
    zone = zone_of_name(found)
    offset = when.utcoffset()
    if explicit_offset and offset and when.astimezone(zone.tz).utcoffset() != offset:
        return None  # a local offset that contradicts the dateline: trust the anchor
    return zone


def _unaccented(name: str) -> str:
    """ "Bogotá" -> "Bogota": GeoNames keeps some names only in ASCII."""
    decomposed = unicodedata.normalize("NFKD", name)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def extract(
    text: str, anchor: AnchorLike, *, tz: str | None = None, vague: bool | None = None
) -> list[Mention]:
    """Every time expression in `text`, resolved against `anchor` (the publication time).

    Vague references ("now", "currently", "recently": PRESENT_REF, PAST_REF, FUTURE_REF)
    are kept in the reporter's own words and left out inside direct quotations, where
    "now" is the speaker's moment, not the publication's. `vague=True` keeps them all
    (as TimeML corpora annotate them), `vague=False` none.
    """
    _check_text(text)
    ctx = context_of(anchor, tz, text)
    return _mentions(text, ctx, vague=vague)


_QUOTATION = re.compile(r'\u201c[^\u201c\u201d]{0,2000}\u201d|"[^"\n]{0,2000}"')


def _quotations(text: str) -> list[tuple[int, int]]:
    """Character ranges of direct quotations ("..." and \u201c...\u201d)."""
    return [match.span() for match in _QUOTATION.finditer(text)]


def _check_text(text: object) -> None:
    """Any string is fine (text is never an error); anything else is a caller's mistake."""
    if not isinstance(text, str):
        raise InputError(f"text must be a str, not {type(text).__name__}")


def resolve(
    phrase: str, anchor: AnchorLike, *, tz: str | None = None, languages: list[str] | None = None
) -> Mention | None:
    """The longest time expression in `phrase`, or None when it holds none.

    With `languages` (ISO 639 codes), a phrase the English grammar cannot read goes to
    dateparser in those languages and comes back as a day ("vor zwei Tagen").
    """
    _check_text(phrase)
    if isinstance(languages, str):
        raise InputError(f"languages is a list of codes such as ['de'], not {languages!r}")
    ctx = context_of(anchor, tz)
    mentions = _mentions(phrase, ctx, vague=True)
    best = max(mentions, key=lambda m: (m.end - m.start, -m.start)) if mentions else None
    if languages and (best is None or _unread_words(phrase, best)):
        # English read only part of it ("2022" in "17 апреля 2022"): ask dateparser
        from timenorm.languages import resolve_foreign

        return resolve_foreign(phrase, ctx, list(languages)) or best
    return best


def _unread_words(phrase: str, best: Mention) -> bool:
    """Words outside the English reading other than its preposition ("by", "on")."""
    rest = (phrase[: best.start] + " " + phrase[best.end :]).lower()
    words = re.findall(r"[^\W\d_]+", rest)
    return any(
        w not in lx.RELATIONS and w not in lx.PLAIN_PREPOSITIONS and w not in ("the", "at")
        for w in words
    )


def _mentions(text: str, ctx: Context, *, vague: bool | None) -> list[Mention]:
    return [mention for mention, _, _ in read_all(text, ctx, vague=vague)]


def read_all(
    text: str, ctx: Context, *, vague: bool | None
) -> list[tuple[Mention, Expression, str | None]]:
    """Each mention with the expression it was read from and its clause's tense (the
    checker needs both)."""
    tokens = scan(text)
    resolver = Resolver(ctx)
    out: list[Mention] = []
    read: list[tuple[Expression, str | None]] = []  # the expressions behind `out`, with tense
    quoted = _quotations(text) if vague is None else []
    for expr in parse(text, tokens):
        if isinstance(expr.meaning, Reference) and (
            vague is False or any(a <= expr.start < b for a, b in quoted)
        ):
            continue
        try:
            _read_one(text, tokens, expr, resolver, ctx, out, read)
        except OverflowError:
            continue  # a date past year 9999 or before year 1: no mention, never an error
        except ValueError as exc:
            if "out of range" not in str(exc):
                raise
            continue
    joined = _join_between(text, out)
    return [(mention, expr, tense) for mention, (expr, tense) in zip(joined, read, strict=True)]


def _in_the_listed_year(
    tokens: list[Token],
    expr: Expression,
    read: list[tuple[Expression, str | None]],
    out: list[Mention],
) -> Expression:
    """ "Nov. 12, 14 and 18", "between July 20 and 25": a bare day number completed from
    the date before it is in that date's year."""
    day = expr.meaning
    if not (
        isinstance(day, m.Day)
        and day.year is None
        and expr.last - expr.first == 1
        and tokens[expr.first].kind in ("num", "ordnum")
        and read
        and out
    ):
        return expr
    before = read[-1][0].meaning
    year = out[-1].value[:4]
    if not (isinstance(before, m.Day) and before.month == day.month and year.isdigit()):
        return expr
    return replace(expr, meaning=replace(day, year=int(year)))


def _tense_of(tokens: list[Token], expr: Expression) -> str | None:
    """The clause's tense, but "until midnight" is the coming one whatever the verb, and a
    month used as a modifier ("the Fed's October meeting") is the nearest October."""
    meaning = expr.meaning
    if isinstance(meaning, m.Clock) and meaning.named == "midnight" and meaning.day is None:
        if expr.relation in lx.DEADLINE_RELATIONS:
            return "future"
    if isinstance(meaning, m.Day) and meaning.year is None and meaning.day is None:
        before = tokens[expr.first - 1] if expr.first > 0 else None
        after = tokens[expr.last] if expr.last < len(tokens) else None
        if (
            before is not None
            and (before.kind == "poss" or before.low in ("the", "its", "their", "his", "her"))
            and after is not None
            and after.kind == "word"
            and not after.is_capitalized
            and after.low not in lx.FUNCTION_WORDS
        ):
            return None
    return clause_tense(tokens, expr.first, expr.last, expr.relation)


def _read_one(
    text: str,
    tokens: list[Token],
    expr: Expression,
    resolver: Resolver,
    ctx: Context,
    out: list[Mention],
    read: list[tuple[Expression, str | None]],
) -> None:
    """Resolve one expression and append it, revising the one or two before it when this
    one completes them (a range, a conversion followed by its day)."""
    expr = _in_the_listed_year(tokens, expr, read, out)
    tense = _tense_of(tokens, expr)
    resolver.converting = _converted_instant(text, expr, out)
    range_start = _range_start(text, expr, out)
    resolver.not_before = (
        range_start.interval.start.astimezone(ctx.home.tz).date()
        if range_start is not None and range_start.interval is not None
        else None
    )
    den = resolver.resolve(expr.meaning, tense, expr.relation)
    if den is None:
        return
    if range_start is not None and read:
        # "from 9 a.m. to 5 p.m. ET Saturday": the first clock takes the second's day and zone
        first, first_tense = read[-1]
        if isinstance(first.meaning, m.Clock) and isinstance(expr.meaning, m.Clock):
            taken = _take_day(resolver, first, first_tense, expr.meaning, den, text, ctx)
            if taken is not None:
                out[-1] = taken
            den = resolver.resolve(expr.meaning, tense) or den
            start, end = out[-1].interval, den.interval
            if expr.meaning.day is None and start and end and end.start < start.start:
                # "from 10 p.m. to 6 a.m.": the second end is the next morning
                later = replace(expr.meaning, day=m.Narrative(1, "day"))
                den = resolver.resolve(later, tense) or den
    if len(read) >= 2 and _dates_a_conversion(text, out, expr):
        # "at 12:30 p.m. (0330 GMT) on Sept. 20": the date belongs to both clock times
        (clock, clock_tense), (converted, converted_tense) = read[-2], read[-1]
        assert isinstance(clock.meaning, m.Clock) and isinstance(converted.meaning, m.Clock)
        day = expr.meaning
        assert isinstance(day, m.Day | m.Deictic)
        redone = resolver.resolve(replace(clock.meaning, day=day), clock_tense)
        if redone is not None and redone.interval is not None:
            out[-2] = _mention(text, clock, redone, ctx)
            resolver.converting = redone.interval.start
            again = resolver.resolve(converted.meaning, converted_tense)
            if again is not None:
                out[-1] = _mention(text, converted, again, ctx)
        den = resolver.resolve(expr.meaning, tense) or den
    out.append(_mention(text, expr, den, ctx))
    read.append((expr, tense))


def _dates_a_conversion(text: str, done: list[Mention], expr: Expression) -> bool:
    """`expr` is a day right after "<clock> (<clock>)", both clocks without a day."""
    if not isinstance(expr.meaning, m.Day | m.Deictic) or len(done) < 2:
        return False
    clock, converted = done[-2], done[-1]
    if clock.interval is None or clock.interval.grain != "minute" or converted.type != "TIME":
        return False
    between = text[converted.end : expr.start].strip()
    return text[clock.end : converted.start].strip() == "(" and between in (") on", "),", ")")


def _take_day(
    resolver: Resolver,
    first: Expression,
    tense: str | None,
    second: m.Clock,
    second_den: Denotation,
    text: str,
    ctx: Context,
) -> Mention | None:
    """The first clock of "from 8 p.m. until 10 a.m. ET Friday" on the second's day and in
    its zone when it names none, or the day before when it would otherwise come after the
    second (an overnight range). None when the first clock already names both."""
    assert isinstance(first.meaning, m.Clock)
    clock = first.meaning
    if clock.zone is None and second.zone is not None:
        clock = replace(clock, zone=second.zone)
    if clock.day is None and second.day is not None:
        clock = replace(clock, day=second.day, named=None)  # "midnight" starts the day
    if clock == first.meaning:
        return None
    den = resolver.resolve(clock, tense)
    end = second_den.interval
    if den is not None and den.interval is not None and end is not None:
        if den.interval.start > end.start and clock.day is not None:
            den = resolver.resolve(replace(clock, day=m.Narrative(-1, "day")), tense) or den
    return _mention(text, first, den, ctx) if den is not None else None


def _mention(text: str, expr: Expression, den: Denotation, ctx: Context) -> Mention:
    return Mention(
        start=expr.start,
        end=expr.end,
        text=text[expr.start : expr.end],
        type=den.type,
        value=den.value,
        mod=expr.mod or _mod_of(expr),
        interval=den.interval,
        relation=expr.relation,
        window=window_for(expr.relation, den, ctx.anchor),
        tz=(den.zone or ctx.home).name,
        alternatives=_distinct(den.alternatives, den.interval),
        flags=tuple(den.flags),
        notes=tuple(den.notes),
        rrule=den.rrule,
        freq=den.freq,
        publication_tz=ctx.home.name,
    )


def _range_start(text: str, expr: Expression, done: list[Mention]) -> Mention | None:
    """The first end of a range whose second end `expr` is: "Monday through Friday",
    "from 9 a.m. to 5 p.m.", "between June 3 and June 5"."""
    if not done:
        return None
    first = done[-1]
    joined = joiner(text[first.end : expr.start])
    if joined not in lx.RANGE_JOINERS or first.interval is None:
        return None
    if joined == "and" and first.relation != "between":
        return None
    return first


def _distinct(readings: list[Reading], chosen: Interval | None) -> tuple[Reading, ...]:
    """The other readings, each once, none the same as the chosen one."""
    seen = {chosen}
    out = []
    for reading in readings:
        if reading.interval not in seen:
            seen.add(reading.interval)
            out.append(reading)
    return tuple(out)


def _converted_instant(text: str, expr: Expression, done: list[Mention]) -> datetime | None:
    """ "6 a.m. Moscow time (0300 GMT)": a clock time in parentheses right after another
    converts it, so it takes the day that puts it nearest to the time it converts (and a
    weekday it names, "(0000 GMT Wednesday)", is the one nearest that time)."""
    if not done or not isinstance(expr.meaning, m.Clock):
        return None
    day = expr.meaning.day
    if day is not None and not (isinstance(day, m.Day) and day.month is None):
        return None
    previous = done[-1]
    if previous.interval is None or previous.interval.grain != "minute":
        return None
    if text[previous.end : expr.start].strip() != "(":
        return None
    return previous.interval.start


def _mod_of(expr: Expression) -> str | None:
    return expr.meaning.mod if isinstance(expr.meaning, m.Fuzzy) else None


def _join_between(text: str, mentions: list[Mention]) -> list[Mention]:
    """Both ends of "between A and B" share the window [start of A, end of B]."""
    out = list(mentions)
    k = 1
    while k < len(out):
        a, b = out[k - 1], out[k]
        joined = joiner(text[a.end : b.start])
        if a.relation == b.relation == "between" and joined == "and" and a.interval and b.interval:
            end = b.interval.start if b.interval.grain in ("minute", "second") else b.interval.end
            window = Window(a.interval.start, end, "[]")
            out[k - 1] = replace(a, window=window)
            out[k] = replace(b, window=window)
            k += 1
        k += 1
    return out
