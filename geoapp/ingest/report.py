"""What an ingest has to tell its user beyond the counts: notes on choices it made
(an ambiguous date column read month-first) and the rejected rows grouped by reason.

A large file can reject thousands of rows for one reason; the user needs the
reason, how often, and a few lines to look at, never a line per row (``geoapp
rejects BATCH`` lists every one).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

import pandas as pd

#: Examples kept per reason.
EXAMPLES = 3
#: Quoted values and numbers: what varies between rows rejected for one reason.
_VALUES = re.compile(r"\[[^\[\]]*\]|'(?:[^'\\]|\\.)*'|\"(?:[^\"\\]|\\.)*\"|(?<![A-Za-z_])[-+]?\d[\d,.:e+-]*")


def reason_kind(reason: str) -> str:
    """A reason with its values blanked: rows rejected for the same cause share it."""
    return _VALUES.sub("…", reason)


@dataclass
class IngestReport:
    """Notes and the rejects tally of one file, filled while it streams."""

    notes: list[str] = field(default_factory=list)
    rejected: Counter = field(default_factory=Counter)
    examples: dict[str, list[tuple[int | None, str]]] = field(default_factory=dict)

    def add_rejects(self, rejects: pd.DataFrame) -> None:
        if rejects.empty:
            return
        reasons = rejects["reason"].astype(str)
        kinds = reasons.map(reason_kind)
        self.rejected.update(kinds.value_counts().to_dict())
        for kind, group in rejects.groupby(kinds, sort=False):
            kept = self.examples.setdefault(kind, [])
            for row in group.head(EXAMPLES - len(kept)).itertuples(index=False):
                kept.append((None if pd.isna(row.line) else int(row.line), str(row.reason)))

    def summary_lines(self, max_reasons: int = 8) -> list[str]:
        """Counts per reason, most frequent first, each with up to three example lines."""
        lines = []
        ranked = self.rejected.most_common()
        for kind, count in ranked[:max_reasons]:
            lines.append(f"{count:,} × {kind}")
            for line, reason in self.examples.get(kind, []):
                lines.append(f"    line {line}: {reason}" if line is not None else f"    {reason}")
        if len(ranked) > max_reasons:
            rest = sum(count for _, count in ranked[max_reasons:])
            lines.append(f"… and {rest:,} rows rejected for {len(ranked) - max_reasons:,} "
                         "other reasons")
        return lines

    def to_dict(self) -> dict:
        return {"notes": list(self.notes), "rejected_by_reason": dict(self.rejected.most_common())}
