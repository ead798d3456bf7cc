"""Accuracy of the geocoder on a labelled query file (query, country, kind, adm1_code,
expected_country, and optionally context: place names of the same report, "|"-separated)."""

from __future__ import annotations

import csv
from pathlib import Path

from geoapp.geocode import Match, geocode, geocode_verbose


def accuracy(path: Path) -> tuple[float, list[str], int]:
    """(share answered right, one line per wrong answer, number of queries)."""
    rows = list(csv.DictReader(path.open(encoding="utf-8")))
    wrong = []
    for row in rows:
        context = tuple(m for m in (geocode(n) for n in row.get("context", "").split("|") if n)
                        if m is not None)
        match, reason = geocode_verbose(row["query"], row["country"] or None, context)
        if not _correct(row, match):
            got = reason if match is None else f"{match.kind} {match.name} {match.adm1_code}"
            wrong.append(f"{row['query']!r} [{row['country']}|{row.get('context', '')}]: "
                         f"expected {row['kind']} {row['adm1_code'] or row['expected_country']}, "
                         f"got {got}")
    share = 1 - len(wrong) / len(rows)
    print(f"\n{path.name}: {share:.1%} ({len(rows) - len(wrong)}/{len(rows)})")
    print("\n".join(wrong))
    return share, wrong, len(rows)


def _correct(row: dict[str, str], match: Match | None) -> bool:
    if row["kind"] == "none":
        return match is None
    return (match is not None and match.kind == row["kind"]
            and match.country == row["expected_country"]
            and (not row["adm1_code"] or match.adm1_code == row["adm1_code"]))
