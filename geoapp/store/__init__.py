"""Persistent storage of events, batches, rejects and history."""

from geoapp.store.events import BatchSummary, EventStore, default_db_path

__all__ = ["BatchSummary", "EventStore", "default_db_path"]
