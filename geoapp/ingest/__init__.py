"""Reading event files of every supported format into the store."""

from geoapp.ingest.pipeline import FORMATS, detect_format, ingest_file, ingest_frame

__all__ = ["FORMATS", "detect_format", "ingest_file", "ingest_frame"]
