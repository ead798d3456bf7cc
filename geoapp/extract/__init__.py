"""News text → candidate events, each tied to the sentence it came from.

:func:`extract` reads a report and proposes its events (typed, placed, dated,
counted and attributed) as :class:`Candidate` objects with ``status="unreviewed"``
for a person to confirm. The domain vocabulary lives in ``cues/*.toml``; the
modules apply it:

* ``sentences`` (text, sentences with offsets), ``dateline``
* ``numbers``, ``figures`` (counts and what they count), ``dates``, ``attribution``
* ``places`` (gazetteer names), ``roles`` (event place vs places only mentioned),
  ``actors`` (nationalities)
* ``rules`` (event cues), ``report`` (drafts per sentence), ``build`` (candidates),
  ``merge`` (restatements)
"""

from __future__ import annotations

import datetime as dt
import hashlib
from pathlib import Path

from geoapp.extract.build import ReportInfo, build, sentence_sources
from geoapp.extract.candidate import Candidate
from geoapp.extract.dateline import find_dateline
from geoapp.extract.dates import find_dates
from geoapp.extract.merge import merge_restatements
from geoapp.extract.report import analyse, drafts
from geoapp.extract.roles import DATELINE
from geoapp.extract.rules import settings
from geoapp.extract.sentences import read_report, split_sentences
from geoapp.geocode import Geocoder


def extract(text: str, *, published: dt.date | None = None, source_name: str | None = None,
            url: str | None = None, origin: str | None = None,
            geocoder: Geocoder | None = None) -> list[Candidate]:
    """Candidate events of one report, in the order the report tells them.

    Parameters
    ----------
    text : the report as plain text (see :func:`extract_file` for .md/.html).
    published : publication date; relative dates ("last week", "in just three days")
        resolve against it. Without it (and without a dated dateline) they stay open.
    source_name : the outlet; the source of sentences that name none.
    url : stored as ``source_url``.
    origin : what ``origin`` points to (a path or URL); spans are appended to it.
    geocoder : finds the places (default: the bundled gazetteer; pass one built with the
        store's place lists to find the analyst's own places).

    Example
    -------
    >>> found = extract(text, published=dt.date(2024, 12, 23))  # doctest: +SKIP
    >>> found[0].event.event_type, found[0].span  # doctest: +SKIP
    ('document_seizure', (173, 334))
    """
    sentences = split_sentences(text)
    dateline = find_dateline(text)
    if published is None and dateline is not None:
        published = dateline.date
    analyses = analyse(text, sentences, find_dates(text, published), dateline, geocoder)
    default_source = source_name or (dateline.agency if dateline else None)
    info = ReportInfo(
        sha=hashlib.sha256(text.encode()).hexdigest(), origin=origin or "text",
        published=published, source_name=default_source,
        source_kind="media" if default_source else None, url=url,
        dateline=tuple(p for a in analyses[:1] for p in a.places if p.role == DATELINE))
    sources = sentence_sources(analyses, info)
    today = dt.date.today()
    minimum = settings()["min_confidence"]
    candidates = [build(d, sources[d.analysis.sentence.index], info, today)
                  for d in drafts(analyses)]
    return merge_restatements([c for c in candidates if c.confidence >= minimum],
                              default_source)


def extract_file(path: str | Path, *, published: dt.date | None = None,
                 source_name: str | None = None, url: str | None = None,
                 geocoder: Geocoder | None = None) -> list[Candidate]:
    """:func:`extract` on a .txt, .md or .html file; spans refer to its plain text."""
    return extract(read_report(path), published=published, source_name=source_name, url=url,
                   origin=str(path), geocoder=geocoder)


__all__ = ["Candidate", "extract", "extract_file", "read_report"]
