"""The tense of the clause an expression sits in: "past", "future" or None.

News decides a bare weekday or a year left out by the clause's tense ("said on Sunday"
vs "will meet on Sunday"). The nearest verb group to the left governs; failing that,
the nearest to the right within the sentence ("Earlier on Sunday, the spokesman said").
"""

from __future__ import annotations

from timenorm import lexicon as lx
from timenorm.scan import Token

_SENTENCE_END = frozenset({".", "!", "?"})
_BE = frozenset({"is", "are", "am", "be", "been", "being", "was", "were", "'s", "'re"})
_WINDOW = 14  # words looked at on each side: a clause, not a paragraph


def clause_tense(tokens: list[Token], first: int, last: int) -> str | None:
    """Tense of the clause around tokens [first, last)."""
    left = _scan_left(tokens, first - 1)
    if left is not None:
        return None if left == "present" else left
    right = _scan_right(tokens, last)
    return None if right == "present" else right


def _scan_left(tokens: list[Token], i: int) -> str | None:
    seen = 0
    while i >= 0 and seen < _WINDOW:
        tok = tokens[i]
        if tok.low in _SENTENCE_END and tok.kind == "punct" or tok.low in lx.CLAUSE_BREAKS:
            return None
        verdict = _verb_group(tokens, i)
        if verdict is not None:
            return verdict
        i -= 1
        seen += 1
    return None


def _scan_right(tokens: list[Token], i: int) -> str | None:
    seen = 0
    n = len(tokens)
    while i < n and seen < _WINDOW:
        tok = tokens[i]
        if tok.kind == "punct" and tok.low in _SENTENCE_END:
            return None
        verdict = _verb_group(tokens, i)
        if verdict is not None:
            return verdict
        i += 1
        seen += 1
    return None


def _low(tokens: list[Token], i: int) -> str:
    return tokens[i].low if 0 <= i < len(tokens) else ""


def _verb_group(tokens: list[Token], i: int) -> str | None:
    """The tense a verb group at token i shows, judged with up to three words before it."""
    low = tokens[i].low
    if tokens[i].kind != "word":
        return None
    if low in lx.FUTURE_AUXILIARIES and low not in ("may",) or low == "'ll":
        return "future"
    if low == "may" and not tokens[i].is_capitalized:
        return "future"
    if low in ("going", "about") and _low(tokens, i + 1) == "to":
        return "future"
    if low == "to" and _is_infinitive(tokens, i + 1):
        return "future"
    if low in lx.FUTURE_AFTER_BE and _low(tokens, i - 1) in _BE:
        return _be_tense(_low(tokens, i - 1), future=True)
    if low in lx.PRESENT_BE or low in ("was", "were"):
        following = _low(tokens, i + 1)
        if following in lx.FUTURE_AFTER_BE and following != "to" or following == "to":
            return "future" if low in lx.PRESENT_BE else "past"
        return "present" if low in lx.PRESENT_BE else "past"
    if low in lx.PERFECT_AUXILIARIES or low in lx.PAST_AUXILIARIES:
        return "past"
    if low in lx.FUTURE_VERBS and low not in ("next",):
        return "future"
    if _is_past_form(low):
        for back in (1, 2, 3):
            aux = _low(tokens, i - back)
            if aux in lx.FUTURE_AUXILIARIES or aux in ("to",):
                return "future"
            if aux in lx.PERFECT_AUXILIARIES or aux in ("was", "were", "been"):
                return "past"
            if aux in ("is", "are", "am", "be"):
                return "present"
            if aux in lx.CLAUSE_BREAKS or not aux.isalpha():
                break
        return "past"
    return None


_NOT_VERBS = frozenset({
    "the", "a", "an", "this", "that", "these", "those", "his", "her", "its", "their", "our",
    "my", "your", "them", "him", "us", "me", "it", "be", "date", "day", "week", "month",
    "year", "date", "time", "end", "start", "beginning", "power", "office", "court", "work",
    "school", "market", "war", "home", "town", "city", "bed", "what", "which", "whom",
})


def _is_infinitive(tokens: list[Token], i: int) -> bool:
    """"to lay down", "to meet": "to" before a bare verb, not "to reporters", "to Kyiv"."""
    if i >= len(tokens):
        return False
    tok = tokens[i]
    return (tok.kind == "word" and not tok.is_capitalized and tok.low not in _NOT_VERBS
            and not tok.low.endswith(("s", "ly", "ing")) and tok.low not in lx.UNITS
            and tok.low not in lx.DEICTIC_DAYS and tok.low not in lx.MONTHS)


def _be_tense(be: str, *, future: bool) -> str:
    if be in ("was", "were"):
        return "past"
    return "future" if future else "present"


def _is_past_form(low: str) -> bool:
    if low in lx.IRREGULAR_PAST:
        return True
    return len(low) > 4 and low.endswith("ed") and low not in lx.NOT_PAST_ED
