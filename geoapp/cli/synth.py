"""`geoapp synth`: write a deterministic synthetic dataset for benchmarks and load tests."""

from __future__ import annotations

from pathlib import Path

import click

from geoapp.synth import write_synth


@click.command("synth")
@click.option("--n", "n", type=click.IntRange(min=1), default=1_000_000, show_default=True,
              help="Number of events.")
@click.option("--seed", type=int, default=42, show_default=True,
              help="Random seed: the same seed always writes the same rows.")
@click.option("-o", "--output", "output", required=True,
              type=click.Path(dir_okay=False, path_type=Path),
              help="Output file, .parquet or .csv.")
def synth_command(n: int, seed: int, output: Path) -> None:
    """Write synthetic events (labelled as such in every row) in the model's columns.

    Points lie inside real admin-1 polygons of Ukraine and western Russia; the
    rows carry no region code, so ingesting them exercises geocoding.

    \b
    Example:
        geoapp synth --n 1000000 --seed 42 -o var/synth.parquet
        geoapp ingest var/synth.parquet
    """
    path = write_synth(n, seed, output)
    click.echo(f"{path}: {n:,} synthetic events (seed {seed})")
