"""Text from data made safe to print in a terminal.

Source names, actors, notes and file names come from files anyone can write.
An escape sequence in one could recolour, hide or rewrite what the terminal
shows (or, on some terminals, answer back as typed input), so control
characters never reach the screen: line breaks and tabs become spaces, the
rest (C0, DEL, C1 and the bidirectional overrides that reorder text) are dropped.
"""

from __future__ import annotations

import re

_BREAKS = re.compile(r"[\t\n\r\v\f]")
_CONTROLS = re.compile(r"[\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def printable(value: object) -> str:
    """``value`` as one line of plain text for a terminal table."""
    return _CONTROLS.sub("", _BREAKS.sub(" ", "" if value is None else str(value)))
