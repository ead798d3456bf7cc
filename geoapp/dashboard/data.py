"""The data one dashboard serves: the event view plus what the map layers derive from it once.

:class:`DashboardData` is immutable and shared by every user; :class:`LiveData`
swaps in a new one when the store's ``data_version`` changes (checked at most
every few seconds), so an ingest shows up without restarting the server.
"""

from __future__ import annotations

import logging
import threading
import time
from collections import OrderedDict
from collections.abc import Callable, Hashable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import cached_property
from typing import TypeVar

import numpy as np
import pandas as pd

from geoapp.frames import frame_to_records
from geoapp.query import EventFilter, EventView, load_view, viewcache
from geoapp.store import Store, StoreError
from geoapp.styles import LayerQuery, LayerSet, LayerSpec, MapContext
from geoapp.styles.events import MarkerStyles
from geoapp.styles.outlines import Names

logger = logging.getLogger(__name__)

REFRESH_SECONDS = 5.0
#: Seconds the request that notices a change waits for its reload (:class:`LiveData`).
RELOAD_WAIT = 2.0
#: Seconds without a request under way after which a large view's patch begins
#: (:class:`LiveData`).
QUIET = 1.0
#: Seconds a large view's patch waits at most for requests to pause.
YIELD_AT_MOST = 10.0
#: Answers kept per data version (:meth:`DashboardData.memo`): a few hundred filters' worth.
MEMO_SIZE = 256
T = TypeVar("T")


@dataclass(frozen=True, eq=False)
class DashboardData:
    """A view and its map layers; every callback reads one of these and nothing else."""

    view: EventView
    layers: LayerSet
    names: Names
    _memo: OrderedDict = field(default_factory=OrderedDict, init=False, repr=False)
    _memo_lock: threading.Lock = field(default_factory=threading.Lock, init=False, repr=False)

    def memo(self, key: Hashable, build: Callable[[], T]) -> T:
        """``build()``, kept for the next request with the same ``key`` (the same controls).

        Users of one server often ask for the same filter (the page's defaults, a
        shared link, the same windows of the slider): one computes it, the others get
        it for a lookup. Bounded to :data:`MEMO_SIZE` answers, least recently used
        first out; a new data version starts empty, so nothing stale is served.
        """
        with self._memo_lock:
            if key in self._memo:
                self._memo.move_to_end(key)
                return self._memo[key]
        value = build()
        with self._memo_lock:
            self._memo[key] = value
            while len(self._memo) > MEMO_SIZE:
                self._memo.popitem(last=False)
        return value

    @classmethod
    def build(cls, view: EventView, specs: dict[str, LayerSpec], names: Names,
              tiles: str = "none") -> DashboardData:
        """Everything per event the map needs, computed once per data version."""
        return cls(view, LayerSet(view, MapContext(specs, names, tiles)), names)

    @property
    def version(self) -> str:
        return self.view.version

    @property
    def specs(self) -> dict[str, LayerSpec]:
        return self.layers.context.specs

    @property
    def styles(self) -> MarkerStyles:
        """How each event type is drawn (the events layer's styles)."""
        return self.layers.state("events").styles

    @cached_property
    def span(self) -> tuple[int, int]:
        """First and last day (days since 1970) covered by any event or area change; today
        when there is neither."""
        spans = [s for s in (self.view.areas.span(),
                             (int(self.view.start.min()), int(self.view.end.max()))
                             if len(self.view) else None) if s is not None]
        if not spans:
            today = int(time.time() // 86400)
            return today, today
        return min(s[0] for s in spans), max(s[1] for s in spans)

    @cached_property
    def everything(self) -> LayerQuery:
        """Every event in the store, whatever its status: what the page's outlines cover."""
        return LayerQuery(self.view, np.arange(len(self.view)), EventFilter())

    @cached_property
    def outline_countries(self) -> frozenset[str]:
        """Countries whose regions the map outlines: where events are and where they point to."""
        return self.layers.countries(self.everything)

    @cached_property
    def _ids(self) -> pd.Index:
        return pd.Index(self.view.frame["event_id"].to_numpy())

    def position(self, event_id: str) -> int | None:
        """The view position of an event id (None if it is not in this view)."""
        try:
            loc = self._ids.get_loc(event_id)
        except KeyError:
            return None
        return int(loc) if isinstance(loc, (int, np.integer)) else None

    def record(self, position: int) -> dict:
        """One event as a JSON-friendly model dict (ISO dates, lists decoded)."""
        return frame_to_records(self.view.rows(np.array([position])))[0]

    def colocated(self, position: int, positions: np.ndarray) -> np.ndarray:
        """Other selected events drawn at the same point as ``position``."""
        lon = self.view.frame["lon"].to_numpy()
        lat = self.view.frame["lat"].to_numpy()
        same = (lon[positions] == lon[position]) & (lat[positions] == lat[position])
        return positions[same & (positions != position)]


class LiveData:
    """The current :class:`DashboardData`, rebuilt after the store changes.

    Rebuilding happens on a thread of its own, and requests answer from the data they
    have meanwhile: at ten million events a patch and its linking take half a minute,
    which no page should wait for. Below :data:`~geoapp.query.viewcache.BEHIND_AT_LEAST`
    events the request that notices a change waits up to ``wait`` seconds for it (a
    small store's reload is done by then, so that request already shows the change).
    From there on no request waits, and the patch begins once no request was under way
    for :data:`QUIET` seconds (at most :data:`YIELD_AT_MOST` seconds after it was noticed):
    it would slow the page's first answers, which share its two cores and interpreter.
    Such a server also starts from the view cache as it is (``load_view(behind=True)``)
    and patches it the same way.
    """

    def __init__(self, store: Store, build: Callable[[EventView], DashboardData],
                 every: float | None = None, wait: float = RELOAD_WAIT,
                 watching: bool = True) -> None:
        self._store = store
        self._build = build
        self._every = REFRESH_SECONDS if every is None else every
        self._wait = wait
        self._data = build(load_view(store, background=True, behind=True))
        self._checked = float("-inf")  # the first request looks: the cache may be behind
        self._asked = time.monotonic()   # when a request last began or ended
        self._in_flight = 0
        self._flight_lock = threading.Lock()
        self._lock = threading.Lock()
        self._reloading = False  # not the lock: it is also held while looking for a change
        self._after_reload: Callable[[], None] | None = None
        self._watching = watching

    @property
    def store(self) -> Store:
        return self._store

    @property
    def reloading(self) -> bool:
        """Whether newer data is being built (requests answer from the data before it)."""
        return self._reloading

    def after_reload(self, hook: Callable[[], None]) -> None:
        """Run ``hook`` after each reload, on the thread that reloaded, once the new data
        is served (what a start prepares ahead of the first request, for the new data)."""
        self._after_reload = hook

    def watch(self) -> None:
        """Begin looking for changes (``watching=False`` until now): a server that forks its
        workers calls it in each worker, since a reload's thread would not survive the
        fork, and the lock it holds would stay held in the worker."""
        self._watching = True

    @contextmanager
    def serving(self) -> Iterator[None]:
        """Count a request in while it is answered (a server wraps each request in it): a
        large view's patch waits for none to be under way."""
        with self._flight_lock:
            self._in_flight += 1
            self._asked = time.monotonic()
        try:
            yield
        finally:
            with self._flight_lock:
                self._in_flight -= 1
                self._asked = time.monotonic()

    def refresh(self) -> None:
        """Look for changes in the store on the next :meth:`current` (after a review action)."""
        self._checked = float("-inf")

    def current(self) -> DashboardData:
        """The data to answer a request with; looks for a change at most every ``every``
        seconds, and reloads in the background when there is one.

        A database server that can't be reached leaves the data as it was (with a
        warning) until it can.
        """
        self._asked = time.monotonic()
        if (self._watching and self._asked - self._checked >= self._every
                and self._lock.acquire(blocking=False)):
            if not self._changed():
                self._lock.release()
                return self._data
            large = len(self._data.view) >= viewcache.BEHIND_AT_LEAST
            self._reloading = True
            reload = threading.Thread(target=self._reload_then_release, args=(large,),
                                      name="geoapp-reload")
            reload.start()
            if not large:
                reload.join(self._wait)
        return self._data

    def fresh(self) -> DashboardData:
        """The data as the store has it now, for the requests a review action fires (made
        here or in another worker): they wait for a reload under way rather than answer
        from the data before it, which nothing would correct later."""
        with self._lock:
            reloaded = self._changed() and self._reload()
        if reloaded:
            self._prepare()
        return self._data

    def _changed(self) -> bool:
        """Whether the store's events or areas changed since the data was built (the caller
        holds the lock)."""
        self._checked = time.monotonic()
        try:
            return (self._store.data_version() != self._data.version
                    or self._store.areas_version() != self._data.view.areas.version)
        except StoreError as exc:
            logger.warning("serving the data of version %s: %s", self._data.version, exc)
            return False

    def _reload(self) -> bool:
        """Build the data anew (the caller holds the lock); False if the store failed."""
        try:
            self._data = self._build(load_view(self._store, background=True,
                                               since=self._data.view))
        except StoreError as exc:
            logger.warning("serving the data of version %s: %s", self._data.version, exc)
            return False
        logger.info("dashboard data reloaded: %d events", len(self._data.view))
        return True

    def _reload_then_release(self, after_requests: bool) -> None:
        try:
            if after_requests:
                self._until_requests_pause()
            reloaded = self._reload()
        finally:
            self._reloading = False
            self._lock.release()
        if reloaded:
            self._prepare()

    def _until_requests_pause(self) -> None:
        """Sleep until no request was under way for :data:`QUIET` seconds, or
        :data:`YIELD_AT_MOST`."""
        deadline = time.monotonic() + YIELD_AT_MOST
        while (now := time.monotonic()) < deadline and (
                self._in_flight or now - self._asked < QUIET):
            time.sleep(min(QUIET / 10, deadline - now))

    def _prepare(self) -> None:
        """The :meth:`after_reload` hook, once the new data is served."""
        if self._after_reload is not None:
            self._after_reload()
