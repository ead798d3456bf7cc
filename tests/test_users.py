"""Accounts: stored in the store (schema 7), hashed with scrypt, managed with `geoapp users`."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from geoapp.cli import cli
from geoapp.frames import events_to_frame
from geoapp.server import passwords
from geoapp.store import Batch, open_store
from geoapp.store.migrations import latest_version
from geoapp.store.users import AccountError, local_user

PASSWORD = "a long passphrase"


def test_passwords_are_salted_memory_hard_hashes_that_verify():
    first, second = passwords.hash_password(PASSWORD), passwords.hash_password(PASSWORD)
    assert first != second and first.startswith("scrypt$15$8$1$")  # 2^15 × 8 × 128 B = 32 MiB
    assert PASSWORD not in first
    assert passwords.verify(PASSWORD, first) and passwords.verify(PASSWORD, second)
    assert not passwords.verify(PASSWORD + "!", first)
    assert not passwords.verify(PASSWORD, "not a hash")
    assert not passwords.verify_missing(PASSWORD)


@pytest.mark.parametrize("password", ["short", "x" * (passwords.MAX_LENGTH + 1)])
def test_too_short_or_too_long_passwords_are_refused(password):
    with pytest.raises(passwords.PasswordError):
        passwords.hash_password(password)


def test_store_keeps_accounts_and_refuses_bad_names_roles_and_duplicates(store):
    store.add_user("ana", "admin", "hash-1")
    store.add_user("oleh.k", "viewer", "hash-2")
    assert [(u.name, u.role) for u in store.users()] == [("ana", "admin"), ("oleh.k", "viewer")]
    before = store.user("oleh.k")
    store.set_password("oleh.k", "hash-3")
    store.set_role("oleh.k", "editor")
    after = store.user("oleh.k")
    assert (after.password_hash, after.role) == ("hash-3", "editor")
    assert after.password_changed_at > before.password_changed_at
    for bad in (lambda: store.add_user("ana", "viewer", "h"),
                lambda: store.add_user("a b", "viewer", "h"),
                lambda: store.add_user("\x1b[31mx", "viewer", "h"),
                lambda: store.add_user("zoe", "owner", "h"),
                lambda: store.remove_user("nobody"),
                lambda: store.set_password("nobody", "h")):
        with pytest.raises(AccountError):
            bad()
    store.remove_user("ana")
    assert store.user("ana") is None and [u.name for u in store.users()] == ["oleh.k"]


def test_a_version_6_store_gains_accounts_and_authors(store_target, make_event):
    store = open_store(store_target)
    store.write_batch(Batch.from_frame(events_to_frame([make_event()]), source="a", format="f"))
    with store.engine.begin() as conn:  # the file as version 6 wrote it
        conn.exec_driver_sql("DROP TABLE users")
        conn.exec_driver_sql("ALTER TABLE batches DROP COLUMN user_name")
        conn.exec_driver_sql("ALTER TABLE changes DROP COLUMN changed_by")
        conn.exec_driver_sql("UPDATE geoapp_meta SET value = '6' WHERE key = 'schema_version'")
    store.close()
    reopened = open_store(store_target)
    reopened.add_user("ana", "admin", "h")
    summary = reopened.write_batch(Batch.from_frame(
        events_to_frame([make_event(event_id="test:2")]), source="b", format="f"))
    with reopened.engine.connect() as conn:
        version = conn.exec_driver_sql(
            "SELECT value FROM geoapp_meta WHERE key = 'schema_version'").scalar_one()
        author = conn.exec_driver_sql("SELECT changed_by FROM changes ORDER BY seq DESC").first()
    assert int(version) == latest_version() >= 7
    assert (reopened.count(), author[0], reopened.user("ana").role) == (2, local_user(), "admin")
    assert reopened.batches().set_index("batch_id").loc[summary.batch_id, "user_name"] == local_user()


def test_a_batch_records_who_wrote_it(store, make_event):
    batch = Batch.from_frame(events_to_frame([make_event()]), source="a", format="f")
    batch.user = "ana"
    summary = store.write_batch(batch)
    with store.engine.connect() as conn:
        author = conn.exec_driver_sql("SELECT changed_by FROM changes").scalar_one()
    assert author == "ana"
    assert store.batches().set_index("batch_id").loc[summary.batch_id, "user_name"] == "ana"


def _users(db, *args, password: str | None = None):
    return CliRunner().invoke(cli, ["users", *args, "--db", str(db)],
                              input=None if password is None else password + "\n")


def test_users_command_adds_lists_changes_and_removes_accounts(tmp_path):
    db = tmp_path / "geoapp.db"
    added = _users(db, "add", "ana", "--role", "admin", "--password-stdin", password=PASSWORD)
    assert added.exit_code == 0, added.output
    store = open_store(db)
    old_hash = store.user("ana").password_hash
    assert passwords.verify(PASSWORD, old_hash)
    listed = _users(db, "list")
    assert listed.exit_code == 0 and "ana" in listed.output and "admin" in listed.output
    changed = _users(db, "passwd", "ana", "--password-stdin", password=PASSWORD + " two")
    assert changed.exit_code == 0 and passwords.verify(PASSWORD + " two", store.user("ana").password_hash)
    assert _users(db, "role", "ana", "viewer").exit_code == 0 and store.user("ana").role == "viewer"
    assert _users(db, "remove", "ana").exit_code == 0 and store.user("ana") is None


@pytest.mark.parametrize("args, password, message", [
    (("add", "bob", "--role", "viewer", "--password-stdin"), "short", "at least 10 characters"),
    (("add", "b b", "--role", "viewer", "--password-stdin"), PASSWORD, "is not allowed"),
    (("add", "bob", "--role", "owner", "--password-stdin"), PASSWORD, "'owner' is not one of"),
    (("remove", "nobody"), None, "no user 'nobody'"),
    (("passwd", "nobody", "--password-stdin"), PASSWORD, "no user 'nobody'"),
])
def test_users_command_mistakes_are_one_line_errors(tmp_path, args, password, message):
    db = tmp_path / "geoapp.db"
    open_store(db).close()
    result = _users(db, *args, password=password)
    assert result.exit_code != 0 and message in result.output
    assert "Traceback" not in result.output
    assert open_store(db).users() == []
