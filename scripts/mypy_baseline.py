#!/usr/bin/env python3
"""mypy's findings per file, as `tests/core/test_lint.py` compares them with mypy-baseline.txt.

    python3 scripts/mypy_baseline.py          # print the counts
    python3 scripts/mypy_baseline.py --write  # accept them as the new baseline (only ever lower)

The baseline is a ratchet: mypy was switched on with 235 findings in 47 files (2026-12). A file
may only lose findings; a file not in the baseline must have none. Fix a file, run --write,
commit the smaller baseline."""

from __future__ import annotations

import collections
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BASELINE = ROOT / "mypy-baseline.txt"


def current() -> dict[str, int]:
    out = subprocess.run([sys.executable, "-m", "mypy", "--no-error-summary", "--hide-error-context"], cwd=ROOT, capture_output=True, text=True)
    if out.returncode not in (0, 1):
        raise SystemExit(f"mypy did not run: {out.stderr or out.stdout}")
    counts: collections.Counter[str] = collections.Counter()
    for line in out.stdout.splitlines():
        m = re.match(r"(\S+\.py):\d+: error:", line)
        if m:
            counts[m.group(1)] += 1
    return dict(sorted(counts.items()))


def read_baseline() -> dict[str, int]:
    counts = {}
    for line in BASELINE.read_text("utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            n, path = line.split(maxsplit=1)
            counts[path] = int(n)
    return counts


def main() -> int:
    counts = current()
    text = "".join(f"{n:4d} {path}\n" for path, n in counts.items())
    if "--write" in sys.argv:
        BASELINE.write_text("# mypy findings per file that are still to fix (scripts/mypy_baseline.py); only ever lower\n" + text, "utf-8")
    print(text, end="")
    print(f"{sum(counts.values())} findings in {len(counts)} files")
    return 0


if __name__ == "__main__":
    sys.exit(main())
