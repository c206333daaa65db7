"""Phrases in other languages through dateparser, as days in the publication zone."""

from __future__ import annotations

import subprocess
import sys

import pytest

from timenorm import TimenormError, resolve
from timenorm.model import iso_z

ANCHOR = "2022-04-16T12:00:00+03:00"


@pytest.mark.parametrize(
    ("phrase", "languages", "value"),
    [
        ("17 апреля 2022", ["ru"], "2022-04-17"),
        ("17 квітня 2022", ["uk"], "2022-04-17"),
        ("vor zwei Tagen", ["de"], "2022-04-14"),
        ("вчора", ["uk", "ru"], "2022-04-15"),
        ("gestern", ["uk", "ru", "de"], "2022-04-15"),
    ],
)
def test_other_languages_resolve_to_a_day(phrase: str, languages: list[str], value: str) -> None:
    m = resolve(phrase, ANCHOR, tz="Europe/Moscow", languages=languages)
    assert m is not None and (m.type, m.value, m.interval.grain) == ("DATE", value, "day")
    assert iso_z(m.interval.start) == f"{(value[:8])}{int(value[8:]) - 1:02d}T21:00Z"


def test_english_still_goes_through_the_grammar() -> None:
    m = resolve("6 a.m. Moscow time", ANCHOR, languages=["de"])
    assert m is not None and m.value == "2022-04-16T06:00"


def test_bad_language_code_is_a_clear_error() -> None:
    with pytest.raises(TimenormError, match="language"):
        resolve("gestern", ANCHOR, languages=["not a code"])


def test_dateparser_is_not_imported_at_start_up() -> None:
    code = (
        "import sys, timenorm; timenorm.extract('on Sunday', '2022-04-16');"
        " print('dateparser' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_a_full_english_reading_is_kept_when_languages_are_given() -> None:
    m = resolve("by 5 p.m. ET Friday", ANCHOR, tz="Europe/Moscow", languages=["en", "de"])
    assert m is not None and (m.value, m.relation) == ("2022-04-22T17:00", "by")


def test_languages_must_be_a_list_of_codes() -> None:
    from timenorm import InputError

    with pytest.raises(InputError, match="list"):
        resolve("gestern", ANCHOR, languages="de")  # type: ignore[arg-type]


def test_cli_lang_option() -> None:
    out = subprocess.run(
        [
            sys.executable,
            "-m",
            "timenorm",
            "vor zwei Tagen",
            "--anchor",
            ANCHOR,
            "--lang",
            "de",
            "--json",
        ],
        capture_output=True,
        text=True,
        check=True,
    )
    assert '"value": "2022-04-14"' in out.stdout
