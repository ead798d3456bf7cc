"""`geoapp animate`: the time window played as a GIF, an MP4 or PNG frames."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from geoapp.cli.options import build_filter, db_option, filter_options, open_store


@click.command("animate")
@filter_options
@click.option("--step", type=click.Choice(["day", "week", "month"]), default="week",
              show_default=True, help="How far each frame moves the window.")
@click.option("--window", "window_steps", type=click.IntRange(min=1), default=1, show_default=True,
              help="How many steps each frame's window spans.")
@click.option("--cumulative", is_flag=True, help="Every frame starts at --from: the map fills up.")
@click.option("--layers", "shown", default="events,regions,links,areas", show_default=True,
              metavar="NAME,…", help="Layers to draw (the country and region outlines always are).")
@click.option("--size", default="1280x720", show_default=True, metavar="WIDTHxHEIGHT")
@click.option("--fps", type=float, default=2.0, show_default=True, help="Frames a second.")
@click.option("--skip-empty", is_flag=True, help="Leave out frames without events.")
@click.option("--layers-dir", type=click.Path(file_okay=False, exists=True, path_type=Path),
              help="Folder of layer files restyling the map (like `geoapp serve --layers`).")
@click.option("-o", "--output", required=True, type=click.Path(path_type=Path),
              help="out.gif, out.mp4, or a folder for PNG frames (written once complete).")
@db_option
def animate_command(step: str, window_steps: int, cumulative: bool, shown: str, size: str,
                    fps: float, skip_empty: bool, layers_dir: Path | None, output: Path,
                    db: str | None, **filters) -> None:
    """Render the time window as an animation (GIF, MP4 or PNG frames).

    Each frame is what the dashboard shows for its window, with its dates, the
    legend, the filter and the credits, drawn offline.

    \b
    Examples:
        geoapp animate --from 2023-01-01 --to 2023-12-31 --step week -o 2023.gif
        geoapp animate --source "UCDP GED" --step month --window 3 -o front.mp4
        geoapp animate --from 2024-08-01 --to 2024-12-31 --step day --skip-empty -o frames/
    """
    from geoapp.animate import animate, parse_size
    from geoapp.query import load_view

    flt = build_filter(**filters)
    dimensions = parse_size(size)
    view = load_view(open_store(db, create=False))
    layers = tuple(name.strip() for name in shown.split(",") if name.strip())
    with click.progressbar(length=1, label="rendering", show_eta=True, show_pos=True,
                           file=sys.stderr) as bar:
        def progress(done: int, total: int) -> None:
            bar.length = total
            bar.update(done - bar.pos)

        result = animate(view, flt, output, step=step, window_steps=window_steps,
                         cumulative=cumulative, layers=layers, size=dimensions, fps=fps,
                         skip_empty=skip_empty, layers_dir=layers_dir, progress=progress)
    skipped = f" ({result.skipped:,} empty left out)" if result.skipped else ""
    click.echo(f"wrote {result.frames:,} frame{'' if result.frames == 1 else 's'}{skipped} "
               f"to {result.path}")
