"""Throughput, worst-case input, import cost and memory of timenorm, beside dateparser.

    python benchmarks/bench_extract.py            # timenorm figures
    python benchmarks/bench_extract.py --peer     # also dateparser.search_dates (slow)

News text is the corpus's own documents, concatenated and repeated to about 1 MB. The
worst case is 100 KB of digits and separators, the input that makes naive date scanners
go quadratic. Times are the best of three runs on one core.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time
import tracemalloc
from datetime import datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from timenorm import check, extract  # noqa: E402
from timenorm.timeml import read_corpus  # noqa: E402

ANCHOR = "2022-04-16T12:00:00+03:00"


def news_text(size: int) -> str:
    docs = read_corpus(ROOT / "corpus" / "news")
    body = "\n\n".join(doc.text for doc in docs)
    return (body * (size // len(body) + 1))[:size]


def best_of(runs: int, fn) -> float:  # type: ignore[no-untyped-def]
    best = float("inf")
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - start)
    return best


def import_time() -> float:
    """Best of five fresh interpreters, with bytecode cached as an installed package has it."""
    code = "import time; t = time.perf_counter(); import timenorm; print(time.perf_counter() - t)"
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    run = [sys.executable, "-c", code]
    times = [
        float(subprocess.run(run, capture_output=True, text=True, check=True, env=env).stdout)
        for _ in range(6)
    ]
    return min(times[1:])  # the first run may write the bytecode


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--peer", action="store_true", help="also time dateparser.search_dates")
    parser.add_argument("--size", type=int, default=1_000_000)
    args = parser.parse_args()

    print(f"import timenorm: {import_time() * 1000:.0f} ms (best of 5, fresh interpreter)")
    article = (ROOT / "corpus" / "seed-article.txt").read_text(encoding="utf-8")
    extract(article, ANCHOR)  # first call loads the zone table
    t = best_of(20, lambda: extract(article, ANCHOR, tz="Europe/Moscow"))
    print(f"extract(seed article, {len(article)} chars): {t * 1000:.2f} ms")
    t = best_of(20, lambda: check(article, ANCHOR, tz="Europe/Moscow"))
    print(f"check(seed article): {t * 1000:.2f} ms")

    text = news_text(args.size)
    n = len(extract(text, ANCHOR))
    t = best_of(3, lambda: extract(text, ANCHOR))
    mb = len(text.encode("utf-8")) / 1e6
    print(f"news: {mb:.2f} MB, {n} mentions in {t:.2f} s = {mb / t:.2f} MB/s")

    digits = ("1234567890 12:30 4/17/2022 2022-04-17 3-1 650-650-6500 " * 2000)[:100_000]
    t = best_of(3, lambda: extract(digits, ANCHOR))
    print(f"100 KB of digits and separators: {t * 1000:.0f} ms")

    tracemalloc.start()
    extract(text, ANCHOR)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    print(f"peak memory while extracting {mb:.2f} MB: {peak / 1e6:.0f} MB (tracemalloc)")

    if args.peer:
        from dateparser.search import search_dates

        sample = text[:20_000]
        search_dates(sample[:200])  # load its language data first
        base = {"RELATIVE_BASE": datetime(2022, 4, 16, 12)}
        t = best_of(1, lambda: search_dates(sample, languages=["en"], settings=base))
        t_ours = best_of(3, lambda: extract(sample, ANCHOR))
        print(
            f"peer on 20 KB of news: dateparser.search_dates {t:.2f} s "
            f"({len(sample) / 1e6 / t:.3f} MB/s), timenorm {t_ours:.3f} s "
            f"({len(sample) / 1e6 / t_ours:.2f} MB/s)"
        )
        digits_sample = digits[:10_000]
        t = best_of(1, lambda: search_dates(digits_sample, languages=["en"], settings=base))
        t_ours = best_of(3, lambda: extract(digits_sample, ANCHOR))
        print(f"peer on 10 KB of digits: dateparser {t:.2f} s, timenorm {t_ours * 1000:.0f} ms")


if __name__ == "__main__":
    main()
