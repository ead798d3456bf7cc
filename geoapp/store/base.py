"""What every store backend offers, and the batches ingest hands to it.

Ingest never imports a backend: it produces :class:`Batch` objects (events and
rejects, possibly streamed in chunks) and the caller gives them to whichever
:class:`Store` the user opened. Each backend writes one batch in one
transaction, so a file lands whole or not at all.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Protocol, runtime_checkable

import pandas as pd
import pyarrow as pa

from geoapp.errors import GeoappError
from geoapp.frames import DATE_FIELDS, FIGURE_FIELDS, FLOAT_FIELDS, TIMESTAMP_FIELDS, empty_rejects
from geoapp.geocode.placelist import PlaceList
from geoapp.model import FIELD_NAMES
from geoapp.store.users import User, local_user

if TYPE_CHECKING:
    from geoapp.store.areas import AreaBatch, AreaSummary


class StoreError(GeoappError):
    """A store that cannot be opened or written (no such store, unsupported URL, busy)."""


@dataclass
class Chunk:
    """Part of a batch: valid events in model columns, the rows set aside, rows read."""

    events: pd.DataFrame
    rejects: pd.DataFrame = field(default_factory=empty_rejects)
    read: int | None = None

    @property
    def rows_read(self) -> int:
        return self.read if self.read is not None else len(self.events) + len(self.rejects)


@dataclass
class Batch:
    """One file (or one set of extracted events) to be written atomically.

    ``chunks`` may be a generator: a store consumes it inside its transaction,
    so a large file streams through without being held in memory whole.
    """

    source: str
    format: str
    chunks: Iterable[Chunk]
    sha256: str | None = None
    #: Who is adding it, recorded with the batch and its data version: the signed-in
    #: account in server mode, else the operating-system user.
    user: str = field(default_factory=local_user)

    @classmethod
    def from_frame(cls, events: pd.DataFrame, *, source: str, format: str,
                   rejects: pd.DataFrame | None = None, read: int | None = None,
                   sha256: str | None = None) -> Batch:
        """A batch of one chunk (extraction results, tests, small files)."""
        chunk = Chunk(events, rejects if rejects is not None else empty_rejects(), read)
        return cls(source, format, [chunk], sha256)


@dataclass
class BatchSummary:
    """What one ingest did; printed by the CLI, returned by the Python API."""

    batch_id: str
    source: str
    format: str
    read: int = 0
    added: int = 0
    updated: int = 0
    duplicates: int = 0
    rejected: int = 0

    def to_dict(self) -> dict:
        return asdict(self)


@dataclass(frozen=True)
class PlaceListInfo:
    """Where a place list came from: its file, that file's SHA-256 (re-importing the same
    file changes nothing), format and the country it was imported for."""

    file: str
    sha256: str
    format: str
    country: str | None = None


@dataclass
class Changes:
    """Events written since a data version (whole rows) and the ids deleted since then."""

    since: int
    version: int
    events: pa.Table
    deleted: list[str]


@dataclass
class ReviewWrite:
    """One review action: new versions of events (model columns; they replace the stored
    rows of the same ids), ids removed, and the analyst's links to set (``None``: take
    back), all written as one data version by ``reviewer``."""

    kind: str
    reviewer: str
    event_ids: list[str]
    events: pd.DataFrame
    removed: list[str] = field(default_factory=list)
    links: list[tuple[str, str, bool | None]] = field(default_factory=list)
    reason: str | None = None


#: Ids per ``IN (…)`` list when rows are read, archived or deleted by id.
IDS_PER_STATEMENT = 500


def id_chunks(ids: list[str]) -> Iterator[list[str]]:
    for start in range(0, len(ids), IDS_PER_STATEMENT):
        yield ids[start:start + IDS_PER_STATEMENT]


#: Called once when a write has to wait for another writer, with a message for the user.
WaitNotice = Callable[[str], None]


@runtime_checkable
class Store(Protocol):
    """Persistent events, their batches, rejects and history, behind one backend."""

    #: Stable name of the store for caches and logs (never holds a password).
    identity: str
    #: Where caches derived from this store (the query view) may be written.
    cache_prefix: Path
    #: The schema version the store had when opened (0: new); opening migrates it.
    opened_version: int
    #: The migrations opening the store applied (a late one can be below opened_version).
    applied_migrations: tuple[int, ...]

    def describe(self) -> str:
        """The store for people: a path, or a URL with its password hidden."""

    def close(self) -> None: ...

    def schema_version(self) -> int: ...

    # -- reading
    def count(self) -> int: ...

    def data_version(self) -> int:
        """Grows by one with every write that changes events."""

    def version_token(self, version: int) -> str | None:
        """A random token recorded with ``version``: tells two stores' version N apart."""

    def read_arrow(self, *, ordered: bool = True) -> pa.Table:
        """Every stored event as an Arrow table in :data:`ARROW_SCHEMA`, in event_id order
        (not ``ordered``: any order, for a caller that sorts them itself)."""

    def read_frame(self) -> pd.DataFrame: ...

    def changes_since(self, version: int) -> Changes | None:
        """What changed after ``version``; None when only a full read can tell."""

    def history(self, event_id: str) -> pd.DataFrame: ...

    def batches(self) -> pd.DataFrame: ...

    def rejects(self, batch_id: str | None = None) -> pd.DataFrame: ...

    def has_file(self, sha256: str) -> bool: ...

    # -- writing
    def write_batch(self, batch: Batch, *, on_wait: WaitNotice | None = None) -> BatchSummary:
        """Store a batch's events and rejects in one transaction, with ``batch.user``."""

    # -- accounts for server mode (the functions of geoapp.store.users on this backend)
    def users(self) -> list[User]: ...

    def user(self, name: str) -> User | None: ...

    def add_user(self, name: str, role: str, password_hash: str) -> User: ...

    def set_password(self, name: str, password_hash: str) -> None: ...

    def set_role(self, name: str, role: str) -> None: ...

    def remove_user(self, name: str) -> None: ...

    # -- place lists (the analyst's own gazetteer extensions)
    def place_lists(self) -> pd.DataFrame:
        """One row per list: source, file, sha256, format, country, imported_at, places,
        districts, rejected."""

    def place_list_heads(self) -> list[list[str]]:
        """What keys the place lists' geocoder cache: per list, as text, the columns of
        :data:`geoapp.location.PLACE_LIST_HEADS_SQL` (empty: no list)."""

    def read_place_lists(self) -> list[PlaceList]: ...

    def write_place_list(self, place_list: PlaceList, info: PlaceListInfo,
                         rejects: pd.DataFrame) -> None:
        """Store (or replace) one list, its rows and its rejects in one transaction."""

    def remove_place_list(self, source: str) -> bool:
        """Delete one list; False when there was none of that name."""

    def place_list_rejects(self, source: str) -> pd.DataFrame: ...

    # -- review (plain SQLAlchemy Core in geoapp.store.review, for every backend)
    def read_events(self, ids: list[str] | None = None, *,
                    status: str | None = None) -> pd.DataFrame:
        """Stored events by id and/or status, as a conformed frame."""

    def reviewed_ids(self, ids: list[str]) -> set[str]:
        """Those of ``ids`` that review actions have changed or removed."""

    def write_review(self, change: ReviewWrite) -> str:
        """Apply one review action as a new data version; return the action's id."""

    def undo_review(self, reviewer: str) -> dict | None:
        """Undo the reviewer's latest action: its action_id, kind and event_ids (None: none)."""

    def review_actions(self, reviewer: str | None = None) -> pd.DataFrame: ...

    def incident_links(self) -> pd.DataFrame:
        """The analyst's links: event_a, event_b, confirmed."""

    def save_report(self, report: dict, *, user: str | None = None) -> None: ...

    def report(self, origin: str) -> dict | None: ...

    # -- areas over time (plain SQLAlchemy Core in geoapp.store.areas, for every backend)
    def write_areas(self, batch: AreaBatch, *, on_wait: WaitNotice | None = None) -> AreaSummary:
        """Store one area layer's batch in one transaction: merged intervals, history."""

    def read_areas(self, layer: str | None = None) -> pd.DataFrame:
        """The stored area intervals (geometry as WKB)."""

    def area_history(self, layer: str, area_key: str | None = None) -> pd.DataFrame: ...

    def area_layers(self) -> pd.DataFrame: ...

    def areas_version(self) -> int:
        """Grows by one with every write that changes areas."""


def _arrow_type(name: str) -> pa.DataType:
    if name in DATE_FIELDS:
        return pa.timestamp("s")
    if name in TIMESTAMP_FIELDS:
        return pa.timestamp("us", tz="UTC")
    if name in FIGURE_FIELDS:
        return pa.int64()
    if name in FLOAT_FIELDS:
        return pa.float64()
    return pa.string()


#: The Arrow form of a frame: dates as timestamp[s], figures int64, text as strings.
ARROW_SCHEMA = pa.schema([(name, _arrow_type(name)) for name in FIELD_NAMES])
