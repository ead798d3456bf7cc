"""The dashboard's "Animation" buttons: the current view rendered on the server, with progress.

A request starts a job (one thread) that renders the view's filter over its
window with the play step and the visible layers, exactly as ``geoapp animate``
would; the page polls the job's progress and then downloads the file. Jobs and
their files are kept for a while, then removed; one job renders at a time per
server, so a second request waits its turn.
"""

from __future__ import annotations

import logging
import shutil
import tempfile
import threading
import time
import uuid
import weakref
from dataclasses import dataclass, field
from pathlib import Path

from geoapp.dashboard.data import LiveData
from geoapp.dashboard.urlstate import ViewState
from geoapp.errors import GeoappError

logger = logging.getLogger(__name__)

FORMATS = ("gif", "mp4")
SIZE = (1280, 720)
#: Finished jobs (and their files) are kept this long for the page to fetch them.
KEEP_SECONDS = 15 * 60


@dataclass
class Job:
    id: str
    format: str
    path: Path
    state: str = "waiting"  # waiting, rendering, done, failed
    done: int = 0
    total: int = 0
    frames: int = 0
    error: str | None = None
    finished: float | None = field(default=None, repr=False)

    def status(self) -> dict:
        return {"state": self.state, "done": self.done, "total": self.total,
                "frames": self.frames, "error": self.error}


class AnimationJobs:
    """Animation jobs of one dashboard: start, follow, fetch."""

    def __init__(self, live: LiveData, layers_dir: Path | None = None) -> None:
        self._live = live
        self._layers_dir = layers_dir
        self._folder = Path(tempfile.mkdtemp(prefix="geoapp-animations-"))
        weakref.finalize(self, shutil.rmtree, self._folder, True)  # also when the server exits
        self._jobs: dict[str, Job] = {}
        self._lock = threading.Lock()
        self._render = threading.Lock()  # one render at a time: they are CPU-bound

    def start(self, query: str, fmt: str) -> Job:
        """A new job rendering the view in ``query`` (the page's address bar query) as ``fmt``."""
        if fmt not in FORMATS:
            raise GeoappError(f"unknown animation format {fmt!r}; use one of {list(FORMATS)}")
        self._forget_old()
        job = Job(uuid.uuid4().hex, fmt, self._folder / f"{uuid.uuid4().hex}.{fmt}")
        with self._lock:
            self._jobs[job.id] = job
        threading.Thread(target=self._run, args=(job, query), daemon=True,
                         name=f"geoapp-animation-{job.id[:8]}").start()
        return job

    def get(self, job_id: str) -> Job | None:
        with self._lock:
            return self._jobs.get(job_id)

    def _run(self, job: Job, query: str) -> None:
        from geoapp.animate import DEFAULT_LAYERS, animate  # the renderer: not at every start

        data = self._live.current()
        state = ViewState.from_query(query, layers=[layer.name for layer in data.layers])
        shown = state.layers if state.layers is not None else DEFAULT_LAYERS

        def progress(done: int, total: int) -> None:
            job.state, job.done, job.total = "rendering", done, total

        with self._render:
            try:
                result = animate(data.view, state.filter, job.path, step=state.step,
                                 cumulative=state.cumulative, layers=shown, size=SIZE,
                                 fmt=job.format, layers_dir=self._layers_dir, progress=progress)
                job.frames, job.state = result.frames, "done"
            except GeoappError as exc:
                job.state, job.error = "failed", str(exc)
            except Exception:  # a bug must not kill the server: the page says it failed
                logger.exception("animation %s failed", job.id)
                job.state, job.error = "failed", "the animation could not be made"
            finally:
                job.finished = time.monotonic()

    def _forget_old(self) -> None:
        now = time.monotonic()
        with self._lock:
            old = [j for j in self._jobs.values()
                   if j.finished is not None and now - j.finished > KEEP_SECONDS]
            for job in old:
                del self._jobs[job.id]
                job.path.unlink(missing_ok=True)
