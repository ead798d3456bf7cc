"""Reading delimited text into a table of strings with the line each row started on.

Encodings: UTF-8 (with or without BOM) is expected; a file with no valid
multi-byte UTF-8 at all is read as Windows-1252 (UCDP's exports are). In a
UTF-8 file, lines that are not valid UTF-8 are rejected with their line number
rather than guessed at.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from geoapp.errors import ReadError

csv.field_size_limit(10_000_000)


@dataclass
class RawTable:
    """Cells as strings (missing = ""), the 1-based line each row starts on, early rejects."""

    cells: pd.DataFrame
    lines: pd.Series
    rejects: pd.DataFrame
    encoding: str


def read_bytes(path: Path) -> bytes:
    """A file's bytes; a missing, unreadable or empty file is a :class:`ReadError`."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ReadError(f"{path}: cannot read file: {exc.strerror}") from exc
    if not data.strip():
        raise ReadError(f"{path}: file is empty")
    return data


def decode(data: bytes, source: str) -> tuple[list[str], str, list[int]]:
    """Split bytes into text lines; returns lines, encoding and undecodable line numbers."""
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        return data.decode("utf-8").splitlines(keepends=True), "utf-8", []
    except UnicodeDecodeError:
        pass
    raw_lines = data.splitlines(keepends=True)
    bad: list[int] = []
    lines: list[str] = []
    for number, raw in enumerate(raw_lines, start=1):
        try:
            lines.append(raw.decode("utf-8"))
        except UnicodeDecodeError:
            bad.append(number)
            lines.append("\n")  # keeps the line numbering; empty rows are skipped
    # Valid multi-byte UTF-8 elsewhere in the file means it is UTF-8 with a few broken
    # lines; none at all means a single-byte encoding throughout.
    if any(not line.isascii() for line in lines):
        return lines, "utf-8", bad
    try:
        return data.decode("cp1252").splitlines(keepends=True), "cp1252", []
    except UnicodeDecodeError as exc:
        raise ReadError(f"{source}: unreadable encoding (neither UTF-8 nor Windows-1252)") from exc


def read_table(data: bytes, source: str) -> RawTable:
    """Parse CSV bytes (comma, semicolon or tab separated) into a :class:`RawTable`."""
    lines, encoding, bad_lines = decode(data, source)
    if not lines or not lines[0].strip():
        raise ReadError(f"{source}: empty file or missing header line")
    dialect = _sniff(lines[0])
    reader = csv.reader(io.StringIO("".join(lines)), dialect=dialect)
    try:
        header = [h.strip().lstrip("\ufeff") for h in next(reader)]
    except csv.Error as exc:
        raise ReadError(f"{source}: cannot read the header line: {exc}") from exc
    if len(header) < 2 or len(set(header)) != len(header):
        raise ReadError(f"{source}: the header line does not look like a CSV header")
    rows: list[list[str]] = []
    starts: list[int] = []
    rejects: list[tuple[int, str, str]] = [
        (n, "unreadable encoding: line is not valid UTF-8", "") for n in bad_lines
    ]
    start = reader.line_num + 1
    width = len(header)
    while True:
        try:
            row = next(reader)
        except StopIteration:
            break
        except csv.Error as exc:
            rejects.append((start, f"malformed CSV: {exc}", ""))
            start = reader.line_num + 1
            continue
        line = start
        start = reader.line_num + 1
        if not row or (len(row) == 1 and not row[0].strip()):
            continue
        if len(row) != width:
            rejects.append((line, f"expected {width} fields, found {len(row)}", ",".join(row)))
            continue
        rows.append(row)
        starts.append(line)
    cells = pd.DataFrame(rows, columns=header, dtype=object) if rows else pd.DataFrame(
        columns=header, dtype=object)
    reject_frame = pd.DataFrame(rejects, columns=["line", "reason", "raw"])
    return RawTable(cells, pd.Series(starts, dtype="int64"), reject_frame, encoding)


def _sniff(header_line: str) -> type[csv.Dialect] | csv.Dialect:
    counts = {d: header_line.count(d) for d in (",", ";", "\t")}
    delimiter = max(counts, key=counts.get)

    class Dialect(csv.excel):
        pass

    Dialect.delimiter = delimiter
    return Dialect
