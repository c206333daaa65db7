"""TimeML in and out and the TempEval-3 figures, on our corpus and on a foreign layout."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import CORPUS

from timenorm import InputError, extract
from timenorm.evaluate import evaluate_documents, evaluate_path
from timenorm.timeml import parse_timeml, read_timeml, write_timeml

DATA = Path(__file__).parent / "data"


def test_corpus_scores_meet_the_bar() -> None:
    figures = evaluate_path(CORPUS).figures()
    assert figures["gold"] >= 800
    assert figures["value_f1"] >= 0.95
    assert figures["relaxed_f1"] >= 0.97
    assert figures["strict_f1"] >= 0.95
    assert figures["type_accuracy"] >= 0.97


def test_tempeval_layout_is_read_with_offsets_and_dct() -> None:
    doc = read_timeml(DATA / "tempeval_style.tml")
    assert doc.anchor == "1998-02-27" and doc.tz is None
    assert [(t.text, t.value) for t in doc.timexes] == [
        ("yesterday", "1998-02-26"),
        ("three days", "P3D"),
        ("June", "1998-06"),
    ]
    for timex in doc.timexes:
        assert doc.text[timex.start : timex.end] == timex.text


def test_foreign_corpus_is_scored() -> None:
    figures = evaluate_documents([read_timeml(DATA / "tempeval_style.tml")]).figures()
    assert figures["strict_f1"] == 1.0 and figures["value_f1"] == 1.0


def test_write_then_read_round_trips_spans_and_values() -> None:
    text = "Shares rose 3% on Friday & fell <2% last week; the index hit a record in 2019."
    anchor = "2023-07-14T16:00:00+02:00"
    doc = parse_timeml(write_timeml(text, anchor, tz="Europe/Paris"))
    ours = extract(text, anchor, tz="Europe/Paris", vague=True)
    assert doc.text == text
    assert [(t.start, t.end, t.value) for t in doc.timexes] == [
        (m.start, m.end, m.value) for m in ours
    ]
    assert doc.anchor == "2023-07-14T16:00:00+02:00" and doc.tz == "Europe/Paris"


def test_unreadable_timeml_is_a_clear_error(tmp_path: Path) -> None:
    broken = tmp_path / "broken.tml"
    broken.write_text("<TimeML><TEXT>unclosed", encoding="utf-8")
    with pytest.raises(InputError, match=r"broken\.tml"):
        read_timeml(broken)
    with pytest.raises(InputError, match="no such"):
        evaluate_path(tmp_path / "missing")


def test_a_dct_with_a_time_and_no_offset_is_read_as_utc(tmp_path: Path) -> None:
    doc = tmp_path / "timed.tml"
    doc.write_text(
        '<TimeML><DCT><TIMEX3 tid="t0" type="TIME" value="1998-02-27T22:30" '
        'functionInDocument="CREATION_TIME">x</TIMEX3></DCT><TEXT>It rained '
        '<TIMEX3 tid="t1" type="DATE" value="1998-02-27">today</TIMEX3>.</TEXT></TimeML>',
        encoding="utf-8",
    )
    figures = evaluate_path(doc).figures()
    assert figures["value_f1"] == 1.0


def test_eval_json_gives_the_figures(tmp_path: Path) -> None:
    import json
    import subprocess
    import sys

    out = subprocess.run(
        [sys.executable, "-m", "timenorm", "eval", str(DATA / "tempeval_style.tml"), "--json"],
        capture_output=True,
        text=True,
        check=True,
    )
    figures = json.loads(out.stdout)
    assert figures["gold"] == 3 and figures["strict_f1"] == 1.0
