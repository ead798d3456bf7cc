"""One pass over a file's bytes before it is read: its hash, its head and its text encoding.

The hash identifies the file in the batches table; the head decides its format;
the encoding must be known before the first row is decoded, and a file is only
known to be Windows-1252 once every byte has been seen: UTF-8 (with or without
a BOM) is expected, a file with no valid multi-byte UTF-8 at all is read as
Windows-1252 (UCDP's exports and spreadsheets on Windows write it), and in a
UTF-8 file the few rows that are not valid UTF-8 are rejected rather than
guessed at. A UTF-16 byte-order mark (spreadsheets' "Unicode text") is honoured.
"""

from __future__ import annotations

import codecs
import hashlib
import io
import re
from dataclasses import dataclass, replace
from pathlib import Path
from typing import BinaryIO

from geoapp.errors import ReadError

HEAD_BYTES = 64 * 1024
_BLOCK = 16 * 1024 * 1024
#: Decoded text that came from valid multi-byte UTF-8 (not an escaped bad byte).
_MULTIBYTE = re.compile("[^\x00-\x7f\udc80-\udcff]")
#: A byte that was invalid in the file's encoding, decoded as an escape.
_ESCAPED = re.compile("[\udc80-\udcff]")


@dataclass(frozen=True)
class SourceFile:
    """A file about to be read: where it is, how big, its sha256, head and encoding.

    ``broken_text`` says some bytes are invalid in ``encoding``: they are decoded
    as escapes and the rows holding them are rejected.
    """

    path: Path
    size: int
    sha256: str
    head: bytes
    encoding: str
    broken_text: bool
    #: The bytes themselves, for text already in memory (read instead of ``path``).
    data: bytes | None = None

    def open(self) -> BinaryIO:
        return io.BytesIO(self.data) if self.data is not None else self.path.open("rb")


def scan_file(path: Path) -> SourceFile:
    """Hash the file and decide its text encoding in one streaming pass."""
    try:
        with path.open("rb") as fh:
            return _scan(fh, path)
    except OSError as exc:
        raise ReadError(f"{path}: cannot read file: {exc.strerror}") from exc


def scan_bytes(data: bytes, path: Path) -> SourceFile:
    """The same for text already in memory (``path`` names it in messages)."""
    return replace(_scan(io.BytesIO(data), path), data=data)


def _scan(fh: BinaryIO, path: Path) -> SourceFile:
    digest = hashlib.sha256()
    head = b""
    size = 0
    invalid = multibyte = False
    decoder = codecs.getincrementaldecoder("utf-8")()
    while block := fh.read(_BLOCK):
        digest.update(block)
        if len(head) < HEAD_BYTES:
            head += block[:HEAD_BYTES - len(head)]
        size += len(block)
        if block.isascii() or (invalid and multibyte):
            continue
        try:
            decoder.decode(block)
            multibyte = True
        except UnicodeDecodeError:
            invalid = True
            decoder = codecs.getincrementaldecoder("utf-8")()
            text = block.decode("utf-8", "surrogateescape")
            multibyte = multibyte or bool(_MULTIBYTE.search(text))
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        encoding, broken = "utf-16", False
    elif not invalid:
        encoding, broken = ("utf-8-sig" if head.startswith(codecs.BOM_UTF8) else "utf-8"), False
    elif multibyte:
        encoding, broken = "utf-8-sig", True
    else:
        fh.seek(0)
        encoding, broken = "cp1252", _undefined_in_cp1252(fh)
    return SourceFile(path, size, digest.hexdigest(), head, encoding, broken)


def _undefined_in_cp1252(fh: BinaryIO) -> bool:
    """Whether the file holds one of the five bytes Windows-1252 leaves undefined."""
    while block := fh.read(_BLOCK):
        try:
            block.decode("cp1252")
        except UnicodeDecodeError:
            return True
    return False


def has_escapes(text: str) -> bool:
    """Whether decoded text holds bytes that were invalid in the file's encoding."""
    return not text.isascii() and _ESCAPED.search(text) is not None
