"""Corroboration: restatements link into one incident, distinct events stay apart."""

from __future__ import annotations

import datetime as dt

import numpy as np
import pandas as pd
import pytest

from geoapp.frames import conform, events_to_frame
from geoapp.query import EventFilter, EventView
from geoapp.query.incidents import link_incidents, sources_per_event
from geoapp.synth import synth_frame

D = dt.date


@pytest.fixture
def claim(make_event):
    def factory(event_id, batch, **fields):
        base = dict(event_type="casualty_report", date_start=D(2024, 12, 1),
                    date_end=D(2024, 12, 23), killed_low=50, killed_high=50)
        base.update(fields)
        return make_event(event_id=event_id, batch_id=batch, **base)
    return factory


def incidents_of(events, links=None) -> dict[str, int]:
    frame = events_to_frame(events)
    ids = link_incidents(frame, links)
    return dict(zip(frame["event_id"], ids, strict=True))


def same(groups: dict[str, int], a: str, b: str) -> bool:
    return groups[a] == groups[b]


def test_a_restatement_by_another_report_is_the_same_incident(claim):
    g = incidents_of([claim("demo", "b1", source_name="special forces"),
                      claim("new", "b2", source_name="Kyiv Post", date_start=D(2024, 12, 20),
                            killed_low=45, killed_high=55, lon=35.5, lat=51.5,
                            geo_precision="region")])
    assert same(g, "demo", "new")


@pytest.mark.parametrize("change", [
    {"event_type": "attack"},                                        # another type
    {"date_start": D(2024, 12, 24), "date_end": D(2024, 12, 25)},    # no date overlap
    {"killed_low": 3, "killed_high": 3},                             # incompatible figures
    {"wounded_low": 47, "wounded_high": 47},                         # another kind of figure
    {"adm1_code": "RUS-2363", "lon": 38.0, "lat": 55.0},             # another region, far off
    {"country": "UA", "adm1_code": "UKR-1"},                         # another country
])
def test_distinct_events_stay_apart(claim, change):
    g = incidents_of([claim("a", "b1"), claim("b", "b2", **change)])
    assert not same(g, "a", "b")


def test_near_points_across_a_region_border_link_far_ones_do_not(claim):
    base = dict(adm1_code="RUS-2362", lon=35.27, lat=51.19, geo_precision="exact")
    near = dict(adm1_code="RUS-2363", lon=35.30, lat=51.22, geo_precision="exact")  # ~4 km
    far = dict(adm1_code="RUS-2363", lon=36.27, lat=51.19, geo_precision="exact")   # ~70 km
    assert same(incidents_of([claim("a", "b1", **base), claim("b", "b2", **near)]), "a", "b")
    assert not same(incidents_of([claim("a", "b1", **base), claim("b", "b2", **far)]), "a", "b")
    coarse = dict(far, geo_precision="region")  # a region-level point may be 300 km off
    assert same(incidents_of([claim("a", "b1", **base), claim("b", "b2", **coarse)]), "a", "b")


def test_an_exact_restatement_wins_over_a_compatible_claim_of_the_same_day_and_place(claim):
    place = dict(adm1_code="RUS-2362", lon=35.5, lat=51.5, geo_precision="region")
    g = incidents_of([claim("a", "b1", killed_low=5, killed_high=7, **place),
                      claim("b", "b1", killed_low=3, killed_high=6, **place),
                      claim("a-again", "b2", killed_low=5, killed_high=7, **place)])
    assert same(g, "a", "a-again") and not same(g, "b", "a-again")


@pytest.mark.parametrize("twins", [1, 3])
def test_restatements_on_a_crowded_day_link_beyond_the_sweeps_reach(claim, monkeypatch,
                                                                     twins):
    """A day of one type and country with more claims than the sweep's guard on steps
    reaches: an exact restatement still joins its original (the k-th identical claim of
    one batch with the k-th of the other), wherever the day's other claims put it."""
    from geoapp.query import incidents

    monkeypatch.setattr(incidents, "MAX_STEPS", 12)
    day = dict(date_start=D(2024, 12, 1), date_end=D(2024, 12, 1), geo_precision="exact",
               adm1_code="RUS-2362")
    crowd = [claim(f"c{k:02d}", "b1", killed_low=9 + k, killed_high=9 + k, lon=35 + k / 10, lat=51,
                   **day) for k in range(1, 40)]
    told = dict(killed_low=7, killed_high=7, lon=36.5, lat=50.5, **day)
    firsts = [claim(f"a{k}", "b0", **told) for k in range(twins)]
    agains = [claim(f"z{k}", "b2", **told) for k in range(twins)]  # ids last: far off
    g = incidents_of([*firsts, *crowd, *agains])
    assert len({g[f"a{k}"] for k in range(twins)}) == twins  # one batch: apart
    assert {g[f"z{k}"] for k in range(twins)} == {g[f"a{k}"] for k in range(twins)}
    assert not {g[c.event_id] for c in crowd} & {g["a0"]}


def test_one_batch_never_links_to_itself(claim):
    g = incidents_of([claim("a", "b1"), claim("b", "b1")])
    assert not same(g, "a", "b")


def test_a_chain_of_claims_that_cannot_all_be_true_is_not_joined(claim):
    events = [claim("low", "b1", killed_low=10, killed_high=20),
              claim("wide", "b2", killed_low=10, killed_high=100),
              claim("high", "b3", killed_low=90, killed_high=100)]
    g = incidents_of(events)
    assert len(set(g.values())) == 3
    links = pd.DataFrame({"event_a": ["low"], "event_b": ["wide"], "confirmed": [True]})
    g = incidents_of(events, links)
    assert same(g, "low", "wide") and not same(g, "wide", "high")


def test_the_analysts_links_win(claim):
    events = [claim("a", "b1"), claim("b", "b2"), claim("c", "b3", event_type="attack",
                                                         killed_low=None, killed_high=None)]
    links = pd.DataFrame({"event_a": ["a", "a"], "event_b": ["b", "c"],
                          "confirmed": [False, True]})
    g = incidents_of(events, links)
    assert not same(g, "a", "b") and same(g, "a", "c")


def test_rejected_events_stand_alone(claim):
    g = incidents_of([claim("a", "b1"), claim("b", "b2", status="rejected")])
    assert not same(g, "a", "b")


def test_sources_count_independent_claimants_and_filter(claim):
    events = [claim("a", "b1", source_name="special forces"),
              claim("b", "b2", source_name="special forces", publisher="Kyiv Post"),
              claim("c", "b3", source_name=None, publisher="Reuters"),
              claim("lone", "b4", event_type="attack")]
    frame = events_to_frame(events)
    incidents = link_incidents(frame)
    counts = dict(zip(frame["event_id"], sources_per_event(frame, incidents), strict=True))
    assert counts == {"a": 2, "b": 2, "c": 2, "lone": 1}
    view = EventView.from_frame(frame)
    picked = view.frame["event_id"].iloc[view.select(EventFilter(min_sources=2))]
    assert sorted(picked) == ["a", "b", "c"]
    assert EventFilter.from_query(EventFilter(min_sources=2).to_query()).min_sources == 2
    assert "at least 2 independent sources" in EventFilter(min_sources=2).describe()


def test_linking_is_vectorised_and_linear_enough():
    """Two synthetic batches of the same events: every event finds its twin."""
    import time

    one = conform(synth_frame(4_000, seed=3))
    two = one.assign(event_id="twin-" + one["event_id"], batch_id="other")
    frame = pd.concat([one.assign(batch_id="first"), two], ignore_index=True)
    started = time.process_time()
    incidents = link_incidents(frame)
    seconds = time.process_time() - started
    twins = incidents.to_numpy()[:4_000] == incidents.to_numpy()[4_000:]
    located = (one["lon"].notna() | one["admin1"].notna()).to_numpy()
    assert twins[located].all()
    assert seconds < 5
    assert np.unique(incidents).size < len(frame)


@pytest.mark.parametrize("shift", [-3, 0, 3])  # the restatement starts before, with, after
def test_a_few_restatements_of_a_large_batch_find_their_event_in_either_direction(claim, shift):
    """One batch holds most events, so the sweep walks from the restatements only, both ways."""
    first = D(2024, 12, 1)
    store = [claim(f"e{k}", "big", date_start=first + dt.timedelta(days=k),
                   date_end=first + dt.timedelta(days=k + 4), killed_low=10 * k + 5,
                   killed_high=10 * k + 5) for k in range(12)]
    again = claim("again", "report", date_start=first + dt.timedelta(days=6 + shift),
                  date_end=first + dt.timedelta(days=10 + shift), killed_low=60,
                  killed_high=70)
    g = incidents_of([*store, again])
    assert same(g, "again", "e6")
    assert len(set(g.values())) == len(store)


def test_a_partitioned_dataset_cannot_answer_min_sources():
    from geoapp.errors import FilterError
    from geoapp.query.sql import where_clause

    with pytest.raises(FilterError, match="in-memory engine"):
        where_clause(EventFilter(min_sources=2))
    assert EventFilter(min_sources=1).min_sources is None  # one source restricts nothing
    with pytest.raises(FilterError, match="whole number"):
        EventFilter(min_sources="two")


@pytest.mark.parametrize("window", [None, (D(2024, 3, 1), D(2024, 5, 31))])
def test_the_header_groups_incidents_as_totals_over_the_plain_incident_ids(window):
    """The header takes linked events in the view's incident order (no sort per filter);
    it must count what totals count from each row's incident id in row order."""
    from geoapp.figures import totals
    from geoapp.query.summary import headline

    one = conform(synth_frame(3_000, seed=5))
    again = one.iloc[::3].assign(event_id=lambda f: "again-" + f["event_id"],
                                 source_name="Restater", batch_id="again")
    again["killed_high"] = again["killed_high"].where(again.index % 2 == 0)  # some open
    view = EventView.from_frame(pd.concat([one.assign(batch_id="first"), again],
                                          ignore_index=True))
    flt = EventFilter(date_from=window[0], date_to=window[1]) if window else EventFilter()
    positions = view.select(flt)
    got = headline(view, positions)
    ids = view.incidents().to_numpy()[positions]
    want = totals(view.frame.iloc[positions], incidents=ids)
    assert got.incidents == len(np.unique(ids)) < got.events
    assert {kind: getattr(got, kind) for kind in want} == want


def _compared_as_written(sweep, steps: int) -> set[tuple[int, int]]:
    """The pairs of sweep positions the guard compares, spelled out pair by pair: a before
    b, one block, overlapping spans, other batches, and either at most ``steps`` of b's
    batch in (a, b] or at most ``steps`` of a's batch in [a, b)."""
    out, batch = set(), sweep.batch
    for a in range(len(batch)):
        for b in range(a + 1, len(batch)):
            if (sweep.block[b] == sweep.block[a] and sweep.start[b] <= sweep.end[a]
                    and batch[a] != batch[b]
                    and ((batch[a + 1:b + 1] == batch[b]).sum() <= steps
                         or (batch[a:b] == batch[a]).sum() <= steps)):
                out.add((a, b))
    return out


def test_the_sweep_compares_the_pairs_its_guard_says(monkeypatch):
    """Every pair the guard allows is found once, by the four lookups over every event and
    by trying every overlapping event from rows added in a batch of their own."""
    from geoapp.query import incidents

    rng = np.random.default_rng(0)
    for _ in range(150):
        steps = int(rng.integers(1, 5))
        monkeypatch.setattr(incidents, "MAX_STEPS", steps)
        n = int(rng.integers(2, 70))
        block = np.sort(rng.integers(0, 3, n))
        start = np.concatenate([np.sort(rng.integers(0, 6, k)) for k in np.bincount(block)])
        end = start + rng.choice([0, 0, 0, 1, 3], n)
        batch = rng.integers(-1, int(rng.integers(1, 6)), n)
        batch = np.where(batch >= 0, batch, -1 - np.arange(n))  # -1: a batch of its own
        sweep = incidents._Sweep(np.arange(n), block, start, end, batch)
        a, b = incidents._Reach(sweep).every_pair(np.arange(n))
        found = list(zip(a.tolist(), b.tolist(), strict=True))
        assert len(found) == len(set(found))
        assert set(found) == _compared_as_written(sweep, steps)
        added = np.flatnonzero(rng.random(n) < 0.2)
        sweep = incidents._Sweep(np.arange(n), block, start, end,
                                 np.where(np.isin(np.arange(n), added), batch.max() + 1, batch))
        a, b = incidents._Reach(sweep).pairs_with(added, added)
        found = list(zip(a.tolist(), b.tolist(), strict=True))
        assert len(found) == len(set(found))
        assert set(found) == {(x, y) for x, y in _compared_as_written(sweep, steps)
                              if x in added or y in added}


def test_linking_from_the_few_outside_one_batch_links_as_every_lookup(monkeypatch):
    """Where one batch holds nearly every event, pairs are looked for from the others
    alone, trying every overlapping event: the same incidents as the look-ups made from
    every event (a tight guard, so it binds)."""
    from geoapp.query import incidents

    big = conform(synth_frame(6_000, seed=11)).assign(batch_id="big")
    rng = np.random.default_rng(4)
    picked = big.iloc[rng.choice(len(big), 120, replace=False)]
    again = picked.assign(event_id="again-" + picked["event_id"],
                          batch_id=np.where(np.arange(120) % 3, "report", "report2"))
    frame = pd.concat([big, again], ignore_index=True)
    frame = frame.sort_values(["date_start", "event_id"], ignore_index=True)
    monkeypatch.setattr(incidents, "MAX_STEPS", 2)
    few = link_incidents(frame).to_numpy()
    monkeypatch.setattr(incidents, "_FEW", 0)  # never few: the look-ups from every event
    assert (few == link_incidents(frame).to_numpy()).all()
    assert np.unique(few).size <= len(frame) - 60  # most restatements found their event


def test_blocks_matched_in_groups_as_all_at_once(monkeypatch):
    """Pairs never join two (type, country) blocks, so sweeping and matching a few blocks at
    a time (the memory bound of a store ingested in many batches) links the same events."""
    from geoapp.query import incidents

    one = conform(synth_frame(5_000, seed=5))
    batches = np.array(["a", "b", "c"])[np.arange(len(one)) % 3]
    frame = pd.concat([one.assign(batch_id=batches),
                       one.assign(event_id="re-" + one["event_id"], batch_id="d")],
                      ignore_index=True)
    at_once = link_incidents(frame).to_numpy()
    monkeypatch.setattr(incidents, "_GROUP", 500)
    blocks = frame["event_type"].astype(str) + frame["country"].astype(str)
    assert len(incidents._groups(np.sort(pd.factorize(blocks)[0]), 500)) > 3
    assert (link_incidents(frame).to_numpy() == at_once).all()
    assert np.unique(at_once).size < len(one) + len(one) // 2  # most restatements linked


def test_view_sources_count_a_name_once_whether_source_or_outlet(claim):
    """The view counts on category codes: a name given as one event's source and another's
    outlet is one source, an event naming neither adds none, as :func:`source_keys` says."""
    events = [claim("a", "b1", source_name="Reuters"),
              claim("b", "b2", source_name=None, publisher="Reuters"),
              claim("c", "b3", source_name=None, publisher=None),
              claim("d", "b4", source_name="special forces", publisher="Kyiv Post"),
              claim("lone", "b5", event_type="attack", source_name=None, publisher=None)]
    view = EventView.from_frame(events_to_frame(events))
    counts = dict(zip(view.frame["event_id"], view.sources(), strict=True))
    assert counts == {"a": 2, "b": 2, "c": 2, "d": 2, "lone": 1}
    plain = view.frame.astype({"source_name": object, "publisher": object})
    assert (sources_per_event(plain, view.incidents()).to_numpy() == view.sources()).all()


def _mutual_best_as_written(batch: np.ndarray, i: np.ndarray, j: np.ndarray,
                            closeness: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The matching rule spelled out in pandas, halves sorted and deduplicated each round."""
    pid = np.arange(len(i))
    halves = pd.DataFrame({"node": np.concatenate([i, j]),
                           "other": np.concatenate([batch[j], batch[i]]),
                           "pid": np.concatenate([pid, pid]),
                           "c": np.concatenate([closeness, closeness])})
    halves = halves.sort_values(["c", "pid"], kind="stable")
    kept = []
    for _ in range(4):
        best = halves[~halves.duplicated(["node", "other"])]
        both = best["pid"].value_counts()
        chosen = both.index[both.to_numpy() == 2].to_numpy()
        if not len(chosen):
            break
        kept.append(chosen)
        taken = pd.MultiIndex.from_frame(halves[halves["pid"].isin(chosen)][["node", "other"]])
        busy = pd.MultiIndex.from_frame(halves[["node", "other"]]).isin(taken)
        halves = halves[~halves["pid"].isin(halves["pid"][busy].unique())]
    chosen = np.sort(np.concatenate(kept)) if kept else np.zeros(0, dtype=np.int64)
    return i[chosen], j[chosen]


def test_mutual_best_matching_takes_the_pairs_the_rule_says_ties_included():
    from geoapp.query import incidents

    rng = np.random.default_rng(7)
    for _ in range(200):
        n, batches = int(rng.integers(2, 40)), int(rng.integers(1, 5))
        batch = rng.integers(-1, batches, n)  # -1: no batch
        i, j = rng.integers(0, n, (2, int(rng.integers(0, 120))))
        i, j = i[i != j], j[i != j]
        closeness = rng.integers(0, 4, len(i)).astype(float)  # many ties
        closeness[rng.random(len(i)) < 0.3] += rng.random() * 3  # and distances
        got = incidents._mutual_best(batch, i, j, closeness)
        want = _mutual_best_as_written(batch, i, j, closeness)
        assert all((g == w).all() for g, w in zip(got, want, strict=True))


def test_packed_sort_orders_as_a_stable_lexsort():
    """Keys packed with the row number in 64 bits sort as lexsort does, ties by row; keys
    too wide to pack fall back to it."""
    from geoapp.query import incidents

    rng = np.random.default_rng(3)
    for _ in range(200):
        n = int(rng.integers(0, 300))
        keys = [rng.integers(0, int(rng.choice([1, 2, 50, 2**20, 2**40])), n)
                for _ in range(int(rng.integers(1, 4)))]
        assert (incidents._order_by(*keys) == np.lexsort(keys[::-1])).all()


def _with_added(seed: int, older: str = "one", added: int = 150):
    """A view of synthetic events, plus ``added`` rows in a batch of their own (restatements
    of some): the view, where the added rows are, and the view without them (as linked
    before they came). ``older``: the other events' batches, "one", "mixed" (three, at
    random) or "apart" (a second batch only among attacks, where nothing is restated)."""
    rng = np.random.default_rng(seed)
    base = conform(synth_frame(3_000, seed=seed))
    base["batch_id"] = (np.array(["older0", "older1", "older2"])[rng.integers(0, 3, len(base))]
                        if older == "mixed" else "older0")
    attack = np.flatnonzero((base["event_type"] == "attack").to_numpy())
    if older == "apart":  # restatements among attacks, linked before
        restated = base.iloc[attack[:200]]
        base = pd.concat([base, restated.assign(event_id="older-" + restated["event_id"],
                                                batch_id="older1")], ignore_index=True)
    others = (np.flatnonzero((base["event_type"] != "attack").to_numpy()) if older == "apart"
              else np.arange(len(base)))
    picked = base.iloc[rng.choice(others, added, replace=False)]
    again = picked.assign(event_id="again-" + picked["event_id"], batch_id="report")
    view = EventView.from_frame(pd.concat([base, again], ignore_index=True))
    fresh = np.flatnonzero(view.frame["event_id"].str.startswith("again-").to_numpy())
    before = view.frame.drop(index=fresh).reset_index(drop=True)
    return view.frame, fresh, before


@pytest.mark.parametrize("older", ["one", "mixed", "apart"])
@pytest.mark.parametrize("seed", range(3))
def test_rows_added_in_a_batch_of_their_own_link_as_linking_every_event(monkeypatch, seed,
                                                                        older):
    """Linked from the added rows only, the incidents and pairs are those of linking every
    event, whether the older rows are of one batch or several (a tight
    guard, so it often binds); groups linked before keep their members under their moved
    first rows."""
    from geoapp.query import incidents

    monkeypatch.setattr(incidents, "MAX_STEPS", 2)
    frame, fresh, before = _with_added(seed, older)
    links = incidents.empty_links()
    earlier = incidents.linked_incidents(before)
    if older != "mixed":  # distinct events of mixed batches may or may not look alike
        assert (len(np.unique(earlier[0])) < len(before)) == (older == "apart")
    got = incidents.extend_incidents(frame, links, *earlier, fresh)
    assert got is not None
    labels, pairs = incidents.linked_incidents(frame)
    assert (got[0] == labels).all() and _pair_set(got[1]) == _pair_set(pairs)
    assert len(np.unique(labels)) <= len(np.unique(earlier[0])) + len(fresh) // 2  # linked


def _pair_set(pairs: np.ndarray) -> set[tuple[int, int]]:
    return {(min(a, b), max(a, b)) for a, b in pairs.T.tolist()}


def test_added_rows_that_make_a_group_doubtful_split_it_as_linking_every_event():
    """Two claims of one strike (3-5 killed, two batches) are one incident; two later
    reports join them, one of them with a toll only the other allows (8-9), and the group,
    now holding claims that cannot all be true, keeps only its links between identical
    figures: the same split as linking every event, found from the kept pairs."""
    from geoapp.query import incidents

    def claim(event_id: str, batch: str, low: int, high: int) -> dict:
        return {"event_id": event_id, "batch_id": batch, "event_type": "attack",
                "country": "UA", "adm1_code": "UKR-327", "admin1": "Donetsk Oblast",
                "lon": 37.55, "lat": 48.02, "geo_precision": "exact",
                "date_start": dt.date(2025, 3, 1), "date_end": dt.date(2025, 3, 1),
                "status": "reported", "killed_low": low, "killed_high": high}

    rows = [claim("a", "first", 3, 5), claim("b", "second", 3, 5), claim("x", "first", 40, 40),
            claim("c", "third", 4, 9), claim("d", "fourth", 8, 9)]
    frame = EventView.from_frame(conform(pd.DataFrame(rows))).frame
    at = {event_id: k for k, event_id in enumerate(frame["event_id"].astype(str))}
    fresh = np.sort([at["c"], at["d"]])
    before = frame.drop(index=frame.index[fresh]).reset_index(drop=True)
    earlier = incidents.linked_incidents(before)
    kept = list(before["event_id"].astype(str))
    assert earlier[0][kept.index("a")] == earlier[0][kept.index("b")]  # one incident
    got = incidents.extend_incidents(frame, incidents.empty_links(), *earlier, fresh)
    assert got is not None
    labels, pairs = incidents.linked_incidents(frame)
    assert (got[0] == labels).all() and _pair_set(got[1]) == _pair_set(pairs)
    assert labels[at["a"]] == labels[at["b"]] and len({*labels[[at["c"], at["d"], at["a"]]]}) == 3
    assert got[2][[at["a"], at["b"], at["c"], at["d"]]].all() and not got[2][at["x"]]


def test_an_analyst_link_naming_an_added_row_links_every_event():
    from geoapp.query import incidents

    frame, fresh, before = _with_added(0)
    named = str(frame["event_id"].iloc[fresh[0]])
    links = pd.DataFrame({"event_a": [named], "event_b": [str(frame["event_id"].iloc[0])],
                          "confirmed": [False]})
    assert incidents.extend_incidents(frame, links, *incidents.linked_incidents(before, links),
                                      fresh) is None
