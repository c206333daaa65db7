"""The CLI through a subprocess, as a person or a pipeline runs it."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from conftest import CORPUS


def _run(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "timenorm", *args], capture_output=True, text=True, input=stdin
    )


def test_resolve_prints_a_readable_resolution() -> None:
    out = _run("last month", "--anchor", "2022-04-16", "--tz", "Europe/Moscow")
    assert out.returncode == 0
    assert "DATE" in out.stdout and "2022-03" in out.stdout
    assert "[2022-02-28T21:00Z, 2022-03-31T21:00Z)" in out.stdout
    assert "Europe/Moscow" in out.stdout


def test_resolve_json_and_other_zone() -> None:
    out = _run(
        "6 a.m. Moscow time",
        "--anchor",
        "2022-04-16T12:00+03:00",
        "--json",
        "--in",
        "America/New_York",
    )
    data = json.loads(out.stdout)
    assert data["interval"]["start"] == "2022-04-16T03:00Z"
    assert data["in"] == {"zone": "America/New_York", "start": "2022-04-15T23:00-04:00"}


def test_bad_anchor_and_zone_exit_2_with_one_line() -> None:
    bad_anchor = _run("last month", "--anchor", "next Tuesday")
    assert bad_anchor.returncode == 2
    assert bad_anchor.stderr.strip().count("\n") == 0 and "anchor" in bad_anchor.stderr
    bad_zone = _run("last month", "--anchor", "2022-04-16", "--tz", "Nowhere/Land")
    assert bad_zone.returncode == 2 and "Nowhere/Land" in bad_zone.stderr


def test_unreadable_file_exits_2(tmp_path: Path) -> None:
    out = _run("extract", str(tmp_path / "missing.txt"), "--anchor", "2022-04-16")
    assert out.returncode == 2 and "cannot read" in out.stderr


def test_no_expression_exits_1() -> None:
    assert _run("the cat sat", "--anchor", "2022-04-16").returncode == 1


def test_extract_from_stdin_as_json_lines() -> None:
    out = _run(
        "extract",
        "-",
        "--anchor",
        "2022-04-16T12:00+03:00",
        "--json",
        stdin="Talks were held yesterday and will resume tomorrow.",
    )
    values = [json.loads(line)["value"] for line in out.stdout.splitlines()]
    assert values == ["2022-04-15", "2022-04-17"]


def test_extract_as_timeml_reads_back() -> None:
    from timenorm.timeml import parse_timeml

    out = _run(
        "extract",
        "-",
        "--anchor",
        "2022-04-16T12:00+03:00",
        "--tz",
        "Europe/Moscow",
        "--format",
        "timeml",
        stdin="Markets fell 2% last week & rose <5% on Friday.",
    )
    doc = parse_timeml(out.stdout)
    assert doc.text == "Markets fell 2% last week & rose <5% on Friday."
    assert [(t.text, t.value) for t in doc.timexes] == [
        ("last week", "2022-W14"),
        ("Friday", "2022-04-15"),
    ]
    assert doc.tz == "Europe/Moscow"


def test_eval_prints_tempeval_figures() -> None:
    out = _run("eval", str(CORPUS / "forms"), "--show", "3")
    assert out.returncode == 0
    for label in ("strict span", "relaxed span", "value", "type accuracy"):
        assert label in out.stdout


def test_python_dash_m_and_console_script_agree() -> None:
    script = Path(sys.executable).parent / "timenorm"
    assert script.exists(), "the console script is installed beside the interpreter"
    args = ["yesterday", "--anchor", "2022-04-16", "--json"]
    via_script = subprocess.run([str(script), *args], capture_output=True, text=True).stdout
    assert via_script == _run(*args).stdout
