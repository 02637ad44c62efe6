"""The demo estate generator: deterministic, realistic, and every generated value passes our validators."""
from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import time
from collections import Counter
from datetime import date
from decimal import Decimal

import pytest

from app.demo import DEMO_PASSWORD, demo_roster_rows, generate_estate, generate_staff
from app.demo.generate import POLYPHONIC_SURNAMES
from app.domain.enums import DeliveryState, Gender, IdType, OccupancyState, PersonType, RoomRole, RoomType, StaffRole
from app.domain.validation import check_id_number, check_phone

TODAY = date(2025, 6, 1)


@pytest.fixture(scope="module")
def estate():
    return generate_estate(1, today=TODAY)


def _age(id_number: str, today: date) -> int:
    born = date(int(id_number[6:10]), int(id_number[10:12]), int(id_number[12:14]))
    return today.year - born.year - ((today.month, today.day) < (born.month, born.day))


def test_same_seed_same_estate_other_seed_other_estate(estate):
    assert generate_estate(1, today=TODAY) == estate
    other = generate_estate(2, today=TODAY)
    assert other != estate
    assert [p.id_number for p in other.people[:20]] != [p.id_number for p in estate.people[:20]]


def test_deterministic_across_processes():
    """No set or hash order leaks into the output: two interpreters with other hash seeds agree."""
    code = ("import hashlib; from datetime import date; from app.demo import generate_estate; "
            "e = generate_estate(7, 3, 200, today=date(2025, 6, 1)); "
            "print(hashlib.sha256(repr(e).encode()).hexdigest())")
    digests = set()
    for seed in ("1", "2"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env,
                             check=True, cwd=os.path.dirname(os.path.dirname(os.path.dirname(
                                 os.path.dirname(os.path.abspath(__file__))))))
        digests.add(out.stdout.strip())
    local = hashlib.sha256(repr(generate_estate(7, 3, 200, today=TODAY)).encode()).hexdigest()
    assert digests == {local}


def test_estate_header(estate):
    assert estate.name == "锦绣华庭"
    assert estate.code and estate.address and estate.developer and estate.hotline and estate.company


def test_buildings_units_rooms_structure(estate):
    assert [b.building_no for b in estate.buildings] == [str(i) for i in range(1, 7)]
    assert [b.seq for b in estate.buildings] == list(range(1, 7))
    assert any(b.has_lift for b in estate.buildings)
    assert any(not b.has_lift for b in estate.buildings)  # a 6-storey 洋房 block
    for b in estate.buildings:
        assert b.name == f"{b.building_no}栋"
        assert 2 <= len(b.units) <= 3
        assert b.has_lift == (b.floors > 7)
        for u in b.units:
            assert u.floors == b.floors and u.has_lift == b.has_lift
            per_floor = Counter(r.floor for r in u.rooms)
            assert set(per_floor) == set(range(1, b.floors + 1))
            assert len(set(per_floor.values())) == 1 and 2 <= next(iter(per_floor.values())) <= 4
            for r in u.rooms:
                assert r.building_no == b.building_no and r.unit_no == u.unit_no
                assert r.room_no[:-2] == str(r.floor) and 1 <= int(r.room_no[-2:]) <= 4
                assert r.code == f"{b.building_no}-{u.unit_no}-{r.room_no}"
    tall = [b for b in estate.buildings if b.has_lift]
    assert all(11 <= b.floors <= 32 for b in tall)


def test_room_codes_unique_and_count_near_target(estate):
    codes = [r.code for r in estate.rooms]
    assert len(codes) == len(set(codes))
    assert abs(len(codes) - 1000) <= 50


def test_areas_layouts_and_types(estate):
    rooms = estate.rooms
    for r in rooms:
        assert isinstance(r.area, Decimal) and r.area > 0
        assert r.area == r.area.quantize(Decimal("0.01")) and r.area.as_tuple().exponent == -2
        assert r.inner_area is not None and 0 < r.inner_area < r.area
        assert r.fee_coefficient == Decimal("1.00")
        if r.room_type is RoomType.RESIDENTIAL:
            assert Decimal(60) <= r.area <= Decimal(180)
            assert r.layout and r.layout[1] == "室" and r.layout.endswith("卫")
        else:
            assert r.room_type is RoomType.SHOP and r.layout == ""
            assert r.building_no == "1" and r.floor == 1
    types = Counter(r.room_type for r in rooms)
    assert types[RoomType.RESIDENTIAL] > 0.95 * len(rooms)
    assert 4 <= types[RoomType.SHOP] <= 12
    assert len({r.layout for r in rooms}) >= 5


def test_states_proportions(estate):
    rooms = estate.rooms
    n = len(rooms)
    delivery = Counter(r.delivery_state for r in rooms)
    occupancy = Counter(r.occupancy_state for r in rooms)
    assert delivery[DeliveryState.DELIVERED] > 0.85 * n
    assert delivery[DeliveryState.UNSOLD] > 0 and delivery[DeliveryState.SOLD] > 0
    assert 0.40 * n < occupancy[OccupancyState.OWNER_OCCUPIED] < 0.75 * n
    assert 0.10 * n < occupancy[OccupancyState.RENTED] < 0.28 * n
    assert occupancy[OccupancyState.VACANT] > 0.05 * n
    assert occupancy[OccupancyState.RENOVATING] > 0
    for r in rooms:
        if r.delivery_state is DeliveryState.DELIVERED:
            assert r.handover_date is not None and r.handover_date <= TODAY
            assert r.fee_start_date == r.handover_date
        else:
            assert r.handover_date is None and r.occupancy_state is OccupancyState.VACANT
            assert not r.vacancy_flag
        if r.vacancy_flag:
            assert r.occupancy_state is OccupancyState.VACANT
    assert any(r.vacancy_flag for r in rooms)


def test_every_id_number_and_mobile_is_valid_and_unique(estate):
    from stdnum.cn import uscc
    ids = [p.id_number for p in estate.people]
    mobiles = [p.mobile for p in estate.people]
    assert len(ids) == len(set(ids))
    assert len(mobiles) == len(set(mobiles))
    prefixes = set()
    for p in estate.people:
        assert check_id_number(p.id_type, p.id_number) == p.id_number
        assert check_phone(p.mobile) == p.mobile
        prefixes.add(p.mobile[:3])
        if p.id_type is IdType.RESIDENT:
            assert p.person_type is PersonType.INDIVIDUAL
            assert int(p.id_number[16]) % 2 == (1 if p.gender is Gender.MALE else 0)
            assert 18 <= _age(p.id_number, TODAY) <= 85
        if p.person_type is PersonType.COMPANY:
            assert p.id_type is IdType.BUSINESS and p.gender is None
            assert uscc.is_valid(p.id_number)
            assert p.name.endswith("有限公司")
        else:
            assert p.gender in (Gender.MALE, Gender.FEMALE)
        if p.other_phone:
            assert p.other_phone.startswith("0755") and check_phone(p.other_phone) == p.other_phone
    assert len(prefixes) >= 20
    regions = {p.id_number[:2] for p in estate.people if p.id_type is IdType.RESIDENT}
    assert "44" in regions and len(regions) >= 10
    types = Counter(p.id_type for p in estate.people)
    assert types[IdType.RESIDENT] > 0.9 * len(estate.people)
    assert types[IdType.BUSINESS] > 0


def test_names_follow_surname_frequency_and_include_polyphonic(estate):
    names = [p.name for p in estate.people if p.person_type is PersonType.INDIVIDUAL]
    assert all(2 <= len(n) <= 4 for n in names)
    first = Counter(n[0] for n in names)
    top5 = {s for s, _ in first.most_common(5)}
    assert {"王", "李", "张"} <= top5
    for surname in POLYPHONIC_SURNAMES:
        assert first[surname] >= 1, surname
    assert first["单"] < first["王"] / 10
    assert "梓涵" in {n[1:] for n in names} or any(n.endswith("涵") for n in names)


def test_people_links_and_leases_are_consistent(estate):
    rooms = {r.code: r for r in estate.rooms}
    people = estate.people_by_key()
    assert len(people) == len(estate.people)
    by_room: dict[str, list] = {}
    for link in estate.room_people:
        assert link.room_code in rooms and link.person_key in people
        assert link.end_date is None or link.end_date >= link.start_date
        by_room.setdefault(link.room_code, []).append(link)
    for code, room in rooms.items():
        links = by_room.get(code, [])
        owners = [x for x in links if x.role is RoomRole.OWNER]
        if room.delivery_state is DeliveryState.UNSOLD:
            assert links == []
            continue
        assert len(owners) == 1 and owners[0].is_primary
        assert sum(x.is_primary for x in links) == 1
        if room.occupancy_state is not OccupancyState.RENTED:
            assert not [x for x in links if x.role in (RoomRole.TENANT, RoomRole.CO_RESIDENT)]
    leases = {lease.room_code: lease for lease in estate.leases}
    assert len(leases) == len(estate.leases)
    rented = [c for c, r in rooms.items() if r.occupancy_state is OccupancyState.RENTED]
    assert sorted(leases) == sorted(rented)
    for code, lease in leases.items():
        tenants = [x for x in by_room[code] if x.role is RoomRole.TENANT]
        assert [t.person_key for t in tenants] == [lease.tenant_key]
        assert (tenants[0].start_date, tenants[0].end_date) == (lease.start_date, lease.end_date)
        assert lease.start_date <= TODAY <= lease.end_date  # the last day still counts
        assert lease.monthly_rent > 0 and lease.monthly_rent % 100 == 0
        lessee = people[lease.tenant_key]
        if lessee.id_type is IdType.RESIDENT:
            assert _age(lessee.id_number, TODAY) >= 18
    roles = Counter(x.role for x in estate.room_people)
    for role in (RoomRole.CO_OWNER, RoomRole.FAMILY, RoomRole.TENANT, RoomRole.CO_RESIDENT,
                 RoomRole.EMERGENCY):
        assert roles[role] > 0, role
    co_owned = {x.room_code for x in estate.room_people if x.role is RoomRole.CO_OWNER}
    assert 0.1 < len(co_owned) / len(rooms) < 0.4
    company_owned = [x for x in estate.room_people if x.role is RoomRole.OWNER
                     and people[x.person_key].person_type is PersonType.COMPANY]
    assert company_owned
    relations = {x.relation for x in estate.room_people if x.role is RoomRole.FAMILY}
    assert {"配偶", "子女"} <= relations


def test_small_and_large_estates():
    tiny = generate_estate(5, buildings=1, target_rooms=10, today=TODAY)
    assert tiny.rooms and len({r.code for r in tiny.rooms}) == len(tiny.rooms)
    with pytest.raises(ValueError):
        generate_estate(1, buildings=0)
    start = time.perf_counter()
    big = generate_estate(3, buildings=40, target_rooms=5000, today=TODAY)
    elapsed = time.perf_counter() - start
    assert len(big.buildings) == 40
    codes = [r.code for r in big.rooms]
    assert abs(len(codes) - 5000) <= 100 and len(set(codes)) == len(codes)
    ids = [p.id_number for p in big.people]
    assert len(ids) == len(set(ids))
    assert elapsed < 10, f"5,000 rooms took {elapsed:.1f} s"


def test_default_today_is_real_today():
    e = generate_estate(1, buildings=1, target_rooms=20)
    assert all(r.handover_date is None or r.handover_date <= date.today() for r in e.rooms)


def test_staff_accounts():
    staff = generate_staff()
    assert [s.username for s in staff] == ["zhuguan", "guanliyuan", "jiedai", "neiqin", "wangluo"]
    assert {s.role for s in staff} == set(StaffRole)
    assert DEMO_PASSWORD == "demo1234"
    for s in staff:
        assert s.password == DEMO_PASSWORD
        assert 2 <= len(s.name) <= 4 and all("\u4e00" <= c <= "\u9fff" for c in s.name)
        assert check_phone(s.phone) == s.phone
        assert s.department
    assert len(DEMO_PASSWORD) >= 8 and not DEMO_PASSWORD.isdigit() and not DEMO_PASSWORD.isalpha()


def test_demo_roster_rows(estate):
    from app.excel.roster import ROSTER_HEADERS_ZH
    headers, rows = demo_roster_rows(estate)
    assert headers == list(ROSTER_HEADERS_ZH)
    assert len(rows) == len(estate.rooms)
    unsold = {r.code for r in estate.rooms if r.delivery_state is DeliveryState.UNSOLD}
    for row, room in zip(rows, estate.rooms, strict=True):
        assert f"{row[0]}-{row[1]}-{row[2]}" == room.code
        assert (row[7] == "") == (room.code in unsold)


def test_the_people_are_as_varied_as_real_owners(estate):
    """Landline-only owners, people born before 1980 (with district codes younger than themselves),
    compound surnames and polyphonic names, so the desk meets them every day."""
    from stdnum.cn import ric

    from app.demo.generate import COMPOUND_SURNAMES
    from app.domain.id_numbers import district_known
    from app.domain.names import pinyin_keys
    owners = {link.person_key for link in estate.room_people if link.role is RoomRole.OWNER}
    people = estate.people_by_key()
    landline_only = [people[k] for k in owners if people[k].mobile.startswith("0")]
    assert len(landline_only) >= 5
    residents = [p for p in estate.people if p.id_type is IdType.RESIDENT]
    old = [p for p in residents if int(p.id_number[6:10]) < 1980]
    assert len(old) >= len(residents) // 4
    assert all(district_known(p.id_number[:6]) for p in residents)
    refused_by_stdnum = [p for p in old if not ric.is_valid(p.id_number)]
    assert refused_by_stdnum, "some older owners carry a district code created after their birth"
    assert {p.name[:2] for p in estate.people} >= {"尉迟", "万俟", "欧阳"}
    assert all(p.name[:2] in COMPOUND_SURNAMES or len(p.name) <= 3 for p in estate.people
               if p.person_type is PersonType.INDIVIDUAL)
    polyphonic = [p for p in estate.people if p.person_type is PersonType.INDIVIDUAL
                  and len({k for k in pinyin_keys(p.name) if len(k) == len(p.name)}) > 1]
    assert len(polyphonic) >= 20
