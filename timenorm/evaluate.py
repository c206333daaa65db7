"""TempEval-3 scoring of timenorm against TimeML documents.

Strict match: same character span. Relaxed match: overlapping spans. Value F1 counts a
relaxed match with the exact TIMEX3 value; type accuracy is over relaxed matches. Where
the gold carries timenorm's `interval`, interval accuracy is reported too.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from timenorm.api import extract
from timenorm.model import Mention, iso_z
from timenorm.timeml import GoldTimex, TimeMLDocument, read_corpus


@dataclass(slots=True)
class Disagreement:
    doc: str
    kind: str  # missed, spurious, span, value, interval
    gold: str
    system: str


@dataclass(slots=True)
class Report:
    documents: int = 0
    gold: int = 0
    system: int = 0
    strict: int = 0
    relaxed_gold: int = 0
    relaxed_system: int = 0
    value: int = 0
    type: int = 0
    interval_checked: int = 0
    interval: int = 0
    disagreements: list[Disagreement] = field(default_factory=list)

    def figures(self) -> dict[str, float | int]:
        def f1(p: float, r: float) -> float:
            return 2 * p * r / (p + r) if p + r else 0.0

        sp, sr = _ratio(self.strict, self.system), _ratio(self.strict, self.gold)
        rp, rr = _ratio(self.relaxed_system, self.system), _ratio(self.relaxed_gold, self.gold)
        vp, vr = _ratio(self.value, self.system), _ratio(self.value, self.gold)
        return {
            "documents": self.documents, "gold": self.gold, "system": self.system,
            "strict_precision": sp, "strict_recall": sr, "strict_f1": f1(sp, sr),
            "relaxed_precision": rp, "relaxed_recall": rr, "relaxed_f1": f1(rp, rr),
            "value_precision": vp, "value_recall": vr, "value_f1": f1(vp, vr),
            "type_accuracy": _ratio(self.type, self.relaxed_gold),
            "interval_accuracy": _ratio(self.interval, self.interval_checked),
        }  # fmt: skip


def _ratio(a: int, b: int) -> float:
    return a / b if b else 0.0


def evaluate_documents(documents: list[TimeMLDocument]) -> Report:
    report = Report()
    for doc in documents:
        mentions = extract(doc.text, doc.anchor, tz=doc.tz, vague=True)
        _score(doc, mentions, report)
    return report


def evaluate_path(path: Path) -> Report:
    return evaluate_documents(read_corpus(path))


def _score(doc: TimeMLDocument, mentions: list[Mention], report: Report) -> None:
    report.documents += 1
    report.gold += len(doc.timexes)
    report.system += len(mentions)
    used: set[int] = set()
    for gold in doc.timexes:
        match = _best_match(gold, mentions, used)
        if match is None:
            report.disagreements.append(Disagreement(doc.doc_id, "missed", _gold_str(gold), "-"))
            continue
        used.add(match)
        mention = mentions[match]
        report.relaxed_gold += 1
        if (mention.start, mention.end) == (gold.start, gold.end):
            report.strict += 1
        else:
            report.disagreements.append(
                Disagreement(doc.doc_id, "span", _gold_str(gold), _mention_str(mention))
            )
        if mention.value == gold.value:
            report.value += 1
        else:
            report.disagreements.append(
                Disagreement(doc.doc_id, "value", _gold_str(gold), _mention_str(mention))
            )
        if mention.type == gold.type:
            report.type += 1
        if "interval" in gold.attrs:
            report.interval_checked += 1
            got = (
                f"{iso_z(mention.interval.start)}/{iso_z(mention.interval.end)}"
                if mention.interval
                else "-"
            )
            if got == gold.attrs["interval"]:
                report.interval += 1
            elif mention.value == gold.value:
                report.disagreements.append(
                    Disagreement(
                        doc.doc_id,
                        "interval",
                        f"{_gold_str(gold)} {gold.attrs['interval']}",
                        f"{_mention_str(mention)} {got}",
                    )
                )
    for mention in mentions:
        overlaps = any(g.start < mention.end and mention.start < g.end for g in doc.timexes)
        if overlaps:
            report.relaxed_system += 1
        else:
            report.disagreements.append(
                Disagreement(doc.doc_id, "spurious", "-", _mention_str(mention))
            )


def _best_match(gold: GoldTimex, mentions: list[Mention], used: set[int]) -> int | None:
    best, best_overlap = None, 0
    for k, mention in enumerate(mentions):
        if k in used:
            continue
        overlap = min(gold.end, mention.end) - max(gold.start, mention.start)
        if overlap > best_overlap:
            best, best_overlap = k, overlap
    return best


def _gold_str(gold: GoldTimex) -> str:
    return f"{gold.text!r} {gold.type} {gold.value}"


def _mention_str(mention: Mention) -> str:
    return f"{mention.text!r} {mention.type} {mention.value}"


def format_report(report: Report, *, show: int = 0) -> str:
    f = report.figures()
    lines = [
        f"documents {f['documents']}   gold TIMEX3 {f['gold']}   system {f['system']}",
        "",
        "                 precision  recall     F1",
        *(
            f"{label:<16} {f[f'{key}_precision']:9.3f} {f[f'{key}_recall']:7.3f}"
            f" {f[f'{key}_f1']:7.3f}"
            for label, key in (
                ("strict span", "strict"),
                ("relaxed span", "relaxed"),
                ("value", "value"),
            )
        ),
        "",
        f"type accuracy     {f['type_accuracy']:.3f}   (over relaxed matches)",
        f"interval accuracy {f['interval_accuracy']:.3f}   "
        f"(over {report.interval_checked} gold intervals)",
    ]
    if show:
        lines.append("")
        lines.append(
            f"first {min(show, len(report.disagreements))} of "
            f"{len(report.disagreements)} disagreements:"
        )
        for d in report.disagreements[:show]:
            lines.append(f"  {d.doc:<28} {d.kind:<9} gold {d.gold:<45} system {d.system}")
    return "\n".join(lines)
