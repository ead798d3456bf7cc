"""Report text: reading .txt/.md/.html as plain text, and sentences with their offsets.

Offsets always refer to the plain text returned by :func:`read_report`, so a
candidate's ``#chars=start-end`` points at its exact quote in that text.
Paragraphs are split on line breaks first (wire copy puts one per line). A
paragraph whose every full stop ends a plain word is split by a regex; one with
abbreviation-like stops before a capital ("Lt. Col. Smith", "St. Petersburg") goes
to ``pysbd``, which knows them. Most news paragraphs take the fast path.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from functools import cache
from html.parser import HTMLParser
from pathlib import Path

from geoapp.errors import ReadError
from geoapp.ingest.source import scan_bytes


@dataclass(frozen=True)
class Sentence:
    """One sentence: its text, where it sits in the report, and its paragraph number."""

    index: int
    start: int
    end: int
    text: str
    paragraph: int


# A sentence end: terminal punctuation, closing quotes/brackets, footnote marks ("[5]"),
# space, then a capital.
_END = re.compile(r"[.!?][\"'”’)\]]*(?:\[\d{1,3}\])*\s+(?=[\"“‘(\[]?[A-Z0-9])")
# The word before a stop that may be an abbreviation: short, capitalised, or dotted.
_ABBREVIATION = re.compile(r"(?:^|[\s(])(?:[A-Z][a-z]{0,3}|[a-z]{1,3}|(?:\w\.)+\w?)\.$")


def split_sentences(text: str) -> list[Sentence]:
    """Sentences of ``text`` with exact character spans (surrounding spaces excluded)."""
    out: list[Sentence] = []
    for paragraph, m in enumerate(re.finditer(r"[^\n]+", text)):
        for start, end in _spans(m.group(0)):
            raw = m.group(0)[start:end]
            lead = len(raw) - len(raw.lstrip())
            body = raw.strip()
            if body:
                begin = m.start() + start + lead
                out.append(Sentence(len(out), begin, begin + len(body), body, paragraph))
    return out


def _spans(paragraph: str) -> list[tuple[int, int]]:
    """Sentence spans of one paragraph: by regex when no stop looks like an abbreviation."""
    ends = list(_END.finditer(paragraph))
    if any(_ABBREVIATION.search(paragraph, max(0, e.start() - 12), e.start() + 1) for e in ends):
        return [(span.start, span.end) for span in _segmenter().segment(paragraph)]
    cuts = [0] + [e.end() for e in ends] + [len(paragraph)]
    return [(a, b) for a, b in zip(cuts, cuts[1:], strict=False) if a < b]


@cache
def _segmenter():
    import pysbd

    return pysbd.Segmenter(language="en", clean=False, char_span=True)


def read_report(path: str | Path) -> str:
    """Plain text of a report file; Markdown and HTML are reduced to their prose."""
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ReadError(f"{path}: cannot read file: {exc.strerror}") from exc
    # Read as ingest reads files: UTF-8, a UTF-16 byte-order mark, else Windows-1252.
    raw = data.decode(scan_bytes(data, path).encoding, errors="replace")
    suffix = path.suffix.lower()
    if suffix in (".html", ".htm") or raw.lstrip()[:15].lower().startswith(("<!doctype", "<html")):
        return html_to_text(raw)
    if suffix in (".md", ".markdown"):
        return markdown_to_text(raw)
    return raw


_MD_RULES = (
    (re.compile(r"^\s{0,3}#{1,6}\s*", re.M), ""),  # headings
    (re.compile(r"!\[([^\]]*)\]\([^)]*\)"), r"\1"),  # images → alt text
    (re.compile(r"\[([^\]]+)\]\([^)]*\)"), r"\1"),  # links → their text
    (re.compile(r"(\*\*|__|\*|_|`)(?=\S)(.+?)(?<=\S)\1"), r"\2"),  # emphasis, code
    (re.compile(r"^\s{0,3}(?:[-*+]|\d+\.)\s+", re.M), ""),  # list markers
    (re.compile(r"^\s{0,3}>\s?", re.M), ""),  # quotes
)


def markdown_to_text(text: str) -> str:
    """Markdown without its markup (headings, links, emphasis, lists, quotes)."""
    for pattern, repl in _MD_RULES:
        text = pattern.sub(repl, text)
    return text


class _TextParser(HTMLParser):
    _BLOCKS = {"p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "section",
               "article", "blockquote", "header", "footer", "title"}
    _SKIP = {"script", "style", "nav", "noscript", "template"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skipping = 0

    def handle_starttag(self, tag: str, attrs) -> None:
        if tag in self._SKIP:
            self._skipping += 1
        elif tag in self._BLOCKS:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in self._SKIP:
            self._skipping = max(0, self._skipping - 1)
        elif tag in self._BLOCKS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self._skipping:
            self.parts.append(data)


def html_to_text(text: str) -> str:
    """Visible text of an HTML page, one block element per line."""
    parser = _TextParser()
    parser.feed(text)
    parser.close()
    lines = (" ".join(html.unescape(line).split()) for line in "".join(parser.parts).split("\n"))
    return "\n".join(line for line in lines if line)
