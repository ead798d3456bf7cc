"""What tests of `geoapp extract` read from a freshly written text: the proposed
candidates as (type, admin-1 code or country) pairs, the rules' whole pool and their
proposals before the confidence model (as they are and once folded), and the event types
its cues fire on."""

from __future__ import annotations

import datetime as dt

from geoapp.extract import Candidate, candidate_pool, extract, finish
from geoapp.extract.rules import find_triggers

PUBLISHED = dt.date(2025, 3, 1)


def proposed(text: str, published: dt.date = PUBLISHED,
             source_name: str | None = "Test Wire") -> list[Candidate]:
    """The candidates `geoapp extract` proposes for ``text``."""
    return extract(text, published=published, source_name=source_name)


def places(text: str, published: dt.date = PUBLISHED,
           source_name: str | None = "Test Wire") -> list[tuple[str, str | None]]:
    """(event type, admin-1 code, else country) of each proposed candidate."""
    return [(c.event.event_type, c.event.adm1_code or c.event.country)
            for c in proposed(text, published, source_name)]


def ruled(text: str, published: dt.date = PUBLISHED,
          source_name: str | None = "Test Wire") -> list[tuple[str, str | None]]:
    """(event type, admin-1 code, else country) of each news candidate the rules propose,
    before the confidence model: what a rule change must get right by itself."""
    pool = candidate_pool(text, published=published, source_name=source_name)
    return [(x.candidate.event.event_type, x.candidate.event.adm1_code or x.candidate.event.country)
            for x in pool.entries if x.rule]


def folded(text: str, published: dt.date = PUBLISHED,
           source_name: str | None = "Test Wire") -> list[tuple[str, str | None]]:
    """(event type, admin-1 code, else country) of what the rules propose once tolls are
    folded into their attacks and restatements merged, before the confidence model."""
    pool = candidate_pool(text, published=published, source_name=source_name)
    return [(c.event.event_type, c.event.adm1_code or c.event.country)
            for c in finish(pool, [x.rule for x in pool.entries])]


def trigger_types(text: str) -> set[str]:
    """The event types of the cues that fire in ``text``, before places and the model."""
    return {t.event_type for t in find_triggers(text)}
