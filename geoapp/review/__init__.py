"""The analyst's review loop, without any user interface: the dashboard and the CLI call these.

Extracted events arrive as candidates (``status="unreviewed"``); a reviewer
accepts, rejects, edits, merges or splits them, and confirms or breaks suggested
incident links. Each action is one new data version of the store, is recorded
with its time and reviewer, and can be undone (:func:`undo`).
"""

from geoapp.review.actions import (
    REVIEW_ROLE,
    ReviewError,
    accept,
    edit,
    link,
    merge,
    reject,
    reviewer_name,
    split,
    undo,
)
from geoapp.review.queue import QueueItem, place_label, place_options, queue, queue_size
from geoapp.review.reports import add_report, save_candidates

__all__ = ["REVIEW_ROLE", "QueueItem", "ReviewError", "accept", "add_report", "edit", "link", "merge",
           "place_label", "place_options", "queue", "queue_size", "reject", "reviewer_name",
           "save_candidates", "split", "undo"]
