"""Performance benchmarks at a million events: one script per stage, ``python -m bench.run`` for all."""

import geoapp  # noqa: F401  (first, so the stages run numpy as geoapp's commands do)
