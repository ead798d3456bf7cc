"""`geoapp serve`: the dashboard, on this machine or for a team."""

from __future__ import annotations

import os
from pathlib import Path

import click

from geoapp.cli.options import db_option, open_store


@click.command("serve")
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Interface to bind. Any address other than loopback requires accounts "
                   "(see `geoapp users`).")
@click.option("--port", default=8050, show_default=True, type=int)
@click.option("--workers", default=1, show_default=True, type=click.IntRange(1, 64),
              help="Worker processes (gunicorn); they share the loaded events.")
@click.option("--threads", default=4, show_default=True, type=click.IntRange(1, 64),
              help="Threads per worker.")
@click.option("--auth", "require_auth", is_flag=True,
              help="Require signing in on a loopback host too (always on for other hosts).")
@click.option("--allowed-host", "extra_hosts", multiple=True, metavar="NAME",
              help="Another Host name users reach the server by, e.g. a DNS alias or the "
                   "proxy's public name (repeatable). Other names get 400.")
@click.option("--proxy", is_flag=True,
              help="Behind one reverse proxy: trust its X-Forwarded-For/-Proto/-Host/-Prefix, "
                   "so cookies are Secure when it serves HTTPS.")
@click.option("--server", "server_kind", type=click.Choice(["auto", "gunicorn", "waitress"]),
              default="auto", show_default=True,
              help="WSGI server: gunicorn where it runs (Linux, macOS), else waitress.")
@click.option("--tiles", type=click.Choice(["osm", "none"]), default="osm", show_default=True,
              help="Background tiles; 'none' draws only the bundled boundaries (fully offline).")
@click.option("--layers", "layers_dir", type=click.Path(file_okay=False, path_type=Path),
              help="Folder of layer definition files to use instead of the bundled ones.")
@click.option("--dev", is_flag=True,
              help="Development mode: Werkzeug's server with Dash's debug tools and reloader, "
                   "loopback only. The in-browser debugger can execute code.")
@db_option
def serve_command(host: str, port: int, workers: int, threads: int, require_auth: bool,
                  extra_hosts: tuple[str, ...], proxy: bool, server_kind: str, tiles: str,
                  layers_dir: Path | None, dev: bool, db: str | None) -> None:
    """Serve the dashboard (http://127.0.0.1:8050 by default).

    \b
    Example:
        geoapp serve --tiles none
        geoapp users add ana --role admin && geoapp serve --host 0.0.0.0 --workers 2
    """
    from geoapp.server.security import allowed_hosts, is_loopback
    from geoapp.server.wsgi import bind, serve

    loopback = is_loopback(host)
    if dev and not loopback:
        raise click.UsageError("--dev is only allowed on a loopback host")
    # The port first: a taken port is a one-line error before anything heavy loads.
    reloaded = os.environ.get("WERKZEUG_RUN_MAIN") == "true"  # --dev's child: the port is ours
    sock = None if reloaded else bind(host, port)
    if dev and sock is not None:
        sock.close()  # Werkzeug binds it itself, a moment later
    store = open_store(db, create=False)
    accounts = require_auth or not loopback
    if accounts and not store.users():
        raise click.ClickException(
            f"{'serving on ' + host if not loopback else '--auth'} needs accounts and "
            f"{store.describe()} has none: add one with `geoapp users add NAME --role admin`")
    from geoapp.dashboard.app import create_app, prepare_in_background

    app = create_app(store, tiles=tiles, layers_dir=layers_dir, auth=accounts,
                     hosts=allowed_hosts(host, extra_hosts), background=dev)
    if proxy:
        from werkzeug.middleware.proxy_fix import ProxyFix

        app.server.wsgi_app = ProxyFix(app.server.wsgi_app, x_for=1, x_proto=1, x_host=1,
                                       x_prefix=1)
    url_host = f"[{host}]" if ":" in host else host
    click.echo(f"geoapp dashboard on http://{url_host}:{port}"
               + (" (sign-in required)" if accounts else ""))
    if accounts and not proxy:
        click.echo("note: plain http: passwords and session cookies cross the network "
                   "unencrypted; put an HTTPS proxy in front (--proxy) beyond a trusted network",
                   err=True)
    if dev:
        app.run(host=host, port=port, debug=True, use_reloader=True,
                dev_tools_disable_version_check=True)  # dev mode stays offline too
        return
    serve(app.server, sock, workers=workers, threads=threads, server=server_kind,
          on_start=lambda: prepare_in_background(app))
