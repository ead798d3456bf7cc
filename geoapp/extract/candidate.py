"""An extracted event waiting for a person to confirm it, and why it was proposed."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from geoapp.model import Event


@dataclass(frozen=True)
class Candidate:
    """A proposed event (``status="unreviewed"``) with the evidence behind it.

    ``span`` is the quote's (start, end) character offsets in the report text,
    ``cues`` the cue names and words that fired, ``confidence`` 0..1. When no
    publication date was given and the text dates the event only relatively,
    ``date_open`` is True and the event's dates are not to be trusted (they are
    set to the extraction day so the model stays valid; the JSON shows them empty).
    ``background`` marks a recap of an earlier event (never proposed; a cumulative figure
    "since their deployment" is news, not background); the event's ``modality`` says how
    it is stated; ``placed_here`` is False when the place is only that of the sentences
    around. ``separate`` holds the events of the same type and admin-1 unit that the text
    tells as new ones ("A second strike hit the city's hospital"), each whole with its own
    quote, date, source and figures: one entry to review, several events to store.
    """

    event: Event
    span: tuple[int, int]
    confidence: float
    cues: tuple[str, ...]
    date_open: bool = False
    background: bool = False
    placed_here: bool = True  # the place is named in the quote or tied to it ("there")
    separate: tuple[Candidate, ...] = ()

    def each(self) -> tuple[Candidate, ...]:
        """This candidate and the separate events it holds, each to be stored on its own."""
        return (self, *(x for c in self.separate for x in c.each()))

    def to_record(self) -> dict[str, Any]:
        """The event record plus span, confidence, cues and date_open (JSON-ready)."""
        record = self.event.to_record()
        if self.date_open:
            record.update(date_start=None, date_end=None, date_precision=None)
        record.update(span=list(self.span), confidence=round(self.confidence, 2),
                      cues=list(self.cues), date_open=self.date_open,
                      background=self.background,
                      separate=[c.to_record() for c in self.separate])
        return record
