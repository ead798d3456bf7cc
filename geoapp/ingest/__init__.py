"""Reading event files of every supported format into batches for a store."""

from geoapp.ingest.pipeline import FORMATS, detect_format, frame_batch, read_file

__all__ = ["FORMATS", "detect_format", "frame_batch", "read_file"]
