"""The live dashboard: a Dash app over one event store (``create_app`` in :mod:`.app`).

Modules by role: ``layout`` builds the page, ``callbacks`` wires it, ``views``,
``controls``, ``panels``, ``details``, ``timeline`` and ``mapdata`` compute what
each callback returns (pure, tested without a browser), ``urlstate`` puts the
view in the address bar, ``routes`` serves boundaries and downloads, ``data``
holds the loaded view and reloads it after an ingest.
"""
