"""The time window played as a shareable animation: a GIF, an MP4 or a folder of PNG frames.

:func:`animate` renders one frame per step (:mod:`.plan`) with :class:`.frame.FrameRenderer`
and writes them as they come, so memory stays flat however long the animation.
MP4 is encoded by the ffmpeg that the ``imageio-ffmpeg`` package ships; GIF and
PNG by Pillow. Every output is written to a temporary name and moved into place
when complete.
"""

from __future__ import annotations

import datetime as dt
import shutil
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from PIL import Image

from geoapp.animate.frame import Frame, FrameRenderer, parse_size
from geoapp.animate.plan import STEPS, AnimationError, FrameWindow, plan_frames
from geoapp.export.output import atomic_output
from geoapp.query import EventFilter, EventView
from geoapp.query.areas import window
from geoapp.query.view import from_days
from geoapp.styles import LayerSet, MapContext, load_layers
from geoapp.styles.outlines import outlines

FORMATS = ("gif", "mp4", "frames")
#: The layers drawn unless told otherwise (the outlines are always drawn).
DEFAULT_LAYERS = ("regions", "areas", "links", "events")
DEFAULT_SIZE = (1280, 720)
DEFAULT_FPS = 2.0

#: Called after each frame with (frames done, frames in all).
Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class AnimationResult:
    path: Path
    format: str
    frames: int
    skipped: int
    windows: list[FrameWindow]


def format_for_path(path: Path) -> str:
    """gif or mp4 by the suffix; a path without a suffix (or ending in /) is a folder of frames."""
    suffix = path.suffix.lower()
    if suffix in (".gif", ".mp4"):
        return suffix[1:]
    if suffix == "" or str(path).endswith(("/", "\\")):
        return "frames"
    raise AnimationError(f"cannot tell the format from {path.name!r}: end it in .gif or .mp4, "
                         "or give a folder for PNG frames")


def renderer_for(view: EventView, flt: EventFilter, *, first: dt.date | None = None,
                 last: dt.date | None = None, step: str = "week", window_steps: int = 1,
                 cumulative: bool = False, layers: Sequence[str] = DEFAULT_LAYERS,
                 size: tuple[int, int] = DEFAULT_SIZE, layers_dir: Path | None = None
                 ) -> tuple[FrameRenderer, list[FrameWindow]]:
    """The frames to render and their renderer. ``first``/``last`` default to the filter's
    dates, else the span of the events and areas."""
    span = window(view, flt)
    if span is None and (first is None or last is None):
        raise AnimationError("nothing to animate: the store holds no events or areas; "
                             "give --from and --to")
    first = first or flt.date_from or from_days(span[0]).item()
    last = last or flt.date_to or from_days(span[1]).item()
    frames = plan_frames(first, last, step, window_steps, cumulative)
    context = MapContext(load_layers(layers_dir), outlines().names())
    return FrameRenderer(LayerSet(view, context), flt, frames, size, layers), frames


def animate(view: EventView, flt: EventFilter, output: str | Path, *,
            first: dt.date | None = None, last: dt.date | None = None, step: str = "week",
            window_steps: int = 1, cumulative: bool = False,
            layers: Sequence[str] = DEFAULT_LAYERS, size: tuple[int, int] = DEFAULT_SIZE,
            fps: float = DEFAULT_FPS, skip_empty: bool = False, fmt: str | None = None,
            layers_dir: Path | None = None, progress: Progress | None = None
            ) -> AnimationResult:
    """Render the animation of ``flt`` over ``view`` to ``output`` (GIF, MP4 or a folder).

    Example
    -------
    >>> animate(view, EventFilter(), "year.gif", first=dt.date(2023, 1, 1),
    ...         last=dt.date(2023, 12, 31), step="week")  # doctest: +SKIP
    """
    output = Path(output)
    fmt = fmt or format_for_path(output)
    if fmt not in FORMATS:
        raise AnimationError(f"unknown format {fmt!r}; use one of {list(FORMATS)}")
    if fps <= 0 or fps > 60:
        raise AnimationError(f"--fps {fps}: between 0 and 60 frames a second")
    if fmt == "mp4" and (size[0] % 2 or size[1] % 2):
        raise AnimationError(f"--size {size[0]}x{size[1]}: MP4 needs an even width and height")
    renderer, windows = renderer_for(view, flt, first=first, last=last, step=step,
                                     window_steps=window_steps, cumulative=cumulative,
                                     layers=layers, size=size, layers_dir=layers_dir)
    rendered = _rendered(renderer, windows, skip_empty, progress)
    written = WRITERS[fmt](rendered, output, fps, size)
    if not written:
        raise AnimationError("every frame was empty (--skip-empty): nothing written")
    return AnimationResult(output, fmt, len(written), len(windows) - len(written), written)


def _rendered(renderer: FrameRenderer, windows: list[FrameWindow], skip_empty: bool,
              progress: Progress | None) -> Iterator[Frame]:
    for i, window_ in enumerate(windows):
        frame = renderer.render(window_)
        if progress is not None:
            progress(i + 1, len(windows))
        if skip_empty and frame.events == 0:
            continue
        yield frame


def _write_gif(frames: Iterator[Frame], path: Path, fps: float,
               size: tuple[int, int]) -> list[FrameWindow]:
    """An endlessly looping GIF; one palette (from the first frame) for every frame, so the
    colours hold still and each frame is quantised fast."""
    first = next(frames, None)
    if first is None:
        return []
    palette = first.image.quantize(colors=255, method=Image.Quantize.FASTOCTREE)
    windows = [first.window]

    def rest() -> Iterator[Image.Image]:
        for frame in frames:
            windows.append(frame.window)
            yield frame.image.quantize(palette=palette, dither=Image.Dither.NONE)

    with atomic_output(path) as tmp:
        first.image.quantize(palette=palette, dither=Image.Dither.NONE).save(
            tmp, format="GIF", save_all=True, append_images=rest(), loop=0,
            duration=int(round(1000 / fps)), optimize=False, disposal=1)
    return windows


def _write_mp4(frames: Iterator[Frame], path: Path, fps: float,
               size: tuple[int, int]) -> list[FrameWindow]:
    """H.264 in an MP4 (yuv420p, plays in browsers and slides), by the packaged ffmpeg."""
    import imageio_ffmpeg

    windows: list[FrameWindow] = []
    with atomic_output(path) as tmp:
        writer = imageio_ffmpeg.write_frames(
            str(tmp), size, fps=fps, codec="libx264", pix_fmt_in="rgb24", pix_fmt_out="yuv420p",
            quality=7, macro_block_size=2, output_params=["-movflags", "+faststart", "-f", "mp4"],
            ffmpeg_log_level="error")
        writer.send(None)
        try:
            for frame in frames:
                writer.send(np.asarray(frame.image, dtype=np.uint8).tobytes())
                windows.append(frame.window)
        finally:
            writer.close()
        if not windows:
            return []
    return windows


def _write_frames(frames: Iterator[Frame], path: Path, fps: float,
                  size: tuple[int, int]) -> list[FrameWindow]:
    """PNG files named by number and date, in a new folder (replaced as a whole)."""
    if path.exists() and not path.is_dir():
        raise AnimationError(f"{path} is a file, not a folder for frames")
    tmp = path.with_name(path.name + ".partial")
    shutil.rmtree(tmp, ignore_errors=True)
    tmp.mkdir(parents=True)
    windows = []
    try:
        for n, frame in enumerate(frames, start=1):
            frame.image.save(tmp / f"frame-{n:04d}-{frame.window.first}.png",
                             pnginfo=_png_text(frame.window))
            windows.append(frame.window)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    if path.exists():
        shutil.rmtree(path)
    tmp.rename(path)
    return windows


def _png_text(window_: FrameWindow):
    from PIL.PngImagePlugin import PngInfo

    info = PngInfo()
    info.add_text("geoapp:window", window_.label())
    return info


WRITERS: dict[str, Callable[[Iterator[Frame], Path, float, tuple[int, int]], list[FrameWindow]]] = {
    "gif": _write_gif, "mp4": _write_mp4, "frames": _write_frames,
}

__all__ = ["DEFAULT_LAYERS", "FORMATS", "STEPS", "AnimationError", "AnimationResult",
           "FrameRenderer", "animate", "format_for_path", "parse_size", "plan_frames",
           "renderer_for"]
