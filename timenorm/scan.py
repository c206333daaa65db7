"""Stage 1: one pass of one compiled pattern over the text, giving tokens.

Every alternative is a fixed-width or simply-repeated class, with no nested repetition,
so the scan is linear in the text. Words are kept too (not only time words), so that
the grammar can test adjacency and the tense finder can read the verbs around a match.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_PATTERN = re.compile(
    r"""
    (?P<iso>\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2})?)?)(?![\d-])
  | (?P<slash>\d{1,2}/\d{1,2}/(?:\d{4}|\d{2}))(?![\d/])
  | (?P<ymd>\d{4}/\d{1,2}/\d{1,2})(?![\d/])
  | (?P<dashed>(?<![\d-])\d{1,2}-\d{1,2}-\d{4})(?![\d-])
  | (?P<dotted>\d{1,2}\.\d{1,2}\.\d{4})(?![\d]|\.\d)
  | (?P<offset>(?:UTC|GMT|UT)\ ?[+\-\u2212\u2013]\ ?\d{1,2}(?::?\d{2})?)(?![\d:])
  | (?P<signed>(?<![^\W\d_])[+\-\u2212]\d{2}:?\d{2})(?![\d:])
  | (?P<clock>\d{1,2}:\d{2}(?::\d{2})?)(?![\d:])
  | (?P<ordnum>\d{1,2}(?:st|nd|rd|th))(?![^\W\d_])
  | (?P<decade>\d{2}(?:\d0)?['\u2019]?s|\d0['\u2019]?s)(?![^\W\d_])
  | (?P<ampm>(?<![^\W\d_])(?:[aApP]\.\ ?[mM]\.?|[aApP][mM])(?![^\W\d_]))
  | (?P<num>\d+(?:,\d{3})*(?:\.\d+)?)
  | (?P<word>[^\W\d_]+(?:['\u2019](?![sS]\b)[^\W\d_]+)*)
  | (?P<poss>['\u2019][sS]\b)
  | (?P<punct>[^\w\s])
    """,
    re.VERBOSE,
)


@dataclass(slots=True)
class Token:
    """One scanned token. `low` is the lower-cased text with curly quotes made straight."""

    kind: str
    text: str
    low: str
    start: int
    end: int

    @property
    def is_capitalized(self) -> bool:
        return self.text[:1].isupper()


def scan(text: str) -> list[Token]:
    """Split `text` into tokens in one left-to-right pass."""
    lowered = text.lower().replace("\u2019", "'")
    if len(lowered) != len(text):  # a few characters change length when lower-cased
        return [
            Token(
                m.lastgroup or "punct",
                m.group(),
                m.group().lower().replace("\u2019", "'"),
                m.start(),
                m.end(),
            )
            for m in _PATTERN.finditer(text)
        ]
    return [
        Token(m.lastgroup or "punct", m.group(), lowered[m.start() : m.end()], m.start(), m.end())
        for m in _PATTERN.finditer(text)
    ]
