"""The `timenorm` command: resolve one phrase, extract from a file, evaluate on TimeML.

    timenorm "6 a.m. Moscow time on Sunday, April 17" --anchor 2022-04-16T12:00+03:00
    timenorm extract article.txt --anchor 2022-04-16T12:00+03:00 [--json]
    timenorm eval corpus/ [--show 10]
    timenorm check draft.txt [--published 2022-04-16T12:00+03:00] [--format text|json]

Exit codes: 0 done, 1 nothing found (check: an error-level finding), 2 bad input (anchor,
zone, file, usage).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from datetime import datetime
from pathlib import Path

from timenorm.api import extract, resolve
from timenorm.errors import InputError, TimenormError
from timenorm.model import Mention, Window, iso_z
from timenorm.zones import zone_of_name

_COMMANDS = ("resolve", "extract", "eval", "check")


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if args and args[0] not in _COMMANDS and args[0] not in ("-h", "--help", "--version"):
        args.insert(0, "resolve")
    parser = _parser()
    options = parser.parse_args(args)
    if options.command is None:
        parser.print_help()
        return 2
    try:
        return int(options.run(options))
    except TimenormError as exc:
        print(f"timenorm: error: {exc}", file=sys.stderr)
        return 2
    except BrokenPipeError:
        return 0


def _parser() -> argparse.ArgumentParser:
    from timenorm import __version__

    parser = argparse.ArgumentParser(
        prog="timenorm",
        description="Resolve time expressions in English news to exact UTC intervals.",
        epilog='A phrase alone means "resolve": timenorm "last month" --anchor 2022-04-16',
    )
    parser.add_argument("--version", action="version", version=f"timenorm {__version__}")
    sub = parser.add_subparsers(dest="command")

    one = sub.add_parser("resolve", help="resolve one phrase (the default command)")
    one.add_argument("phrase")
    _anchor_options(one, required=True)
    one.add_argument("--in", dest="show_in", metavar="ZONE", help="also show the instant in ZONE")
    one.add_argument("--lang", metavar="CODES", help="other languages to try, e.g. de,ru,uk")
    one.set_defaults(run=_run_resolve)

    many = sub.add_parser("extract", help="every time expression in a file ('-' for stdin)")
    many.add_argument("file")
    _anchor_options(many, required=False)
    many.add_argument("--format", choices=("text", "json", "timeml"), default=None)
    many.set_defaults(run=_run_extract)

    ev = sub.add_parser("eval", help="TempEval-3 scores against TimeML files under PATH")
    ev.add_argument("path")
    ev.add_argument("--show", type=int, default=0, metavar="N", help="list N disagreements")
    ev.add_argument("--json", action="store_true", help="print the figures as JSON")
    ev.set_defaults(run=_run_eval)

    lint = sub.add_parser("check", help="lint a draft's time references ('-' for stdin)")
    lint.add_argument("file")
    lint.add_argument("--published", metavar="ISO", help="publication time (else none)")
    lint.add_argument("--tz", metavar="ZONE", help="publication zone (IANA), e.g. Europe/Moscow")
    lint.add_argument("--format", choices=("text", "json"), default="text")
    lint.add_argument("--json", action="store_true", help="same as --format json")
    lint.set_defaults(run=_run_check)
    return parser


def _anchor_options(cmd: argparse.ArgumentParser, *, required: bool) -> None:
    cmd.add_argument(
        "--anchor",
        required=required,
        metavar="ISO",
        help="publication time, e.g. 2022-04-16T12:00+03:00 or 2022-04-16",
    )
    cmd.add_argument("--tz", metavar="ZONE", help="publication zone (IANA), e.g. Europe/Moscow")
    cmd.add_argument("--json", action="store_true", help="JSON output (JSON lines for extract)")


def _run_resolve(options: argparse.Namespace) -> int:
    show_in = zone_of_name(options.show_in) if options.show_in else None
    languages = [code.strip() for code in options.lang.split(",")] if options.lang else None
    mention = resolve(options.phrase, options.anchor, tz=options.tz, languages=languages)
    if mention is None:
        print(f"no time expression in {options.phrase!r}", file=sys.stderr)
        return 1
    if options.json:
        data = mention.to_dict()
        if show_in is not None and mention.interval is not None:
            data["in"] = {
                "zone": show_in.name,
                "start": mention.interval.start.astimezone(show_in.tz).isoformat(
                    timespec="minutes"
                ),
            }
        print(json.dumps(data, ensure_ascii=False))
        return 0
    print(_describe(mention, show_in.name if show_in else None))
    return 0


def _run_extract(options: argparse.Namespace) -> int:
    text = _read(options.file)
    fmt = options.format or ("json" if options.json else "text")
    if fmt == "timeml":
        from timenorm.timeml import write_timeml

        if options.anchor is None:
            raise InputError("--anchor is needed to write TimeML")
        print(write_timeml(text, options.anchor, tz=options.tz), end="")
        return 0
    if options.anchor is None:
        raise InputError("--anchor is needed: the publication time, e.g. 2022-04-16T12:00+03:00")
    mentions = extract(text, options.anchor, tz=options.tz)
    for mention in mentions:
        if fmt == "json":
            print(json.dumps(mention.to_dict(), ensure_ascii=False))
        else:
            print(_line(mention))
    return 0


def _run_eval(options: argparse.Namespace) -> int:
    from timenorm.evaluate import evaluate_path, format_report

    report = evaluate_path(Path(options.path))
    if options.json:
        print(json.dumps(report.figures(), indent=2))
    else:
        print(format_report(report, show=options.show))
    return 0


def _run_check(options: argparse.Namespace) -> int:
    from timenorm.checker import check, exit_status

    findings = check(_read(options.file), options.published, tz=options.tz)
    for finding in findings:
        if options.json or options.format == "json":
            print(json.dumps(finding.to_dict(), ensure_ascii=False))
        else:
            fix = f" (suggest: {finding.fix})" if finding.fix else ""
            where = f"{options.file}:{finding.line}:{finding.column}"
            print(f"{where}: {finding.code} {finding.message}{fix}")
    return exit_status(findings)


def _read(name: str) -> str:
    if name == "-":
        return sys.stdin.read()
    try:
        return Path(name).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(
            f"cannot read {name}: {exc.strerror if isinstance(exc, OSError) else exc}"
        ) from None


def _line(mention: Mention) -> str:
    interval = (
        f"[{iso_z(mention.interval.start)}, {iso_z(mention.interval.end)})"
        if mention.interval
        else "-"
    )
    extra = f"\t{mention.relation} {_window(mention.window)}" if mention.relation else ""
    return (
        f"{mention.start}-{mention.end}\t{mention.text}\t{mention.type}\t{mention.value}"
        f"\t{interval}{extra}"
    )


def _window(window: Window | None) -> str:
    if window is None:
        return "-"
    start = iso_z(window.start) or "open"
    end = iso_z(window.end) or "open"
    return f"{window.bounds[0]}{start}, {end}{window.bounds[1]}"


def _local(when: datetime, zone: str) -> str:
    return when.astimezone(zone_of_name(zone).tz).isoformat(timespec="minutes")


def _describe(mention: Mention, show_in: str | None) -> str:
    rows = [
        ("text", mention.text),
        ("type", mention.type),
        ("value", mention.value + (f"  (mod {mention.mod})" if mention.mod else "")),
    ]
    if mention.interval is not None:
        iv = mention.interval
        rows.append(("utc", f"[{iso_z(iv.start)}, {iso_z(iv.end)})  grain {iv.grain}"))
        rows.append(
            (
                "local",
                f"{_local(iv.start, mention.publication_tz)} .. "
                f"{_local(iv.end, mention.publication_tz)}  ({mention.publication_tz})",
            )
        )
        if show_in:
            rows.append(("in", f"{_local(iv.start, show_in)}  ({show_in})"))
    rows.append(("zone", mention.tz))
    if mention.relation:
        rows.append(("window", f"{mention.relation} {_window(mention.window)}"))
    for alt in mention.alternatives:
        span = f"[{iso_z(alt.interval.start)}, {iso_z(alt.interval.end)})" if alt.interval else "-"
        rows.append(("or", f"{alt.value} {span}  ({alt.reason})"))
    for note in mention.notes:
        rows.append(("note", note))
    return "\n".join(f"{key:<8} {value}" for key, value in rows)
