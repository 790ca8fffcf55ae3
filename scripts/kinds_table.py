#!/usr/bin/env python3
"""docs/content.md's table "What each kind becomes", written from the item kinds' records
(museum_ar/core/item_kinds.py: each kind's `formats` and `becomes`), so a new kind or format is
documented by its record and this command, not by hand.

    python3 scripts/kinds_table.py          # rewrite the table in docs/content.md
    python3 scripts/kinds_table.py --check  # exit 1 when the table is not what the records say

tests/core/test_item_kinds.py fails while the committed table is stale."""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DOC = ROOT / "docs" / "content.md"
BEGIN = "<!-- kinds table: written by scripts/kinds_table.py from museum_ar/core/item_kinds.py; edit the records, not this -->"
END = "<!-- end of kinds table -->"


def table() -> str:
    """The table, one row per kind: its formats with their extensions, and what import makes."""
    sys.path.insert(0, str(ROOT))  # this checkout's museum_ar, as a script run from anywhere
    try:
        from museum_ar.core.item_kinds import ITEM_KINDS
    finally:
        sys.path.pop(0)
    rows = ["| kind | files | becomes |", "|---|---|---|"]
    for spec in ITEM_KINDS.values():
        files = ", ".join(f"{f.name} ({' '.join(f.exts)})" for f in spec.formats)
        rows.append(f"| {spec.value} | {files} | {spec.becomes} |")
    return "\n".join(rows)


def rewritten(text: str) -> str:
    """`text` with what stands between BEGIN and END replaced by the current table."""
    if text.count(BEGIN) != 1 or text.count(END) != 1:
        raise SystemExit(f"{DOC}: the table's markers are missing or doubled ({BEGIN!r} ... {END!r})")
    head, rest = text.split(BEGIN)
    _, tail = rest.split(END)
    return f"{head}{BEGIN}\n{table()}\n{END}{tail}"


def main(argv: list[str]) -> int:
    text = DOC.read_text("utf-8")
    new = rewritten(text)
    if "--check" in argv:
        if new != text:
            print(f"{DOC.relative_to(ROOT)} is stale: run python3 scripts/kinds_table.py", file=sys.stderr)
            return 1
        return 0
    if new != text:
        DOC.write_text(new, "utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
