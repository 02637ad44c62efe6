"""The audit chain against the tampering of the reliability review (issue 16, item 13): truncation and a
rewritten chain are caught through heads kept outside the table (backup manifests, the printed 交接班记录)."""
from __future__ import annotations

import pytest
from sqlalchemy import text

from app import cli
from app.services import audit, duty, maintenance, printing, records, registry, store
from app.services.audit import AUDIT_FIELDS, _digest
from app.services.registry import BuildingInput
from tests.printing.print_helpers import page_texts, squash


@pytest.fixture(autouse=True)
def _gui_app(qapp):
    """The commands run in-process here: with the tests' QApplication, so that their translator does not
    create a QCoreApplication that no later widget test could replace."""

def work(db, admin, n: int, start: int = 1) -> None:
    for i in range(start, start + n):
        registry.save_building(db, admin, BuildingInput(str(i)))


def rows(db) -> int:
    with db.read() as s:
        return audit.head(s)[0]


def delete_last(db, n: int) -> None:
    with db.engine.begin() as conn:
        conn.execute(text("DELETE FROM audit_log WHERE id IN (SELECT id FROM audit_log ORDER BY id DESC "
                          "LIMIT :n)"), {"n": n})


def rewrite_from(db, first_id: int) -> None:
    """Change row ``first_id`` and recompute every hash after it, as the code does: the chain stays linked."""
    with db.engine.begin() as conn:
        conn.execute(text("UPDATE audit_log SET username = 'mallory' WHERE id = :i"), {"i": first_id})
        prev = conn.execute(text("SELECT hash FROM audit_log WHERE id < :i ORDER BY id DESC LIMIT 1"),
                            {"i": first_id}).scalar() or ""
        cols = ", ".join(f'"{c}"' for c in AUDIT_FIELDS)
        for r in conn.execute(text(f"SELECT id, {cols} FROM audit_log WHERE id >= :i ORDER BY id"),
                              {"i": first_id}).mappings().all():
            row = {k: r[k] for k in AUDIT_FIELDS}
            from datetime import datetime
            row["at"] = datetime.fromisoformat(str(row["at"]))
            digest = _digest(prev, row)
            conn.execute(text("UPDATE audit_log SET prev_hash = :p, hash = :h WHERE id = :i"),
                         {"p": prev, "h": digest, "i": r["id"]})
            prev = digest


def test_deleting_the_last_rows_is_reported_as_truncation(db, admin):
    work(db, admin, 5)
    maintenance.manual_backup(db, admin)          # its manifest anchors the head
    work(db, admin, 3, start=10)
    assert audit.verify(db, audit.anchors_for(db)).ok
    delete_last(db, 6)                           # back below the backup's head
    assert audit.verify(db).ok                   # what the old check said: OK
    report = audit.verify(db, audit.anchors_for(db))
    assert (report.ok, report.problem) == (False, "truncated") and "recorded" in report.describe()
    assert not store.check(db).ok


def test_a_rewritten_chain_no_longer_matches_its_anchor(db, admin):
    work(db, admin, 5)
    maintenance.manual_backup(db, admin)
    with db.read() as s:
        victim = s.execute(text("SELECT min(id) + 3 FROM audit_log")).scalar()
    rewrite_from(db, victim)
    assert audit.verify(db).ok                   # every link still matches
    report = audit.verify(db, audit.anchors_for(db))
    assert (report.ok, report.problem) == (False, "rewritten")


def test_the_handover_sheet_prints_an_anchor_the_cli_checks(db, actor, capsys):
    reception = actor("receptionist")
    log_id = duty.take_over(db, reception, duty.handover_brief(db, reception).key)
    number = records.get(db, reception, duty.DUTY_KIND, log_id).number
    sheet = squash("".join(page_texts(printing.print_document(db, reception, "shift_handover", number))))
    assert "审计校验" in sheet
    anchor = sheet.split("审计校验", 1)[1].split("（", 1)[0]
    count, digest = anchor.split(":")
    assert int(count) == rows(db) - 1 and len(digest) == 16    # the print's own row comes after it

    def verify(*extra) -> int:
        code = cli.run_command(cli.build_parser().parse_args(
            ["audit", "verify", "--db", str(db.path), "--lang", "en", *extra]))
        return code
    assert verify("--anchor", anchor) == 0
    delete_last(db, 3)
    assert verify() == 0                          # nothing else remembers those rows …
    assert verify("--anchor", anchor) == 1        # … but the paper does
    assert "truncated" in capsys.readouterr().err


def test_a_restore_does_not_count_as_truncation(db, admin):
    work(db, admin, 2)
    early = maintenance.manual_backup(db, admin)
    work(db, admin, 4, start=10)
    maintenance.manual_backup(db, admin)          # an anchor beyond the backup restored below
    url = db.url
    db.dispose()
    restored = maintenance.restore(url, admin, early)
    assert audit.verify(restored.db, audit.anchors_for(restored.db)).ok
    assert store.check(restored.db).ok
    restored.db.dispose()
