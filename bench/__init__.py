"""Performance benchmarks at a million events: one script per stage, ``python -m bench.run`` for all."""
