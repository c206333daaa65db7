"""Stage 2: join adjacent tokens into expressions, longest match first.

Each rule is a small method reading tokens from a start index and returning the index
after its match with an underspecified meaning (see `meaning.py`), or None. Rules look
a bounded number of tokens ahead, so parsing is linear in the number of tokens.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from timenorm import lexicon as lx
from timenorm import meaning as m
from timenorm.meaning import Expression
from timenorm.ranges import link_ranges
from timenorm.scan import Token
from timenorm.zones import (
    is_abbreviation,
    is_generic_word,
    long_name_known,
    parse_offset,
    place_known,
)

# Words before a bare year that make it a date ("in 2019"), and after it that make it a count.
_AFTER_SMALL_NUMBER = frozenset(
    set(lx.UNITS) | set(lx.MONTHS)
    | {"o'clock", "noon", "midnight", "business", "working", "calendar", "and", "-", "times",
       "tonight", "this"}
)  # fmt: skip
_UNIT_ORDER = ("year", "month", "week", "day", "hour", "minute", "second")


Match = tuple[int, m.Meaning]


class _Parser:
    def __init__(self, text: str, tokens: list[Token]) -> None:
        self.text = text
        self.t = tokens
        self.n = len(tokens)

    # ---- token helpers -------------------------------------------------------------
    def low(self, i: int) -> str:
        return self.t[i].low if 0 <= i < self.n else ""

    def kind(self, i: int) -> str:
        return self.t[i].kind if 0 <= i < self.n else ""

    def adjacent(self, i: int) -> bool:
        """Tokens i-1 and i are separated by spaces only (at most one line break)."""
        if i <= 0 or i >= self.n:
            return False
        gap = self.text[self.t[i - 1].end : self.t[i].start]
        return (not gap or gap.isspace()) and gap.count("\n") < 2

    def touching(self, i: int) -> bool:
        """Tokens i-1 and i touch with no space ("mid-2021", "Q3")."""
        return 0 < i < self.n and self.t[i - 1].end == self.t[i].start

    def word(self, i: int, *words: str) -> bool:
        return self.low(i) in words and (i == 0 or self.adjacent(i) or self.kind(i - 1) == "")

    def at(self, i: int, *words: str) -> bool:
        """Token i is one of `words` and follows token i-1 with only spaces between."""
        return 0 < i < self.n and self.low(i) in words and self.adjacent(i)

    def seq(self, i: int, words: tuple[str, ...]) -> int | None:
        """Index after `words` matched from i on, adjacent throughout, else None."""
        for k, w in enumerate(words):
            j = i + k
            if self.low(j) != w or (k and not self.adjacent(j)):
                return None
        return i + len(words)

    def skip_comma(self, i: int) -> int:
        return i + 1 if self.low(i) == "," and self.adjacent(i) else i

    # ---- numbers -----------------------------------------------------------------
    def integer(self, i: int) -> tuple[int, int] | None:
        tok = self.t[i] if i < self.n else None
        if tok is None:
            return None
        if tok.kind == "num" and tok.text.isdigit():
            return (i + 1, int(tok.text)) if len(tok.text) <= 9 else None
        if tok.kind == "word" and tok.low in lx.CARDINALS and tok.low not in ("a", "an"):
            value = lx.CARDINALS[tok.low]
            if value == 0:
                return None
            if 20 <= value < 100 and self.low(i + 1) == "-" and self.touching(i + 1):
                unit = lx.CARDINALS.get(self.low(i + 2))
                if unit and unit < 10 and self.touching(i + 2):
                    return i + 3, value + unit
            if value == 2 and tok.low == "couple" and self.at(i + 1, "of"):
                return i + 2, 2
            return i + 1, value
        return None

    def amount(self, i: int) -> tuple[int, float] | None:
        """A count before a unit: digits, words, "a", "an", "a couple of", "one and a half"."""
        low = self.low(i)
        if low in ("a", "an"):
            if self.at(i + 1, "couple") and self.at(i + 2, "of"):
                return i + 3, 2
            if self.at(i + 1, "half"):
                return i + 2, 0.5
            return i + 1, 1
        if low == "half" and self.at(i + 1, "a", "an"):
            return i + 2, 0.5
        tok = self.t[i] if i < self.n else None
        if tok is not None and tok.kind == "num" and len(tok.text) <= 9:
            digits = tok.text.replace(",", "")  # "1,000 days"
            return i + 1, float(digits) if "." in digits else int(digits)
        got = self.integer(i)
        if got is None:
            return None
        j, value = got
        if self.at(j, "and") and self.at(j + 1, "a") and self.at(j + 2, "half"):
            return j + 3, value + 0.5
        return got

    def ordinal(self, i: int) -> tuple[int, int] | None:
        tok = self.t[i] if i < self.n else None
        if tok is None:
            return None
        if tok.kind == "ordnum":
            return i + 1, int(tok.text[:-2])
        if tok.low in lx.ORDINALS and lx.ORDINALS[tok.low] > 0:
            return i + 1, lx.ORDINALS[tok.low]
        if tok.low in ("twenty", "thirty") and self.low(i + 1) == "-" and self.touching(i + 1):
            unit = lx.ORDINALS.get(self.low(i + 2))
            if unit and 0 < unit < 10 and self.touching(i + 2):
                return i + 3, lx.CARDINALS[tok.low] + unit
        return None

    def year(self, i: int) -> tuple[int, int] | None:
        tok = self.t[i] if i < self.n else None
        if tok is not None and tok.kind == "num" and len(tok.text) == 4 and tok.text.isdigit():
            value = int(tok.text)
            if 1000 <= value <= 2199:
                return i + 1, value
        return None

    def day_number(self, i: int) -> tuple[int, int] | None:
        tok = self.t[i] if i < self.n else None
        if tok is None:
            return None
        if tok.kind == "ordnum" or (
            tok.kind == "num" and tok.text.isdigit() and len(tok.text) <= 2
        ):
            value = int(tok.text[:-2] if tok.kind == "ordnum" else tok.text)
            if 1 <= value <= 31:
                return i + 1, value
        return None

    # ---- names -------------------------------------------------------------------
    def month(self, i: int) -> tuple[int, int, bool] | None:
        """A month name (capitalised), its optional abbreviation dot, and whether it is a
        word with another sense (May, March) that needs context to count as a month."""
        tok = self.t[i] if i < self.n else None
        if tok is None or tok.kind != "word" or tok.low not in lx.MONTHS:
            return None
        if not tok.is_capitalized:
            return None
        j = i + 1
        abbreviated = len(tok.low) <= 4 and tok.low not in ("may", "june", "july")
        if abbreviated and self.low(j) == "." and self.touching(j):
            j += 1
        return j, lx.MONTHS[tok.low], tok.low in lx.AMBIGUOUS_MONTHS or abbreviated

    def weekday(self, i: int, *, standalone: bool = True) -> tuple[int, int] | None:
        tok = self.t[i] if i < self.n else None
        if tok is None or tok.kind != "word" or not tok.is_capitalized:
            return None
        value = lx.WEEKDAYS.get(tok.low)
        if value is None:
            return None
        j = i + 1
        if len(tok.low) <= 5 and not tok.low.endswith("day"):
            if self.low(j) == "." and self.touching(j):
                j += 1
            elif standalone:
                return None
        if j > i + 1 and standalone and not self._date_follows(j):
            return None  # "the far side from the Sun." is no Sunday
        nxt = self.t[j] if j < self.n else None
        if (
            nxt is not None
            and self.adjacent(j)
            and (
                (nxt.is_capitalized and nxt.low in lx.WEEKDAY_NAME_AFTER)
                or (not nxt.is_capitalized and nxt.low in lx.WEEKDAY_NOUNS)
            )
        ):
            return None  # "Sunday Times", "the Sunday roast"
        prev = self.t[i - 1] if i > 0 else None
        if prev is not None and prev.low.rstrip(".") in lx.WEEKDAY_NAME_BEFORE and self.adjacent(i):
            return None  # "Black Friday" as a name, "his girl Friday"
        if prev is not None and prev.low in ("name", "named", "called", "nicknamed", "dubbed"):
            return None  # "took the stage name Monday"
        if prev is not None and prev.low in ("a", "an") and self.adjacent(i):
            return None  # "a Sunday timetable": some Sunday
        if self._after_name(i) or (
            i >= 2 and self.low(i - 1) == "on" and self.t[i - 2].text == "Mail"
        ):
            return None  # "Mary Sunday", "The Mail on Sunday"
        return j, value

    def _date_follows(self, j: int) -> bool:
        """After "Sun." or "Wed.": a comma, a month or a day number, as in "Wed., Nov. 9"."""
        k = self.skip_comma(j)
        return k > j or self.month(k) is not None or self.day_number(k) is not None

    def _after_name(self, i: int) -> bool:
        """Token i follows a capitalised word that reads as a name ("Della Monday",
        "Cal Easter", "Mr. August"), not "On Sunday" or "in Washington Sunday"."""
        if i < 1 or not self.adjacent(i):
            return False
        prev = self.t[i - 1]
        if prev.low == "." and i >= 2 and self.t[i - 2].low in lx.WEEKDAY_NAME_BEFORE:
            return True  # "Mr. August"
        if prev.kind != "word" or not prev.is_capitalized or prev.low in lx.NOT_NAME_WORDS:
            return False
        if prev.low in lx.MONTHS or prev.low in lx.WEEKDAYS or prev.text.isupper():
            return False
        if self.kind(i - 2) in ("num", "ordnum"):
            return False  # "the 3rd Ward Monday": a place
        return self.low(i - 2) not in lx.PLACE_BEFORE  # "in Washington Sunday": a place

    # ---- dates -------------------------------------------------------------------
    def calendar_date(self, i: int) -> Match | None:
        """ "April 17", "Apr. 17, 2022", "17 April 2022", "the 17th of April",
        "Sunday, April 17", "Wednesday 7 January", "March 2021", "2022-04-17", "4/17/2022"."""
        tok = self.t[i] if i < self.n else None
        if tok is None:
            return None
        if tok.kind == "iso":
            y, mo, d = (int(p) for p in tok.text[:10].split("-"))
            if not (1 <= mo <= 12 and 1 <= d <= 31):
                return None
            if len(tok.text) > 10:
                hh, mm = int(tok.text[11:13]), int(tok.text[14:16])
                zone = self.zone(i + 1) if self.touching(i + 1) else None  # "...T10:00Z"
                end, zref = zone if zone is not None else (i + 1, None)
                return end, m.Clock(hh, mm, zref, m.Day(y, mo, d))
            return i + 1, m.Day(y, mo, d)
        if tok.kind in ("slash", "dotted", "dashed"):
            if i > 0 and self.low(i - 1) in lx.NOT_YEAR_BEFORE:
                return None  # "version 2.10.2024"
            sep = {"slash": "/", "dotted": ".", "dashed": "-"}[tok.kind]
            a, b, c = (int(p) for p in tok.text.split(sep))
            year = c + 2000 if c < 100 else c
            if not (min(a, b) >= 1 and max(a, b) <= 31 and min(a, b) <= 12):
                return None
            if tok.kind == "dotted":  # 31.10.2024 is day first everywhere
                return (i + 1, m.Day(year, b, a)) if b <= 12 else None
            return i + 1, m.NumericDate(a, b, year)
        if tok.kind == "ymd":  # 2024/09/30
            y, mo, d = (int(p) for p in tok.text.split("/"))
            return (i + 1, m.Day(y, mo, d)) if 1 <= mo <= 12 and 1 <= d <= 31 else None
        wd: int | None = None
        k = i
        got_wd = self.weekday(i, standalone=False)
        if got_wd is not None:
            k, wd = got_wd
            k2 = self.skip_comma(k)
            if self.adjacent(k2) and (
                self.month(k2) or self.day_number(k2) or self.low(k2) == "the"
            ):
                k = k2
        # month first: "April 17", "April 17th, 2022", "March 2021"
        got_m = self.month(k)
        if got_m is not None and (k == i or self.adjacent(k)):
            j, mo, _ = got_m
            got_d = self.day_number(j) if self.adjacent(j) else None
            if got_d is not None and not self._followed_by_unit(got_d[0]):
                j2, d = got_d
                got_y = self._trailing_year(j2)
                if got_y is not None:
                    return got_y[0], m.Day(got_y[1], mo, d, wd)
                return j2, m.Day(None, mo, d, wd)
            if wd is None:
                j2 = j + 1 if self.at(j, "of") else j
                got_y = self._trailing_year(j2, comma=False) if self.adjacent(j2) else None
                if got_y is not None:
                    return got_y[0], m.Day(got_y[1], mo)
                if j2 > j and self.at(j2, "last", "this", "next") and self.at(j2 + 1, "year"):
                    return j2 + 2, m.Day(month=mo, year_shift=lx.SHIFTERS[self.low(j2)])
        # "30-Oct-2024", as tables and notices write it
        got_d = self.day_number(k)
        if got_d is not None and self.low(got_d[0]) == "-" and self.touching(got_d[0]):
            got_m = self.month(got_d[0] + 1) if self.touching(got_d[0] + 1) else None
            if got_m is not None and self.low(got_m[0]) == "-" and self.touching(got_m[0]):
                got_y = self.year(got_m[0] + 1) if self.touching(got_m[0] + 1) else None
                if got_y is not None:
                    return got_y[0], m.Day(got_y[1], got_m[1], got_d[1], wd)
        # day first: "17 April 2022", "Wednesday 7 January", "17th April"
        if got_d is not None and (k == i or self.adjacent(k)):
            j, d = got_d
            got_m = self.month(j) if self.adjacent(j) else None
            if got_m is None and self.at(j, "of"):
                got_m = self.month(j + 1) if self.adjacent(j + 1) else None
            if got_m is not None:
                j2 = got_m[0]
                got_y = self._trailing_year(j2)
                if got_y is not None:
                    return got_y[0], m.Day(got_y[1], got_m[1], d, wd)
                return j2, m.Day(None, got_m[1], d, wd)
        # "the 17th of April", "this 2nd day of April 2024", "the 18th of this month"
        if self.low(k) in ("the", "this"):
            got_o = self.ordinal(k + 1) if self.adjacent(k + 1) else None
            of = got_o[0] if got_o is not None else k
            if got_o is not None and self.at(of, "day") and self.at(of + 1, "of"):
                of += 1
            if got_o is not None and self.at(of, "of") and got_o[1] <= 31:
                got_m = self.month(of + 1) if self.adjacent(of + 1) else None
                if got_m is not None:
                    j2 = got_m[0]
                    got_y = self._trailing_year(j2)
                    if got_y is not None:
                        return got_y[0], m.Day(got_y[1], got_m[1], got_o[1], wd)
                    return j2, m.Day(None, got_m[1], got_o[1], wd)
                if self.low(k) == "the" and self.at(of + 1, "this") and self.at(of + 2, "month"):
                    return of + 3, m.Day(day=got_o[1], shift="this")
        if wd is not None and self.weekday(i) is not None:
            j = self.weekday(i)[0]  # type: ignore[index]
            if self.low(j) == "(" and self.adjacent(j):  # "Monday (March 11)", Indian style
                inner = self.calendar_date(j + 1) if self.touching(j + 1) else None
                if inner is not None and self.low(inner[0]) == ")" and self.touching(inner[0]):
                    day = inner[1]
                    if isinstance(day, m.Day) and day.day is not None and day.weekday is None:
                        return j, replace(day, weekday=wd)  # the date in brackets is its own
            if self.at(j, "week") and not self.at(j + 1, "of"):
                # British "Monday week": a week after the coming Monday
                return j + 1, m.FromDay(7, m.Day(weekday=wd, shift="this"))
            return j, m.Day(weekday=wd)
        return None

    def _trailing_year(self, j: int, *, comma: bool = True) -> tuple[int, int] | None:
        k = self.skip_comma(j) if comma else j
        if k < self.n and self.adjacent(k):
            got = self.year(k)
            if got is not None and not (self.low(got[0]) in ("-", "/") and self.touching(got[0])):
                return got
        return None

    def _followed_by_unit(self, j: int) -> bool:
        """ "March 3 percent", "May 5 people": a number that counts, not a day."""
        low = self.low(j)
        return low in ("percent", "%", "per", "people", "points", "cents") or low in lx.UNITS

    def month_alone(self, i: int) -> Match | None:
        """ "in March", "since May": a month alone needs a governing word before it."""
        got = self.month(i)
        if got is None:
            return None
        j, mo, ambiguous = got
        if self._month_in_name(i, j):
            return None
        prev = self.low(i - 1) if self.adjacent(i) else ""
        if prev in (
            "in",
            "since",
            "until",
            "till",
            "by",
            "during",
            "of",
            "from",
            "through",
            "early",
            "late",
            "mid",
            "before",
            "after",
            "last",
            "next",
            "this",
            "and",
            "between",
            "to",
            "end",
            "throughout",
        ):
            return j, m.Day(month=mo)
        if ambiguous or self.t[i].low in ("may", "march") or self._after_name(i):
            return None
        return j, m.Day(month=mo)

    def _month_in_name(self, i: int, j: int) -> bool:
        """ "June Carter", "April August-Reyes", "Harold "Hal" August": a month name that
        is a person's name: before a capitalised word that is no date, a hyphenated
        surname or another month, or after a nickname in quotes."""
        nxt = self.t[j] if j < self.n else None
        if nxt is not None and self.adjacent(j) and nxt.kind == "word" and nxt.is_capitalized:
            if nxt.low in lx.MONTHS:
                return True  # two month names in a row are a name
            if not (nxt.low in lx.WEEKDAYS or is_abbreviation(nxt.text)):
                return True
        if nxt is not None and nxt.low == "-" and self.touching(j) and self.touching(j + 1):
            after = self.t[j + 1] if j + 1 < self.n else None
            if after is not None and after.is_capitalized and after.kind == "word":
                return True  # "August-Reyes"
        if i >= 2 and self.low(i - 1) in ('"', "\u201d") and self.t[i - 2].is_capitalized:
            return True  # 'Harold "Hal" August'
        starts_sentence = i == 0 or self.low(i - 1) in lx.SENTENCE_END or not self.adjacent(i)
        # "August, a 1954 graduate of ...": a person in apposition
        return starts_sentence and self.low(j) == "," and self.low(j + 1) in ("a", "an", "the")

    def bare_year(self, i: int) -> Match | None:
        got = self.year(i)
        if got is None:
            return None
        j, value = got
        prev = self.t[i - 1] if i > 0 else None
        if prev is not None and (prev.low in lx.NOT_YEAR_BEFORE or prev.text in ("$", "£", "€")):
            return None
        if prev is not None and prev.text in ("-", "/", ".", ":", "+") and self.touching(i):
            return None
        if self.low(j) in ("-", "/", ".", ":", ",") and self.touching(j) and j + 1 < self.n:
            nxt = self.t[j + 1]
            if nxt.kind == "num" and self.touching(j + 1):
                return None
        if self.low(j) in ("%", "percent", "per") or (
            j < self.n and self.t[j].kind == "word" and self.t[j].low in lx.UNITS
        ):
            return None
        following = self.t[j] if j < self.n else None
        if following is not None and following.low in lx.YEAR_NAMES and following.is_capitalized:
            return None  # "the 1922 Committee"
        if (
            prev is not None
            and prev.low in ("a", "an")
            and following is not None
            and following.is_capitalized
            and following.low not in lx.MONTHS
            and self.adjacent(j)
        ):
            return None  # "a 1957 Chevrolet Bel Air", "a 2019 Bordeaux": a model's year
        if (
            prev is not None
            and prev.low == "the"
            and (
                following is None or following.kind == "punct" or following.low in lx.FUNCTION_WORDS
            )
        ):
            return None  # "the band the 1975 in their early years": a name, not a year
        if self._after_name(i):
            return None  # "the Mars 2020 rover", "Vision 2030"
        # AP style writes counts of a thousand or more with a comma ("2,000 troops"), so
        # four bare digits in this range are a year.
        if not (1900 <= value <= 2100):
            if prev is None or prev.low not in ("in", "since", "of", "by", "until", "from"):
                return None
        return j, m.Day(value)

    # ---- clock times ---------------------------------------------------------------
    def clock_core(self, i: int) -> tuple[int, int, int, str | None, bool] | None:
        """A time of day: (index after, hour, minute, named, needs a zone to count)."""
        tok = self.t[i] if i < self.n else None
        if tok is None:
            return None
        low = tok.low
        if tok.kind == "word" and low in lx.CARDINALS and self.at(i + 1, "o'clock"):
            got_w = self.integer(i)  # "seven o'clock"
            if got_w is not None and 1 <= got_w[1] <= 12:
                ampm = self._ampm(i + 2, got_w[1])
                return (
                    (ampm[0], ampm[1], 0, None, False)
                    if ampm
                    else (i + 2, got_w[1], 0, None, False)
                )
        if low in ("half", "quarter") and self.at(i + 1, "past", "to"):
            got = self.integer(i + 2) if self.adjacent(i + 2) else None
            if got is not None and 1 <= got[1] <= 12:  # "half past ten", "quarter to seven"
                minutes = 30 if low == "half" else 15
                hour, minute = (
                    (got[1], minutes)
                    if self.low(i + 1) == "past"
                    else (got[1] - 1 or 12, 60 - minutes)
                )
                ampm = self._ampm(got[0], hour)
                if ampm is not None:
                    return ampm[0], ampm[1], minute, None, False
                return got[0], hour, minute, None, False
        if low in lx.NAMED_TIMES:
            h, mi = lx.NAMED_TIMES[low]
            return i + 1, h, mi, ("midnight" if low == "midnight" else "noon"), False
        if tok.kind == "num" and tok.text.isdigit() and self.at(i + 1, "noon", "midnight"):
            if tok.text == "12":
                h = 0 if self.low(i + 1) == "midnight" else 12
                return i + 2, h, 0, self.low(i + 1), False
        if tok.kind == "clock":
            if self._after_name(i) and not self._has_ampm(i, i + 2):
                return None  # "John 3:16", a verse, not a time
            if self.at(i + 1, "left", "remaining", "elapsed") or (
                self.at(i + 1, "to") and self.at(i + 2, "play", "go")
            ):
                return None  # "with 1:12 left": a game clock
            if self.at(i + 1, "of", "into", "in") and (
                self.low(i + 2) in lx.GAME_PERIODS
                or (self.at(i + 2, "the") and self.low(i + 3) in lx.GAME_PERIODS)
            ):
                return None  # "scored at 2:41 of overtime", "14:37 into the second period"
            h, mi = int(tok.text.split(":")[0]), int(tok.text.split(":")[1])
            if h > 24 or mi > 59:
                return None
            got = self._ampm(i + 1, h)
            if got is not None:
                return got[0], got[1], mi, None, False
            if h == 24 and mi:
                return None
            if self.at(i + 1, "hours", "hrs", "hr", "h"):
                return i + 2, h, mi, None, False  # "10:30 hrs"
            return i + 1, h, mi, None, False  # 24:00 is the end of the day
        if tok.kind == "num" and "," not in tok.text:
            if "." in tok.text:
                hh, _, mm = tok.text.partition(".")
                if len(mm) == 2 and hh.isdigit() and int(hh) <= 23 and int(mm) < 60:
                    got = self._ampm(i + 1, int(hh))
                    if got is not None:
                        return got[0], got[1], int(mm), None, False
                    if self.at(i + 1, "hrs", "hours", "h"):
                        return i + 2, int(hh), int(mm), None, False  # "10.30 hrs"
                    if self.at(i + 1, "this", "tonight", "tomorrow") and self.deictic(i + 1):
                        return i + 1, int(hh), int(mm), None, False  # "12.30 this afternoon"
                    return i + 1, int(hh), int(mm), None, True  # "10.00 GMT" needs its zone
                return None
            if len(tok.text) <= 2:
                h = int(tok.text)
                got = self._ampm(i + 1, h)
                if got is not None:
                    return got[0], got[1], 0, None, False
                if 1 <= h <= 12 and self.at(i + 1, "o'clock"):
                    return i + 2, h, 0, None, False
                if 1 <= h <= 12 and self._evening_after(i + 1, i + 3) and self.adjacent(i + 1):
                    if self.at(i + 1, "tonight") or self.at(i + 1, "this"):
                        return i + 1, h, 0, None, False  # "8 tonight", "7 this evening"
                return None
            if len(tok.text) == 4 and tok.text.isdigit():
                h, mi = int(tok.text[:2]), int(tok.text[2:])
                if h <= 24 and mi <= 59:
                    if h == 24 and mi:
                        return None
                    if self.at(i + 1, "hours", "hrs", "hr", "h"):
                        return i + 2, h, mi, None, False
                    return i + 1, h, mi, None, True
        return None

    def _ampm(self, j: int, h: int) -> tuple[int, int] | None:
        if j < self.n and self.t[j].kind == "ampm" and self.adjacent(j) and 1 <= h <= 12:
            pm = self.t[j].low.startswith("p")
            return j + 1, (h % 12) + (12 if pm else 0)
        return None

    def zone(self, i: int) -> tuple[int, m.ZoneRef] | None:
        """A zone after a clock time: "Moscow time", "GMT", "UTC+3", "+0300",
        "local time", "Eastern Standard Time", "ET", "Eastern"."""
        tok = self.t[i] if i < self.n else None
        if tok is None or not (self.adjacent(i) or self.touching(i)):
            return None
        if tok.kind in ("offset", "signed"):
            seconds = parse_offset(tok.text)
            if seconds is None:
                return None  # "UTC+25" is no zone
            return i + 1, m.ZoneRef("offset", tok.text, seconds)
        if tok.text == "(":
            return self._zone_in_parentheses(i)
        if tok.kind != "word":
            return None
        if tok.low == "local" and self.at(i + 1, "time"):
            return i + 2, m.ZoneRef("local", "local")
        if tok.low == "local" and (i + 1 >= self.n or self.kind(i + 1) == "punct"):
            return i + 1, m.ZoneRef("local", "local")  # "at 1700 local (1600 GMT)"
        if (tok.text == "Z" and self.touching(i)) or tok.text == "Zulu":
            return i + 1, m.ZoneRef("abbr", "UTC")
        capitals = sum(ch.isupper() for ch in tok.text)
        if (tok.text.isupper() or capitals >= 2) and is_abbreviation(tok.text.upper()):
            j = i + 1
            abbreviation = tok.text.upper()  # "ChST" is written in mixed case
            return j, m.ZoneRef(
                "generic" if is_generic_word(abbreviation) else "abbr", abbreviation
            )
        if tok.low in lx.GENERIC_ZONE_WORDS and self.at(i + 1, "time") and self.adjacent(i + 1):
            if long_name_known(tok.low + " time"):  # "2 p.m. eastern time"
                return i + 2, m.ZoneRef("long", tok.low + " time")
        if tok.low == "the" and i + 1 < self.n and self.t[i + 1].is_capitalized:
            got = self.zone(i + 1)  # "3 p.m. the Netherlands time"
            return got if got is not None and got[1].kind == "place" else None
        if not tok.is_capitalized:
            return None
        # Up to five capitalised words then "time": a place or a long zone name. Hyphens
        # and small particles join a place's name ("Blanc-Sablon", "Port-au-Prince"), an
        # abbreviating full stop ends a word ("St. John's", "U.K.").
        words: list[str] = []
        j = i
        while j < self.n and len(words) < 5 and (j == i or self.adjacent(j)):
            tok_j = self.t[j]
            if tok_j.kind == "poss" and words and self.touching(j):
                words[-1] += tok_j.text  # "St. John's"
                j += 1
                continue
            if tok_j.kind == "punct" and tok_j.text in ("-", ".", "'") and words:
                if tok_j.text == "." and self.touching(j) and not self.touching(j + 1):
                    last_part = words[-1].rsplit(".", 1)[-1].lower()
                    if len(last_part) == 1 or last_part in lx.ABBREVIATIONS:
                        words[-1] += "."
                        j += 1
                        continue
                if not (self.touching(j) and self.touching(j + 1)):
                    break
                words[-1] += tok_j.text + self.t[j + 1].text
                j += 2
                continue
            if tok_j.kind != "word" or tok_j.low == "time":
                break
            if not tok_j.is_capitalized and tok_j.low not in lx.PLACE_PARTICLES:
                break
            words.append(tok_j.text)
            j += 1
        if words and self.low(j) == "/" and self.touching(j) and self.low(j + 1) == "local":
            if self.at(j + 2, "time") and place_known(" ".join(words)):  # "Moscow/local time"
                return j + 3, m.ZoneRef("place", " ".join(words).lower())
        if words and self.low(j) in ("time", "local") and self.adjacent(j):
            name = " ".join(words)
            end = j + 1
            if self.low(j) == "local":
                if not self.at(j + 1, "time"):
                    return None
                end = j + 2
            if self.t[j].text == "Time" and long_name_known(name + " Time"):
                return end, m.ZoneRef("long", (name + " time").lower())
            if place_known(name):
                return end, m.ZoneRef("place", name.lower())
            if len(words) > 1 and words[-1] in ("Islands", "Island", "Isles"):
                if place_known(" ".join(words[:-1])):  # "Chatham Islands time"
                    return end, m.ZoneRef("place", " ".join(words[:-1]).lower())
            country = lx.DEMONYM_COUNTRIES.get(name.lower())
            if country is not None and place_known(country):
                return end, m.ZoneRef("place", country.lower())  # "Irish time"
            if long_name_known(name + " time"):
                return end, m.ZoneRef("long", (name + " time").lower())
            if self.low(j - 1) == "local" and place_known(" ".join(words[:-1])):
                return end, m.ZoneRef("place", " ".join(words[:-1]).lower())
            return None
        if words and self.low(j) == "(" and self.kind(j + 1) == "num":
            if place_known(" ".join(words)):  # "10 a.m. Moscow (0700 GMT)", Reuters style
                return j, m.ZoneRef("place", " ".join(words).lower())
        if len(words) >= 1 and is_generic_word(words[0]):
            return i + 1, m.ZoneRef("generic", words[0].upper())
        return None

    def _zone_in_parentheses(self, i: int) -> tuple[int, m.ZoneRef] | None:
        """ "6 a.m. (local time)", "6 a.m. (Moscow/local time)", "9 a.m. (EDT)": a zone in
        parentheses names the clock's zone; "(0300 GMT)" is a conversion, not a zone."""
        inner = self.zone(i + 1) if self.touching(i + 1) else None
        if inner is None:
            return None
        end, ref = inner
        if self.low(end) == ")" and self.touching(end):
            return end + 1, ref
        return None

    def day_ref(self, i: int) -> tuple[int, m.DayRef] | None:
        """What may follow or precede a clock time as its day."""
        low = self.low(i)
        if low in ("today", "yesterday", "tomorrow", "tonight"):
            end = i + 2 if self.at(i + 1, "morning", "afternoon", "evening", "night") else i + 1
            return end, m.Deictic(lx.DEICTIC_DAYS[low])  # "7 a.m. tomorrow morning"
        if low == "this" and self.at(i + 1, "morning", "afternoon", "evening"):
            return i + 2, m.Deictic(0)  # "8 a.m. this morning"
        got = self.calendar_date(i)
        if got is not None:
            end, day = got
            if isinstance(day, m.NumericDate) or (
                isinstance(day, m.Day) and (day.day is not None or day.weekday is not None)
            ):
                return end, day
        if low in ("the", "that") and self.at(i + 1, "same", "next", "following", "day"):
            got_n = self.narrative(i)
            if got_n is not None and isinstance(got_n[1], m.Narrative):
                return got_n[0], got_n[1]
        got_h = self.holiday(i) if self.t[i].is_capitalized else None
        if got_h is not None and isinstance(got_h[1], m.Holiday):
            return got_h[0], got_h[1]
        got_d = self.day_of_month(i)
        if got_d is not None and isinstance(got_d[1], m.Day):
            return got_d[0], got_d[1]
        return None

    def clock(self, i: int) -> Match | None:
        """Clock time, zone and day in either order: "6 a.m. Moscow time on Sunday, April 17",
        "Sunday at 6 a.m.", "1900 UTC on Thursday", "9 p.m. Sunday New York time"."""
        core = self.clock_core(i)
        if core is None:
            return self._day_then_clock(i)
        j, h, mi, named, needs_zone = core
        zone = self.zone(j)
        if zone is None and self.low(j) == "," and self.adjacent(j):
            zone = self.zone(j + 1)  # "5:00 p.m., New York City time, on Oct. 15"
            if zone is not None:
                zone = (zone[0] + 1 if self.low(zone[0]) == "," else zone[0], zone[1])
        if zone is not None:
            j, zref = zone
        else:
            zref = None
            if needs_zone and not self._military_clock(i, j):
                return None
        day: m.DayRef | None = None
        k = j
        if self.at(k, "on") or (self.low(k) == "," and self.adjacent(k)):
            k += 1
        if k < self.n and (k == j or self.adjacent(k)) and self.adjacent(k):
            got = self.day_ref(k)
            if got is not None:
                if 1 <= h < 12 and not self._has_ampm(i, j) and self._evening_after(k, got[0]):
                    h += 12  # "seven o'clock this evening", "8:30 tonight"
                j, day = got
                if zref is None:
                    zone = self.zone(j)
                    if zone is not None:
                        j, zref = zone
        return j, m.Clock(h, mi, zref, day, named)

    def _has_ampm(self, first: int, last: int) -> bool:
        return any(self.t[p].kind == "ampm" for p in range(first, last))

    def _evening_after(self, first: int, last: int) -> bool:
        """The day reference [first, last) names an afternoon, evening or night."""
        return any(
            self.low(p) in ("tonight", "evening", "afternoon", "night") for p in range(first, last)
        )

    def _military_clock(self, i: int, j: int) -> bool:
        """ "at 0500", "0500 on Monday": four digits read as a time without a zone only
        after "at" or before a day (never "in 2019" or "by 2030"). A dotted "10.50" needs its
        zone: after "at" it is as often a price."""
        if "." in self.t[i].text:
            return False
        nxt = self.t[j] if j < self.n else None
        if nxt is not None and nxt.kind == "word" and nxt.is_capitalized and self.adjacent(j):
            if self.day_ref(j) is None:
                return False  # "at 1117 Spring Street": an address
        if i > 0 and self.low(i - 1) == "at" and self.adjacent(i):
            return True
        if 1900 <= int(self.t[i].text) <= 2099:
            return False  # "since 2007 on Oct. 19": a year
        k = j + 1 if self.at(j, "on") else j
        return self.adjacent(k) and self.day_ref(k) is not None

    def _day_then_clock(self, i: int) -> Match | None:
        got = self.day_ref(i)
        if got is None:
            return None
        k, day = got
        k2 = self.skip_comma(k)
        if self.at(k2, "at"):
            k2 += 1
        if k2 == k and not self.adjacent(k2):
            return None
        if k2 > k and not self.adjacent(k2):
            return None
        core = self.clock_core(k2)
        evening = self._evening_after(i, k)
        part_of_day = evening or any(self.low(p) == "morning" for p in range(i, k))
        if core is None and part_of_day and k2 > k and self.kind(k2) == "num":
            hour = self.t[k2].text  # "tonight at 8", "this morning at 9": a bare hour
            if hour.isdigit() and 1 <= int(hour) <= 11 and self.low(k2 + 1) != "-":
                core = (k2 + 1, int(hour), 0, None, False)
        if core is None:
            return None
        j, h, mi, named, needs_zone = core
        if evening and 1 <= h < 12 and not self._has_ampm(k2, j):
            h += 12  # "tonight at 8:30", "this evening at 7"
        zone = self.zone(j)
        zref = zone[1] if zone else None
        if zone:
            j = zone[0]
        elif needs_zone:
            return None
        after = j + 1 if self.at(j, "on") else j
        if self.adjacent(after) and self.day_ref(after) is not None:
            return None  # "on Wednesday, at 12:45 p.m. Friday": the clock has its own day
        return j, m.Clock(h, mi, zref, day, named)

    def close_of_business(self, i: int) -> Match | None:
        k = i + 1 if self.low(i) == "the" else i
        j = self.seq(k, ("close", "of", "business")) or self.seq(k, ("end", "of", "business"))
        if j is not None and k > i and not self.adjacent(k):
            return None
        if j is None and k == i and self.t[i].text == "COB":
            j = i + 1
        if j is None:
            return None
        k = j + 1 if self.at(j, "on") else j
        if self.adjacent(k) or k == j:
            got = self.day_ref(k) if self.adjacent(k) else None
            if got is not None:
                return got[0], m.Clock(17, 0, None, got[1])
        return j, m.Clock(17, 0, None, None)

    # ---- days and parts of days -----------------------------------------------------
    def deictic(self, i: int) -> Match | None:
        low = self.low(i)
        if low == "tonight":
            return i + 1, m.PartOfDay("NI", m.Deictic(0))
        if low in ("today", "yesterday", "tomorrow"):
            day = m.Deictic(lx.DEICTIC_DAYS[low])
            part = lx.PARTS_OF_DAY.get(self.low(i + 1))
            if part and self.adjacent(i + 1) and self.low(i + 1) != "overnight":
                return i + 2, m.PartOfDay(part, day)
            return i + 1, day
        j = self.seq(i, ("the", "day", "before", "yesterday"))
        if j is not None:
            return j, m.Deictic(-2)
        j = self.seq(i, ("the", "day", "after", "tomorrow"))
        if j is not None:
            return j, m.Deictic(2)
        if low in ("this", "last") and self.at(i + 1, "morning", "afternoon", "evening", "night"):
            part = lx.PARTS_OF_DAY[self.low(i + 1)]
            if low == "last":
                if part not in ("NI", "EV"):
                    return None
                return i + 2, m.PartOfDay(part, m.Deictic(-1))
            return i + 2, m.PartOfDay(part, m.Deictic(0))
        return None

    def weekday_part(self, i: int) -> Match | None:
        """ "Sunday evening", "Monday night", "late Tuesday night", "earlier Wednesday"."""
        k = i + 1 if self.low(i) in ("early", "late", "earlier", "later") else i
        if self.low(i) == "bank" and self.at(i + 1, "holiday"):
            k = i + 2  # "bank holiday Monday"
        got = self.weekday(k) if k == i or self.adjacent(k) else None
        if got is None:
            return None
        j, wd = got
        if k == i + 2:
            return j, m.Day(weekday=wd)
        part = lx.PARTS_OF_DAY.get(self.low(j))
        shift = "same" if self.low(i) in ("earlier", "later") else None
        if part and self.adjacent(j) and self.low(j) != "overnight":
            return j + 1, m.PartOfDay(part, m.Day(weekday=wd, shift=shift))
        if shift is not None:
            return j, m.Day(weekday=wd, shift=shift)  # AP style: "said earlier Wednesday"
        return None

    def week_of(self, i: int) -> Match | None:
        """ "the week of March 10", "the week of Thanksgiving"."""
        j = self.seq(i, ("the", "week", "of"))
        if j is None or not self.adjacent(j):
            return None
        base = self._named_day(j)
        return (base[0], m.WeekOf(base[1])) if base is not None else None

    def weekday_beside(self, i: int) -> Match | None:
        """ "the Monday before Thanksgiving", "the Friday after Christmas"."""
        if self.low(i) != "the" or not self.adjacent(i + 1):
            return None
        got = self.weekday(i + 1)
        if got is None or not self.at(got[0], "before", "after") or not self.adjacent(got[0] + 1):
            return None
        j, weekday = got
        base = self._named_day(j + 1)
        if base is None:
            return None
        return base[0], m.WeekdayBeside(weekday, self.low(j), base[1])

    def _named_day(self, i: int) -> tuple[int, m.Day | m.Holiday] | None:
        """A holiday or a date with its day of the month ("Thanksgiving", "March 10")."""
        got = self.holiday(i) or self.day_ref(i)
        if got is None or not isinstance(got[1], m.Holiday | m.Day):
            return None
        if isinstance(got[1], m.Day) and got[1].day is None:
            return None
        return got[0], got[1]

    def _same_period_a_year_back(self, i: int) -> Match | None:
        """ "the same quarter last year", "the same month a year earlier": the quarter or
        month the story last named, a year back."""
        j = self.seq(i, ("the", "same"))
        unit = lx.UNITS.get(self.low(j)) if j is not None else None
        if j is None or unit not in ("quarter", "month"):
            return None
        end = self.seq(j + 1, ("last", "year")) or self.seq(j + 1, ("a", "year", "earlier"))
        end = end or self.seq(j + 1, ("a", "year", "ago"))
        if end is None:
            return None
        return end, m.Narrative(-4 if unit == "quarter" else -12, unit)

    def narrative(self, i: int) -> Match | None:
        """ "the next day", "the same day", "the following week", "that evening",
        "two days later", "a year earlier", "the day before"."""
        low = self.low(i)
        same = self._same_period_a_year_back(i)
        if same is not None:
            return same
        if low in ("the", "that") and i + 1 < self.n:
            w1 = self.low(i + 1) if self.adjacent(i + 1) else ""
            if low == "that" and w1 in ("day",):
                return i + 2, m.Narrative(0, "day")
            if low == "that" and w1 in lx.PARTS_OF_DAY and w1 != "overnight":
                return i + 2, m.PartOfDay(lx.PARTS_OF_DAY[w1], m.Narrative(0, "day"))
            if low == "the" and w1 == "day" and self.at(i + 2, "before", "after"):
                nxt = self.low(i + 3)
                if nxt not in ("yesterday", "tomorrow") and not self._starts_expression(i + 3):
                    return i + 3, m.Narrative(-1 if self.low(i + 2) == "before" else 1, "day")
            if low == "the" and w1 in ("next", "following", "previous", "same", "preceding"):
                unit = self.low(i + 2) if self.adjacent(i + 2) else ""
                shift = {"next": 1, "following": 1, "previous": -1, "preceding": -1, "same": 0}[w1]
                if unit in ("day", "week", "month", "year", "weekend"):
                    return i + 3, m.Narrative(shift, unit, whole=True)
                if unit in lx.PARTS_OF_DAY and unit != "overnight":
                    return i + 3, m.PartOfDay(lx.PARTS_OF_DAY[unit], m.Narrative(shift, "day"))
            return None
        got = self.amount(i)
        if got is None:
            return None
        j, n = got
        if not self.adjacent(j) or self.low(j) not in lx.UNITS or isinstance(n, float):
            return None
        unit = lx.UNITS[self.low(j)]
        if unit not in ("day", "week", "month", "year", "hour", "decade", "fortnight"):
            return None
        if self.at(j + 1, "later", "earlier"):
            sign = 1 if self.low(j + 1) == "later" else -1
            return j + 2, m.Narrative(sign * n, unit)
        if self.at(j + 1, "before", "after") and self._ends_clause(j + 2):
            sign = 1 if self.low(j + 1) == "after" else -1
            return j + 2, m.Narrative(sign * n, unit)
        return None

    def _ends_clause(self, i: int) -> bool:
        """Nothing but punctuation or a conjunction follows: "a year before." """
        return i >= self.n or self.kind(i) == "punct" or self.low(i) in ("and", "but", "when")

    def _starts_expression(self, i: int) -> bool:
        return self.calendar_date(i) is not None or self.deictic(i) is not None

    # ---- relative units ------------------------------------------------------------------
    def shifted(self, i: int) -> Match | None:
        """ "last month", "next week", "this year", "last Sunday", "next April",
        "this weekend", "last summer", "this quarter"."""
        low = self.low(i)
        if low == "the":
            return self._before_last(i)
        if low not in lx.SHIFTERS or low in ("past", "following"):
            return None
        shift = lx.SHIFTERS[low]
        j = i + 1
        coming = low == "coming"  # "this coming Saturday": the next one, this week or not
        if low == "this" and self.at(j, "coming", "past"):
            shift = 1 if self.low(j) == "coming" else -1
            coming = self.low(j) == "coming"
            j += 1
        if not self.adjacent(j):
            return None
        unit = lx.UNITS.get(self.low(j))
        if unit in ("week", "month", "year", "quarter", "decade", "century"):
            if self.low(j).endswith("s") or self.at(j + 1, "of"):
                return None  # "the last week of March" is not "last week"
            return j + 1, m.Shifted(unit, shift)
        if unit == "weekend":
            if self.at(j + 1, "of"):
                return None  # "the last weekend of the season"
            return j + 1, m.Weekend(None if coming else shift)
        got_wd = self.weekday(j)
        if got_wd is not None:
            name = "this" if coming else {-1: "last", 0: "this", 1: "next"}[shift]
            day = m.Day(weekday=got_wd[1], shift=name)
            end = got_wd[0]
            part = lx.PARTS_OF_DAY.get(self.low(end)) if self.adjacent(end) else None
            if part and self.low(end) != "overnight":
                return end + 1, m.PartOfDay(part, day)  # "last Friday night"
            return end, day
        got_m = self.month(j)
        if got_m is not None and self.low(got_m[0]) not in lx.UNITS:
            name = {-1: "last", 0: "this", 1: "next"}[shift]
            return got_m[0], m.Day(month=got_m[1], shift=name)
        season = lx.SEASONS.get(self.low(j))
        if season:
            return j + 1, m.Season(season, None, shift)
        return None

    def _before_last(self, i: int) -> Match | None:
        """ "the week before last", "the month after next": two units away."""
        if self.low(i) != "the" or not self.adjacent(i + 1):
            return None
        unit = lx.UNITS.get(self.low(i + 1))
        if unit not in ("week", "month", "year", "quarter") or self.low(i + 1).endswith("s"):
            return None
        end = self.seq(i + 2, ("before", "last")) or self.seq(i + 2, ("after", "next"))
        if end is None:
            return None
        return end, m.Shifted(unit, -2 if self.low(i + 2) == "before" else 2)

    def ago(self, i: int) -> Match | None:
        """ "two weeks ago", "48 hours ago", "a year ago"."""
        got = self.amount(i)
        if got is None:
            return None
        j, n = got
        if isinstance(n, float) or not self.adjacent(j):
            return None
        unit = lx.UNITS.get(self.low(j))
        if unit is None or unit == "weekend":
            return None
        if self.at(j + 1, "from") and self.at(j + 2, "today", "now"):
            return j + 3, m.Ago(n, unit)  # "a week from today"
        if (
            self.at(j + 1, "from", "on")
            and unit in ("day", "week", "fortnight")
            and self.adjacent(j + 2)
        ):
            base = self.day_ref(j + 2)  # "a week from Monday"
            if base is not None and isinstance(base[1], m.Day | m.Deictic):
                return base[0], m.FromDay(n * {"day": 1, "week": 7, "fortnight": 14}[unit], base[1])
        if not self.at(j + 1, "ago"):
            return None
        if self.at(j + 2, "today") and unit in ("month", "year"):
            # "a month ago today": the publication date a month back, a day
            months, years = (n, 0) if unit == "month" else (0, n)
            return j + 3, m.YearAgoToday(years, months=months)
        return j + 2, m.Ago(-n, unit)

    def duration(self, i: int) -> Match | None:
        """ "three years", "a decade", "48-hour", "10 business days", "the past three days",
        "the next 48 hours", "the past week"."""
        anchored: str | None = None
        k = i
        if self.seq(i, ("the", "hour")) and self.low(i - 1) == "within" and self.adjacent(i):
            return i + 2, m.Duration(1, "hour", anchored="next")  # "within the hour"
        if self.low(i) == "the" and self.at(i + 1, "past", "last", "next", "coming", "previous"):
            anchored = "next" if self.low(i + 1) in ("next", "coming") else "past"
            k = i + 2
            unit = lx.UNITS.get(self.low(k)) if self.adjacent(k) else None
            if unit and unit not in ("weekend", "quarter") and not self.low(k).endswith("s"):
                if self.low(k + 1) in ("of", "before", "that", "when"):
                    return None  # "the last day of fiscal 2024" is a day, not a span
                if self.low(i + 1) == "last" and unit == "day":
                    return None  # "on the last day, Friday 23 May": a day of something
                return k + 1, m.Duration(1, unit, anchored=anchored)
            if self.low(k) == "few" and self.adjacent(k):
                return None
            if not self.adjacent(k):
                return None
        opening = anchored is None and self.seq(i, ("the", "first")) is not None
        if self.low(i) == "the" and anchored is None:
            # "the three months to September", "the first nine months": the span holds "the"
            k = i + 2 if opening and self.adjacent(i + 2) else i + 1
        if self.low(k) in ("a", "an") and self.low(k - 1) == "on":
            return None  # "on a day when markets are shut": a day, not a span of one
        got = self.amount(k)
        if got is None:
            return None
        j, n = got
        if k == i + 1 and anchored is None and not self.at(j + 1, "to", "ended", "ending"):
            return None
        if self.low(k) in ("a", "an", "per") and (
            self.low(k - 1) in ("twice", "once", "thrice", "times") or self.low(k - 1) in lx.UNITS
        ):
            return None  # "twice a month", "24 hours a day": a rate
        if self.low(k) in ("a", "per") and self.kind(k - 1) == "num" and self.adjacent(k):
            unit = lx.UNITS.get(self.low(k + 1))
            if unit in lx.FREQ_OF_UNIT and self.adjacent(k + 1):
                return k + 2, m.Recurrence(lx.FREQ_OF_UNIT[unit], 1)  # "$35 a month"
        if (
            anchored is None
            and self.low(k) in ("a", "an")
            and self.low(j)
            not in ("decade", "year", "week", "month", "day", "fortnight", "century", "hour")
        ):
            return None
        business = False
        hyphen = self.low(j) == "-" and self.touching(j)
        if hyphen:
            j += 1
            if not self.touching(j):
                return None
        elif not self.adjacent(j):
            return None
        if self.low(j) in ("business", "working", "calendar") and self.at(j + 1, "day", "days"):
            business = self.low(j) != "calendar"
            j += 1
        unit = lx.UNITS.get(self.low(j))
        if unit is None or unit == "weekend":
            return None
        if self.t[j].is_capitalized and not self.t[j].text.isupper() and k > 0:
            return None  # "60 Minutes", "12 Years a Slave", "the Six-Day War": titles
        if hyphen and (self.low(j).endswith("s") or unit == "quarter"):
            return None
        if hyphen and self.low(j + 1) == "-" and self.low(j + 2) == "old":
            return None  # "a 17-year-old" is an age
        if self.at(j + 1, "ago", "later", "earlier"):
            return None
        if unit == "minute" and self.low(j) in ("min", "mins") and hyphen:
            return None
        if isinstance(n, int) and n > 1 and not hyphen and not self.low(j).endswith("s"):
            if self.low(j) not in ("hr",):
                return None
        if unit == "second" and self.low(j) == "second" and n == 1 and not hyphen:
            return None
        if self.kind(j + 1) == "poss" or (self.low(j + 1) == "'" and self.touching(j + 1)):
            if self.at(j + 2, "time"):  # "in a fortnight's time", "in three weeks' time"
                return j + 3, m.Duration(n, unit, business, anchored)
        if anchored is None and self.low(j + 1) in ("of", "before") and self.low(k) == "the":
            return None
        duration = m.Duration(n, unit, business, anchored)
        if not hyphen and not business and (self.at(j + 1, "and") or self.low(j + 1) == ","):
            more = self._duration_part(j + 2)  # "two hours and 48 minutes"
            if more is not None and _UNIT_ORDER.index(more[2]) > _UNIT_ORDER.index(unit):
                return more[0], replace(duration, extra=((more[1], more[2]),))
        return j + 1, duration

    def _duration_part(self, i: int) -> tuple[int, float, str] | None:
        got = self.amount(i) if self.adjacent(i) else None
        if got is None or not self.adjacent(got[0]):
            return None
        unit = lx.UNITS.get(self.low(got[0]))
        if unit not in _UNIT_ORDER:
            return None
        return got[0] + 1, got[1], unit

    # ---- periods -------------------------------------------------------------------
    def quarter(self, i: int) -> Match | None:
        """ "the first quarter", "the third quarter of 2022", "Q3", "Q4 2021",
        "the second half of 2026", "H1", "fourth-quarter"."""
        k = i + 1 if self.low(i) == "the" else i
        if k > i and not self.adjacent(k):
            return None
        tok = self.t[k] if k < self.n else None
        if tok is None:
            return None
        number: int | None = None
        half = False
        j = k
        months = self._quarter_months(k)
        if months is not None:
            j, number = months  # "the July-September quarter", as Indian companies say
        elif tok.text in ("Q", "H") and k + 1 < self.n and self.touching(k + 1):
            nxt = self.t[k + 1]
            if nxt.kind == "num" and nxt.text in ("1", "2", "3", "4"):
                number, half, j = int(nxt.text), tok.text == "H", k + 2
                if half and number > 2:
                    return None
        else:
            got = self.ordinal(k)
            if got is not None or self.low(k) == "final":
                j, number = got if got is not None else (k + 1, 4)
                sep_ok = self.adjacent(j) or (self.low(j) == "-" and self.touching(j))
                if self.low(j) == "-" and self.touching(j):
                    j += 1
                if not sep_ok or self.low(j) not in ("quarter", "half"):
                    return None
                half = self.low(j) == "half"
                if self.low(k) == "final":
                    number = 2 if half else 4
                if (half and number > 2) or number > 4:
                    return None
                j += 1
        if number is None:
            return None
        if not half and tok.text not in ("Q", "H") and self._in_a_game(i):
            return None  # "touchdown passes in the fourth quarter": a period of play
        of = j + 1 if self.at(j, "of") else j
        got_fy = self.fiscal(of) if self.adjacent(of) else None
        if got_fy is not None and isinstance(got_fy[1], m.FiscalYear):
            return got_fy[0], m.Quarter(number, got_fy[1].year, half=half, fiscal=True)
        if self.at(j, "of"):
            got_y = self.year(j + 1) if self.adjacent(j + 1) else None
            if got_y is not None:
                return got_y[0], m.Quarter(number, got_y[1], half=half)
            if self.at(j + 1, "this", "last", "next") and self.at(j + 2, "year"):
                shift = lx.SHIFTERS[self.low(j + 1)]
                return j + 3, m.Quarter(number, None, shift, half=half)
            if self.at(j + 1, "the") and self.at(j + 2, "year"):
                return j + 3, m.Quarter(number, None, 0, half=half)
        got_y = self.year(j) if self.adjacent(j) else None
        if got_y is not None:
            return got_y[0], m.Quarter(number, got_y[1], half=half)
        if (
            k == i
            and tok.text not in ("Q", "H")
            and not (j < self.n and self.t[j - 1].low == "quarter" and self.t[j - 2].low == "-")
        ):
            return None
        return j, m.Quarter(number, half=half)

    def _quarter_months(self, k: int) -> tuple[int, int] | None:
        """ "July-September quarter", "April-to-June quarter": (end, quarter number)."""
        first = self.month(k)
        if first is None or first[1] % 3 != 1:
            return None
        j = first[0]
        if self.low(j) in ("-", "\u2013", "to") and (self.touching(j) or self.adjacent(j)):
            j += 1
        else:
            return None
        last = self.month(j)
        if last is None or last[1] != first[1] + 2 or not self.at(last[0], "quarter"):
            return None
        return last[0] + 1, (first[1] - 1) // 3 + 1

    def _in_a_game(self, i: int) -> bool:
        """Sports words in the sentence around token i: "quarter" is then a period of play."""
        for step in (-1, 1):
            k = i
            while 0 <= k < self.n and abs(k - i) <= 12:
                if self.low(k) in lx.SPORTS_WORDS:
                    return True
                if self.kind(k) == "punct" and self.low(k) in lx.SENTENCE_END:
                    break
                k += step
        return False

    def decade(self, i: int) -> Match | None:
        k = i + 1 if self.low(i) == "the" else i
        if k > i and not self.adjacent(k):
            return None
        apostrophe = False
        if self.low(k) == "'" and self.kind(k + 1) == "decade" and self.touching(k + 1):
            k, apostrophe = k + 1, True
        tok = self.t[k] if k < self.n else None
        if tok is not None and tok.kind in ("ordnum", "word"):
            return self._century(k)
        if tok is None or tok.kind != "decade":
            return None
        digits = tok.text.rstrip("s").rstrip("'\u2019")
        if len(digits) == 4:
            if digits.endswith("00") and int(digits) < 1900:
                return k + 1, m.Decade(int(digits), years=100)  # "the 1800s": a century
            return k + 1, m.Decade(int(digits))
        # "the '90s", "the 90's"; a bare "the 30s" is more often temperatures or ages
        if len(digits) == 2 and (apostrophe or "'" in tok.text or "\u2019" in tok.text):
            value = int(digits)
            return k + 1, m.Decade(1900 + value if value >= 30 else 2000 + value)
        return None

    def _century(self, k: int) -> Match | None:
        """ "the 19th century", "the twenty-first century": value 18, 20."""
        got = self.ordinal(k)
        if got is None or not self.at(got[0], "century") or not 11 <= got[1] <= 21:
            return None
        return got[0] + 1, m.Decade((got[1] - 1) * 100, years=100)

    def fuzzy(self, i: int) -> Match | None:
        """ "late March", "mid-2021", "early next week", "the end of the month",
        "the beginning of 2023", "late last year", "the early 1990s"."""
        low = self.low(i)
        k: int | None = None
        mod: str | None = None
        if low in ("early", "mid", "late"):
            mod = lx.PERIOD_MODS[low]
            k = i + 1
            if low == "mid" and self.low(k) == "-" and self.touching(k):
                k += 1
            elif not self.adjacent(k):
                return None
        elif low == "the" and self.at(i + 1, "end", "beginning", "start", "middle"):
            if not self.at(i + 2, "of"):
                return None
            mod = lx.PERIOD_MODS[self.low(i + 1)]
            k = i + 3
        elif low == "the" and self.at(i + 1, "early", "mid", "late"):
            got = self.decade(i + 2) if self.adjacent(i + 2) else None
            if got is not None:
                return got[0], m.Fuzzy(lx.PERIOD_MODS[self.low(i + 1)], got[1])  # type: ignore[arg-type]
            return None
        elif low in ("end", "mid") and self.low(i + 1) == "-" and self.touching(i + 1):
            mod = lx.PERIOD_MODS[low]
            k = i + 2
        elif low in ("end", "beginning", "start", "middle") and self.at(i + 1, "of"):
            if self.low(i - 1) == "the":
                return None  # "the end of", read from "the"
            mod = lx.PERIOD_MODS[low]
            k = i + 2  # "by end of June", "end of day Friday"
        if k is None or mod is None:
            return None
        if (k < self.n and self.adjacent(k)) or self.touching(k):
            base = self._fuzzy_base(k)
            if base is not None:
                return base[0], m.Fuzzy(mod, base[1])
        return None

    def partial(self, i: int) -> Match | None:
        """ "earlier this year", "later this month", "earlier today": the part of the
        period before or after the publication moment."""
        low = self.low(i)
        if low not in ("earlier", "later") or not self.adjacent(i + 1):
            return None
        side = "before" if low == "earlier" else "after"
        if self.low(i + 1) == "today":
            return i + 2, m.Partial(side, m.Deictic(0))
        if self.low(i + 1) == "this" and self.at(i + 2, "week", "month", "year", "quarter"):
            return i + 3, m.Partial(side, m.Shifted(lx.UNITS[self.low(i + 2)], 0))
        if self.seq(i + 1, ("in", "the")) and self.at(i + 3, "day", "week", "month", "year"):
            unit = lx.UNITS[self.low(i + 3)]  # "earlier in the day", "later in the week"
            base: m.Deictic | m.Shifted = m.Deictic(0) if unit == "day" else m.Shifted(unit, 0)
            return i + 4, m.Partial(side, base)
        return None

    def part_of_date(self, i: int) -> Match | None:
        """ "the morning of March 3", "the night of Oct. 7"."""
        if self.low(i) != "the" or not self.at(i + 2, "of"):
            return None
        part = lx.PARTS_OF_DAY.get(self.low(i + 1)) if self.adjacent(i + 1) else None
        if part is None or self.low(i + 1) == "overnight" or not self.adjacent(i + 3):
            return None
        got = self.day_ref(i + 3)
        if got is None:
            return None
        return got[0], m.PartOfDay(part, got[1])

    def _fuzzy_base(self, k: int) -> tuple[int, m.Day | m.Shifted | m.Decade | m.Deictic] | None:
        got_m = self.month(k)
        if got_m is not None:
            j, mo, _ = got_m
            got_y = self._trailing_year(j, comma=False)
            if got_y is None and self.at(j, "of"):
                got_y = self._trailing_year(j + 1, comma=False)
            if got_y is not None:
                return got_y[0], m.Day(got_y[1], mo)
            return j, m.Day(month=mo)
        got_y = self.year(k)
        if got_y is not None:
            return got_y[0], m.Day(got_y[1])
        if self.low(k) in ("this", "last", "next", "the") and self.adjacent(k + 1):
            unit = lx.UNITS.get(self.low(k + 1))
            if unit in ("week", "month", "year", "decade", "quarter") and not self.low(
                k + 1
            ).endswith("s"):
                shift = 0 if self.low(k) == "the" else lx.SHIFTERS[self.low(k)]
                return k + 2, m.Shifted(unit, shift)
            if unit == "day" and self.low(k) == "the" and self.low(k + 1) == "day":
                return k + 2, m.Deictic(0)  # "the end of the day"
        if self.low(k) in ("day", "month", "year", "week", "quarter"):
            unit = lx.UNITS[self.low(k)]  # "by end of day Friday", "end of month"
            if unit == "day":
                after = self.day_ref(k + 1) if self.adjacent(k + 1) else None
                return after if after is not None else (k + 1, m.Deictic(0))  # type: ignore[return-value]
            return k + 1, m.Shifted(unit, 0)
        got_d = self.decade(k)
        if got_d is not None:
            return got_d  # type: ignore[return-value]
        got_wd = self.weekday(k)
        if got_wd is not None:
            return got_wd[0], m.Day(weekday=got_wd[1])
        got_q = self.quarter(k)  # "the end of Q3"
        if got_q is not None:
            return got_q  # type: ignore[return-value]
        return None

    def period_end(self, i: int) -> Match | None:
        """ "year-end", "month-end", "quarter-end", "(the) year's end": the END part of the
        current period."""
        if self.low(i) == "the" and self.kind(i + 2) == "poss" and self.adjacent(i + 1):
            got = self.period_end(i + 1)
            return got if got is not None and got[0] == i + 4 else None
        unit = self.low(i)
        if unit in ("year", "month", "quarter") and self.low(i + 1) == "-" and self.touching(i + 1):
            if self.low(i + 2) == "end" and self.touching(i + 2):
                got_y = self.year(i + 3) if unit == "year" and self.adjacent(i + 3) else None
                if got_y is not None:
                    return got_y[0], m.Fuzzy("END", m.Day(got_y[1]))  # "year-end 2023"
                return i + 3, m.Fuzzy("END", m.Shifted(unit, 0))
        if unit in ("year", "month", "quarter", "week") and self.kind(i + 1) == "poss":
            if self.at(i + 2, "end") and self.adjacent(i + 2):  # "by year's end"
                return i + 3, m.Fuzzy("END", m.Shifted(unit, 0))
        return None

    def day_of_month(self, i: int) -> Match | None:
        """ "on the 1st", "by the 15th": a day of a month left out, after a preposition."""
        if self.low(i) != "the" or self.low(i - 1) not in lx.DAY_OF_MONTH_BEFORE:
            return None
        tok = self.t[i + 1] if i + 1 < self.n else None
        if tok is None or tok.kind != "ordnum" or not self.adjacent(i + 1):
            return None
        nxt = self.t[i + 2] if i + 2 < self.n else None
        if (
            nxt is not None
            and self.adjacent(i + 2)
            and nxt.kind == "word"
            and (nxt.low not in lx.AFTER_DAY_OF_MONTH)
        ):
            return None  # "the 1st Battalion", "the 21st century"
        day = int(tok.text[:-2])
        return (i + 2, m.Day(day=day)) if 1 <= day <= 31 else None

    def season(self, i: int) -> Match | None:
        """ "summer 2021", "the summer of 2021", "winter 2023", "since the summer",
        "that winter", "the following spring"."""
        narrative = self._narrative_season(i)
        if narrative is not None:
            return narrative
        k = i + 1 if self.low(i) == "the" else i
        if k > i and not self.adjacent(k):
            return None
        season = lx.SEASONS.get(self.low(k))
        if season is None:
            return None
        j = k + 1
        if self.at(j, "of"):
            j += 1
        got_y = self.year(j) if self.adjacent(j) else None
        if got_y is not None:
            return got_y[0], m.Season(season, got_y[1])
        if k > i and self.low(i - 1) in lx.SEASON_PREPOSITIONS and not self.at(k + 1, "of"):
            return k + 1, m.Season(season)  # "since the summer": the season by tense
        return None

    def _narrative_season(self, i: int) -> Match | None:
        k, shift = i + 1, 0
        if self.low(i) == "the" and self.at(i + 1, "following", "next", "previous"):
            k, shift = i + 2, -1 if self.low(i + 1) == "previous" else 1
        elif self.low(i) != "that":
            return None
        season = lx.SEASONS.get(self.low(k)) if self.adjacent(k) else None
        if season is None or self.at(k + 1, "of") or self.year(k + 1) is not None:
            return None
        return k + 1, m.Season(season, shift=shift, narrative=True)

    def fiscal(self, i: int) -> Match | None:
        """ "fiscal 2023", "fiscal year 2023", "FY2023", "FY23"."""
        tok = self.t[i]
        j: int | None = None
        if tok.low == "fiscal":
            j = i + 1
            if self.at(j, "year"):
                j += 1
            if not self.adjacent(j):
                return None
        elif tok.text == "FY" and i + 1 < self.n and (self.touching(i + 1) or self.adjacent(i + 1)):
            j = i + 1
        if j is None or j >= self.n or self.t[j].kind != "num" or not self.t[j].text.isdigit():
            return None
        digits = self.t[j].text
        if len(digits) == 4:
            return j + 1, m.FiscalYear(int(digits))
        if len(digits) == 2 and tok.text == "FY":
            return j + 1, m.FiscalYear(2000 + int(digits))
        return None

    def year_span(self, i: int) -> Match | None:
        """ "the 2022-23 season", "the 2022/23 school year"."""
        k = i + 1 if self.low(i) == "the" else i
        got = self.year(k)
        if got is None or (k > i and not self.adjacent(k)):
            return None
        j, first = got
        if self.low(j) not in ("-", "/", "\u2013") or not self.touching(j):
            return None
        nxt = self.t[j + 1] if j + 1 < self.n else None
        if nxt is None or nxt.kind != "num" or not self.touching(j + 1):
            return None
        last = int(nxt.text) if len(nxt.text) == 4 else (first // 100) * 100 + int(nxt.text)
        if len(nxt.text) not in (2, 4) or last != first + 1:
            return None
        j += 2
        for tail in (
            ("season",),
            ("school", "year"),
            ("academic", "year"),
            ("financial", "year"),
            ("fiscal", "year"),
            ("budget", "year"),
        ):
            end = self.seq(j, tail)
            if end is not None and self.adjacent(j):
                return end, m.YearSpan(first, last)
        return None

    def weekend(self, i: int) -> Match | None:
        if self.low(i) == "the" and self.at(i + 1, "weekend"):
            return i + 2, m.Weekend(None)
        return None

    def holiday(self, i: int) -> Match | None:
        """A named day, with its determiner: "Christmas Eve", "the October Bank Holiday"."""
        k = i + 1 if self.low(i) == "the" and self.adjacent(i + 1) else i
        if k >= self.n:
            return None
        tok = self.t[k]
        best: tuple[int, tuple[object, ...]] | None = None
        for words, full_rule in _HOLIDAYS_BY_FIRST.get(tok.low, ()):
            end = self.seq(k, words)
            if end is None:
                continue
            # A name: capitalised, but for small words ("Eid al-Fitr") and the generic
            # ones around a capitalised word ("the early May bank holiday")
            capitals = [self.t[p].is_capitalized for p in range(k, end) if self.t[p].kind == "word"]
            lowercase_ok = all(
                self.t[p].is_capitalized
                or self.t[p].kind != "word"
                or self.t[p].low in lx.HOLIDAY_SMALL_WORDS
                for p in range(k, end)
            )
            if not any(capitals) or not lowercase_ok:
                continue
            if best is None or end > best[0]:
                best = (end, full_rule)
        if best is None:
            return None
        end, rule = best
        following = self.t[end] if end < self.n else None
        if (
            following is not None
            and self.adjacent(end)
            and following.kind == "word"
            and (following.low in lx.HOLIDAY_NOUNS)
        ):
            return None  # "Easter eggs", "the Christmas tree", "the Royal Easter Show"
        if self._after_name(k) and self.low(k - 1) not in ("royal",):
            return None  # "the fiddler Cal Easter"
        if (
            k > i
            and following is not None
            and following.kind == "word"
            and self.adjacent(end)
            and (following.low not in lx.AFTER_DAY_OF_MONTH and following.low not in lx.FINITE_BE)
        ):
            return None  # "The Independence Day holidays": "the" goes with "holidays"
        if rule[0] == "fixed" and rule[1:] == (5, 1) and self.t[k].text == "May":
            if not self.at(end - 1, "day"):
                return None
        name = " ".join(self.t[p].low for p in range(k, end) if self.t[p].kind == "word")
        name = lx.HOLIDAY_FULL_NAMES.get(name, name)  # calendars say "Easter Sunday"
        got_y = self.year(end) if self.adjacent(end) else None
        if got_y is not None:
            return got_y[0], m.Holiday(rule, got_y[1], name)
        if self.at(end, "last", "this", "next") and self.at(end + 1, "year"):
            shift = lx.SHIFTERS[self.low(end)]  # "Easter Sunday last year"
            return end + 2, m.Holiday(rule, None, name, year_shift=shift)
        return end, m.Holiday(rule, None, name)

    def weekday_of_month(self, i: int) -> Match | None:
        """ "the first Monday in October", "the last Saturday of September 2024"."""
        k = i + 1 if self.low(i) == "the" else i
        if k > i and not self.adjacent(k):
            return None
        if self.low(k) in ("last", "final"):
            j, n = k + 1, -1
        else:
            got = self.ordinal(k)
            if got is None or got[1] > 5:
                return None
            j, n = got
        got_wd = self.weekday(j, standalone=False) if self.adjacent(j) else None
        if got_wd is None or not self.at(got_wd[0], "in", "of"):
            return None
        got_m = self.month(got_wd[0] + 1) if self.adjacent(got_wd[0] + 1) else None
        if got_m is None:
            return None
        rule = ("nth", got_m[1], got_wd[1], n)
        got_y = self._trailing_year(got_m[0], comma=False)
        if got_y is not None:
            return got_y[0], m.Holiday(rule, got_y[1])
        return got_m[0], m.Holiday(rule)

    def week_of_month(self, i: int) -> Match | None:
        if self.low(i) != "the":
            return None
        got = self.ordinal(i + 1)
        if got is None or not self.adjacent(i + 1):
            return None
        j, n = got
        if not (self.at(j, "week") and self.at(j + 1, "of")) or n > 5:
            return None
        got_m = self.month(j + 2) if self.adjacent(j + 2) else None
        if got_m is None:
            return None
        got_y = self._trailing_year(got_m[0], comma=False)
        if got_y is not None:
            return got_y[0], m.WeekOfMonth(n, got_m[1], got_y[1])
        return got_m[0], m.WeekOfMonth(n, got_m[1])

    def this_time(self, i: int) -> Match | None:
        """ "this time last year", "this time a year ago", "this time next week": the
        publication date a week, month or year away."""
        j = self.seq(i, ("this", "time", "a", "year", "ago"))
        if j is not None:
            return j, m.YearAgoToday(1)
        j = self.seq(i, ("this", "time"))
        unit = lx.UNITS.get(self.low(j + 1)) if j is not None else None
        if j is None or not self.at(j, "last", "next") or unit not in ("week", "month", "year"):
            return None
        if self.low(j + 1) != unit:
            return None  # "this time next weekend" and plurals are not this form
        step = 1 if self.low(j) == "last" else -1
        if unit == "year":
            return j + 2, m.YearAgoToday(step)
        if unit == "month":
            return j + 2, m.YearAgoToday(0, months=step)
        return j + 2, m.FromDay(-7 * step, m.Deictic(0))

    def reference(self, i: int) -> Match | None:
        best: Match | None = None
        for words, value in _REFERENCES_BY_FIRST.get(self.low(i), ()):
            end = self.seq(i, words)
            if end is None or (best is not None and end <= best[0]):
                continue
            if words == ("now",) and (self.low(end) == "-" and self.touching(end)):
                continue
            if words == ("the", "past") and self.low(end) in lx.UNITS:
                continue
            if words == ("the", "future") and self.low(end) in ("of",):
                continue
            if words == ("soon",) and (
                self.low(i - 1) in ("as", "how", "too")
                or self.low(end) in ("as", "after", "afterwards", "enough")
            ):
                continue  # "as soon as polls close", "soon after the vote": no reference
            best = (end, m.Reference(value))
        return best

    def recurrence(self, i: int) -> Match | None:
        """ "every Monday", "each week", "every two weeks", "daily", "weekly",
        "every day at 9 a.m.", "daily at 9 a.m.", "on Mondays"."""
        low = self.low(i)
        rec: m.Recurrence | None = None
        j = i + 1
        if low in lx.SET_WORDS:
            freq, interval = lx.SET_WORDS[low]
            rec = m.Recurrence(freq, interval)
        elif low in ("every", "each"):
            other = low == "every" and self.at(j, "other") and self.adjacent(j)
            if other:
                j += 1  # "every other Tuesday", "every other week": INTERVAL=2
            got_wd = self.weekday(j) if self.adjacent(j) else None
            if got_wd is not None:
                j, wd = got_wd
                rec = m.Recurrence("WEEKLY", 2 if other else 1, wd)
            elif other:
                unit = lx.UNITS.get(self.low(j)) if self.adjacent(j) else None
                if unit in lx.FREQ_OF_UNIT and not self.low(j).endswith("s"):
                    rec = m.Recurrence(lx.FREQ_OF_UNIT[unit], 2)
                    j += 1
            else:
                n = 1
                got = self.integer(j) if self.adjacent(j) else None
                if got is not None and low == "every":
                    j, n = got
                unit = lx.UNITS.get(self.low(j)) if self.adjacent(j) else None
                if unit in lx.FREQ_OF_UNIT and (n > 1) == self.low(j).endswith("s"):
                    weeks = 2 if unit == "fortnight" else 1  # "every fortnight"
                    rec = m.Recurrence(lx.FREQ_OF_UNIT[unit], n * weeks)
                    j += 1
                elif self.low(j) in ("morning", "evening", "night") and self.adjacent(j):
                    rec = m.Recurrence("DAILY", 1)
                    j += 1
        elif low in lx.TIMES_WORDS or self.at(i + 1, "times"):
            return self._frequency(i)
        elif (
            self.t[i].is_capitalized
            and low in lx.WEEKDAYS
            and self.low(j) in lx.PLURAL_PARTS_OF_DAY
            and self.adjacent(j)
        ):  # "on Saturday mornings"
            part = lx.PLURAL_PARTS_OF_DAY[self.low(j)]
            return j + 1, m.Recurrence("WEEKLY", 1, lx.WEEKDAYS[low], part=part)
        elif (
            self.t[i].is_capitalized
            and low.endswith("days")
            and low[:-1] in lx.WEEKDAYS
            and self.kind(i - 1) != "num"
            and self.low(i - 1) not in lx.CARDINALS
        ):  # "on Mondays", but not "two Fridays ago"
            rec = m.Recurrence("WEEKLY", 1, lx.WEEKDAYS[low[:-1]])  # "on Mondays"
        if rec is None:
            return None
        if self.at(j, "at"):
            core = self.clock_core(j + 1) if self.adjacent(j + 1) else None
            if core is not None:
                end, zone = core[0], self.zone(core[0])
                if zone is not None:
                    end = zone[0]
                elif core[4]:
                    return j, rec  # "daily at 2000" without a zone is not a time
                rec = replace(
                    rec, hour=core[1] % 24, minute=core[2], zone=zone[1] if zone else None
                )
                return end, rec
        return j, rec

    def _frequency(self, i: int) -> Match | None:
        """ "twice a week", "three times a year", "once a month", "10 times per day"."""
        if self.low(i) in lx.TIMES_WORDS:
            times, j = lx.TIMES_WORDS[self.low(i)], i + 1
        else:
            got = self.integer(i)
            if got is None or not self.at(got[0], "times") or not self.adjacent(got[0]):
                return None
            times, j = got[1], got[0] + 1
        if not (self.at(j, "a", "an", "per", "each", "every") and self.adjacent(j)):
            return None
        unit = lx.UNITS.get(self.low(j + 1)) if self.adjacent(j + 1) else None
        if unit not in lx.FREQ_OF_UNIT or self.low(j + 1).endswith("s") or times < 1:
            return None
        weeks = 2 if unit == "fortnight" else 1
        return j + 2, m.Recurrence(lx.FREQ_OF_UNIT[unit], weeks, times=times)

    # ---- top level -------------------------------------------------------------------
    def rules(self) -> tuple[Callable[[int], Match | None], ...]:
        return (
            self.clock,
            self.close_of_business,
            self.calendar_date,
            self.deictic,
            self.partial,
            self.part_of_date,
            self.period_end,
            self.day_of_month,
            self.weekday_of_month,
            self.weekday_part,
            self.weekday_beside,
            self.week_of,
            self.narrative,
            self.shifted,
            self.ago,
            self.quarter,
            self.decade,
            self.fuzzy,
            self.season,
            self.fiscal,
            self.year_span,
            self.weekend,
            self.holiday,
            self.week_of_month,
            self.this_time,
            self.recurrence,
            self.duration,
            self.month_alone,
            self.bare_year,
            self.reference,
        )

    def parse(self) -> list[Expression]:
        out: list[Expression] = []
        rules = self.rules()
        i = 0
        while i < self.n:
            if not self._may_start(i):
                i += 1
                continue
            best: Match | None = None
            for rule in rules:
                got = rule(i)
                if got is not None and (best is None or got[0] > best[0]):
                    best = got
            if best is None:
                i += 1
                continue
            first = i
            last, meaning = best
            if isinstance(meaning, m.PartOfDay) and meaning.zone is None:
                zone = self.zone(last)  # "Saturday night local time"
                if zone is not None:
                    last, meaning = zone[0], replace(meaning, zone=zone[1])
            if (
                isinstance(meaning, m.PartOfDay)
                and self.low(first - 1) in ("early", "late")
                and self.adjacent(first)
                and self.low(first - 2) not in ("too", "so", "how")
                and (not out or out[-1].last < first)
            ):
                first -= 1  # "late last night", "early this morning": END / START
            approx = self._approx_before(first)
            if approx is not None and isinstance(meaning, (m.Clock, m.Duration, m.Ago)):
                first -= approx[1]
            out.append(self._finish(first, last, meaning, approx[0] if approx else None))
            i = last
        return self._possessive_days(link_ranges(out, self))

    def _possessive_days(self, expressions: list[Expression]) -> list[Expression]:
        """ "Friday's 5 p.m. ET deadline": the clock time is on the day that owns it."""
        out = list(expressions)
        for k in range(1, len(out)):
            owner, clock = out[k - 1], out[k].meaning
            if (
                isinstance(clock, m.Clock)
                and clock.day is None
                and isinstance(owner.meaning, m.Day | m.Deictic)
                and out[k].first == owner.last + 1
                and self.kind(owner.last) == "poss"
            ):
                out[k] = replace(out[k], meaning=replace(clock, day=owner.meaning))
        return out

    def _may_start(self, i: int) -> bool:
        """A cheap test before trying every rule: can an expression start at token i?

        Common words that start expressions only before certain words ("the" before
        "weekend", "a" before "year") are let through only when such a word follows.
        """
        tok = self.t[i]
        if tok.kind == "punct" or tok.kind == "poss":
            return False
        if tok.kind == "num" and len(tok.text) <= 2:
            # "6 a.m.", "17 April", "48 hours", "48-hour": a small number needs one of these
            nxt = self.t[i + 1] if i + 1 < self.n else None
            return nxt is not None and (nxt.kind == "ampm" or nxt.low in _AFTER_SMALL_NUMBER)
        if tok.kind != "word":
            return True
        low = tok.low
        if low not in _TRIGGERS:
            return False
        required = _FOLLOW_REQUIRED.get(low)
        if required is None:
            return True
        if i + 1 >= self.n:
            return False
        nxt = self.t[i + 1]
        return nxt.low in required or (low in _NEEDS_FOLLOWER and nxt.kind not in ("word", "punct"))

    def _approx_before(self, i: int) -> tuple[str, int] | None:
        """ "about 3:40 p.m." (APPROX), "more than three years" (MORE_THAN): a modifier in
        the span, and how many words it takes."""
        if i >= 1 and self.low(i - 1) in lx.APPROX_MODS and self.adjacent(i):
            return lx.APPROX_MODS[self.low(i - 1)], 1
        for words, mod in lx.MULTIWORD_MODS.items():
            start = i - len(words)
            if start >= 0 and self.seq(start, words) == i and self.adjacent(i):
                return mod, len(words)
        return None

    def _finish(self, first: int, last: int, meaning: m.Meaning, mod: str | None) -> Expression:
        relation = self._relation_before(first, last)
        if mod in ("MORE_THAN",) and not isinstance(meaning, m.Duration | m.Ago):
            mod = None
        if mod == "EQUAL_OR_LESS" and not isinstance(meaning, m.Duration):
            mod = None
        if isinstance(meaning, m.PartOfDay) and self.low(first) in ("early", "late"):
            mod = lx.PERIOD_MODS[self.low(first)]  # "late Tuesday night"
        if isinstance(meaning, m.Duration) and meaning.anchored is None:
            prev = self.low(first - 1) if self.adjacent(first) else ""
            if (
                relation is None
                and prev == "in"
                and not meaning.business
                and not meaning.extra
                and (self.low(first) != "the")
            ):
                if not self._after_superlative(first - 1):
                    meaning = replace(meaning, after_in=True)  # "in three days": a date
            elif relation == "within" and not self._counts_from_event(last):
                meaning = replace(meaning, anchored="next")
        if relation == "from" and isinstance(meaning, m.Narrative) and meaning.amount < 0:
            relation = None  # "fell 8% from a year earlier": a comparison, not a bound
        if isinstance(meaning, m.Duration) and meaning.anchored is None and relation != "within":
            relation = None  # "won by 11 seconds", "after nine hours of talks": a measure
        if isinstance(meaning, m.Duration) and meaning.anchored == "next":
            prev = self.low(first - 1) if self.adjacent(first) else ""
            if relation is None and prev in ("in", "over", "during"):
                relation = "within"
        if isinstance(meaning, m.Day) and meaning.weekday is not None and meaning.shift is None:
            before = self.low(first - 1)
            if (before in ("earlier", "later") and self.adjacent(first)) or (
                before == "on" and self.low(first - 2) in ("earlier", "later")
            ):
                meaning = replace(meaning, shift="same")  # "Earlier on Sunday": a same-day phrase
        return Expression(
            first, last, self.t[first].start, self.t[last - 1].end, meaning, relation, mod
        )

    def _counts_from_event(self, last: int) -> bool:
        """ "within 30 days of the ruling" counts from the ruling, not from publication;
        "within 14 days of the publication of this notice" counts from publication."""
        if not self.at(last, "of"):
            return False
        k = last + 2 if self.low(last + 1) == "the" else last + 1
        if self.low(k) == "date" and self.at(k + 1, "of"):  # "of the date of this notice"
            k = k + 3 if self.low(k + 2) == "the" else k + 2
        return self.low(k) not in ("publication", "today", "this")

    def _after_superlative(self, i: int) -> bool:
        """ "the worst storm in a decade", "the first strike in 30 years": a span, not a date."""
        for k in range(i - 1, max(i - 9, -1), -1):
            low = self.low(k)
            if self.kind(k) == "punct" and low in lx.SENTENCE_END:
                return False
            if (
                low in lx.SUPERLATIVES
                or (low.endswith("est") and len(low) > 4 and low not in lx.NOT_SUPERLATIVES)
            ) and self.low(k + 1) != "of":  # "the first of them would shut in 10 days"
                return True
        return False

    def _relation_before(self, first: int, last: int) -> str | None:
        if self.kind(last) == "poss":
            return None  # "ahead of next month's recess": the preposition governs "recess"
        relation = self._governing(first)
        if relation == "from" and self.low(first - 2) in lx.FROM_NOT_A_BOUND:
            return None  # "a far cry from February 2021"
        if self.seq(first - 2, ("ahead", "of")):
            if self.kind(first - 3) == "num" or self.low(first - 3) in ("%", "percent"):
                return None  # "running 15% ahead of last year": a comparison
        return relation

    def _governing(self, first: int) -> str | None:
        for words, relation in _RELATIONS_BY_LAST.get(self.low(first - 1), ()):
            start = first - len(words)
            if start >= 0 and self.seq(start, words) == first and self.adjacent(first):
                return relation
        if first >= 1 and self.adjacent(first):
            low = self.low(first - 1)
            if low in lx.RELATIONS:
                if low == "beginning" and self.low(first - 2) == "the":
                    return None
                return lx.RELATIONS[low]
        return None


_TRIGGERS: frozenset[str] = frozenset(
    set(lx.MONTHS)
    | set(lx.WEEKDAYS)
    | {name + "s" for name in lx.WEEKDAYS if name.endswith("day")}
    | {"beginning", "start", "middle", "bank"}
    | set(lx.CARDINALS)
    | set(lx.ORDINALS)
    | set(lx.NAMED_TIMES)
    | set(lx.SEASONS)
    | set(lx.SET_WORDS)
    | set(lx.TIMES_WORDS)
    | {w[0] for w in lx.FIXED_HOLIDAYS}
    | {w[0] for w in lx.EASTER_HOLIDAYS}
    | {w[0] for w in lx.CALENDAR_HOLIDAYS}
    | {w[0] for w in lx.NTH_WEEKDAY_HOLIDAYS}
    | {w[0] for w in lx.REFERENCE_WORDS}
    | {
        "today",
        "yesterday",
        "tomorrow",
        "tonight",
        "the",
        "this",
        "that",
        "last",
        "next",
        "coming",
        "previous",
        "prior",
        "current",
        "early",
        "mid",
        "late",
        "end",
        "fiscal",
        "fy",
        "q",
        "h",
        "every",
        "each",
        "close",
        "cob",
        "half",
        "a",
        "an",
        "earlier",
        "later",
        "year",
        "month",
        "quarter",
        "at",
        "in",
        "right",
    }
)


def parse(text: str, tokens: list[Token]) -> list[Expression]:
    """All expressions in `tokens`, left to right, longest match at each start."""
    return _Parser(text, tokens).parse()


# Frequent words that begin an expression only before one of these words.
_FOLLOWERS: frozenset[str] = frozenset(
    _TRIGGERS
    | set(lx.UNITS)
    | set(lx.PARTS_OF_DAY)
    | {"day", "days", "weekend", "following", "same", "preceding", "past", "future", "end",
       "beginning", "start", "middle", "close", "time", "present", "moment", "of", "-", "'",
       "coming", "couple", "half", "business", "working", "calendar", "year", "after",
       "before", "afternoon", "evening", "night", "other"}
)  # fmt: skip
_NEEDS_FOLLOWER: frozenset[str] = frozenset({
    "the", "a", "an", "earlier", "later", "this", "that", "last", "next", "coming", "previous",
    "prior", "current", "early", "mid", "late", "end", "every", "each", "half", "close", "one",
    "beginning", "start", "middle",
})  # fmt: skip
_FOLLOW_REQUIRED: dict[str, frozenset[str]] = {word: _FOLLOWERS for word in _NEEDS_FOLLOWER}
_FOLLOW_REQUIRED.update({unit: frozenset({"-", "'s"}) for unit in ("year", "month", "week")})
_FOLLOW_REQUIRED["quarter"] = frozenset({"-", "past", "to", "'s"})
_FOLLOW_REQUIRED["bank"] = frozenset({"holiday"})
_FOLLOW_REQUIRED.update(
    {"at": frozenset({"present", "the"}), "in": frozenset({"future"}), "right": frozenset({"now"})}
)


def _index(table: dict[tuple[str, ...], object], position: int) -> dict[str, list]:
    """Entries of a phrase table grouped by one of their words, for a direct look-up."""
    out: dict[str, list] = {}
    for words, value in table.items():
        out.setdefault(words[position], []).append((words, value))
    return out


def _holiday_rules() -> dict[tuple[str, ...], tuple[object, ...]]:
    rules: dict[tuple[str, ...], tuple[object, ...]] = {}
    for words, (month, day) in lx.FIXED_HOLIDAYS.items():
        rules[words] = ("fixed", month, day)
    for words, offset in lx.EASTER_HOLIDAYS.items():
        rules[words] = ("orthodox-easter" if words[0] == "orthodox" else "easter", offset)
    for words, nth in lx.NTH_WEEKDAY_HOLIDAYS.items():
        rules[words] = ("nth", *nth)
    for words, (country, aliases) in lx.CALENDAR_HOLIDAYS.items():
        rules[words] = ("named", country, *aliases)
    return rules


_REFERENCES_BY_FIRST = _index(lx.REFERENCE_WORDS, 0)  # type: ignore[arg-type]
_HOLIDAYS_BY_FIRST = _index(_holiday_rules(), 0)  # type: ignore[arg-type]
_RELATIONS_BY_LAST = _index(lx.MULTIWORD_RELATIONS, -1)  # type: ignore[arg-type]
