"""The live dashboard: a Dash app over one event store (``create_app`` in :mod:`.app`).

Modules by role: ``layout`` builds the page, ``callbacks`` wires it, ``views``,
``controls``, ``panels``, ``details`` and ``timeline`` compute what each callback
returns (pure, tested without a browser), ``urlstate`` puts the view in the
address bar, ``routes`` serves the layers' shapes and downloads, ``data`` holds
the loaded view and its map layers and reloads them after an ingest. The map
layers themselves (:mod:`geoapp.styles`) are iterated over, never named here,
except the events layer, whose points follow the viewport.
"""
