"""The animation: a year of the demo data in weekly frames as GIF, MP4 and PNG frames,
each frame dated and drawn from the same layers as the dashboard."""

from __future__ import annotations

import datetime as dt

import aggdraw
import imageio_ffmpeg
import numpy as np
import pytest
from click.testing import CliRunner
from helpers import areas_data
from PIL import Image, ImageSequence

from geoapp.animate import AnimationError, animate, format_for_path, parse_size, renderer_for
from geoapp.animate.plan import plan_frames
from geoapp.animate.raster import Projection, RasterPainter, dashed, draw_marker
from geoapp.cli import cli
from geoapp.ingest.areas import read_areas
from geoapp.query import EventFilter, load_view
from geoapp.store import open_store
from geoapp.styles import load_layers

YEAR = ("2023-01-01", "2023-12-31")
SIZE = "640x360"  # the frames' content at a size that keeps the test quick
STAMP = (12, 9, 240, 36)  # the date line of the stamp at 640x360 (scaled down from 1280x720)


def run(*args):
    return CliRunner().invoke(cli, [str(a) for a in args])


@pytest.fixture(scope="module")
def year_frames(demo_db, tmp_path_factory):
    """The demo year as PNG frames, GIF and MP4, each made by `geoapp animate`."""
    folder = tmp_path_factory.mktemp("animation")
    outputs = {}
    for name in ("frames", "year.gif", "year.mp4"):
        path = folder / name
        result = run("animate", "--db", demo_db, "--from", YEAR[0], "--to", YEAR[1],
                     "--step", "week", "--size", SIZE, "-o", path)
        assert result.exit_code == 0, result.output
        assert result.output.endswith(f"wrote 53 frames to {path}\n")
        outputs[name] = path
    return outputs


def stamps(images: list[np.ndarray]) -> list[np.ndarray]:
    x0, y0, x1, y1 = STAMP
    return [image[y0:y1, x0:x1].astype("int16") for image in images]


def test_a_year_in_weeks_is_53_dated_png_frames(year_frames):
    files = sorted(year_frames["frames"].iterdir())
    assert len(files) == 53
    windows = [f for f in plan_frames(dt.date(2023, 1, 1), dt.date(2023, 12, 31), "week")]
    for path, window in zip(files, windows, strict=True):
        assert path.name.endswith(f"-{window.first}.png")
        with Image.open(path) as image:
            assert image.size == (640, 360)
            assert image.text["geoapp:window"] == window.label()
    assert windows[0].label() == "2023-01-01 – 2023-01-07" and windows[-1].label() == "2023-12-31"


def png_frames(year_frames) -> list[np.ndarray]:
    return [np.asarray(Image.open(p).convert("RGB")) for p in sorted(year_frames["frames"].iterdir())]


def test_the_gif_has_53_frames_each_with_its_date(year_frames):
    with Image.open(year_frames["year.gif"]) as gif:
        frames = [np.asarray(f.convert("RGB")) for f in ImageSequence.Iterator(gif)]
        assert gif.info["loop"] == 0 and gif.info["duration"] == 500
    assert len(frames) == 53
    expected = stamps(png_frames(year_frames))
    for i, ours in enumerate(stamps(frames)):
        distances = [np.abs(ours - e).mean() for e in expected]
        assert int(np.argmin(distances)) == i, i  # each frame's stamp reads its own week
        assert distances[i] < 3  # the PNG frame's stamp, up to the palette


def test_the_mp4_has_53_frames_each_with_its_date(year_frames):
    reader = imageio_ffmpeg.read_frames(str(year_frames["year.mp4"]))
    meta = reader.__next__()
    assert meta["size"] == (640, 360) and meta["fps"] == 2.0
    frames = [np.frombuffer(raw, dtype=np.uint8).reshape(360, 640, 3) for raw in reader]
    assert len(frames) == 53
    expected = stamps(png_frames(year_frames))
    for i, ours in enumerate(stamps(frames)):
        distances = [np.abs(ours - e).mean() for e in expected]
        assert int(np.argmin(distances)) == i, i  # each frame's stamp reads its own week


def test_frames_show_what_the_dashboard_shows(demo_view):
    """A busy week: the events are drawn where they are, the empty week has no markers."""
    flt = EventFilter()
    renderer, windows = renderer_for(demo_view, flt, first=dt.date(2023, 1, 1),
                                     last=dt.date(2023, 12, 31), step="week", size=(640, 360))
    counts = [len(demo_view.select(flt.replace(date_from=w.first, date_to=w.last)))
              for w in windows]
    busy, empty = int(np.argmax(counts)), counts.index(0)
    frame = renderer.render(windows[busy])
    assert frame.events == counts[busy] > 0
    quiet = renderer.render(windows[empty])
    assert quiet.events == 0
    attack = next(t.color for t in load_layers()["events"].styles if t.value == "attack")
    red = np.array([int(attack[i:i + 2], 16) for i in (1, 3, 5)])  # as layers/events.toml says
    pixels = np.asarray(frame.image).reshape(-1, 3).astype(int)
    quiet_pixels = np.asarray(quiet.image).reshape(-1, 3).astype(int)
    assert (np.abs(pixels - red).sum(axis=1) < 60).sum() > 20
    assert (np.abs(quiet_pixels - red).sum(axis=1) < 60).sum() == 0


def test_areas_are_painted_with_their_gains(demo_db, tmp_path):
    db = tmp_path / "areas.db"
    db.write_bytes(demo_db.read_bytes())
    store = open_store(db)
    store.write_areas(read_areas([areas_data.write_snapshots(tmp_path / "c.geojson")], "control"))
    view = load_view(store)
    renderer, windows = renderer_for(view, EventFilter(), first=areas_data.day(0),
                                     last=areas_data.day(180), step="month", window_steps=6,
                                     layers=("areas",), size=(640, 360))
    frame = np.asarray(renderer.render(windows[0]).image).astype(int)
    x, y = renderer.projection.xy(np.array([38.5, 36.45]), np.array([48.0, 48.0]))[:, :2].T
    held, gained = frame[int(y[0]), int(x[0])], frame[int(y[1]), int(x[1])]
    background = np.array([0xEE, 0xF2, 0xF5])
    assert np.abs(held - background).sum() > 30  # the held area is shaded
    assert gained[1] > gained[0] and gained[1] > gained[2]  # green: gained since the start


def test_skip_empty_leaves_out_weeks_without_events(demo_db, tmp_path):
    result = run("animate", "--db", demo_db, "--from", "2023-01-01", "--to", "2023-03-31",
                 "--step", "week", "--size", "320x240", "--skip-empty", "--layers", "events",
                 "-o", tmp_path / "f")
    assert result.exit_code == 0, result.output
    view = load_view(open_store(demo_db))
    windows = plan_frames(dt.date(2023, 1, 1), dt.date(2023, 3, 31), "week")
    busy = [w for w in windows
            if len(view.select(EventFilter(date_from=w.first, date_to=w.last)))]
    assert 0 < len(busy) < len(windows)
    assert f"wrote {len(busy)} frames ({len(windows) - len(busy)} empty left out)" in result.output
    assert sorted(p.name[-14:-4] for p in (tmp_path / "f").iterdir()) == [str(w.first) for w in busy]


def test_plan_steps_windows_and_cumulative():
    months = plan_frames(dt.date(2024, 1, 31), dt.date(2024, 6, 30), "month", window=2)
    assert [(str(w.first), str(w.last)) for w in months[:2]] == [
        ("2024-01-31", "2024-03-30"), ("2024-02-29", "2024-04-29")]
    assert str(months[-1].last) == "2024-06-30"  # never past --to
    grows = plan_frames(dt.date(2024, 1, 1), dt.date(2024, 1, 10), "day", cumulative=True)
    assert len(grows) == 10 and {w.first for w in grows} == {dt.date(2024, 1, 1)}
    assert grows[-1].label() == "2024-01-01 – 2024-01-10"


@pytest.mark.parametrize("call, message", [
    (lambda: parse_size("1280*720"), "use WIDTHxHEIGHT"),
    (lambda: parse_size("100x100"), "between 320x240"),
    (lambda: format_for_path(__import__("pathlib").Path("out.avi")), "end it in .gif or .mp4"),
    (lambda: plan_frames(dt.date(2024, 2, 1), dt.date(2024, 1, 1), "week"), "is after --to"),
    (lambda: plan_frames(dt.date(2024, 1, 1), dt.date(2024, 2, 1), "year"), "step 'year'"),
])
def test_mistakes_are_clear(call, message):
    with pytest.raises(AnimationError, match=message):
        call()


def test_cli_mistakes_are_one_line(demo_db, tmp_path):
    for args, message in [
        (["--layers", "events,heat", "-o", tmp_path / "a.gif"], "--layers heat: no such layer"),
        (["--size", "641x360", "-o", tmp_path / "a.mp4"], "MP4 needs an even width and height"),
        (["--fps", "0", "-o", tmp_path / "a.gif"], "--fps 0.0"),
    ]:
        result = run("animate", "--db", demo_db, "--from", "2023-01-01", "--to", "2023-01-31",
                     *args)
        assert result.exit_code == 1 and message in result.output, result.output
        assert "Traceback" not in result.output
    assert not list(tmp_path.iterdir())  # nothing half-written


def test_dashes_and_projection():
    line = np.array([[0.0, 0.0], [10.0, 0.0], [20.0, 0.0]])
    pieces = dashed(line, [4.0, 2.0])
    assert [tuple(p[[0, -1], 0]) for p in pieces] == [(0, 4), (6, 10), (12, 16), (18, 20)]
    projection = Projection.fit((30.0, 45.0, 40.0, 52.0), (0, 0, 800, 600))
    corners = projection.xy(np.array([30.0, 40.0]), np.array([45.0, 52.0]))
    assert corners[:, 0].min() >= -1e-6 and corners[:, 0].max() <= 800 + 1e-6
    assert corners[0, 1] > corners[1, 1]  # north is up
    km = projection.pixels_per_km(np.array([0.0, 60.0]))
    assert km[1] == pytest.approx(2 * km[0])  # Mercator doubles lengths at 60°


def test_markers_are_stamped_in_order_and_clipped_at_the_edges():
    """The painter's stamping (Pillow's core paste, for speed) gives the very image that
    pasting each marker's sprite in turn gives: big under small, later over earlier, the
    markers past an edge cut off, one of two identical markers on one spot left out."""
    projection = Projection.fit((0.0, 0.0, 10.0, 10.0), (0, 0, 60, 60))
    lon = np.array([5.0, 5.2, 0.0, 10.0, 5.0, 9.9, 5.0])
    lat = np.array([5.0, 5.1, 0.0, 10.0, 5.0, 0.1, 5.0])
    shapes = ["circle", "triangle", "square", "circle", "circle", "diamond", "circle"]
    colors = ["#aa0000", "#00aa00", "#0000aa", "#aa00aa", "#aa0000", "#00aaaa", "#aa0000"]
    radii = np.array([9.0, 4.0, 6.0, 5.0, 3.0, 7.5, 9.0])
    hollow = np.array([False, True, False, False, False, False, False])
    painter = RasterPainter(Image.new("RGB", (60, 60), "#eef2f5"), projection)
    painter.markers(lon, lat, shapes=shapes, colors=colors, radii=radii, hollow=hollow)
    stamped = painter.flush()

    expected = Image.new("RGB", (60, 60), "#eef2f5")
    points = np.round(projection.xy(lon, lat)).astype(int)
    for i in [0, 5, 2, 3, 1, 4]:  # by radius, largest first; the repeat of marker 0 once
        side = int(4 * radii[i]) + 5  # odd: the marker's centre on a pixel's centre
        sprite = Image.new("RGBA", (side, side), (0, 0, 0, 0))
        draw = aggdraw.Draw(sprite)
        draw_marker(draw, shapes[i], side / 2, side / 2, radii[i], colors[i], hollow[i])
        draw.flush()
        expected.paste(sprite, (int(points[i, 0]) - side // 2, int(points[i, 1]) - side // 2),
                       sprite)
    assert np.array_equal(np.asarray(stamped), np.asarray(expected))
    assert not np.array_equal(np.asarray(stamped), np.asarray(Image.new("RGB", (60, 60),
                                                                        "#eef2f5")))


def test_animate_from_python_reports_progress(demo_view, tmp_path):
    seen = []
    result = animate(demo_view, EventFilter(sources=("UCDP GED",)), tmp_path / "q.gif",
                     first=dt.date(2023, 1, 1), last=dt.date(2023, 3, 31), step="month",
                     size=(320, 240), progress=lambda done, total: seen.append((done, total)))
    assert result.frames == 3 and seen == [(1, 3), (2, 3), (3, 3)]
    with Image.open(result.path) as gif:
        assert gif.n_frames == 3
