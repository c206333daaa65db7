"""Shared fixtures: the corpus folder and the seed article's anchor."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"
SEED_ANCHOR = "2022-04-16T12:00:00+03:00"
SEED_TZ = "Europe/Moscow"


@pytest.fixture(scope="session")
def seed_text() -> str:
    return (CORPUS / "news" / "seed-mariupol.tml").exists() and _seed_from_corpus()


def _seed_from_corpus() -> str:
    from timenorm.timeml import read_timeml

    return read_timeml(CORPUS / "news" / "seed-mariupol.tml").text
