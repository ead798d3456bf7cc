"""geoapp: offline-first mapping of conflict events with provenance."""

import os

# numpy asks the kernel for transparent huge pages for every array of 4 MB or more. Where
# the kernel compacts memory for such a request on the spot (THP "defrag" set to
# "madvise", Debian's default), a query engine that makes many large temporary arrays pays
# for it in the kernel: linking ten million events spent a quarter of its CPU there, against
# a tenth with ordinary pages and no more time in user space. Read when numpy is imported,
# so geoapp's commands import geoapp first; a caller who set the variable keeps its value.
os.environ.setdefault("NUMPY_MADVISE_HUGEPAGE", "0")

__version__ = "0.1.0"

__all__ = ["__version__"]
