"""Seeded random events with every shape a partitioned dataset and its SQL filters must handle.

Spans up to a year (so events overlap windows from partitions far before them),
events without a country (Hive's null partition) or without a point, unreviewed
and rejected statuses, actors on either side, open figure ranges, mixed-case
quotes and missing sources.
"""

from __future__ import annotations

import datetime as dt
import random

from geoapp.model import EVENT_TYPES, GEO_PRECISIONS, Event, RelatedPlace

COUNTRIES = ("UA", "RU", "NA", None)  # "NA" is Namibia: a partition value, not a null
SOURCES = ("Source A", "Source B", "Source C", None)
ACTORS = ("Actor one", "Actor two", "Actor three", None)
WORDS = ("Shelling near the river", "DRONE strike on a depot", "convoy seen at dawn",
         "Nothing to report", None)
FIRST_DAY = dt.date(2022, 1, 1)


def varied_events(n: int = 600, seed: int = 7) -> list[Event]:
    rng = random.Random(seed)
    events = []
    for i in range(n):
        start = FIRST_DAY + dt.timedelta(days=rng.randrange(3 * 365))
        span = rng.choice((0, 0, 0, 6, 30, 120, 364))
        located = rng.random() > 0.1
        low = rng.choice((None, 0, 1, 5, 40))
        high = None if low is None or rng.random() < 0.3 else low + rng.choice((0, 3, 100))
        country = rng.choice(COUNTRIES)
        region = rng.choice(("UKR-327", "RUS-2362", "UKR-328", None)) if country else None
        events.append(Event(
            event_id=f"v:{i:04d}", event_type=rng.choice(EVENT_TYPES), date_start=start,
            date_end=start + dt.timedelta(days=span), country=country, adm1_code=region,
            lon=round(rng.uniform(22, 45), 5) if located else None,
            lat=round(rng.uniform(44, 56), 5) if located else None,
            geo_precision=rng.choice(GEO_PRECISIONS),
            status=rng.choice(("reported", "reported", "reported", "unreviewed", "rejected")),
            source_name=rng.choice(SOURCES), publisher="Outlet X" if i % 5 == 0 else None,
            actor1=rng.choice(ACTORS), actor2=rng.choice(ACTORS), killed_low=low, killed_high=high,
            wounded_low=rng.choice((None, 2)), quote=rng.choice(WORDS),
            notes=rng.choice(WORDS),
            tags=tuple(rng.sample(("front", "verified", "night"), rng.randrange(3))),
            related_places=((RelatedPlace(role="origin", name="North Korea", country="KP",
                                          lon=127.0, lat=40.0),) if i % 17 == 0 else ()),
        ))
    return events
