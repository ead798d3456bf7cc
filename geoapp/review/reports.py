"""Reports into the queue: extract a report's candidates and store them with the report's text."""

from __future__ import annotations

import datetime as dt
import hashlib

from geoapp.extract import Candidate, extract
from geoapp.frames import events_to_frame
from geoapp.geocode import Geocoder
from geoapp.ingest import frame_batch
from geoapp.review.actions import ReviewError
from geoapp.store import BatchSummary, Store


def add_report(store: Store, text: str, *, published: dt.date | None, outlet: str | None,
               url: str | None, reviewer: str, geocoder: Geocoder | None = None) -> list[str]:
    """Extract a pasted report's events and store them as unreviewed; returns their ids."""
    if not text.strip():
        raise ReviewError("the report is empty")
    origin = "report:" + hashlib.sha256(text.encode()).hexdigest()[:16]
    candidates = extract(text, published=published, source_name=outlet, url=url, origin=origin,
                         geocoder=geocoder)
    save_candidates(store, candidates, text=text, origin=origin, published=published,
                    outlet=outlet, url=url, user=reviewer, geocoder=geocoder)
    return [x.event.event_id for c in candidates for x in c.each()]


def save_candidates(store: Store, candidates: list[Candidate], *, text: str, origin: str,
                    published: dt.date | None, outlet: str | None, url: str | None, user: str,
                    geocoder: Geocoder | None = None) -> BatchSummary:
    """Store a report's text and its candidates (unreviewed); saving again changes nothing,
    and a candidate a reviewer has acted on stays as the reviewer left it."""
    candidates = [x for c in candidates for x in c.each()]  # separate events stored too
    open_dates = sum(c.date_open for c in candidates)
    if open_dates:
        raise ReviewError(f"{open_dates} candidate(s) have no date the text can anchor; "
                          "give the publication date to save them")
    store.save_report({"origin": origin, "sha256": hashlib.sha256(text.encode()).hexdigest(),
                       "text": text, "outlet": outlet, "url": url, "published": published},
                      user=user)
    reviewed = store.reviewed_ids([c.event.event_id for c in candidates])
    batch = frame_batch(events_to_frame(c.event for c in candidates
                                        if c.event.event_id not in reviewed),
                        source=origin, geocoder=geocoder)
    batch.user = user
    return store.write_batch(batch)
