"""Text extraction from ~2,500-character news reports: reports per second.

The reports are synthetic, built from wire-style sentence templates around real
Ukrainian and Russian place names, with the figures, dates, attributions and
event cues real reports carry; each opens with a dateline and is dated.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

import numpy as np

from bench.common import Context, Row, at_least, fmt_rate, main, time_runs

TARGET_PER_S = 20
REPORT_CHARS = 2_500
OPENINGS = ("KYIV", "KHARKIV", "ZAPORIZHZHIA", "DNIPRO", "ODESA", "SUMY")
SOURCES = ("Ukraine's General Staff", "the regional governor", "Russia's defence ministry",
           "a military spokesman", "local officials", "the border guard service")
SENTENCES = (
    "{source} said on {weekday} that {n} soldiers were killed and {m} wounded in shelling "
    "near {town}.",
    "At least {n} civilians were killed when a missile struck a residential block in {town}, "
    "{source} said.",
    "Drones attacked an energy facility outside {town} overnight, damaging power lines, "
    "according to {source}.",
    "{source} reported that troops had captured the village of {town} after {n} days of "
    "fighting.",
    "More than {n} fighters were deployed to the {region} region last week, {source} said.",
    "A column of {n} armoured vehicles was seen moving towards {town} on {weekday}.",
    "Soldiers found identity documents on the bodies of {n} fighters near {town}, "
    "{source} said, adding that the papers listed birthplaces in {region}.",
    "Between {n} and {m} people were wounded in an air strike on {town} on {weekday}, "
    "{source} said.",
    "Fighting continued along the front line in the {region} region, where {source} said "
    "forces repelled {n} assaults.",
    "{source} said {n} prisoners had been taken near {town} and would be exchanged later.",
    "Residents of {town} said they heard explosions before dawn; no casualties were reported.",
    "The claims could not be independently verified.",
)
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def reports(count: int, seed: int) -> list[tuple[str, dt.date]]:
    """``count`` (text, published) pairs, each about REPORT_CHARS long."""
    from geoapp.geocode.gazetteer import gazetteer

    rng = np.random.default_rng(seed)
    g = gazetteer()
    places, regions = g.places, g.regions
    local = np.flatnonzero(np.isin(places["country"], ("UA", "RU"))
                           & (places["population"] >= 5_000))
    region_names = [str(n) for n, c in zip(regions["name"], regions["country"], strict=True)
                    if c in ("UA", "RU")]
    out = []
    for _ in range(count):
        published = dt.date(2022, 3, 1) + dt.timedelta(days=int(rng.integers(0, 1300)))
        text = (f"{rng.choice(OPENINGS)}, {published:%B} {published.day} (Synthetic Wire) - ")
        while len(text) < REPORT_CHARS - 100:
            sentence = rng.choice(SENTENCES).format(
                source=rng.choice(SOURCES), weekday=rng.choice(WEEKDAYS),
                n=int(rng.integers(2, 60)), m=int(rng.integers(60, 200)),
                town=places["name"][rng.choice(local)], region=rng.choice(region_names))
            text += sentence[0].upper() + sentence[1:] + " "
        out.append((text.strip(), published))
    return out


def run(ctx: Context) -> list[Row]:
    from geoapp.extract import extract

    batch = reports(min(max(ctx.n // 5_000, 20), 200), ctx.seed)

    def extract_all() -> int:
        return sum(len(extract(text, published=day)) for text, day in batch)

    found = extract_all()
    timing = time_runs(extract_all, ctx.runs)
    mean_chars = sum(len(t) for t, _ in batch) / len(batch)
    return [Row(
        "text extraction (news reports)", len(batch),
        fmt_rate(len(batch), timing.median, "reports"),
        metrics={"seconds": timing.median, "reports_per_s": len(batch) / timing.median,
                 "candidates": found, "mean_chars": mean_chars},
        targets=(at_least("reports_per_s", TARGET_PER_S, f"≥ {TARGET_PER_S} reports/s"),),
        peak_rss_mb=timing.peak_rss_mb,
        note=f"{mean_chars:,.0f} characters per report, {found / len(batch):.1f} candidates each",
    )]


def cli(argv: Sequence[str] | None = None) -> list[Row]:
    return main("extract", run, argv, runs=3)


if __name__ == "__main__":
    cli()
