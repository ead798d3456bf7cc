"""JSON in every shape publishers use, streamed one record at a time.

* JSON Lines (and GeoJSON text sequences, RFC 8142): one record or Feature per line;
* a GeoJSON FeatureCollection (or a single Feature);
* API responses: ACLED's ``{"status": 200, "success": true, "data": [...]}`` and
  UCDP GED's ``{"TotalCount": ..., "Result": [...]}``;
* a plain JSON array of records.

Documents are read item by item with the standard library's decoder, so a file
of any size streams, integers of any size and deep nesting are handled, and one
bad item (not an object, nested too deeply, ``NaN``) rejects only itself. A
record's number is its line (JSON Lines) or its position in the array (1-based).
"""

from __future__ import annotations

import codecs
import json
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

import pandas as pd

from geoapp.errors import ReadError
from geoapp.ingest.geometry import GeometryError, place_geometry
from geoapp.ingest.raw import Columns, RawChunk, rejects_frame
from geoapp.ingest.values import type_name

RS = b"\x1e"  # RFC 8142 record separator
#: Top-level keys whose array holds the records of a JSON document.
RECORD_KEYS = ("features", "data", "Result")
#: A record (feature) larger than this is taken for broken JSON rather than read on.
MAX_RECORD_CHARS = 256 * 1024 * 1024
_BLOCK = 8 * 1024 * 1024
_SPACE = re.compile(r"[ \t\n\r]*")
_TOKEN = re.compile(r'"(?:[^"\\]|\\.)*"|[\[\]{},]')


@dataclass
class Item:
    """One record of a JSON file, or why it could not be read."""

    number: int
    record: dict | None = None
    problem: str | None = None
    raw: str | None = None


#: ``kind`` of the area features in a geoapp snapshot: not events (``geoapp areas ingest``
#: reads them), so event ingest leaves them out.
AREA_KIND = "area"


class _NotJson(ValueError):
    """A value JSON does not allow (NaN, Infinity) or nesting too deep to read."""


def _no_constants(name: str) -> object:
    raise _NotJson(f"{name} is not allowed in JSON")


_DECODER = json.JSONDecoder(parse_constant=_no_constants)


def jsonl_items(fh: BinaryIO, path: Path) -> Iterator[Item]:
    """One item per non-empty line of a JSON Lines file."""
    for number, line in enumerate(fh, start=1):
        if number == 1:
            line = line.removeprefix(codecs.BOM_UTF8)
        line = line.lstrip(RS).strip()
        if not line:
            continue
        try:
            value = json.loads(line, parse_constant=_no_constants)
        except _NotJson as exc:
            yield Item(number, problem=f"not valid JSON: {exc}", raw=_raw(line))
            continue
        except RecursionError:
            yield Item(number, problem="not readable: JSON nested too deeply", raw=_raw(line))
            continue
        except (ValueError, UnicodeDecodeError) as exc:
            yield Item(number, problem=f"not valid JSON: {_first_line(exc)}", raw=_raw(line))
            continue
        yield _item(number, value)


def document_items(fh: BinaryIO, path: Path) -> Iterator[Item]:
    """The records of a JSON document: a top-level array, the array under one of
    :data:`RECORD_KEYS`, or a single Feature."""
    reader = _Reader(fh, path)
    first = reader.peek()
    if first == "[":
        yield from reader.array_items()
    elif first == "{":
        meta: dict = {}
        streamed = yield from reader.object_records(meta)
        if not streamed and meta.get("type") == "Feature":
            yield _item(1, meta)
        elif not streamed:
            raise ReadError(_no_records(path, meta))
    else:
        raise ReadError(f"{path}: not a JSON document")
    if reader.peek() != "":
        raise ReadError(f"{path}: not valid JSON: extra data after the document")


def _no_records(path: Path, meta: dict) -> str:
    """Why a document held no records, in the publisher's own words where it gave them."""
    if meta.get("success") is False or "error" in meta:
        detail = meta.get("error") or meta.get("message") or meta.get("messages")
        return f"{path}: the file is an API error response, not data: {str(detail)[:200]}"
    keys = ", ".join(sorted(map(str, meta))[:10]) or "none"
    return (f"{path}: no records found (expected a GeoJSON FeatureCollection, an ACLED or "
            f"UCDP API response or a JSON array; top-level keys: {keys})")


def _item(number: int, value: object) -> Item:
    if not isinstance(value, dict):
        return Item(number, problem=f"record is {type_name(value)}, not a JSON object")
    if value.get("type") == "Feature":
        return _feature_item(number, value)
    return Item(number, record=value)


def _feature_item(number: int, feature: dict) -> Item:
    """A Feature's properties as a record, with its id and the point for its geometry."""
    props = feature.get("properties")
    if props is None:
        props = {}
    if not isinstance(props, dict):
        return Item(number, problem=f"properties: expected an object, got {type_name(props)}")
    try:
        placed = place_geometry(feature.get("geometry"))
    except GeometryError as exc:
        return Item(number, problem=f"geometry: {exc}")
    record = dict(props)
    record.update(_lon=placed.lon, _lat=placed.lat, _geom_precision=placed.precision,
                  _geom_flag=placed.flag, _feature_id=feature.get("id"))
    return Item(number, record=record)


@dataclass
class _Reader:
    """A JSON text read in blocks, one value at a time (``raw_decode`` on a window)."""

    fh: object
    path: Path
    buf: str = ""
    pos: int = 0
    eof: bool = False
    decoder: codecs.IncrementalDecoder = field(
        default_factory=lambda: codecs.getincrementaldecoder("utf-8-sig")())

    def _more(self) -> bool:
        if self.eof:
            return False
        block = self.fh.read(_BLOCK)
        try:
            text = self.decoder.decode(block, final=not block)
        except UnicodeDecodeError as exc:
            raise ReadError(f"{self.path}: not valid UTF-8 text ({exc.reason})") from None
        self.eof = not block
        self.buf = self.buf[self.pos:] + text
        self.pos = 0
        return True

    def peek(self) -> str:
        """The next non-space character ("" at the end), without consuming it."""
        while True:
            self.pos = _SPACE.match(self.buf, self.pos).end()
            if self.pos < len(self.buf):
                return self.buf[self.pos]
            if not self._more():
                return ""

    def expect(self, char: str) -> None:
        if self.peek() != char:
            found = self.peek() or "the end of the file"
            raise ReadError(f"{self.path}: not valid JSON: expected {char!r}, found {found!r}")
        self.pos += 1

    def value(self) -> object:
        """Decode the next value; raises :class:`_NotJson` with the value skipped."""
        self.peek()
        while True:
            try:
                value, end = _DECODER.raw_decode(self.buf, self.pos)
            except _NotJson:
                self._skip()
                raise
            except RecursionError:
                self._skip()
                raise _NotJson("JSON nested too deeply") from None
            except json.JSONDecodeError as exc:
                if len(self.buf) - self.pos < MAX_RECORD_CHARS and self._more():
                    continue
                raise ReadError(f"{self.path}: not valid JSON: {exc}") from None
            if end == len(self.buf) and not self.eof and self._more():
                continue  # a number at the end of the window may go on in the next block
            self.pos = end
            return value

    def _skip(self) -> None:
        """Move past the value at ``pos`` by matching brackets outside strings."""
        while True:
            depth = 0
            for token in _TOKEN.finditer(self.buf, self.pos):
                char = token.group()
                if char in "[{":
                    depth += 1
                elif char in "]}" or char == ",":
                    if depth == 0:
                        self.pos = token.start()
                        return
                    if char != ",":
                        depth -= 1
                        if depth == 0:
                            self.pos = token.end()
                            return
            if not self._more():
                raise ReadError(f"{self.path}: not valid JSON: unexpected end of file")

    def array_items(self) -> Iterator[Item]:
        self.expect("[")
        number = 0
        if self.peek() == "]":
            self.pos += 1
            return
        while True:
            number += 1
            try:
                yield _item(number, self.value())
            except _NotJson as exc:
                yield Item(number, problem=f"not readable: {exc}")
            if self.peek() == ",":
                self.pos += 1
                continue
            self.expect("]")
            return

    def object_records(self, meta: dict) -> Iterator[Item]:
        """Stream the records array of a top-level object; other members go to ``meta``.
        Returns whether a records array was found."""
        self.expect("{")
        streamed = False
        while self.peek() != "}":
            if self.peek() != '"':
                raise ReadError(f"{self.path}: not valid JSON: expected a key")
            key = self.value()
            self.expect(":")
            if key in RECORD_KEYS and self.peek() == "[" and not streamed:
                streamed = True
                yield from self.array_items()
            else:
                try:
                    meta[key] = self.value()
                except _NotJson as exc:
                    raise ReadError(f"{self.path}: not valid JSON: {exc}") from None
            if self.peek() == ",":
                self.pos += 1
            elif self.peek() != "}":
                self.expect("}")
        self.pos += 1
        return streamed


ItemReader = Callable[[BinaryIO, Path], Iterator[Item]]


def record_chunks(path: Path, read_items: ItemReader, columns: Columns,
                  chunk_rows: int) -> Iterator[RawChunk]:
    """A file's items in chunks, each record reduced to the columns the schema reads."""
    size = max(path.stat().st_size, 1)
    with path.open("rb") as fh:
        yield from _gather(read_items(fh, path), columns, chunk_rows,
                           lambda: min(fh.tell() / size, 1.0))


def first_record_keys(path: Path, read_items: ItemReader) -> list[str]:
    """The keys of the file's first readable record (the rest is not read)."""
    with path.open("rb") as fh:
        for item in read_items(fh, path):
            if item.record is not None:
                return [k for k in item.record if isinstance(k, str)]
    return []


def _gather(items: Iterator[Item], columns: Columns, chunk_rows: int,
            done: Callable[[], float]) -> Iterator[RawChunk]:
    rows: list[dict] = []
    numbers: list[int] = []
    rejects: list[tuple[int, str, str | None]] = []
    for item in items:
        if item.record is not None and item.record.get("kind") == AREA_KIND:
            continue
        if item.record is None:
            rejects.append((item.number, item.problem, item.raw))
        else:
            rows.append(columns.project(item.record))
            numbers.append(item.number)
        if len(rows) + len(rejects) >= chunk_rows:
            yield _chunk(rows, numbers, rejects, done())
            rows, numbers, rejects = [], [], []
    if rows or rejects:
        yield _chunk(rows, numbers, rejects, 1.0)


def _chunk(rows: list[dict], numbers: list[int], rejects: list, done: float) -> RawChunk:
    names = list(dict.fromkeys(name for row in rows for name in row))
    cells = pd.DataFrame({name: pd.Series([row.get(name) for row in rows], dtype=object)
                          for name in names}, index=pd.RangeIndex(len(rows)))
    return RawChunk(cells, pd.array(numbers, dtype="int64").to_numpy(), rejects_frame(rejects),
                    done)


def _raw(line: bytes) -> str:
    return line[:200].decode("utf-8", errors="replace")


def _first_line(exc: Exception) -> str:
    return (str(exc).splitlines() or [type(exc).__name__])[0][:200]
