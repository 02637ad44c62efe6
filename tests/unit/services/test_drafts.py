"""Drafts kept for one user by the service (the UI never writes ui_draft itself)."""
from __future__ import annotations

from app.services import drafts


def test_drafts_are_kept_per_user_and_taken_once(db, actor):
    desk, clerk = actor("receptionist"), actor("clerk")
    assert drafts.replace_all(db, desk, [("record_action#0", {"values": {"note": "等业主"}}),
                                         ("relay_slip#1", {"values": {"subject": "漏水"}})]) == 2
    assert drafts.keep(db, desk, "worklog_quick", {"values": {"caller": "王建国"}})
    assert drafts.keep(db, desk, "worklog_quick", {"values": {"caller": "李秀英"}})   # in place of the last one
    assert drafts.take(db, clerk) == []
    assert drafts.take(db, desk) == [("record_action", {"values": {"note": "等业主"}}),
                                     ("relay_slip", {"values": {"subject": "漏水"}}),
                                     ("worklog_quick", {"values": {"caller": "李秀英"}})]
    assert drafts.take(db, desk) == []
    assert drafts.replace_all(db, desk, []) == 0
