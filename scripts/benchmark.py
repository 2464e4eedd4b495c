#!/usr/bin/env python3
"""Measure analysis speed and memory on the examples and on drafts at the size limit.

Run:  python scripts/benchmark.py  [--repeat N]
Targets (checked here, not in timed unit tests — machines are noisy):
  - a typical draft (the examples, 50-300 words): under 0.5 s per analysis once warm;
  - a draft at the 1 MB input limit: under 60 s and under 1 GB peak memory.
"""

from __future__ import annotations

import argparse
import resource
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from narrative_kit import analyze  # noqa: E402
from narrative_kit.reading import DEFAULT_MAX_BYTES  # noqa: E402

TYPICAL_TARGET_S = 0.5
LARGE_TARGET_S = 60.0
MEMORY_TARGET_MB = 1024


def peak_memory_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def time_call(text: str, language: str | None = None) -> float:
    start = time.perf_counter()
    analyze(text, language=language)
    return time.perf_counter() - start


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    failed = False
    start = time.perf_counter()
    analyze("warm up: I was there.")
    print(f"first call (imports, data loading): {time.perf_counter() - start:.2f} s")

    for path in sorted((ROOT / "examples").glob("*/*.*")):
        text = path.read_text(encoding="utf-8")
        analyze(text)
        times = [time_call(text) for _ in range(args.repeat)]
        median = statistics.median(times)
        flag = "ok" if median < TYPICAL_TARGET_S else "SLOW"
        failed |= flag != "ok"
        print(f"{path.relative_to(ROOT)}: median {median * 1000:.0f} ms over {args.repeat} ({flag})")

    for path in (ROOT / "examples" / lang for lang in ("en", "fr", "ar")):
        sample = next(iter(sorted(path.glob("*.md")))).read_text(encoding="utf-8")
        copies = DEFAULT_MAX_BYTES // len(sample.encode("utf-8"))
        big = "\n\n".join([sample] * copies)
        seconds = time_call(big, path.name)
        flag = "ok" if seconds < LARGE_TARGET_S else "SLOW"
        failed |= flag != "ok"
        print(f"{path.name} at the size limit ({len(big.encode()):,} bytes): {seconds:.1f} s ({flag})")

    memory = peak_memory_mb()
    flag = "ok" if memory < MEMORY_TARGET_MB else "TOO MUCH"
    failed |= flag != "ok"
    print(f"peak memory: {memory:.0f} MB ({flag})")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
