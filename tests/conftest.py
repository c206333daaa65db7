"""Shared fixtures: the corpus folder and the user's example article."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"
SEED_ANCHOR = "2022-04-16T12:00:00+03:00"
SEED_TZ = "Europe/Moscow"


@pytest.fixture(scope="session")
def seed_text() -> str:
    """The article as the user wrote it (kept beside its annotated TimeML in corpus/)."""
    return (CORPUS / "seed-article.txt").read_text(encoding="utf-8")
