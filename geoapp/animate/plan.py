"""Which windows an animation shows: one frame per step from its first day to its last.

Frame ``i`` starts ``i`` steps after the first day and spans ``window`` steps
(a day, a week or a month each); with ``cumulative`` every frame starts on the
first day, so the map fills up as it plays. The last frame is the last step that
starts on or before the last day; windows never reach past it.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from geoapp.errors import GeoappError

STEPS = ("day", "week", "month")


class AnimationError(GeoappError):
    """An animation that cannot be made as asked (bad dates, size, layers or output)."""


@dataclass(frozen=True)
class FrameWindow:
    """One frame's window (both days inclusive)."""

    index: int
    first: dt.date
    last: dt.date

    def label(self) -> str:
        """The date stamp: one day, or the first and last day of the window."""
        return str(self.first) if self.first == self.last else f"{self.first} – {self.last}"


def _add(day: dt.date, step: str, n: int) -> dt.date:
    if step == "day":
        return day + dt.timedelta(days=n)
    if step == "week":
        return day + dt.timedelta(weeks=n)
    month = day.month - 1 + n
    year, month = day.year + month // 12, month % 12 + 1
    last_day = (dt.date(year + month // 12, month % 12 + 1, 1) - dt.timedelta(days=1)).day
    return dt.date(year, month, min(day.day, last_day))


def plan_frames(first: dt.date, last: dt.date, step: str, window: int = 1,
                cumulative: bool = False) -> list[FrameWindow]:
    """The frames from ``first`` to ``last`` in steps of ``step``."""
    if step not in STEPS:
        raise AnimationError(f"step {step!r} unknown; use one of {list(STEPS)}")
    if window < 1:
        raise AnimationError(f"--window {window}: a window is at least 1 step")
    if last < first:
        raise AnimationError(f"--from {first} is after --to {last}")
    frames = []
    while (start := _add(first, step, len(frames))) <= last:
        end = min(_add(first, step, len(frames) + window) - dt.timedelta(days=1), last)
        frames.append(FrameWindow(len(frames), first if cumulative else start, end))
    return frames
