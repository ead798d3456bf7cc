"""Serving the dashboard to a team: accounts and roles, request hardening, a production server.

``auth`` (sign-in, sessions, CSRF, roles, :func:`~geoapp.server.auth.current_user`),
``security`` (Host allow-list, security headers, size limits), ``passwords``
(memory-hard hashes) and ``wsgi`` (gunicorn or waitress on a socket bound first).
Submodules are imported where used, so the CLI's account commands never load Flask.
"""
