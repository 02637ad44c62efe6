"""交接班记录 printed from a real duty log, read back with pypdf."""
from __future__ import annotations

from dataclasses import replace
from datetime import datetime

import pytest

from app.domain.errors import NotFound, PermissionDenied
from app.printing.registry import SAMPLE_ESTATE, render
from app.services import duty, printing, records, registry, worklog
from app.services.worklog import EntryInput
from tests.printing.print_helpers import page_texts, squash


@pytest.fixture
def clock(monkeypatch):
    box = {"at": datetime(2025, 6, 12, 8, 20)}
    monkeypatch.setattr("app.services.base.now", lambda: box["at"])
    return box


def text_of(pdf: bytes) -> str:
    return squash("".join(page_texts(pdf)))


def test_the_sample_reads_back():
    from app.printing.forms.shift_handover import sample
    text = text_of(render("shift_handover", sample(), estate=SAMPLE_ESTATE))
    for expected in ("交接班记录", "ZB20250612-0001", "值班日期", "2025-06-12白班（08:30—17:30）",
                     "陈静、刘洋（12:05起）", "一、值班记录", "二、遗留事项", "三、移交物品",
                     "LX20250612-0003", "3-2-1502渗水已派工程部", "前台钥匙柜钥匙1把", "6件",
                     "陈静交赵敏，2025-06-1217:28", "赵敏，2025-06-1217:31", "交班人", "接班人", "阳光花园"):
        assert expected in text, expected


def test_an_open_log_prints_as_not_yet_handed_over():
    from app.printing.forms.shift_handover import sample
    data = replace(sample(), handed_at=None, handed_by="", handed_to="", acknowledged_at=None,
                   acknowledged_by="", mail_count=None, events=[], open_items=[], carried_over="")
    text = text_of(render("shift_handover", data, estate=SAMPLE_ESTATE))
    assert "（尚未交班）" in text and "（尚未接班）" in text
    assert "交班时无未结事项" in text          # the events table keeps blank rows to write in by hand


def test_a_real_shift_prints_with_its_events_and_handover(db, actor, admin, clock):
    reception, clerk = actor("receptionist"), actor("clerk")
    b = registry.save_building(db, admin, registry.BuildingInput("3"))
    u = registry.save_unit(db, admin, b, "2")
    registry.save_room(db, admin, registry.RoomInput(u, "1502", "15", "89.5"))
    brief = duty.handover_brief(db, reception)
    log_id = duty.take_over(db, reception, brief.key)
    clock["at"] = datetime(2025, 6, 12, 9, 12)
    worklog.create_entry(db, reception, EntryInput(caller="王建国", room="3-2-1502", phone="13805716688",
                                                content="卫生间吊顶渗水", category="repair"))
    duty.add_event(db, reception, "5号楼电梯年检停运")
    clock["at"] = datetime(2025, 6, 12, 17, 28)
    log = records.get(db, reception, duty.DUTY_KIND, log_id)
    records.act(db, reception, duty.DUTY_KIND, log_id, "hand_over", {
        "handed_to": clerk.staff_id, "carried_over": "渗水明早回访", "desk_keys": "前台钥匙3把",
        "petty_items": "雨伞2把", "mail_count": "4"}, version=log.version)
    clock["at"] = datetime(2025, 6, 12, 17, 31)
    duty.take_over(db, clerk, duty.handover_brief(db, clerk).key)
    pdf = printing.print_document(db, reception, "shift_handover", log.number)
    text = text_of(pdf)
    for expected in ("交接班记录", log.number, "2025-06-12白班（08:30—17:30）", reception.name,
                     "09:12", "工作日志", "王建国3-2-1502：卫生间吊顶渗水", "GZ20250612-0001",
                     "值班记事", "5号楼电梯年检停运", "渗水明早回访",
                     "前台钥匙3把", "雨伞2把", "4件", f"{reception.name}交{clerk.name}，2025-06-1217:28",
                     f"{clerk.name}，2025-06-1217:31", "已接班"):
        assert expected in text, expected
    assert "GZ20250612-0001" in text                       # the open row carried over, with its number
    assert printing.print_count(db, "shift_handover", log.number) == 1
    assert "补打" in text_of(printing.print_document(db, reception, "shift_handover", log.number))


def test_print_refusals(db, actor, clock):
    with pytest.raises(NotFound):
        printing.preview_document(db, actor("receptionist"), "shift_handover", "ZB20250612-0999")
    with pytest.raises(PermissionDenied):
        printing.preview_document(db, actor("it"), "shift_handover", "ZB20250612-0001")
