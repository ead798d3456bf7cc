"""Checking raw values column by column: every bad value rejects its row with a reason.

Readers hand over columns as they found them: strings from CSV cells, JSON
values of any type, typed Arrow columns from Parquet. :class:`Checker` turns
each column into its model type and records, per row, the first problem found,
always naming the column as the source wrote it ("killed_low: 2.5 is not a
whole number", "actor1: expected text, got a list"). Work is vectorised for
the usual case (a column of one type) and falls back to per-value checks only
for columns that mix types.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Callable

import numpy as np
import pandas as pd

from geoapp.model import FIGURE_CEILING

#: Longest text accepted in any field, in characters.
TEXT_LIMIT = 10_000_000
#: Keys a related place may carry, and which of them hold text.
PLACE_TEXT_KEYS = ("role", "name", "adm1_code", "country")

_DECIMAL_COMMA = re.compile(r"^[+-]?\d+,\d+$")


def type_name(value: object) -> str:
    """How a user would call a value's JSON type."""
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, (int, float)):
        return "a number"
    if isinstance(value, str):
        return "text"
    if isinstance(value, (list, tuple, np.ndarray)):
        return "a list"
    if isinstance(value, dict):
        return "an object"
    return f"a {type(value).__name__}"


def short(value: object, limit: int = 60) -> str:
    """A value for a reason: repr, cut to ``limit`` characters."""
    text = repr(value)
    return text if len(text) <= limit else text[:limit - 1] + "…"


def is_missing(value: object) -> bool:
    """None, NaN/NaT, or text that is empty after stripping."""
    if value is None:
        return True
    if isinstance(value, str):
        return not value.strip()
    if isinstance(value, (list, tuple, dict, np.ndarray)):
        return False
    try:
        return bool(pd.isna(value))
    except (TypeError, ValueError):
        return False


class Checker:
    """Per-row problems of one chunk, filled column by column; the first problem wins.

    ``labels`` maps a column name to what the source calls it, for reasons.
    ``decimal_comma`` accepts ``30,5`` as 30.5 (semicolon- or tab-separated files
    saved by spreadsheets in locales that write decimals that way).
    """

    def __init__(self, index: pd.Index, labels: dict[str, str] | None = None, *,
                 decimal_comma: bool = False) -> None:
        self.index = index
        self.reasons = pd.Series([None] * len(index), index=index, dtype=object)
        self.labels = labels or {}
        self.decimal_comma = decimal_comma

    def label(self, column: str) -> str:
        return self.labels.get(column, column)

    def reject(self, mask: pd.Series | np.ndarray, reason: str | pd.Series) -> None:
        """Give rows in ``mask`` that have no problem yet ``reason``."""
        mask = np.asarray(mask, dtype=bool)
        if not mask.any():  # the usual case: say so without building anything
            return
        mask = pd.Series(mask, index=self.index) & self.reasons.isna()
        if not mask.any():
            return
        self.reasons[mask] = reason if isinstance(reason, str) else reason.reindex(self.index)[mask]

    def reject_each(self, problems: pd.Series) -> None:
        """Rows whose ``problems`` entry is not None get it as their reason."""
        self.reject(problems.notna(), problems)

    # -- kinds of field --------------------------------------------------------------
    def text(self, col: pd.Series, column: str, *, numbers: bool = True) -> pd.Series:
        """Text, stripped, empty as missing. Numbers become text (ids may be numbers)
        when ``numbers``; lists, objects and booleans reject the row."""
        label = self.label(column)
        if pd.api.types.is_bool_dtype(col):
            self.reject(col.notna(), f"{label}: expected text, got a boolean")
            return _missing(self.index)
        if pd.api.types.is_numeric_dtype(col):
            if not numbers:
                self.reject(col.notna(), f"{label}: expected text, got a number")
                return _missing(self.index)
            return _number_texts(col)
        if not _all_text(col):
            col = self._scalars(col, label, numbers=numbers)
        values = col.astype("str").str.strip() if len(col) else col.astype(object)
        too_long = values.str.len() > TEXT_LIMIT
        self.reject(too_long.fillna(False), f"{label}: text longer than {TEXT_LIMIT:,} characters")
        values = values.where(~too_long.fillna(False) & values.notna() & (values != ""))
        return values.astype(object).where(values.notna(), None)

    def number(self, col: pd.Series, column: str, low: float, high: float,
               *, whole: bool = False, what: str = "") -> pd.Series:
        """A number within [low, high]; ``whole`` also requires an integer (figures)."""
        label = self.label(column)
        present, values, raw = self._numbers(col, label)
        number = values.to_numpy()
        finite = ~np.isnan(number)
        bad = present.to_numpy() & ~finite
        if bad.any():
            self.reject(bad, f"{label}: not a number " + texts(raw[bad], short))
        out_of_range = finite & ((number < low) | (number > high))
        if out_of_range.any():
            bound = what or f"between {low:,g} and {high:,g}"
            self.reject(out_of_range, f"{label}: " + texts(values[out_of_range], _fmt_number)
                        + f" is not {bound}")
        if whole:
            fraction = finite & ~out_of_range & (number != np.floor(number))
            if fraction.any():
                self.reject(fraction, f"{label}: " + texts(values[fraction], _fmt_number)
                            + " is not a whole number")
        return values.where(~bad & ~out_of_range)

    def figure(self, col: pd.Series, column: str) -> pd.Series:
        """A whole number from 0 to :data:`FIGURE_CEILING`, as nullable Int64."""
        values = self.number(col, column, 0, FIGURE_CEILING, whole=True,
                             what=f"a whole number from 0 to {FIGURE_CEILING:,}")
        return values.where(values == np.floor(values)).astype("Int64")

    def code(self, col: pd.Series, column: str, mapping: dict[int, str]) -> pd.Series:
        """A numeric code (ACLED/UCDP precision, violence type) → its name; a code
        outside ``mapping`` rejects the row."""
        values = self.number(col, column, -math.inf, math.inf)
        names = values.map(mapping)
        unknown = values.notna() & names.isna()
        codes = ", ".join(str(k) for k in mapping)
        self.reject(unknown, f"{self.label(column)}: " + texts(values[unknown], _fmt_number)
                    + f" is not one of {codes}")
        return names.astype(object).where(names.notna(), None)

    def text_list(self, col: pd.Series, column: str) -> pd.Series:
        """A list of texts (tags, flags) as JSON text: a JSON list, JSON text of a
        list, or one text as a one-item list."""
        return self._per_distinct(col, column, _text_list)

    def places(self, col: pd.Series, column: str) -> pd.Series:
        """Related places: a list of objects with ``role`` and ``name`` (JSON or JSON
        text), each coordinate in range, as JSON text."""
        return self._per_distinct(col, column, _places)

    # -- helpers ------------------------------------------------------------------------
    def _scalars(self, col: pd.Series, label: str, *, numbers: bool) -> pd.Series:
        """Mixed JSON values → text where allowed; the rest rejects its row."""
        def convert(value: object) -> tuple[object, str | None]:
            if is_missing(value):
                return None, None
            if isinstance(value, str):
                return value, None
            if isinstance(value, (int, float)) and not isinstance(value, bool) and numbers:
                return _number_text(value), None
            return None, f"{label}: expected text, got {type_name(value)}"

        pairs = [convert(v) for v in col.to_numpy(dtype=object)]
        problems = pd.Series([p for _, p in pairs], index=col.index, dtype=object)
        self.reject_each(problems)
        return pd.Series([v for v, _ in pairs], index=col.index, dtype=object)

    def _numbers(self, col: pd.Series, label: str) -> tuple[pd.Series, pd.Series, pd.Series]:
        """(value present, float value or NaN where unreadable, raw value) per row."""
        if pd.api.types.is_bool_dtype(col):
            self.reject(col.notna(), f"{label}: expected a number, got a boolean")
            empty = pd.Series(np.nan, index=col.index)
            return pd.Series(False, index=col.index), empty, col
        if pd.api.types.is_numeric_dtype(col):
            values = col.astype("float64")
            present = col.notna()
            bad = present & ~np.isfinite(values.fillna(0))
            return present, values.where(~bad), col
        if _all_text(col):
            texts = col.astype("str").str.strip()
            present = texts.notna() & (texts != "")
            if self.decimal_comma:
                comma = texts.str.match(_DECIMAL_COMMA.pattern).fillna(False)
                texts = texts.where(~comma, texts.str.replace(",", ".", regex=False))
            values = pd.to_numeric(texts.where(present), errors="coerce")
            values = values.where(np.isfinite(values.fillna(0)))
            return present, values.astype("float64"), col
        pairs = [_number(v) for v in col.to_numpy(dtype=object)]
        present = pd.Series([p for p, _, _ in pairs], index=col.index, dtype=bool)
        values = pd.Series([v for _, v, _ in pairs], index=col.index, dtype="float64")
        problems = pd.Series([f"{label}: {p}" if p else None for _, _, p in pairs],
                             index=col.index, dtype=object)
        self.reject_each(problems)
        return present & problems.isna(), values, col

    def _per_distinct(self, col: pd.Series, column: str,
                      convert: Callable[[object], tuple[str, str | None]]) -> pd.Series:
        """Apply ``convert`` (value → (JSON text, problem)) once per distinct value
        when the column is text, else per value (lists are not hashable)."""
        label = self.label(column)
        if _all_text(col) or pd.api.types.is_numeric_dtype(col):
            codes, uniques = pd.factorize(col)
            pairs = [convert(u) for u in uniques] + [("[]", None)]
            take = np.asarray(codes)
            texts = np.array([t for t, _ in pairs], dtype=object)[take]
            problems = np.array([p for _, p in pairs], dtype=object)[take]
        else:
            pairs = [convert(v) for v in col.to_numpy(dtype=object)]
            texts = np.array([t for t, _ in pairs], dtype=object)
            problems = np.array([p for _, p in pairs], dtype=object)
        self.reject_each(labelled(pd.Series(problems, index=col.index, dtype=object), label))
        return pd.Series(texts, index=col.index, dtype=object)


def labelled(problems: pd.Series, label: str) -> pd.Series:
    """Problems (None where fine) prefixed with the column's label."""
    out = problems.copy()
    bad = problems.notna()
    if bad.any():
        out[bad] = f"{label}: " + problems[bad].astype(str)
    return out


def texts(values: pd.Series, fmt: Callable[[object], str]) -> pd.Series:
    """Values formatted for a reason, as text (also when there are none)."""
    return pd.Series([fmt(v) for v in values], index=values.index, dtype=object)


def _missing(index: pd.Index) -> pd.Series:
    return pd.Series([None] * len(index), index=index, dtype=object)


def _all_text(col: pd.Series) -> bool:
    """Whether every present value is a string (the common case, checked fast)."""
    if pd.api.types.is_string_dtype(col) and col.dtype != object:
        return True
    return pd.api.types.infer_dtype(col, skipna=True) in ("string", "empty")


def _number_text(value: int | float) -> str:
    """A number as text: integral floats without ".0" (ids read back as floats)."""
    if isinstance(value, float) and value.is_integer() and abs(value) < 2**63:
        return str(int(value))
    return str(value)


def _number_texts(col: pd.Series) -> pd.Series:
    values = col.astype(object).map(lambda v: None if is_missing(v) else _number_text(v))
    return values.where(values.notna(), None)


def _fmt_number(value: float) -> str:
    return _number_text(float(value))


def _number(value: object) -> tuple[bool, float, str | None]:
    """One JSON value as a number: (present, value, problem)."""
    if is_missing(value):
        return False, math.nan, None
    if isinstance(value, bool) or not isinstance(value, (int, float, str)):
        return True, math.nan, f"expected a number, got {type_name(value)}"
    try:
        number = float(value.strip() if isinstance(value, str) else value)
    except (ValueError, OverflowError):
        return True, math.nan, f"not a number {short(value)}"
    if not math.isfinite(number) or (isinstance(value, str) and "_" in value):
        return True, math.nan, f"not a number {short(value)}"
    return True, number, None


def _json_value(value: object) -> tuple[object, str | None]:
    """A JSON list given as text is decoded; other values pass through; missing → None."""
    if is_missing(value):
        return None, None
    if isinstance(value, str) and value.strip().startswith("["):
        try:
            return json.loads(value), None
        except (ValueError, RecursionError):
            return None, f"not a valid JSON list {short(value)}"
    if isinstance(value, np.ndarray):
        return value.tolist(), None
    return value, None


def _text_list(value: object) -> tuple[str, str | None]:
    value, problem = _json_value(value)
    if problem or value is None:
        return "[]", problem
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, (list, tuple)):
        return "[]", f"expected a list of texts, got {type_name(value)}"
    items = []
    for item in value:
        if isinstance(item, str) and len(item) <= TEXT_LIMIT:
            if item.strip():
                items.append(item.strip())
        elif isinstance(item, (int, float)) and not isinstance(item, bool):
            items.append(_number_text(item))
        else:
            return "[]", f"expected a list of texts, found {type_name(item)} in it"
    return json.dumps(items, ensure_ascii=False), None


def _places(value: object) -> tuple[str, str | None]:
    value, problem = _json_value(value)
    if problem or value is None:
        return "[]", problem
    if not isinstance(value, (list, tuple)):
        return "[]", f"expected a list of places, got {type_name(value)}"
    places = []
    for number, item in enumerate(value, start=1):
        place, problem = _place(item)
        if problem:
            return "[]", f"place {number}: {problem}"
        places.append(place)
    return json.dumps(places, ensure_ascii=False), None


def _place(item: object) -> tuple[dict, str | None]:
    """One related place: role and name as text, optional codes, both or no coordinates."""
    if not isinstance(item, dict):
        return {}, f"expected an object with role and name, got {type_name(item)}"
    place: dict = {}
    for key in PLACE_TEXT_KEYS:
        value = item.get(key)
        if is_missing(value):
            continue
        if not isinstance(value, str) or len(value) > TEXT_LIMIT:
            return {}, f"{key}: expected text, got {type_name(value)}"
        place[key] = value.strip()
    for key in ("role", "name"):
        if key not in place:
            return {}, f"{key} is missing"
    for key, bound in (("lon", 180.0), ("lat", 90.0)):
        present, number, problem = _number(item.get(key))
        if problem:
            return {}, f"{key}: {problem}"
        if present and abs(number) > bound:
            return {}, f"{key}: {_fmt_number(number)} is not between {-bound:g} and {bound:g}"
        if present:
            place[key] = number
    if ("lon" in place) != ("lat" in place):
        return {}, "only one of lon/lat given"
    return place, None
