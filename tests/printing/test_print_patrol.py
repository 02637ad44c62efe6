"""客服部日巡视检查记录 printed from the database and read back from its PDF."""
from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from app.domain.errors import NotFound, PermissionDenied
from app.printing.forms.patrol_daily import result_text, sample
from app.services import patrol as svc
from app.services import printing, records
from app.services.patrol import CheckpointInput, IssueInput, RouteInput
from tests.printing.print_helpers import page_texts, squash

MONDAY = datetime(2026, 6, 8, 9, 0)


@pytest.fixture
def clock(monkeypatch):
    state = {"at": MONDAY}
    monkeypatch.setattr("app.services.base.now", lambda: state["at"])
    return state


def test_daily_record_prints_rounds_checkpoints_and_findings(db, admin, actor, clock, tmp_path):
    rid = svc.save_route(db, admin, RouteInput("日常巡视"))
    points = [svc.save_checkpoint(db, admin, CheckpointInput(rid, name))
              for name in ("1号楼大堂", "消防通道", "地下车库")]
    steward = actor("steward")
    pid = svc.start_patrol(db, steward, rid, "morning")
    svc.record_check(db, steward, pid, points[0], "normal")
    (tmp_path / "1.jpg").write_bytes(b"\xff\xd8\xff")
    svc.record_check(db, steward, pid, points[1], "abnormal", note="堆放纸箱", photo=str(tmp_path / "1.jpg"),
                     issue=IssueInput("", "fire", "消防通道堆放纸箱", dept="security"))
    old = svc.report_issue(db, steward, IssueInput("5号楼北侧绿化带", "greenery", "草坪斑秃"))
    clock["at"] = MONDAY + timedelta(days=8)
    pdf = printing.print_document(db, admin, "patrol_daily", "2026-06-08")
    whole = squash("".join(page_texts(pdf)))
    for part in ("客服部日巡视检查记录", "2026年06月08日", "星期一", "一、巡视检查情况", "二、发现问题及整改",
                 "1号楼大堂", "正常", "消防通道", "异常", "堆放纸箱（附照片）", "地下车库", "未检",
                 "消防", "秩序维护部", "5号楼北侧绿化带", "逾期", "检查结果", "巡视人", "客服主管", "上午",
                 "进行中"):
        assert part in whole, part
    assert records.get(db, admin, "patrol_issue", old).number in whole
    assert "补打" not in whole
    again = squash("".join(page_texts(printing.print_document(db, admin, "patrol_daily", "2026-06-08"))))
    assert "补打" in again


def test_daily_record_refusals(db, admin, actor):
    with pytest.raises(NotFound):
        printing.render_document(db, admin, "patrol_daily", "昨天")
    with pytest.raises(PermissionDenied):
        printing.render_document(db, actor("it"), "patrol_daily", "2026-06-08")
    empty = squash("".join(page_texts(printing.render_document(db, admin, "patrol_daily", "2026-06-08"))))
    assert "本日无巡视记录" in empty and "发现问题0项" in empty


def test_result_line_counts():
    text = result_text(sample())
    assert "本日巡视2次，完成1次（计划2次）" in squash(text)
    assert "异常点3处" in squash(text) and "未检点3处" in squash(text) and "逾期未整改1项" in squash(text)
