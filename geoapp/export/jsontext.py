"""JSON text for whole columns at once, so large exports never build a dict per row.

Each column becomes an Arrow string array of JSON values. Numbers and dates
are cast in C++; other values are encoded once per distinct value
(``pd.factorize`` finds them) and taken back out by code, strings being quoted
in C++ too (only those that need escapes go through ``json``'s encoder). Rows
are then assembled with one element-wise concatenation, and a writer sends the
array's data buffer straight to the file. The text equals ``json.dumps(...,
ensure_ascii=False, separators=(",", ":"))`` of the same record, except that
whole floats are written without ``.0`` and small ones without an exponent.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Sequence
from json.encoder import encode_basestring  # the C implementation when available

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from geoapp.frames import DATE_FIELDS, FLOAT_FIELDS, JSON_FIELDS, TIMESTAMP_FIELDS
from geoapp.model import FIELD_NAMES, FIGURE_FIELDS

TEXT = pa.large_string()  # 64-bit offsets: a chunk of polygons can pass 2 GB
Part = pa.Array | str


def _timestamp(value: pd.Timestamp) -> str:
    return '"' + value.isoformat() + '"'


def _json(value: object) -> str:
    """Already-JSON text (related places, tags, flags), re-encoded compactly."""
    return json.dumps(json.loads(str(value) or "[]"), ensure_ascii=False, separators=(",", ":"))


#: Kinds encoded in Python, once per distinct value (text is quoted by :func:`_quoted`).
_ENCODERS: dict[str, Callable[[np.ndarray], Iterable[str]]] = {
    "timestamp": lambda values: map(_timestamp, values),
    "json": lambda values: map(_json, values),
}
#: What JSON must escape in a string (the set ``json.dumps`` escapes), as an RE2 class.
NEEDS_ESCAPE = r'["\\\x00-\x1f]'


def field_kind(name: str) -> str:
    """How a model field is written as JSON."""
    if name in DATE_FIELDS:
        return "date"
    if name in TIMESTAMP_FIELDS:
        return "timestamp"
    if name in FIGURE_FIELDS:
        return "integer"
    if name in FLOAT_FIELDS:
        return "number"
    if name in JSON_FIELDS:
        return "json"
    return "text"


#: The JSON kind of every model field, in model order.
FIELD_KINDS: dict[str, str] = {name: field_kind(name) for name in FIELD_NAMES}


def json_values(col: pd.Series, kind: str, prefix: str = "") -> pa.Array:
    """``prefix`` + the JSON text of each cell (``null`` when missing), as an Arrow string array.

    The prefix (a member name, punctuation) costs nothing for kinds encoded per
    distinct value and saves the final concatenation a pass.
    """
    if kind == "text" or kind in _ENCODERS:
        codes, uniques = pd.factorize(col, use_na_sentinel=True)
        values = np.asarray(uniques, dtype=object)
        if kind == "text":
            table = _quoted(pa.array([*map(str, values)], TEXT), prefix)
        else:
            table = pa.array([*map(prefix.__add__, _ENCODERS[kind](values))], TEXT)
        table = pa.concat_arrays([table, pa.array([prefix + "null"], TEXT)])
        return table.take(np.where(codes < 0, len(uniques), codes))
    if kind == "date":
        days = pa.array(col.to_numpy(dtype="datetime64[D]"), from_pandas=True)
        text = join([prefix + '"', pc.cast(days, TEXT), '"'])
    else:  # number or integer
        values = pa.array(col.to_numpy(dtype="float64"), from_pandas=True)
        text = pc.cast(pc.cast(values, pa.int64()) if kind == "integer" else values, TEXT)
        text = join([prefix, text]) if prefix else text
    return pc.fill_null(text, prefix + "null")


def _quoted(text: pa.Array, prefix: str) -> pa.Array:
    """``prefix`` + each string as JSON, in C++; only those that need escapes go through Python."""
    quoted = join([prefix + '"', text, '"'])
    special = pc.match_substring_regex(text, NEEDS_ESCAPE)
    if not pc.any(special).as_py():
        return quoted
    escaped = [prefix + encode_basestring(v) for v in text.filter(special).to_pylist()]
    return pc.replace_with_mask(quoted, special, pa.array(escaped, TEXT))


def join(parts: Sequence[Part]) -> pa.Array:
    """Concatenate the parts row by row; plain strings are repeated on every row.

    A row is null if any of its array parts is null.
    """
    args = [pa.scalar(p, TEXT) if isinstance(p, str) else p for p in parts]
    return pc.binary_join_element_wise(*args, pa.scalar("", TEXT))


def members(frame: pd.DataFrame, kinds: dict[str, str], first: str = "{") -> list[pa.Array]:
    """``"name":value`` of each column in ``kinds``, comma-separated, ``first`` before the first.

    Joined row by row and followed by ``}``, they make one JSON object per row.
    """
    return [json_values(frame[name], kind, (first if i == 0 else ",")
                        + encode_basestring(name) + ":")
            for i, (name, kind) in enumerate(kinds.items())]


def concatenated(text: pa.Array) -> memoryview:
    """All strings of an array back to back, read straight from its data buffer."""
    if len(text) == 0:
        return memoryview(b"")
    _, offsets, data = text.buffers()
    bounds = np.frombuffer(offsets, dtype=np.int64)[[text.offset, text.offset + len(text)]]
    return memoryview(data)[bounds[0]:bounds[1]]
