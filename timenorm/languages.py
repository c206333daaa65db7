"""Other languages: dateparser's dictionaries as a fallback for a single phrase.

`resolve(phrase, anchor, languages=["uk", "ru", "de"])` comes here when the English
grammar finds nothing. dateparser is imported on the first such call only (about 60 ms,
then a few milliseconds a phrase), never at start-up. It reads absolute and simple
relative dates ("17 апреля 2022", "vor zwei Tagen"), which become a day in the
publication zone, like an English date.
"""

from __future__ import annotations

import functools
import re
from datetime import datetime
from typing import Any

from timenorm import localtime as lt
from timenorm.anchor import Context
from timenorm.errors import TimenormError
from timenorm.model import Interval, Mention

_LANGUAGE_CODE = re.compile(r"^[a-z]{2,3}(?:-[A-Za-z0-9]+)?$")


@functools.cache
def _dateparser() -> Any:
    try:
        import dateparser
    except ImportError:  # pragma: no cover - dateparser is a dependency
        raise TimenormError("other languages need dateparser: pip install dateparser") from None
    return dateparser


def resolve_foreign(phrase: str, ctx: Context, languages: list[str]) -> Mention | None:
    """The day `phrase` names in one of `languages`, or None."""
    bad = [code for code in languages if not _LANGUAGE_CODE.match(code)]
    if bad:
        raise TimenormError(f"not a language code: {', '.join(bad)} (use ISO 639, e.g. 'de')")
    local_now = ctx.anchor.astimezone(ctx.home.tz).replace(tzinfo=None)
    settings = {"RELATIVE_BASE": local_now, "PREFER_DATES_FROM": "past",
                "RETURN_AS_TIMEZONE_AWARE": False}  # fmt: skip
    try:
        found: datetime | None = _dateparser().parse(phrase, languages=languages, settings=settings)
    except ValueError as exc:  # dateparser rejects unknown language codes this way
        raise TimenormError(f"dateparser cannot read languages {languages}: {exc}") from None
    if found is None:
        return None
    day = found.date()
    start, end = lt.day_span(day, day.fromordinal(day.toordinal() + 1), ctx.home.tz)
    text = phrase.strip()
    offset = phrase.index(text) if text else 0
    return Mention(
        start=offset, end=offset + len(text), text=text, type="DATE", value=day.isoformat(),
        interval=Interval(start, end, "day"), tz=ctx.home.name,
        notes=(f"read by dateparser as {', '.join(languages)}",), publication_tz=ctx.home.name,
    )  # fmt: skip
