"""Fresh pools: each tuning report's candidates as the rules stood before they were tuned
on it, the data the confidence model is fitted on (:mod:`geoapp.extract.train`).

The rules are tuned report by report: once a report's round of fixes is in, they are
nearly always right on it, and their few mistakes left there are unlike the ones they
make on reporting nobody tuned them on. A model fitted on today's candidates of the tuning
reports learns to trust nearly everything the rules say. A report read by the rules of
the day it was added, before any rule was fitted on it, is what new reporting looks like
to the rules: a quarter of those candidates are wrong, in the ways new reporting makes
them wrong.

Each record keeps a report's pool as those rules built it: per news candidate, the
confidence model's features, the rules' verdict and the event's type and place (so the
labels, which may be corrected later, are matched at fitting time, never frozen here),
and the commit whose rules built it. ``python -m geoapp.extract.pools add tNNNN …`` adds
the newest reports, read by today's rules, before their round of fixes begins;
``python -m geoapp.extract.pools history [--since REV]`` rebuilds the records from the
git history (each report read by the parent of the commit that added it).
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import subprocess
import sys
import tempfile
import tomllib
from collections.abc import Iterable, Sequence
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from geoapp.extract.evaluate import load_reports, number

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT / "tests" / "data" / "extract_corpus"
TUNING = CORPUS / "tuning"
POOLS = CORPUS / "fresh_pools.jsonl.gz"
#: The first commit whose rules kept the features the model weighs today (the confidence
#: model's gate and its wording features): older rules' pools are not comparable.
FIRST_RULES = "b210618"

#: Run by the interpreter of the rules being read (today's, or an older checkout's), so it
#: uses only what every version since FIRST_RULES offers: argv is the tuning folder, then
#: the report ids to read; one JSON line per report.
_READ = """
import json, sys
from pathlib import Path
from geoapp.extract import candidate_pool
from geoapp.extract.evaluate import load_reports
wanted = set(sys.argv[2:])
for r in load_reports(Path(sys.argv[1])):
    if r.id not in wanted:
        continue
    try:
        pool = candidate_pool(r.text, published=r.published, source_name=r.source_name)
    except Exception as error:  # an older rule that failed on this report: no record
        print(f"{r.id}: {error!r}", file=sys.stderr)
        continue
    print(json.dumps({"id": r.id, "entries": [
        {"features": x.features, "rule": x.rule, "type": x.candidate.event.event_type,
         "region": x.candidate.event.adm1_code, "country": x.candidate.event.country}
        for x in pool.entries]}, separators=(",", ":")))
"""


def load(path: Path = POOLS) -> dict[str, dict]:
    """Every record, by report id."""
    if not path.exists():
        return {}
    with gzip.open(path, "rt", encoding="utf-8") as f:
        return {r["id"]: r for r in map(json.loads, f)}


def save(records: dict[str, dict], path: Path = POOLS) -> None:
    """Records in report order; the gzip header carries no time and no file name, so equal
    records give equal bytes."""
    lines = "".join(json.dumps(records[k], separators=(",", ":"), sort_keys=True) + "\n"
                    for k in sorted(records))
    with open(path, "wb") as raw, gzip.GzipFile("", "wb", fileobj=raw, mtime=0) as f:
        f.write(lines.encode("utf-8"))


def read(checkout: Path, ids: Iterable[str], rules: str) -> list[dict]:
    """The pools of ``ids`` as the rules of ``checkout`` build them, stamped with the
    commit ``rules`` those rules are."""
    ids = sorted(ids)
    if not ids:
        return []
    done = subprocess.run([sys.executable, "-c", _READ, str(TUNING), *ids], cwd=checkout,
                          env=os.environ | {"PYTHONPATH": str(checkout)},
                          capture_output=True, text=True, check=True)
    if done.stderr.strip():
        print(done.stderr.strip(), file=sys.stderr)
    return [{**json.loads(line), "rules": rules} for line in done.stdout.splitlines()]


def _git(*args: str) -> str:
    return subprocess.run(["git", *args], cwd=ROOT, capture_output=True, text=True,
                          check=True).stdout


def additions(since: str = FIRST_RULES) -> dict[str, list[str]]:
    """Tuning reports by the commit that added them (since ``since``), oldest first."""
    out: dict[str, list[str]] = {}
    commit = ""
    for line in _git("log", "--reverse", "--diff-filter=A", "--format=C %H", "--name-only",
                     f"{since}..HEAD", "--", str(TUNING.relative_to(ROOT))).splitlines():
        if line.startswith("C "):
            commit = line[2:]
        elif line.strip():
            text = _git("show", f"{commit}:{line}")
            out.setdefault(commit, []).append(tomllib.loads(text)["id"])
    return out


def from_history(since: str = FIRST_RULES, jobs: int = 2) -> dict[str, dict]:
    """Every report added since ``since``, read by the rules of its adding commit's
    parent, each in a throwaway worktree (``jobs`` at a time)."""
    def one(commit: str, ids: list[str]) -> list[dict]:
        parent = _git("rev-parse", f"{commit}^").strip()
        with tempfile.TemporaryDirectory() as tmp:
            tree = Path(tmp) / "rules"
            _git("worktree", "add", "--detach", "--quiet", str(tree), parent)
            try:
                found = read(tree, ids, parent[:12])
            finally:
                _git("worktree", "remove", "--force", str(tree))
        print(f"{commit[:9]}: {len(found)} of {len(ids)} reports", file=sys.stderr)
        return found

    with ThreadPoolExecutor(jobs) as pool:
        done = pool.map(lambda item: one(*item), additions(since).items())
        return {r["id"]: r for found in done for r in found}


def add(ids: Sequence[str], records: dict[str, dict]) -> dict[str, dict]:
    """``records`` with the reports ``ids`` read by today's rules. A report already
    there keeps its record: today's rules may have been tuned on it since."""
    known = [i for i in ids if i in records]
    if known:
        raise SystemExit(f"already read before their fixes: {', '.join(known)}")
    head = _git("rev-parse", "HEAD").strip()[:12]
    return records | {r["id"]: r for r in read(ROOT, ids, head)}


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    new = sub.add_parser("add", help="read new tuning reports with today's rules")
    new.add_argument("numbers", nargs="+", help="report numbers or ranges: 1795 1796-1814")
    past = sub.add_parser("history", help="rebuild the records from the git history")
    past.add_argument("--since", help="only the reports added after this commit (the "
                      "others keep their records)")
    args = parser.parse_args(argv)
    if args.command == "history":
        save(load() | from_history(args.since) if args.since else from_history())
        return
    wanted = {n for spec in args.numbers for n in _numbers(spec)}
    ids = [r.id for r in load_reports(TUNING) if number(r) in wanted]
    save(add(ids, load()))
    print(f"read {len(ids)} reports into {POOLS.relative_to(ROOT)}")


def _numbers(spec: str) -> range:
    lo, _, hi = spec.lstrip("t").partition("-")
    return range(int(lo), int(hi.lstrip("t") or lo) + 1)


if __name__ == "__main__":
    main()
