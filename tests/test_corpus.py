"""Every annotated TIMEX3 in corpus/ is a test: span, TIMEX3 attributes, UTC interval,
relation, window and the alternative reading where one is annotated.

A case that fails today is listed in KNOWN_FAILURES with what is wrong; those run as
strict xfails, so fixing one turns the suite red until the entry is removed.
"""

from __future__ import annotations

import functools

import pytest
from conftest import CORPUS

from timenorm import Mention, extract
from timenorm.model import iso_z
from timenorm.timeml import GoldTimex, TimeMLDocument, read_corpus

KNOWN_FAILURES: dict[tuple[str, str], str] = {
    ("forms-deadlines", "t9"): "participle 'approved' after a noun read as a past verb",
    ("ap-auckland-cricket-odi", "t12"): "'Saturday's match would air': the tense of 'said' wins",
    ("ap-newdelhi-rbi-rates", "t9"): "'voted to lower rates at the meeting on Oct. 6': future",
    ("rv-g-chicago-airline-results", "t12"): "'decision to sponsor the race in November was'",
    ("rv-i-washington-prior-auth-rule", "t18"): "'within 30 days of publication': of the rule",
    ("rv-n-washington-midterm-count", "t21"): "'partial counts released early Wednesday may "
    "shift': a participle before a modal, read as past",
}  # fmt: skip


@functools.cache
def _documents() -> tuple[TimeMLDocument, ...]:
    return tuple(read_corpus(CORPUS))


@functools.cache
def _mentions(doc_id: str) -> tuple[Mention, ...]:
    doc = next(d for d in _documents() if d.doc_id == doc_id)
    return tuple(extract(doc.text, doc.anchor, tz=doc.tz, vague=True))


def _cases() -> list[pytest.param]:
    cases = []
    for doc in _documents():
        for gold in doc.timexes:
            marks = []
            reason = KNOWN_FAILURES.get((doc.doc_id, gold.tid))
            if reason:
                marks.append(pytest.mark.xfail(reason=reason, strict=True))
            cases.append(
                pytest.param(
                    doc.doc_id, gold, id=f"{doc.doc_id}:{gold.tid}:{gold.text}", marks=marks
                )
            )
    return cases


def _span(start: object, end: object) -> str:
    return f"{iso_z(start) or '..'}/{iso_z(end) or '..'}"  # type: ignore[arg-type]


@pytest.mark.parametrize(("doc_id", "gold"), _cases())
def test_annotated_expression(doc_id: str, gold: GoldTimex) -> None:
    found = [m for m in _mentions(doc_id) if (m.start, m.end) == (gold.start, gold.end)]
    assert found, f"{gold.text!r} not found as a span"
    mention = found[0]
    assert (mention.type, mention.value, mention.mod) == (gold.type, gold.value, gold.mod)
    assert mention.freq == gold.attrs.get("freq")
    got_interval = _span(mention.interval.start, mention.interval.end) if mention.interval else None
    assert got_interval == gold.attrs.get("interval")
    if mention.interval is not None and "grain" in gold.attrs:
        assert mention.interval.grain == gold.attrs["grain"]
    assert mention.relation == gold.attrs.get("relation")
    got_window = _span(mention.window.start, mention.window.end) if mention.window else None
    assert got_window == gold.attrs.get("window")
    if "alt" in gold.attrs:
        alternatives = [
            _span(a.interval.start, a.interval.end)
            for a in mention.alternatives
            if a.interval is not None
        ]
        assert gold.attrs["alt"] in alternatives


def test_corpus_is_large_and_covers_many_zones() -> None:
    docs = _documents()
    assert len([d for d in docs if d.path and d.path.parent.name == "news"]) >= 40
    assert sum(len(d.timexes) for d in docs) >= 800
    assert len({d.tz for d in docs}) >= 10


def test_no_spurious_mentions_in_corpus() -> None:
    """Precision: timenorm tags nothing the annotators left untagged (but the seed's
    'currently', which the user's own annotation leaves out)."""
    spurious = []
    for doc in _documents():
        for mention in _mentions(doc.doc_id):
            if not any(g.start < mention.end and mention.start < g.end for g in doc.timexes):
                spurious.append((doc.doc_id, mention.text))
    assert spurious == [("seed-mariupol", "currently")]


def _negative_lines() -> list[str]:
    lines = (CORPUS / "negative.txt").read_text(encoding="utf-8").splitlines()
    return [line for line in lines if line.strip() and not line.startswith("#")]


@pytest.mark.parametrize("line", _negative_lines())
def test_negative_corpus_has_no_mention(line: str) -> None:
    assert extract(line, "2022-04-16T12:00:00+03:00", vague=True) == []
