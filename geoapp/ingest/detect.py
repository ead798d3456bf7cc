"""Which format a file is in, from its name and its first bytes.

``--format auto`` recognises Parquet/GeoParquet; GeoJSON FeatureCollections;
JSON Lines and GeoJSON text sequences; ACLED API JSON (``"data": [...]``) and
UCDP GED API JSON (``"Result": [...]``); plain JSON arrays of records; ACLED
exports (current and older columns), UCDP GED CSVs and any other CSV, however a
spreadsheet re-saved it.
"""

from __future__ import annotations

import codecs
import json
import re
from pathlib import Path

from geoapp.errors import ReadError
from geoapp.ingest import acled, ucdp
from geoapp.ingest.raw import normalised

JSONL_SUFFIXES = (".jsonl", ".ndjson", ".geojsonl", ".geojsons", ".geojsonseq")
PARQUET_SUFFIXES = (".parquet", ".geoparquet", ".pq")
JSON_SUFFIXES = (".json", ".geojson", *JSONL_SUFFIXES)
_SPREADSHEETS = {b"PK\x03\x04": "an Excel workbook (.xlsx) or another zip file",
                 b"\xd0\xcf\x11\xe0": "an Excel 97–2003 workbook (.xls)"}
_FIRST_LINE_LIMIT = 16 * 1024 * 1024
#: Keys of API responses (ACLED, UCDP): a one-line object with one of these is a document.
ENVELOPE_KEYS = ("features", "data", "Result", "success", "error", "TotalCount")


def detect_format(path: Path, head: bytes) -> str:
    """Guess the format from the extension and the first bytes (``head``).

    Returns one of ``acled``, ``ucdp``, ``geojson``, ``json``, ``jsonl``, ``csv``,
    ``parquet``. ACLED and UCDP files are recognised in CSV and JSON alike.
    """
    suffix = path.suffix.lower()
    for magic, what in _SPREADSHEETS.items():
        if head.startswith(magic):
            raise ReadError(f"{path}: this is {what}; save it as CSV (UTF-8) and ingest that")
    if suffix in PARQUET_SUFFIXES or head.startswith(b"PAR1"):
        return "parquet"
    text = head.removeprefix(codecs.BOM_UTF8).lstrip()
    if text[:1] in (b"{", b"[", b"\x1e") or suffix in JSON_SUFFIXES:
        return _json_format(path, text)
    return _csv_format(head)


def json_container(path: Path, head: bytes) -> str:
    """``jsonl`` for one record per line, ``document`` for one JSON value."""
    if path.suffix.lower() in JSONL_SUFFIXES or head.lstrip()[:1] == b"\x1e":
        return "jsonl"
    first = _first_line(path)
    try:
        value = json.loads(first)
    except (ValueError, RecursionError):
        return "document"
    if not isinstance(value, dict):
        return "document"
    if value.get("type") == "FeatureCollection" or any(k in value for k in ENVELOPE_KEYS):
        return "document"
    return "jsonl"


def _json_format(path: Path, text: bytes) -> str:
    if _has_key(text, "event_id_cnty"):
        return "acled"
    if _has_key(text, "type_of_violence") or (_has_key(text, "Result")
                                              and _has_key(text, "TotalCount")):
        return "ucdp"
    if json_container(path, text) == "jsonl":
        return "jsonl"
    if re.search(rb'"type"\s*:\s*"Feature(Collection)?"', text):
        return "geojson"
    return "json"


def _has_key(text: bytes, key: str) -> bool:
    return re.search(rb'"' + key.encode() + rb'"\s*:', text) is not None


def _csv_format(head: bytes) -> str:
    utf16 = head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE))
    lines = head.decode("utf-16" if utf16 else "utf-8", errors="replace").splitlines()
    if lines and lines[0].lower().startswith("sep="):
        lines = lines[1:]
    first = lines[0] if lines else ""
    columns = {normalised(c) for c in re.split(r"[,;\t]", first)}
    if columns >= acled.SIGNATURE:
        return "acled"
    if columns >= ucdp.SIGNATURE:
        return "ucdp"
    return "csv"


def _first_line(path: Path) -> bytes:
    with path.open("rb") as fh:
        return fh.readline(_FIRST_LINE_LIMIT).removeprefix(codecs.BOM_UTF8)
