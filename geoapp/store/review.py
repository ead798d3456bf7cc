"""Review actions in the store: each one replaces event rows, keeps what it replaced, can be undone.

Backend-neutral (plain SQLAlchemy Core), run inside a backend's write transaction
like :mod:`geoapp.store.areas`. An action moves the versions it replaces to
``event_history`` (with the action's id, time and reviewer), writes the new rows
with the new data version (so the query view's incremental patch picks them up),
records removed ids in ``deleted_events``, and logs itself in ``review_actions``
with the replaced rows and links as JSON: undoing it writes them back the same way.
"""

from __future__ import annotations

import datetime as dt
import json
import uuid
from typing import Any

import pandas as pd
from sqlalchemy import Connection, Date, DateTime, insert, literal, select

from geoapp.frames import conform, content_hashes
from geoapp.store import schema
from geoapp.store.base import ReviewWrite, StoreError, id_chunks


def write_review(conn: Connection, change: ReviewWrite, seq: int, when: dt.datetime) -> str:
    """Apply one review action at data version ``seq``; return its id."""
    action_id = uuid.uuid4().hex
    written = [str(i) for i in change.events["event_id"]] if len(change.events) else []
    touched = list(dict.fromkeys(written + list(change.removed)))
    before = {"events": [_jsonable(r) for r in _stored(conn, touched)],
              "links": [_link_state(conn, a, b) for a, b, _ in change.links]}
    rows = _rows(change.events, seq)
    _replace(conn, touched, rows, action_id, change.reviewer, when, seq)
    for a, b, confirmed in change.links:
        _set_link(conn, a, b, confirmed, change.reviewer, when)
    after = {"events": written, "removed": list(change.removed),
             "hashes": {r["event_id"]: r["content_hash"] for r in rows},
             "links": [[a, b, confirmed] for a, b, confirmed in change.links]}
    conn.execute(insert(schema.review_actions).values(
        action_id=action_id, at=when, reviewer=change.reviewer, kind=change.kind,
        event_ids=json.dumps(list(change.event_ids)), reason=change.reason,
        before=json.dumps(before, ensure_ascii=False), after=json.dumps(after),
        data_version=seq))
    return action_id


def undo_last(conn: Connection, reviewer: str, seq: int, when: dt.datetime) -> dict | None:
    """Undo ``reviewer``'s latest action not yet undone; None when there is none.

    Refused when those events are no longer as the action left them (another action
    changed them since): undoing would silently throw that later work away.
    """
    actions = schema.review_actions
    row = conn.execute(select(actions).where(actions.c.reviewer == reviewer,
                                             actions.c.undone_at.is_(None))
                       .order_by(actions.c.data_version.desc()).limit(1)).mappings().first()
    if row is None:
        return None
    before, after = json.loads(row["before"]), json.loads(row["after"])
    touched = list(dict.fromkeys(after["events"] + after["removed"]
                                 + [r["event_id"] for r in before["events"]]))
    now_stored = {r["event_id"]: r["content_hash"] for r in _stored(conn, touched)}
    later = [i for i in touched if now_stored.get(i) != after["hashes"].get(i)]
    if later:
        raise StoreError(f"cannot undo the {row['kind']} of {', '.join(later)}: "
                         "changed again since by a later action")
    restored = [_restored(r, seq) for r in before["events"]]
    _replace(conn, touched, restored, row["action_id"], reviewer, when, seq)
    for state in before["links"]:
        _set_link(conn, state["event_a"], state["event_b"], state["confirmed"],
                  state["reviewer"] or reviewer, when)
    conn.execute(actions.update().where(actions.c.action_id == row["action_id"])
                 .values(undone_at=when))
    return {"action_id": row["action_id"], "kind": row["kind"],
            "event_ids": json.loads(row["event_ids"])}


def read_actions(conn: Connection, reviewer: str | None = None) -> pd.DataFrame:
    table = schema.review_actions
    query = select(table.c.action_id, table.c.at, table.c.reviewer, table.c.kind,
                   table.c.event_ids, table.c.reason, table.c.data_version, table.c.undone_at)
    if reviewer:
        query = query.where(table.c.reviewer == reviewer)
    rows = conn.execute(query.order_by(table.c.data_version)).mappings().all()
    return pd.DataFrame(rows, columns=[c.name for c in query.selected_columns])


def read_links(conn: Connection) -> pd.DataFrame:
    table = schema.incident_links
    rows = conn.execute(select(table.c.event_a, table.c.event_b, table.c.confirmed)
                        .order_by(table.c.event_a, table.c.event_b)).all()
    frame = pd.DataFrame(rows, columns=["event_a", "event_b", "confirmed"])
    return frame.astype({"event_a": object, "event_b": object, "confirmed": bool})


def save_report(conn: Connection, report: dict[str, Any], user: str | None,
                when: dt.datetime) -> None:
    """Store (or replace) a report's text under its origin."""
    table = schema.reports
    conn.execute(table.delete().where(table.c.origin == report["origin"]))
    conn.execute(insert(table).values(**report, added_at=when, added_by=user))


def read_report(conn: Connection, origin: str) -> dict | None:
    table = schema.reports
    row = conn.execute(select(table).where(table.c.origin == origin)).mappings().first()
    return dict(row) if row else None


def read_events(conn: Connection, ids: list[str] | None, status: str | None) -> pd.DataFrame:
    """Stored events by id and/or status as a conformed model frame."""
    query = select(schema.events)
    if status is not None:
        query = query.where(schema.events.c.status == status)
    if ids is None:
        rows = conn.execute(query).mappings().all()
    else:
        rows = [r for chunk in id_chunks(ids)
                for r in conn.execute(query.where(schema.events.c.event_id.in_(chunk))).mappings()]
    return conform(pd.DataFrame([dict(r) for r in rows])).reset_index(drop=True)


# -- rows ----------------------------------------------------------------------------
def _stored(conn: Connection, ids: list[str]) -> list[dict]:
    events = schema.events
    return [dict(r) for chunk in id_chunks(ids)
            for r in conn.execute(select(events).where(events.c.event_id.in_(chunk))).mappings()]


def _replace(conn: Connection, ids: list[str], rows: list[dict], action_id: str, reviewer: str,
             when: dt.datetime, seq: int) -> None:
    """Move the stored versions of ``ids`` to history, write ``rows``, log the ids now gone."""
    events, history = schema.events, schema.event_history
    columns = [c.name for c in events.columns]
    for chunk in id_chunks(ids):
        conn.execute(insert(history).from_select(
            [*columns, "replaced_at", "action_id", "changed_by"],
            select(*events.columns, literal(when, DateTime), literal(action_id),
                   literal(reviewer)).where(events.c.event_id.in_(chunk))))
        conn.execute(events.delete().where(events.c.event_id.in_(chunk)))
    if rows:
        conn.execute(insert(events), rows)
    gone = sorted(set(ids) - {r["event_id"] for r in rows})
    if gone:
        conn.execute(insert(schema.deleted_events),
                     [{"event_id": i, "change_seq": seq} for i in gone])


def _rows(frame: pd.DataFrame, seq: int) -> list[dict]:
    """Model-column events as stored rows: hashed, stamped with the data version."""
    if not len(frame):
        return []
    frame = conform(frame).reset_index(drop=True)
    frame["content_hash"] = content_hashes(frame)
    frame["change_seq"] = seq
    out = []
    for record in frame[list(schema.EVENT_COLUMNS)].to_dict("records"):
        out.append({name: _python(schema.events.c[name].type, value)
                    for name, value in record.items()})
    return out


def _python(kind: Any, value: Any) -> Any:
    """A frame cell as the value the column takes (None for missing)."""
    if value is None or (not isinstance(value, (list, str)) and pd.isna(value)):
        return None
    if isinstance(kind, Date):
        return pd.Timestamp(value).date()
    if isinstance(kind, DateTime):
        stamp = pd.Timestamp(value)
        return (stamp.tz_convert("UTC").tz_localize(None) if stamp.tzinfo else stamp).to_pydatetime()
    return value.item() if hasattr(value, "item") else value


def _jsonable(row: dict) -> dict:
    return {k: v.isoformat() if isinstance(v, (dt.date, dt.datetime)) else v
            for k, v in row.items()}


def _restored(row: dict, seq: int) -> dict:
    out = {}
    for name, value in row.items():
        kind = schema.events.c[name].type
        if value is not None and isinstance(kind, DateTime):
            value = dt.datetime.fromisoformat(value)
        elif value is not None and isinstance(kind, Date):
            value = dt.date.fromisoformat(value)
        out[name] = value
    out["change_seq"] = seq
    return out


# -- links ---------------------------------------------------------------------------
def _ordered(a: str, b: str) -> tuple[str, str]:
    return (a, b) if a <= b else (b, a)


def _link_state(conn: Connection, a: str, b: str) -> dict:
    a, b = _ordered(a, b)
    table = schema.incident_links
    row = conn.execute(select(table.c.confirmed, table.c.reviewer).where(
        table.c.event_a == a, table.c.event_b == b)).first()
    return {"event_a": a, "event_b": b, "confirmed": None if row is None else bool(row[0]),
            "reviewer": None if row is None else row[1]}


def _set_link(conn: Connection, a: str, b: str, confirmed: bool | None, reviewer: str,
              when: dt.datetime) -> None:
    """Record the analyst's word on a pair (None: take it back)."""
    a, b = _ordered(a, b)
    table = schema.incident_links
    conn.execute(table.delete().where(table.c.event_a == a, table.c.event_b == b))
    if confirmed is not None:
        conn.execute(insert(table).values(event_a=a, event_b=b, confirmed=confirmed,
                                          reviewer=reviewer, at=when))

