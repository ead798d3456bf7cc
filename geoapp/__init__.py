"""geoapp: offline-first mapping of conflict events with provenance."""

__version__ = "0.1.0"

__all__ = ["__version__"]
