"""Persistent storage of events, batches, rejects and history, behind one protocol.

:func:`open_store` picks the backend from ``--db`` (a path or ``sqlite:///`` URL: SQLite;
``postgresql://``: PostgreSQL with PostGIS); ingest produces :class:`Batch` objects and the
caller hands them to the store.
"""

from geoapp.store.areas import AreaBatch, AreaSummary
from geoapp.store.base import (
    Batch,
    BatchSummary,
    Changes,
    Chunk,
    PlaceListInfo,
    Store,
    StoreError,
)
from geoapp.store.targets import default_db_target, open_store, redact

__all__ = ["AreaBatch", "AreaSummary", "Batch", "BatchSummary", "Changes", "Chunk",
           "PlaceListInfo", "Store", "StoreError", "default_db_target", "open_store", "redact"]
