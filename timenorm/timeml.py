"""TimeML in and out: read documents with their DCT and gold TIMEX3s, write ours.

Reads TempEval-3 style files (a DCT TIMEX3 with functionInDocument="CREATION_TIME",
the text in <TEXT> with inline tags of any kind) and timenorm's own corpus, whose DCT
also carries `anchor` (the exact publication moment) and `tz` (the publication zone).
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path
from xml.sax.saxutils import escape, quoteattr

from timenorm.errors import InputError
from timenorm.model import Mention, iso_z

_SUFFIXES = (".tml", ".timeml")


@dataclass(frozen=True, slots=True)
class GoldTimex:
    """A TIMEX3 of a document: its span in the text and its attributes."""

    tid: str
    start: int
    end: int
    text: str
    type: str
    value: str
    mod: str | None
    attrs: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class TimeMLDocument:
    path: Path | None
    doc_id: str
    text: str
    dct: str
    anchor: str
    tz: str | None
    timexes: tuple[GoldTimex, ...]


def read_timeml(path: str | Path) -> TimeMLDocument:
    """One TimeML file; InputError naming the file when it cannot be read or parsed."""
    path = Path(path)
    try:
        root = ET.parse(path).getroot()
    except (OSError, ET.ParseError) as exc:
        raise InputError(f"cannot read TimeML file {path}: {exc}") from None
    return _document(root, path)


def parse_timeml(source: str) -> TimeMLDocument:
    try:
        root = ET.fromstring(source)
    except ET.ParseError as exc:
        raise InputError(f"cannot parse TimeML: {exc}") from None
    return _document(root, None)


def read_corpus(path: str | Path) -> list[TimeMLDocument]:
    """Every TimeML document under `path` (a file or a folder, searched recursively)."""
    path = Path(path)
    if path.is_file():
        return [read_timeml(path)]
    if not path.is_dir():
        raise InputError(f"no such file or folder: {path}")
    files = sorted(p for p in path.rglob("*") if p.suffix.lower() in _SUFFIXES)
    return [read_timeml(p) for p in files]


def _document(root: ET.Element, path: Path | None) -> TimeMLDocument:
    dct_el = None
    for timex in root.iter("TIMEX3"):
        if timex.get("functionInDocument") == "CREATION_TIME":
            dct_el = timex
            break
    if dct_el is None:
        raise InputError(f"{path or 'document'}: no TIMEX3 with functionInDocument=CREATION_TIME")
    text_el = root.find("TEXT")
    if text_el is None:
        raise InputError(f"{path or 'document'}: no <TEXT> element")
    parts: list[str] = []
    timexes: list[GoldTimex] = []
    _walk(text_el, parts, timexes, [0])
    doc_id = root.findtext("DOCID") or (path.stem if path else "document")
    dct = dct_el.get("value", "")
    anchor = dct_el.get("anchor") or _utc_if_naive(dct)
    return TimeMLDocument(
        path, doc_id.strip(), "".join(parts), dct, anchor, dct_el.get("tz"), tuple(timexes)
    )


def _walk(el: ET.Element, parts: list[str], timexes: list[GoldTimex], pos: list[int]) -> None:
    """Collect the text of `el` in order, recording where each TIMEX3 starts and ends."""
    if el.text:
        parts.append(el.text)
        pos[0] += len(el.text)
    for child in el:
        start = pos[0]
        _walk(child, parts, timexes, pos)
        if child.tag == "TIMEX3":
            text = "".join(parts)[start : pos[0]]
            attrs = dict(child.attrib)
            timexes.append(
                GoldTimex(
                    attrs.get("tid", ""),
                    start,
                    pos[0],
                    text,
                    attrs.get("type", ""),
                    attrs.get("value", ""),
                    attrs.get("mod"),
                    attrs,
                )
            )
        if child.tail:
            parts.append(child.tail)
            pos[0] += len(child.tail)


def _utc_if_naive(value: str) -> str:
    """A DCT value from another corpus: a date, or a time that TimeML leaves without an
    offset, read as UTC ("1998-02-27T10:00" -> "1998-02-27T10:00Z")."""
    if "T" in value and not value.endswith("Z") and "+" not in value[10:] and "-" not in value[10:]:
        return value + "Z"
    return value


def write_timeml(
    text: str,
    anchor: str,
    *,
    tz: str | None = None,
    doc_id: str = "document",
    mentions: list[Mention] | None = None,
) -> str:
    """The text with timenorm's mentions as inline TIMEX3s, DCT first, as our corpus has it."""
    from timenorm.api import context_of, extract

    ctx = context_of(anchor, tz, text)
    if mentions is None:
        mentions = extract(text, anchor, tz=tz, vague=True)
    local = ctx.anchor.astimezone(ctx.home.tz)
    dct_attrs = {
        "tid": "t0",
        "type": "TIME",
        "value": local.strftime("%Y-%m-%dT%H:%M"),
        "functionInDocument": "CREATION_TIME",
        "anchor": local.isoformat(),
        "tz": ctx.home.name,
    }
    out = [
        '<?xml version="1.0" encoding="UTF-8"?>\n<TimeML>\n',
        f"<DOCID>{escape(doc_id)}</DOCID>\n",
        f"<DCT>{_tag(dct_attrs)}{escape(local.isoformat())}</TIMEX3></DCT>\n<TEXT>",
    ]
    cursor = 0
    for number, mention in enumerate(mentions, start=1):
        out.append(escape(text[cursor : mention.start]))
        out.append(_tag(_attributes(mention, f"t{number}")))
        out.append(escape(mention.text) + "</TIMEX3>")
        cursor = mention.end
    out.append(escape(text[cursor:]) + "</TEXT>\n</TimeML>\n")
    return "".join(out)


def _attributes(mention: Mention, tid: str) -> dict[str, str]:
    attrs = {"tid": tid, "type": mention.type, "value": mention.value}
    if mention.mod:
        attrs["mod"] = mention.mod
    if mention.freq:
        attrs["freq"] = mention.freq
    if mention.interval is not None:
        attrs["interval"] = f"{iso_z(mention.interval.start)}/{iso_z(mention.interval.end)}"
        attrs["grain"] = mention.interval.grain
    if mention.relation:
        attrs["relation"] = mention.relation
    if mention.window is not None:
        attrs["window"] = (
            f"{iso_z(mention.window.start) or '..'}/{iso_z(mention.window.end) or '..'}"
        )
    alt = next((a for a in mention.alternatives if a.interval is not None), None)
    if alt is not None and alt.interval is not None:
        attrs["alt"] = f"{iso_z(alt.interval.start)}/{iso_z(alt.interval.end)}"
    return attrs


def _tag(attrs: dict[str, str]) -> str:
    return "<TIMEX3 " + " ".join(f"{k}={quoteattr(v)}" for k, v in attrs.items()) + ">"
