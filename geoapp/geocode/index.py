"""The name index: every spelling of every place, region and country, by comparison key.

A spelling is indexed under the 64-bit hash of its :func:`~geoapp.geocode.normalise.fold`
key (and of its Korean key for Korean places and Hangul names), so one row serves every
romanisation of it. Rows are sorted by hash: a lookup is a binary search in a numpy array,
which loads in milliseconds and costs ~14 bytes a row rather than a Python dict's ~200.
Each row also keeps the spelling as written (``alias``, for the answer) and normalised
(``text``, to tell an exact spelling from a transliteration, and for scanning text).
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from geoapp.geocode.affixes import DISTRICT, split_affixes
from geoapp.geocode.normalise import fold, korean_fold, normalise
from geoapp.geocode.romanise import has_hangul

if TYPE_CHECKING:
    import pandas as pd

#: What an alias row points at.
PLACE, REGION, COUNTRY = 0, 1, 2
KIND_NAMES = ("place", "region", "country")
#: How an alias relates to its target, best first.
PRIMARY, OFFICIAL, ALTERNATE, VARIANT = 0, 1, 2, 3
#: The tier of a country's names that are regions of the news spanning several of its
#: units (``curated.REGIONS_ACROSS_UNITS``): the only alternate country names, so that
#: "Centre-Nord region", asked for as a region, answers as the country.
REGION_OF_COUNTRY = ALTERNATE
COLUMNS = ("hash", "kind", "row", "tier", "alias", "text")


def key_hash(key: str) -> int:
    """Stable 64-bit hash of a fold key (the same in every process and on every machine)."""
    return int.from_bytes(hashlib.blake2b(key.encode(), digest_size=8).digest(), "little")


def index_frame(names: Iterable[tuple[str, int, int, int, bool]]) -> pd.DataFrame:
    """Index rows for ``(spelling, kind, row, tier, korean)`` tuples, sorted by hash.

    Region and district names are indexed by their core ("Курская область" →
    "курская", "Суджанский район" → "суджанский"), as queries are. ``korean`` adds the
    Korean key (Hangul spellings always get it). The best tier of a spelling per target
    is kept (and, for a region, of each spelling with a unit word).
    """
    import pandas as pd  # building only: lookups load the index without pandas

    frame = pd.DataFrame(names, columns=["alias", "kind", "row", "tier", "korean"])
    frame = frame[frame["alias"].map(lambda a: isinstance(a, str))]
    # Lists repeat names (a census has hundreds of Ivanovkas): work once per spelling.
    spelled = frame[["alias", "kind"]].drop_duplicates()
    texts = pd.Series([index_text(a, k) for a, k in zip(spelled["alias"], spelled["kind"],
                                                   strict=True)],
                      index=pd.MultiIndex.from_frame(spelled))
    frame["text"] = texts.reindex(pd.MultiIndex.from_frame(frame[["alias", "kind"]])).to_numpy()
    frame = frame[frame["text"].str.len() >= 2]
    # A region's spelling with its own unit word ("Northern State") stays beside its bare
    # name: a query that spells it so prefers that region (forward._spelled_with_affixes).
    full = pd.Series([normalise(a) if k == REGION else "" for a, k in
                      zip(spelled["alias"], spelled["kind"], strict=True)],
                     index=pd.MultiIndex.from_frame(spelled))
    frame["full"] = full.reindex(pd.MultiIndex.from_frame(frame[["alias", "kind"]])).to_numpy()
    frame["full"] = frame["full"].where(frame["full"] != frame["text"], "")
    frame = (frame.sort_values("tier", kind="stable")
             .drop_duplicates(["text", "kind", "row", "full"]).reset_index(drop=True))
    texts = pd.unique(frame["text"])
    position = pd.Series(np.arange(len(texts)), index=texts)[frame["text"]].to_numpy()
    wants_korean = frame["korean"].to_numpy(dtype=bool) | _has_hangul(frame["alias"])
    # Korean keys only where a place is Korean or a spelling Hangul (none in a census list).
    korean_texts = np.unique(position[wants_korean])
    korean = np.zeros(len(texts), dtype=np.uint64)
    korean[korean_texts] = _hashes(texts[korean_texts], korean_fold)
    parts = [frame.assign(hash=_hashes(texts, fold)[position]),
             frame[wants_korean].assign(hash=korean[position[wants_korean]])]
    out = pd.concat(parts, ignore_index=True).drop_duplicates(["hash", "kind", "row", "text",
                                                               "full"])
    out = out.astype({"hash": "uint64", "kind": "int8", "row": "int32", "tier": "int8"})
    return out.sort_values(["hash", "tier"], kind="stable")[list(COLUMNS)].reset_index(drop=True)


def index_text(alias: str, kind: int) -> str:
    """The normalised spelling a name is indexed under (a region or district by its core)."""
    key = normalise(alias)
    phrase = split_affixes(key)
    return phrase.core if kind == REGION or phrase.intent == DISTRICT else key


def _has_hangul(aliases: pd.Series) -> np.ndarray:
    """Which aliases contain Hangul (one search over all of them when none does)."""
    if not has_hangul("\n".join(aliases)):
        return np.zeros(len(aliases), dtype=bool)
    return aliases.map(has_hangul).to_numpy(dtype=bool)


def _hashes(texts: np.ndarray, key: object) -> np.ndarray:
    keys = (key(text) for text in texts)
    return np.fromiter((key_hash(k) if len(k) >= 2 else 0 for k in keys), dtype=np.uint64,
                       count=len(texts))


def to_numpy(column: pa.ChunkedArray | pa.Array) -> np.ndarray:
    """A column as numpy: numbers (without nulls) straight from Arrow's buffers, strings
    (one object per distinct value) and booleans as Python objects. (Arrow's own
    ``to_numpy`` loads pandas, which would double a forward lookup's cold start.)"""
    chunks = column.chunks if isinstance(column, pa.ChunkedArray) else [column]
    kind = column.type
    if pa.types.is_integer(kind) or pa.types.is_floating(kind):
        if column.null_count:
            return column.to_numpy(zero_copy_only=False)
        dtype = np.dtype(kind.to_pandas_dtype())
        parts = [np.frombuffer(c.buffers()[1], dtype=dtype)[c.offset:c.offset + len(c)]
                 for c in chunks]
        return np.concatenate(parts) if len(parts) != 1 else parts[0]
    if pa.types.is_string(kind) and not column.null_count:
        whole = pa.concat_arrays(chunks)
        if _mostly_distinct(whole):     # names: hashing them first would only add to the cost
            return np.array(whole.to_pylist(), dtype=object)
        # One Python string per distinct value: 378,000 country codes are 240 objects.
        encoded = whole.dictionary_encode()
        return np.array(encoded.dictionary.to_pylist(), dtype=object)[to_numpy(encoded.indices)]
    if pa.types.is_boolean(kind) and not column.null_count:   # bits: one byte each via a cast
        parts = [pc.cast(c, pa.uint8()) for c in chunks]
        return np.concatenate([np.frombuffer(b.buffers()[1], dtype=np.uint8)[
            b.offset:b.offset + len(b)] for b in parts] or [np.empty(0, np.uint8)]).view(bool)
    values = [v for c in chunks for v in c.to_pylist()]
    return np.array(values, dtype=bool if pa.types.is_boolean(kind) else object)


def _mostly_distinct(values: pa.Array, sample: int = 2048) -> bool:
    """Whether a string column looks mostly distinct, judged on its first rows."""
    head = values.slice(0, sample)
    return len(head) > 0 and len(head.unique()) * 2 > len(head)


@dataclass(frozen=True, eq=False)
class NameIndex:
    """Sorted hashes with their targets; ``offset`` is added to place rows so that several
    indexes (the bundled one and imported place lists) share one table of places."""

    hash: np.ndarray
    kind: np.ndarray
    row: np.ndarray
    tier: np.ndarray
    alias: pa.Array
    text: pa.Array

    @classmethod
    def from_table(cls, table: pa.Table, place_offset: int = 0) -> NameIndex:
        kind = to_numpy(table.column("kind"))
        row = to_numpy(table.column("row")).astype(np.int64)
        if place_offset:
            row = np.where(kind == PLACE, row + place_offset, row)
        return cls(hash=to_numpy(table.column("hash")), kind=kind, row=row,
                   tier=to_numpy(table.column("tier")),
                   alias=table.column("alias").combine_chunks(),
                   text=table.column("text").combine_chunks())

    def __len__(self) -> int:
        return len(self.hash)

    def positions(self, keys: Iterable[str]) -> np.ndarray:
        """Row positions whose hash is one of ``keys``' hashes."""
        found = []
        for key in keys:
            h = np.uint64(key_hash(key))
            start = int(np.searchsorted(self.hash, h, side="left"))
            stop = int(np.searchsorted(self.hash, h, side="right"))
            if stop > start:
                found.append(np.arange(start, stop))
        return np.concatenate(found) if found else np.empty(0, dtype=np.int64)
