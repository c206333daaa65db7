"""The draft checker: each finding a copy editor relies on, and the `timenorm check` CLI."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from timenorm import AnchorError, Finding, check
from timenorm.cli import main

MOSCOW = "2022-04-16T12:00:00+03:00"  # a Saturday


def _codes(text: str, published: str | None = MOSCOW, tz: str | None = None) -> list[str]:
    return [f.code for f in check(text, published, tz=tz)]


@pytest.mark.parametrize(
    ("text", "code", "severity"),
    [
        ("The ceasefire starts on Sunday, April 18, 2022.", "TN101", "error"),
        ("The offer closes on April 31.", "TN102", "error"),
        ("The vote was held on February 29, 2023.", "TN102", "error"),
        ("Earlier on Sunday, the spokesman said talks would resume.", "TN103", "warning"),
        ("Peskov spoke yesterday. On Friday, he said, the talks stalled.", "TN104", "info"),
        ("The minister resigned on May 3, 2022, officials said.", "TN105", "warning"),
        ("The summit will open on March 1, 2022.", "TN105", "warning"),
        ("Sirens sounded at 6 a.m. Moscow time (0400 GMT).", "TN106", "error"),
        ("The ferry left at 2:30 a.m. ET on March 13, 2022.", "TN107", "error"),
        ("The count resumed at 1:30 a.m. ET on Nov. 6, 2022.", "TN107", "warning"),
        ("The launch is at 9 a.m. EST on July 4, 2022.", "TN107", "warning"),
        ("The call is at 3 p.m. CST on Monday.", "TN108", "info"),
        ("Talks will run from March 20 until March 2, 2023.", "TN109", "error"),
    ],
)
def test_each_kind_of_finding(text: str, code: str, severity: str) -> None:
    found = [f for f in check(text, MOSCOW, tz="Europe/Moscow") if f.code == code]
    assert found, f"no {code} in {_codes(text, tz='Europe/Moscow')}"
    assert found[0].severity == severity
    assert all(f"'{m.text}'" in found[0].message for m in found[0].mentions)  # names the words
    assert text[found[0].start : found[0].end].startswith(found[0].mentions[0].text)


@pytest.mark.parametrize(
    ("text", "published", "tz", "code", "severity"),
    [
        # a weekday that carries its date years ahead: Jan. 1, 2024 is a Monday
        ("The office reopens on Tuesday, Jan. 1.", "2023-12-20T09:00-05:00", None, "TN101",
         "error"),
        # the second end carried almost a year ahead to follow the first
        ("The exhibition runs from March 20 until March 2.", "2023-03-01", "Europe/Paris", "TN109",
         "warning"),
        ("The company reported first-quarter earnings on May 3, 2024.", "2024-04-20T09:00-04:00",
         None, "TN105", "warning"),
        # the moment of the change itself is how every DST story says it
        ("Clocks go forward at 2 a.m. on Sunday, March 12.", "2023-03-10T09:00-05:00",
         "America/New_York", "TN107", "info"),
    ],
)  # fmt: skip
def test_findings_found_by_review(
    text: str, published: str, tz: str | None, code: str, severity: str
) -> None:
    found = [(f.code, f.severity) for f in check(text, published, tz=tz)]
    assert (code, severity) in found


@pytest.mark.parametrize(
    ("text", "published", "tz"),
    [
        ("The rally starts at 8 p.m. EDT on Tuesday.", "2024-07-01T09:00-04:00",
         "America/New_York"),
        ("Trading resumes at 9:15 a.m. IST.", "2024-11-04T09:00+05:30", "Asia/Kolkata"),
        ("Yesterday, the prime minister resigned. Earlier on Friday, he had met the king.",
         "2024-11-02T09:00+00:00", "Europe/London"),
        ("The invasion began on Thursday, Feb. 24.", "2025-02-24T09:00+02:00", "Europe/Kyiv"),
        ("The show runs from Dec. 28 until Jan. 3.", "2024-12-01T09:00+00:00", "Europe/London"),
    ],
)  # fmt: skip
def test_ordinary_copy_is_not_flagged(text: str, published: str, tz: str) -> None:
    assert check(text, published, tz=tz) == []


def test_a_clean_draft_has_no_findings() -> None:
    text = (
        "MOSCOW, April 16 (Reuters) - Russia told Ukrainian forces in Mariupol to lay down "
        "their arms starting 6 a.m. Moscow time on Sunday, April 17, Peskov told reporters "
        "yesterday. Earlier on Saturday, the ministry said the offer stood until 1 p.m."
    )
    assert check(text, MOSCOW) == []


def test_same_day_phrase_for_a_day_already_in_play_is_fine() -> None:
    text = "Shelling began on Sunday, April 10. Earlier on Sunday, sirens had sounded."
    assert "TN103" not in _codes(text)


def test_weekday_mismatch_suggests_the_right_weekday() -> None:
    (finding,) = check("It starts on Sunday, April 18, 2022.", MOSCOW)
    assert finding.fix == "Monday, April 18, 2022"


def test_positions_are_line_and_column() -> None:
    text = "First line.\nThe offer closes on April 31."
    (finding,) = check(text, MOSCOW)
    assert (finding.line, finding.column) == (2, 21)
    assert finding.mentions[0].text == "April 31"
    assert isinstance(finding, Finding)
    assert json.loads(json.dumps(finding.to_dict()))["code"] == "TN102"


def test_without_a_publication_time_only_anchor_free_rules_run() -> None:
    text = "Earlier on Sunday, sirens sounded at 6 a.m. Moscow time (0400 GMT) on April 17, 2022."
    codes = _codes(text, published=None)
    assert codes == ["TN106"]


def test_text_is_never_an_error_but_a_bad_anchor_is() -> None:
    assert check("", MOSCOW) == []
    assert isinstance(check("\x00" * 50 + "12:99 31/31/31 Sunday,", MOSCOW), list)
    with pytest.raises(AnchorError):
        check("On Sunday.", "2022-13-01")


def test_cli_exit_codes_and_format(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    draft = tmp_path / "draft.txt"
    draft.write_text("Talks resume on Sunday, April 18, 2022.\n", encoding="utf-8")
    assert main(["check", str(draft), "--published", MOSCOW]) == 1
    line = capsys.readouterr().out.strip()
    assert line.startswith(f"{draft}:1:17: TN101 ")
    draft.write_text("Talks resume on Sunday, April 17.\n", encoding="utf-8")
    assert main(["check", str(draft), "--published", MOSCOW, "--format", "json"]) == 0
    assert main(["check", str(tmp_path / "missing.txt")]) == 2
