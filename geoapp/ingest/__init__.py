"""Reading event files of every supported format into batches for a store."""

from geoapp.ingest.detect import detect_format
from geoapp.ingest.pipeline import DATE_ORDERS, FORMATS, FileBatch, frame_batch, read_file

__all__ = ["DATE_ORDERS", "FORMATS", "FileBatch", "detect_format", "frame_batch", "read_file"]
