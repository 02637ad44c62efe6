"""Fields required only in some cases (``FieldSpec.required_when``): the create and action dialogs mark the
``*`` only while the case holds, live as the controlling field changes, and the service refuses the missing
value with the field's message (in Chinese on the Chinese desk)."""
from __future__ import annotations

from datetime import date

import pytest

from app import i18n_qt
from app.domain.errors import ValidationError
from app.domain.keys import KEY_KIND
from app.services import keys as svc
from app.services import patrol, records, registry
from app.services import vacancy as vacancy_svc
from app.services.registry import BuildingInput, PersonInput, RoomInput
from tests.ui.conftest import wait_ops
from tests.unit.services.test_visits import OWNER_ID


@pytest.fixture
def rooms(db, admin):
    b = registry.save_building(db, admin, BuildingInput("3"))
    u = registry.save_unit(db, admin, b, "2")
    ids = {f"3-2-{no}": registry.save_room(db, admin, RoomInput(u, no, "15", "98.5")) for no in ("1501", "1502")}
    registry.save_person(db, admin, PersonInput("王建国", "13805716688", id_number=OWNER_ID),
                         room_id=ids["3-2-1502"], role="owner", is_primary=True)
    return ids


def starred(dlg, key: str) -> bool:
    return dlg.form.labels[key].text().endswith(" *")


def test_the_key_intake_marks_the_location_or_the_owner_by_category(qtbot, db, actor, rooms, window_for):
    desk = actor("receptionist")
    w = window_for(db, desk)
    page = w.show_page("keys")
    dlg = page.keys.new_record()
    assert dlg.form.value("category") == "owner"
    assert starred(dlg, "entrusted_by") and not starred(dlg, "location")
    dlg.form.set_value("category", "public")             # as the user picks it: the marks move at once
    assert starred(dlg, "location") and not starred(dlg, "entrusted_by")
    dlg.form.set_values({"key_no": "P-001"})
    dlg.save()
    assert dlg.isVisible() and "Location (common area) is required" in dlg.form.error_text("location")
    dlg.form.set_value("category", "developer")
    assert not starred(dlg, "location") and not starred(dlg, "entrusted_by")
    dlg.close()
    wait_ops(qtbot, w)


def test_the_lend_dialog_marks_the_document_and_phone_of_a_borrower_who_is_not_staff(qtbot, db, actor, rooms,
                                                                                    window_for):
    desk = actor("receptionist")
    kid = records.create(db, desk, KEY_KIND, {"key_no": "D-001", "category": "developer", "room": "3-2-1501"})
    w = window_for(db, desk)
    page = w.show_page("keys")
    page.open_record(KEY_KIND, kid)
    dlg = page.lend_selected()
    assert dlg.form.value("borrower_type") == "owner"
    assert starred(dlg, "id_number") and starred(dlg, "phone") and not starred(dlg, "purpose_text")
    dlg.form.set_value("borrower_type", "staff")
    assert not starred(dlg, "id_number") and not starred(dlg, "phone")
    dlg.form.set_value("purpose", "other")
    assert starred(dlg, "purpose_text")
    dlg.form.set_value("purpose", "inspection")
    assert not starred(dlg, "purpose_text")
    dlg.close()
    wait_ops(qtbot, w)


def test_the_vacant_inspection_marks_a_finding_only_on_an_anomaly(qtbot, db, admin, rooms, window_for):
    uid = records.create(db, admin, vacancy_svc.UNIT_KIND, {"room": "3-2-1501", "vacancy_type": "3",
                                                            "since": date.today()})
    w = window_for(db, admin)
    page = w.show_page("vacancy")
    wait_ops(qtbot, w)
    page.open_record(vacancy_svc.UNIT_KIND, uid)
    insp = page.inspect()
    assert not starred(insp, "check_water")
    insp.form.set_value("ok_water", "anomaly")
    assert starred(insp, "check_water") and not starred(insp, "check_doors_windows")
    insp.form.set_value("ok_water", "ok")
    assert not starred(insp, "check_water")
    insp.close()
    wait_ops(qtbot, w)


def test_the_services_refuse_what_the_case_requires_in_chinese(qapp, db, actor, rooms):
    desk, steward = actor("receptionist"), actor("steward")
    i18n_qt.install("zh_CN")
    try:
        with pytest.raises(ValidationError) as err:
            records.create(db, desk, KEY_KIND, {"key_no": "P-002", "category": "public"})
        assert err.value.field == "location" and str(err.value) == "请填写位置（公共区域）"
        with pytest.raises(ValidationError) as err:
            records.create(db, desk, KEY_KIND, {"key_no": "A-002", "category": "owner", "room": "3-2-1502"})
        assert err.value.field == "entrusted_by"
        kid = records.create(db, desk, KEY_KIND, {"key_no": "D-002", "category": "developer", "room": "3-2-1501"})
        with pytest.raises(ValidationError) as err:
            svc.lend(db, desk, kid, {"borrower_type": "agent", "borrower_name": "张三", "purpose": "inspection"})
        assert err.value.field == "id_number" and "证件号码" in str(err.value) and "电话" in str(err.value)
        with pytest.raises(ValidationError) as err:
            svc.lend(db, desk, kid, {"borrower_type": "staff", "borrower_name": "李师傅", "purpose": "other"})
        assert err.value.field == "purpose_text"
        with pytest.raises(ValidationError) as err:
            patrol.report_issue(db, steward, patrol.IssueInput("大堂", "cleaning", "地面污渍", handled_on_site=True))
        assert err.value.field == "fix_note"
    finally:
        i18n_qt.install("en")
    # staff borrowing for a stated purpose give neither document nor phone
    assert svc.lend(db, desk, kid, {"borrower_type": "staff", "borrower_name": "李师傅", "purpose": "inspection"})
