"""Filtering and aggregating events in memory, for the dashboard, the CLI and exports."""

from geoapp.query.aggregate import Totals, by_region, by_source, timeline, totals
from geoapp.query.filters import EventFilter
from geoapp.query.view import EventView
from geoapp.query.viewcache import load_view

__all__ = ["EventFilter", "EventView", "Totals", "by_region", "by_source", "load_view",
           "timeline", "totals"]
