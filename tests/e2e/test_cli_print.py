"""`frontdesk print`, run as an administrator runs it (a new process each)."""
import io
import json
import re
import sqlite3

import pytest

from tests.conftest import new_store
from tests.e2e.test_cli import run

pypdf = pytest.importorskip("pypdf")


@pytest.fixture
def store_path(tmp_path):
    from app.services import registry
    from app.services.base import system_actor
    from app.services.registry import BuildingInput, PersonInput, RoomInput

    db = new_store(tmp_path / "cli.sqlite3")
    actor = system_actor()
    b = registry.save_building(db, actor, BuildingInput("3"))
    u = registry.save_unit(db, actor, b, "2")
    room = registry.save_room(db, actor, RoomInput(u, "1502", "15", "128.56"))
    registry.save_person(db, actor, PersonInput("王建国", "13805716688", id_number="11010519491231002X"),
                         room_id=room, role="owner")
    db.dispose()
    return tmp_path / "cli.sqlite3"


def text_of(path) -> str:
    reader = pypdf.PdfReader(io.BytesIO(path.read_bytes()))
    return re.sub(r"\s+", "", "".join(p.extract_text() or "" for p in reader.pages))


def test_print_list_names_the_printable_forms(tmp_path):
    out = run("print", "--list", home=tmp_path).stdout
    forms = dict(line.split("\t") for line in out.strip().splitlines())
    assert forms["household_card"] == "房屋档案卡"
    assert forms["test_page"] == "打印测试页"


def test_print_a_household_card_then_a_reprint_of_one_copy(store_path, tmp_path):
    first, second = tmp_path / "card.pdf", tmp_path / "again.pdf"
    out = run("print", "household_card", "3-2-1502", "--db", str(store_path), "-o", str(first),
              home=tmp_path)
    assert out.stdout.strip() == str(first)
    text = text_of(first)
    assert "房屋档案卡" in text and "3-2-1502" in text and "补打" not in text
    # the command line prints as a role without people.see_id does (DOMAIN.md §3.3): masked
    assert "1101**********002X" in text and "11010519491231002X" not in text
    assert "138****6688" in text and "13805716688" not in text
    run("print", "household_card", "3-2-1502", "--db", str(store_path), "-o", str(second), "--copy", "1",
        home=tmp_path)
    assert "补打第1次" in text_of(second)
    with sqlite3.connect(store_path) as conn:
        rows = conn.execute("SELECT username, after FROM audit_log WHERE action = 'print' AND "
                            "entity = 'household_card' AND entity_id = '3-2-1502' ORDER BY id").fetchall()
    assert [(u, json.loads(a)) for u, a in rows] == [("system", {"copy": None, "reprint": 0}),
                                                     ("system", {"copy": 1, "reprint": 1})]


@pytest.mark.parametrize("args,reason", [
    (("nope", "3-2-1502"), "no printable form nope"),
    (("household_card", "9-9-999"), "no room 9-9-999"),
    (("household_card", "3-2-1502", "--copy", "2"), "copies"),
])
def test_unknown_form_number_or_copy_fails_with_one_line(store_path, tmp_path, args, reason):
    out = tmp_path / "x.pdf"
    proc = run("print", *args, "--db", str(store_path), "-o", str(out), "--lang", "en", home=tmp_path,
               check=False)
    assert proc.returncode == 1
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1 and reason in lines[0] and lines[0].startswith("frontdesk print:")
    assert not out.exists()


def test_command_messages_are_chinese_by_default(store_path, tmp_path):
    proc = run("print", "household_card", "9-9-999", "--db", str(store_path), "-o", str(tmp_path / "x.pdf"),
               home=tmp_path, check=False)
    assert proc.returncode == 1 and "没有房屋 9-9-999" in proc.stderr


def test_print_without_output_explains_the_usage(store_path, tmp_path):
    proc = run("print", "household_card", "--db", str(store_path), "--lang", "en", home=tmp_path, check=False)
    assert proc.returncode == 1 and "usage" in proc.stderr
