"""Delimited text → chunks of cells with the line each row started on.

Spreadsheets re-save CSVs in many ways, and all of them read the same: a BOM,
Windows-1252 or UTF-16 text (see :mod:`geoapp.ingest.source`), comma, semicolon
or tab separators (an Excel ``sep=;`` first line included), CR, LF or CRLF line
ends, quoted fields spanning lines, padding empty cells at the end of a row. A
row that cannot be read (wrong number of fields, a field over 10 MB, bytes not
valid in the file's encoding) is rejected with its line number.
"""

from __future__ import annotations

import csv
import io
import itertools
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from geoapp.errors import ReadError
from geoapp.ingest.raw import Columns, RawChunk, rejects_frame
from geoapp.ingest.source import SourceFile, has_escapes, scan_bytes
from geoapp.ingest.values import TEXT_LIMIT

csv.field_size_limit(TEXT_LIMIT)
DELIMITERS = (",", ";", "\t")


@dataclass(frozen=True)
class Header:
    """A CSV's column names, its delimiter, and how many lines precede the header
    (an Excel ``sep=`` line)."""

    names: list[str]
    delimiter: str
    skipped: int

    @property
    def decimal_comma(self) -> bool:
        """Files separated by ";" or tabs come from locales that write 30,5 for 30.5."""
        return self.delimiter != ","


def _open(source: SourceFile) -> io.TextIOWrapper:
    errors = "replace" if source.encoding == "utf-16" else "surrogateescape"
    return io.TextIOWrapper(source.open(), encoding=source.encoding, errors=errors, newline="")


def read_bytes(path: Path) -> bytes:
    """A file's bytes; a missing, unreadable or empty file is a :class:`ReadError`."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ReadError(f"{path}: cannot read file: {exc.strerror}") from exc
    if not data.strip():
        raise ReadError(f"{path}: file is empty")
    return data


@dataclass
class RawTable:
    """A small CSV read whole: cells as text by header name, each row's line, rejects."""

    cells: pd.DataFrame
    lines: pd.Series
    rejects: pd.DataFrame


def read_table(data: bytes, source: str) -> RawTable:
    """CSV bytes held in memory (place lists), read the way files are, in one chunk."""
    text = scan_bytes(data, Path(source))
    header = read_header(text)
    chunks = list(csv_chunks(text, header, Columns(lambda key: (key, 0)), chunk_rows=2**62))
    if not chunks:
        empty = pd.DataFrame(columns=[n for n in header.names if n], dtype=object)
        return RawTable(empty, pd.Series([], dtype="int64"), rejects_frame([]))
    (chunk,) = chunks
    return RawTable(chunk.cells, pd.Series(chunk.lines, dtype="int64"), chunk.rejects)


def read_header(source: SourceFile) -> Header:
    """The header row: names stripped (BOM and quotes too), delimiter sniffed from it."""
    with _open(source) as text:
        first = text.readline()
        skipped = 0
        if first.lower().startswith("sep=") and len(first.rstrip("\r\n")) == 5:
            delimiter, skipped = first[4], 1
            first = text.readline()
        else:
            delimiter = _sniff(first)
        if not first.strip():
            raise ReadError(f"{source.path}: empty file or missing header line")
        reader = csv.reader(itertools.chain([first], text), _dialect(delimiter))
        try:
            names = [n.strip().lstrip("\ufeff").strip() for n in next(reader)]
        except (csv.Error, StopIteration) as exc:
            raise ReadError(f"{source.path}: cannot read the header line: {exc}") from exc
    named = [n for n in names if n]
    if len(named) < 2:
        raise ReadError(f"{source.path}: the first line does not look like a CSV header "
                        f"(found {names[:5]})")
    repeated = sorted({n for n in named if named.count(n) > 1})
    if repeated:
        raise ReadError(f"{source.path}: the header names {repeated} more than once")
    return Header(names, delimiter, skipped)


def csv_chunks(source: SourceFile, header: Header, columns: Columns,
               chunk_rows: int) -> Iterator[RawChunk]:
    """The file's rows in chunks of ``chunk_rows``, keeping the columns ``columns`` reads."""
    wanted = columns.header(header.names)
    positions = sorted(wanted)
    width = len(header.names)
    size = max(source.size, 1)
    with _open(source) as text:
        def done() -> float:
            return min(text.buffer.tell() / size, 1.0)

        for _ in range(header.skipped):
            text.readline()
        reader = csv.reader(text, _dialect(header.delimiter))
        try:
            next(reader)  # the header row (read_header checked it)
        except (csv.Error, StopIteration):
            return
        rows: list[list[str]] = []
        starts: list[int] = []
        rejects: list[tuple[int, str, str | None]] = []
        start = header.skipped + reader.line_num + 1
        while True:
            try:
                row = next(reader)
            except StopIteration:
                break
            except csv.Error as exc:
                rejects.append((start, _csv_problem(exc), None))
                start = header.skipped + reader.line_num + 1
                continue
            line, start = start, header.skipped + reader.line_num + 1
            if not row or (len(row) == 1 and not row[0].strip()):
                continue
            if len(row) > width and not any(cell.strip() for cell in row[width:]):
                row = row[:width]
            if len(row) != width:
                rejects.append((line, f"expected {width} fields, found {len(row)}",
                                header.delimiter.join(row)[:200]))
            elif source.broken_text and has_escapes("".join(row)):
                rejects.append((line, f"unreadable encoding: bytes that are not valid "
                                      f"{_encoding_name(source.encoding)}", None))
            else:
                rows.append(row)
                starts.append(line)
            if len(rows) + len(rejects) >= chunk_rows:
                yield _chunk(rows, starts, rejects, positions, wanted, done())
                rows, starts, rejects = [], [], []
        if rows or rejects:
            yield _chunk(rows, starts, rejects, positions, wanted, 1.0)


def _chunk(rows: list[list[str]], starts: list[int], rejects: list, positions: list[int],
           wanted: dict[int, str], done: float) -> RawChunk:
    by_position = list(zip(*rows, strict=True)) if rows else []
    cells = pd.DataFrame(
        {wanted[p]: pd.Series(by_position[p] if rows else [], dtype="str") for p in positions},
        index=pd.RangeIndex(len(rows)))
    return RawChunk(cells, pd.array(starts, dtype="int64").to_numpy(), rejects_frame(rejects),
                    done)


def _csv_problem(exc: csv.Error) -> str:
    if "field larger than field limit" in str(exc):
        return f"a field is longer than {TEXT_LIMIT:,} characters"
    return f"malformed CSV: {exc}"


def _encoding_name(encoding: str) -> str:
    return "Windows-1252" if encoding == "cp1252" else "UTF-8"


def _sniff(header_line: str) -> str:
    counts = {d: header_line.count(d) for d in DELIMITERS}
    return max(counts, key=counts.get)


def _dialect(delimiter: str) -> type[csv.Dialect]:
    class Dialect(csv.excel):
        pass

    Dialect.delimiter = delimiter
    return Dialect
