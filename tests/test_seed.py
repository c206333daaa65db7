"""The user's example article resolves exactly as the core issue specifies."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from conftest import CORPUS, SEED_ANCHOR, SEED_TZ

from timenorm import check, extract
from timenorm.model import iso_z
from timenorm.timeml import read_timeml


def test_the_corpus_copy_is_the_users_article(seed_text: str) -> None:
    """corpus/seed-article.txt is the article itself, and its TimeML holds the same text."""
    assert read_timeml(CORPUS / "news" / "seed-mariupol.tml").text == seed_text


def _rows(mentions: list) -> list[tuple]:
    return [
        (m.text, m.type, m.value, iso_z(m.interval.start), iso_z(m.interval.end)) for m in mentions
    ]


def test_seed_article_through_extract(seed_text: str) -> None:
    mentions = extract(seed_text, SEED_ANCHOR, tz=SEED_TZ)
    assert _rows(mentions) == [
        (
            "6 a.m. Moscow time on Sunday, April 17",
            "TIME",
            "2022-04-17T06:00",
            "2022-04-17T03:00Z",
            "2022-04-17T03:01Z",
        ),
        ("last month", "DATE", "2022-03", "2022-02-28T21:00Z", "2022-03-31T21:00Z"),
        ("yesterday", "DATE", "2022-04-15", "2022-04-14T21:00Z", "2022-04-15T21:00Z"),
        ("Sunday", "DATE", "2022-04-10", "2022-04-09T21:00Z", "2022-04-10T21:00Z"),
    ]
    ceasefire, _, _, sunday = mentions
    assert ceasefire.relation == "starting"
    assert (iso_z(ceasefire.window.start), ceasefire.window.end) == ("2022-04-17T03:00Z", None)
    # "Earlier on Sunday" in a Saturday story: both Sundays are kept for the checker.
    assert [a.value for a in sunday.alternatives] == ["2022-04-17"]


def test_seed_article_without_tz_uses_the_anchor_offset(seed_text: str) -> None:
    with_tz = _rows(extract(seed_text, SEED_ANCHOR, tz=SEED_TZ))
    assert _rows(extract(seed_text, SEED_ANCHOR)) == with_tz


def test_seed_article_through_the_cli(tmp_path: Path, seed_text: str) -> None:
    draft = tmp_path / "article.txt"
    draft.write_text(seed_text, encoding="utf-8")
    out = subprocess.run(
        [
            sys.executable,
            "-m",
            "timenorm",
            "extract",
            str(draft),
            "--anchor",
            SEED_ANCHOR,
            "--tz",
            SEED_TZ,
            "--json",
        ],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    rows = [json.loads(line) for line in out.splitlines()]
    assert [(r["text"], r["value"], r["interval"]["start"]) for r in rows] == [
        ("6 a.m. Moscow time on Sunday, April 17", "2022-04-17T06:00", "2022-04-17T03:00Z"),
        ("last month", "2022-03", "2022-02-28T21:00Z"),
        ("yesterday", "2022-04-15", "2022-04-14T21:00Z"),
        ("Sunday", "2022-04-10", "2022-04-09T21:00Z"),
    ]
    assert rows[0]["window"] == {"start": "2022-04-17T03:00Z", "end": None, "bounds": "[)"}


def test_the_checker_finds_the_contradiction_the_user_named(seed_text: str) -> None:
    """ "Earlier on Sunday" in a story published on Saturday: the brief's own example."""
    findings = check(seed_text, SEED_ANCHOR, tz=SEED_TZ)
    assert [(f.code, f.mentions[0].text) for f in findings] == [("TN103", "Sunday")]
    assert "2022-04-17" in findings[0].message  # the Sunday the story named, still to come
