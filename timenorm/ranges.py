"""Ranges: the two ends of "between A and B", "from A to B", "A through B".

The grammar finds each end as an expression of its own (TimeML gives each its TIMEX3);
this pass joins them: the second end takes "between" or the relation of its joiner, and
an end written as a bare number ("between July 20 and 25", "between 1 and 3 a.m.") is
completed from the other.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from timenorm import lexicon as lx
from timenorm import meaning as m
from timenorm.meaning import Expression

if TYPE_CHECKING:
    from timenorm.grammar import _Parser


def link_ranges(expressions: list[Expression], parser: _Parser) -> list[Expression]:
    """Join the two ends of a range: "between Monday and Wednesday" (both "between"),
    "from Monday to Friday" (the second "until"), and complete an end written as a bare
    day number: "between July 20 and 25", "between 20 and 25 July", "July 20-25"."""
    out = _complete_day_ranges(expressions, parser)
    for k in range(1, len(out)):
        a, b = out[k - 1], out[k]
        joined = joiner(parser.text[a.end : b.start])
        if a.relation == "between" and joined == "and":
            out[k] = replace(b, relation="between")
        elif a.relation in ("from", "starting") and joined in lx.RANGE_JOINERS and joined != "and":
            out[k] = replace(b, relation="through" if joined in ("through", "thru") else "until")
    return out


def joiner(between: str) -> str:
    """The word joining two expressions, without spaces or a comma: ", and" is "and"."""
    return between.strip().lower().lstrip(",").strip()


def _complete_day_ranges(expressions: list[Expression], p: _Parser) -> list[Expression]:
    out: list[Expression] = []
    for expr in expressions:
        day = expr.meaning
        if isinstance(day, m.Day) and day.month is not None and day.day is not None:
            before = _bare_day_before(expr, p)
            if before is not None and not (out and out[-1].last > before[0]):
                out.append(before[1])
                expr = replace(expr, relation=before[2])
            out.append(expr)
            after = _bare_day_after(expr, p)
            if after is not None:
                out.append(after)
            else:
                out.extend(_bare_days_listed(expr, p))
            continue
        if isinstance(day, m.Clock):
            hour = _bare_hour_before(expr, p)
            if hour is not None and not (out and out[-1].last > hour.first):
                out.append(hour)  # "between 1 and 3 a.m. Sunday": the 1 is 1 a.m. Sunday
                expr = replace(expr, relation=hour.relation)
        if isinstance(day, m.Day) and day.weekday is not None and out:
            previous = out[-1].meaning
            joined = joiner(p.text[out[-1].end : expr.start])
            if (
                isinstance(previous, m.Recurrence)
                and previous.weekday is not None
                and (joined in ("and", "or", ""))
            ):  # "every Monday and Friday": the Friday recurs too
                expr = replace(expr, meaning=replace(previous, weekday=day.weekday))
        out.append(expr)
    return out


def _bare_hour_before(expr: Expression, p: _Parser) -> Expression | None:
    """ "between 1 and 3 a.m. Sunday", "from 9 to 11 p.m.": the first hour, written bare,
    takes the second's half of the day, day and zone."""
    clock = expr.meaning
    assert isinstance(clock, m.Clock)
    joiner_at, number = expr.first - 1, expr.first - 2
    opener = p.low(number - 1)
    if (
        number < 0
        or p.low(joiner_at) not in ("and", "to", "-", "\u2013")
        or opener not in ("between", "from")
    ):
        return None
    tok = p.t[number]
    if tok.kind != "num" or not tok.text.isdigit() or not 1 <= int(tok.text) <= 12:
        return None
    hour = int(tok.text) % 12 + (12 if clock.hour >= 12 else 0)
    if hour > clock.hour:
        hour -= 12 if hour >= 12 else 0  # "between 11 and 1 p.m.": 11 a.m.
    relation = "between" if opener == "between" else "from"
    first = replace(clock, hour=hour, minute=0, named=None)
    return Expression(number, number + 1, tok.start, tok.end, first, relation)


def _bare_day_before(expr: Expression, p: _Parser) -> tuple[int, Expression, str] | None:
    """ "between 20 and 25 July": the 20 before the joiner, with the month after it."""
    joiner, number = expr.first - 1, expr.first - 2
    opener = p.low(number - 1)
    if number < 0 or p.low(joiner) not in lx.RANGE_JOINERS or opener not in ("between", "from"):
        return None
    got = p.day_number(number)
    if got is None or got[0] != joiner:
        return None
    day = expr.meaning
    assert isinstance(day, m.Day)
    relation = "between" if opener == "between" else "from"
    tok = p.t[number]
    first = Expression(number, number + 1, tok.start, tok.end, replace(day, day=got[1]), relation)
    return number, first, "between" if opener == "between" else lx.RANGE_JOINERS[p.low(joiner)]


def _bare_day_after(expr: Expression, p: _Parser) -> Expression | None:
    """ "between July 20 and 25", "July 20-25": a bare day number after the joiner."""
    joiner, number = expr.last, expr.last + 1
    if p.low(joiner) not in lx.RANGE_JOINERS or number >= p.n:
        return None
    got = p.day_number(number)
    if got is None or p.t[number].kind != "num":
        return None
    nxt = p.t[got[0]] if got[0] < p.n else None
    if (
        nxt is not None
        and p.adjacent(got[0])
        and nxt.kind == "word"
        and (nxt.low in lx.MONTHS or nxt.low in lx.UNITS or nxt.low in ("percent", "per"))
    ):
        return None  # "July 20 to 25 August" is read as two dates; "20 to 25 percent"
    if p.low(joiner) == "and" and expr.relation != "between":
        return None
    day = expr.meaning
    assert isinstance(day, m.Day)
    relation = "between" if expr.relation == "between" else lx.RANGE_JOINERS[p.low(joiner)]
    tok = p.t[number]
    return Expression(number, number + 1, tok.start, tok.end, replace(day, day=got[1]), relation)


def _bare_days_listed(expr: Expression, p: _Parser) -> list[Expression]:
    """ "Nov. 12, 14 and 18", "on March 3 or 4": bare day numbers listed after a date take
    its month and year. The list must close with "and"/"or" and a number ending the phrase,
    so "On Nov. 12, 14 people died" stays one date."""
    numbers: list[tuple[int, int]] = []  # (token, day)
    k = expr.last
    closed = False
    while k + 1 < p.n and len(numbers) < 10:
        link = p.low(k)
        if link not in (",", "and", "or") or p.t[k + 1].kind != "num":
            break
        got = p.day_number(k + 1)
        if got is None or got[0] != k + 2:
            break
        numbers.append((k + 1, got[1]))
        k = got[0]
        if link in ("and", "or"):
            closed = True
            break
        if p.low(k) == "," and p.low(k + 1) in ("and", "or"):
            k += 1  # the serial comma: "12, 14, and 18"
    if not closed or not (k >= p.n or p.kind(k) == "punct" or p.low(k) in _AFTER_A_LIST):
        return []
    day = expr.meaning
    assert isinstance(day, m.Day)
    return [
        Expression(n, n + 1, p.t[n].start, p.t[n].end, replace(day, day=d), expr.relation)
        for n, d in numbers
    ]


_AFTER_A_LIST = frozenset({"at", "in", "on", "from", "when", "as", "respectively", "this",
                           "next", "last", "with", "before", "after", "to", "for"})  # fmt: skip


# Words that can begin an expression: everything else is skipped without trying rules.
