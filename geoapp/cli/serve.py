"""`geoapp serve`: the dashboard on a local port."""

from __future__ import annotations

from pathlib import Path

import click

from geoapp.cli.options import db_option, open_store


@click.command("serve")
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Interface to bind. Only change this to share the dashboard on a network.")
@click.option("--port", default=8050, show_default=True, type=int)
@click.option("--tiles", type=click.Choice(["osm", "none"]), default="osm", show_default=True,
              help="Background tiles; 'none' draws only the bundled boundaries (fully offline).")
@click.option("--layers", "layers_dir", type=click.Path(file_okay=False, path_type=Path),
              help="Folder of layer definition files to use instead of the bundled ones.")
@click.option("--dev", is_flag=True,
              help="Development mode: Dash debug tools and reloader. Never use on a shared host: "
                   "the in-browser debugger can execute code.")
@db_option
def serve_command(host: str, port: int, tiles: str, layers_dir: Path | None, dev: bool,
                  db: str | None) -> None:
    """Serve the dashboard (http://127.0.0.1:8050 by default).

    \b
    Example:
        geoapp serve --tiles none
    """
    from geoapp.dashboard.app import create_app

    if dev and host not in ("127.0.0.1", "localhost", "::1"):
        raise click.UsageError("--dev is only allowed on a loopback host")
    app = create_app(open_store(db, create=False), tiles=tiles, layers_dir=layers_dir)
    click.echo(f"geoapp dashboard on http://{host}:{port}")
    app.run(host=host, port=port, debug=dev, use_reloader=dev,
            dev_tools_disable_version_check=True)  # dev mode stays offline too
