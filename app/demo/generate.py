"""A deterministic generator of a realistic demo estate (and of large estates for benchmarks).

``generate_estate(seed=1)`` builds 锦绣华庭, a Shenzhen estate of about a thousand rooms, as plain
dataclasses that mirror the database models (``db/models/estate.py``, ``people.py``) field for field, so
the caller only has to insert them. Nothing here touches Qt or a database.

Conventions chosen here (and used by the Excel roster import too):

* ``building_no`` is the plain number ``"1"``..``"N"`` (not zero-padded); ``unit_no`` is ``"1"``..``"3"``;
  ``room_no`` is floor + two-digit index (``"1502"``); the room code is ``楼栋-单元-房号`` → ``"3-2-1502"``.
  Buildings keep their order in ``seq``, so text sorting of building numbers never matters.
* Determinism: the same ``seed``, sizes and ``today`` give identical output in any process (one
  ``random.Random``, no iteration over sets or hash-ordered data). Ages, handover dates and leases are
  relative to ``today`` (default: the real today), so pass ``today`` for byte-identical data across days.
* Every person is generated, not real: resident ID numbers are made of a real district code
  (python-stdnum's ``cn/loc`` table) that was in use when the number was issued (at 16, or at the 1999
  upgrade to 18 digits), so older owners carry codes younger than themselves (440304 福田 for someone
  born in 1962), a birth date for an age of 18–85, a sequence whose last digit is odd for men and even
  for women, and the GB 11643 check digit. Company owners get a unified social credit code with both
  check characters (GB 11714 and GB 32100). Mobiles match ``^1[3-9]\\d{9}$`` with the carriers' real
  prefixes and are unique in the estate; a quarter of the owners born before 1960 give only a landline
  (stored ``0755…``, shown ``0755-2888 1234``).
* Surnames follow their frequency in China; the polyphonic surnames 单 曾 解 仇 区 查 朴 乐 盖 缪 are
  mixed in at about one person in a hundred so the pinyin search (shan/dan, zeng/ceng …) can be shown,
  and so are compound surnames (欧阳, 尉迟, 万俟 …); given names include polyphonic ones (经纬, 朝阳,
  长乐 …), so 曾经纬 (zjw) and the like turn up.

Proportions (per residential room): 3 % unsold (developer holds, nobody linked), 4 % sold but not handed
over (owner only), 93 % handed over, of which about 60 % owner-occupied, 18 % rented (a lease, one lessee
and co-residents), 17 % vacant (most on the vacant-unit register) and 5 % renovating. A quarter of the
individual owners share the title with a spouse (共有人); about 1.5 % of homes and 40 % of the ground-floor
shops of building 1 belong to companies; a few owners own a second, rented-out or vacant home; rooms whose
owner lives elsewhere often have an emergency contact (紧急联系人).
"""
from __future__ import annotations

import random
from bisect import bisect
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal
from functools import lru_cache
from itertools import accumulate
from pathlib import Path

from app.domain.enums import DeliveryState, Gender, IdType, OccupancyState, PersonType, RoomRole, RoomType, StaffRole

#: The password of every demo account (``generate_staff``); it meets the password rules of services.auth.
DEMO_PASSWORD = "demo1234"

# ---------------------------------------------------------------------------------------------------------
# Dataclasses (field names follow db/models)


@dataclass(slots=True)
class DemoRoom:
    code: str                      # 楼栋-单元-房号, "3-2-1502"
    building_no: str
    unit_no: str
    room_no: str
    floor: int
    area: Decimal                  # 建筑面积 m², 2 decimals, > 0
    inner_area: Decimal | None     # 套内面积
    layout: str                    # 户型, "三室两厅两卫"; "" for shops
    room_type: RoomType
    fee_coefficient: Decimal
    handover_date: date | None     # 交房日期
    fee_start_date: date | None    # 计费起始日
    delivery_state: DeliveryState
    occupancy_state: OccupancyState
    vacancy_flag: bool             # on the vacant-unit register (workflow 5)
    notes: str = ""


@dataclass(slots=True)
class DemoUnit:
    unit_no: str
    floors: int
    has_lift: bool
    seq: int
    rooms: list[DemoRoom] = field(default_factory=list)


@dataclass(slots=True)
class DemoBuilding:
    building_no: str
    name: str                      # "3栋"
    floors: int
    has_lift: bool
    seq: int
    units: list[DemoUnit] = field(default_factory=list)


@dataclass(slots=True)
class DemoPerson:
    key: str                       # "P000123": stable within one estate, used by DemoRoomPerson
    name: str
    gender: Gender | None          # None for companies
    person_type: PersonType
    id_type: IdType
    id_number: str
    mobile: str                    # the main phone (stored form): a mobile, or a landline for some owners
    other_phone: str = ""
    work_unit: str = ""
    address: str = ""
    notes: str = ""


@dataclass(slots=True)
class DemoRoomPerson:
    room_code: str
    person_key: str
    role: RoomRole
    is_primary: bool
    start_date: date
    end_date: date | None = None
    relation: str = ""             # 配偶 / 子女 / 父母 / 朋友 …
    source: str = "demo"


@dataclass(slots=True)
class DemoLease:
    """The lease (workflow 8) that every tenant link belongs to."""

    room_code: str
    tenant_key: str                # the lessee (RoomRole.TENANT); co-residents are linked to the room
    start_date: date
    end_date: date
    monthly_rent: Decimal


@dataclass(slots=True)
class DemoEstate:
    code: str
    name: str
    company: str                   # the property-management company
    address: str
    developer: str
    hotline: str
    buildings: list[DemoBuilding]
    people: list[DemoPerson]
    room_people: list[DemoRoomPerson]
    leases: list[DemoLease]

    @property
    def rooms(self) -> list[DemoRoom]:
        return [r for b in self.buildings for u in b.units for r in u.rooms]

    def people_by_key(self) -> dict[str, DemoPerson]:
        return {p.key: p for p in self.people}

    def links_of(self, room_code: str) -> list[DemoRoomPerson]:
        return [link for link in self.room_people if link.room_code == room_code]


@dataclass(slots=True)
class DemoStaff:
    username: str
    name: str
    role: StaffRole
    department: str
    phone: str
    password: str = DEMO_PASSWORD


# ---------------------------------------------------------------------------------------------------------
# Staff


def generate_staff() -> list[DemoStaff]:
    """One demo account per role, all with the password :data:`DEMO_PASSWORD` (``demo1234``)."""
    return [
        DemoStaff("zhuguan", "王丽华", StaffRole.SUPERVISOR, "客服部", "13802561234"),
        DemoStaff("guanliyuan", "李建军", StaffRole.STEWARD, "客服部", "13923457788"),
        DemoStaff("jiedai", "陈晓雪", StaffRole.RECEPTIONIST, "客服部", "15012348866"),
        DemoStaff("neiqin", "周敏", StaffRole.CLERK, "客服部", "18676543210"),
        DemoStaff("wangluo", "赵磊", StaffRole.IT, "综合部", "17722334455"),
    ]


# ---------------------------------------------------------------------------------------------------------
# Reference data

# Surname frequencies in per-mille, roughly the 2020 census ranking.
_SURNAMES = (
    "王71 李70 张67 刘51 陈46 杨32 黄25 赵22 吴20 周20 徐15 孙14 马13 朱13 胡12 郭11 何11 林10 高10 "
    "罗10 郑9 梁8 谢7 宋6 唐6 许6 韩6 冯6 邓6 曹5 彭5 曾5 肖5 田5 董5 袁5 潘4 于4 蒋4 蔡4 余4 杜4 叶4 "
    "程4 苏4 魏4 吕4 丁3 任3 沈3 姚3 卢3 姜3 崔3 钟3 谭3 陆3 汪3 范3 金3 石3 廖2 贾2 夏2 韦2 付2 方2 "
    "白2 邹2 孟2 熊2 秦2 邱2 江2 尹2 薛2 闫2 段2 雷2 侯2 龙2 史2 陶2 黎2 贺2 顾1 毛1 郝1 龚1 邵1 万1 "
    "钱1 覃1 武1 戴1 莫1 孔1 向1 汤1 常1 温1 康1 施1 文1 牛1 樊1 葛1 邢1 安1 齐1 易1 乔1 伍1 庞1 颜1 "
    "倪1 庄1 聂1 章1 鲁1 岳1 翟1 殷1 詹1 申1 欧1 耿1 关1 兰1 焦1 俞1 左1 柳1 甘1 祝1 包1 宁1 尚1 符1 "
    "舒1 阮1 柯1 纪1 梅1 童1 凌1 毕1 欧阳1 司马1 上官1 诸葛1"
)
_SURNAME_LIST = [s.rstrip("0123456789") for s in _SURNAMES.split()]
_SURNAME_CUM = list(accumulate(int(s[len(n):]) for s, n in zip(_SURNAMES.split(), _SURNAME_LIST, strict=True)))

#: Surnames with a special reading; one person in ``_POLYPHONIC_EVERY`` gets the next one of these.
POLYPHONIC_SURNAMES = ("单", "曾", "解", "仇", "区", "查", "朴", "乐", "盖", "缪")
_POLYPHONIC_EVERY = 97
#: compound surnames (复姓), one person in ``_COMPOUND_EVERY``; 尉迟 and 万俟 have their own readings
COMPOUND_SURNAMES = ("欧阳", "尉迟", "万俟", "司马", "上官", "诸葛", "长孙", "令狐")
_COMPOUND_EVERY = 89

_GIVEN = {
    # (gender, born before 1975?) -> names
    ("m", True): "建国 建军 国强 志强 卫东 德明 振华 文华 国华 建华 伟 强 军 勇 平 刚 明 华 斌 忠 海 林 峰 "
                 "德胜 树林 宝山 福生 长江 永福 家明 庆祥 金龙 红军 建平 国平 志刚 秋生 宏伟 经纬 朝阳 长青 重阳 "
                 "觉民 和平 行健 解放".split(),
    ("m", False): "浩然 子轩 宇航 俊杰 博文 晨阳 一鸣 思远 天佑 泽宇 梓豪 皓轩 家乐 明轩 嘉诚 志鹏 鑫 磊 涛 "
                  "鹏 超 杰 洋 帆 昊 宇 文博 俊熙 子墨 宇轩 浩宇 睿 晨 阳 少华 伟杰 嘉豪 梓航 凯 毅 乐天 长乐 "
                  "分明".split(),
    ("f", True): "秀英 桂英 秀兰 玉兰 桂兰 淑珍 凤英 玉梅 丽华 秀珍 美华 素芬 金凤 翠花 慧 芳 敏 静 丽 红 "
                 "霞 燕 萍 娟 春梅 海燕 玉珍 建英 丽娟 淑华 美玲 雪梅 月娥 小红 爱华 素 朝霞 曲红".split(),
    ("f", False): "梓涵 欣怡 雨桐 诗涵 思琪 晓雪 佳怡 雨萱 梦瑶 可欣 婉清 紫萱 语嫣 婷 颖 琳 雪 倩 璐 悦 洁 "
                  "蕾 子涵 一诺 欣妍 晓琳 思雨 静怡 佳琪 雅婷 嘉欣 丹 瑶 楠 莉 慧敏 晓燕 美琪 安琪".split(),
}

# Mobile prefixes of the three carriers; older ranges are more common.
_MOBILE_PREFIXES = (
    "134 135 136 137 138 139 130 131 132 133 " * 3
    + "150 151 152 157 158 159 155 156 153 " * 2
    + "182 183 184 187 188 185 186 180 181 189 " * 3
    + "147 145 149 166 172 178 175 176 173 177 195 197 198 196 190 191 193 199"
).split()

# Birth provinces of the residents of a Shenzhen estate: GB 2260 province code -> weight.
_PROVINCE_WEIGHTS = {
    "44": 40, "43": 10, "42": 7, "36": 6, "45": 6, "51": 5, "41": 5, "35": 4, "50": 2, "61": 2, "37": 2,
    "32": 2, "33": 2, "34": 2, "13": 1, "21": 1, "11": 1, "31": 1, "52": 1, "53": 1, "46": 1, "14": 1,
}

# layout -> (min area, max area)
_LAYOUTS = {
    "两室一厅一卫": (60, 78),
    "两室两厅一卫": (72, 92),
    "三室两厅一卫": (88, 110),
    "三室两厅两卫": (105, 140),
    "四室两厅两卫": (130, 165),
    "五室两厅三卫": (160, 180),
}
_END_LAYOUTS = ("三室两厅两卫", "三室两厅两卫", "三室两厅一卫", "四室两厅两卫")
_MIDDLE_LAYOUTS = ("两室一厅一卫", "两室两厅一卫", "两室两厅一卫", "三室两厅一卫")

_WORK_UNITS = (
    "深圳市第二人民医院", "南山实验学校", "龙岗区人民政府", "华南电子科技有限公司", "深圳地铁运营分公司",
    "招商银行深圳分行", "鹏城建筑设计院", "顺达物流有限公司", "南方医科大学附属医院", "自由职业",
    "深圳市税务局", "恒信电子有限公司", "海湾律师事务所", "个体经营", "莲花中学", "宏达建设集团",
)
_COMPANY_BRANDS = ("鑫源", "宏达", "德业", "汇通", "盛世", "诚品", "佳美", "瑞丰", "万家", "嘉禾", "恒信",
                   "锦程", "华安", "永泰", "星河", "正和")
_COMPANY_TRADES = ("商贸", "餐饮管理", "投资", "贸易", "科技", "文化传播", "医药连锁", "便利店", "教育咨询",
                   "房地产经纪", "美容美发", "电子")
_OTHER_ADDRESSES = ("深圳市福田区莲花路{n}号", "深圳市南山区科苑路{n}号", "深圳市罗湖区东门中路{n}号",
                    "深圳市宝安区新安街道{n}号", "广州市天河区天河路{n}号", "东莞市南城区鸿福路{n}号",
                    "惠州市惠城区江北{n}号", "长沙市岳麓区麓山路{n}号", "香港九龙弥敦道{n}号")

_ID_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_ID_CHECK = "10X98765432"
_USCC_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY"
_USCC_WEIGHTS = (1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28)


@lru_cache(maxsize=1)
def _region_codes() -> dict[str, list[tuple[str, int, int]]]:
    """County-level codes from python-stdnum's cn/loc table: province -> [(code, first year, last year)].

    A code is listed once per validity interval, so an ID number built for a birth year inside the
    interval passes ``stdnum.cn.ric.validate`` (which checks the county existed that year).
    """
    import stdnum
    path = Path(stdnum.__file__).parent / "cn" / "loc.dat"
    result: dict[str, list[tuple[str, int, int]]] = {}
    province = ""
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("#"):
            continue
        if not line.startswith(" "):
            province = line[:2]
            continue
        code, _, rest = line.strip().partition(" ")
        if province not in _PROVINCE_WEIGHTS or code.endswith("00") or not rest.startswith('county="'):
            continue
        for entry in rest[len('county="'):-1].split(","):
            first, last, name = 0, 9999, entry
            if entry.startswith("["):
                span, name = entry[1:].split("]", 1)
                a, b = span.split("-")
                first, last = int(a or 0), int(b or 9999)
            if "市辖区" in name or "办事处" in name or name.endswith("行政区划"):
                continue
            result.setdefault(province, []).append((province + code, first, last))
    return result


def _id_check_digit(first17: str) -> str:
    return _ID_CHECK[sum(int(c) * w for c, w in zip(first17, _ID_WEIGHTS, strict=False)) % 11]


def _years_before(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year - years)
    except ValueError:  # 29 February
        return day.replace(year=day.year - years, day=28)


class _Gen:
    """The random state and the uniqueness sets of one generation run."""

    def __init__(self, seed: int, today: date) -> None:
        self.rng = random.Random(seed)
        self.today = today
        self.ids: set[str] = set()
        self.mobiles: set[str] = set()
        self.people: list[DemoPerson] = []
        self.name_count = 0
        regions = _region_codes()
        self.provinces = [p for p in _PROVINCE_WEIGHTS if p in regions]
        self.province_cum = list(accumulate(_PROVINCE_WEIGHTS[p] for p in self.provinces))
        self.regions = regions

    # -- names, numbers -----------------------------------------------------------------------------------

    def surname(self) -> str:
        self.name_count += 1
        if self.name_count % _POLYPHONIC_EVERY == 0:
            return POLYPHONIC_SURNAMES[(self.name_count // _POLYPHONIC_EVERY - 1) % len(POLYPHONIC_SURNAMES)]
        if self.name_count % _COMPOUND_EVERY == 0:
            return COMPOUND_SURNAMES[(self.name_count // _COMPOUND_EVERY - 1) % len(COMPOUND_SURNAMES)]
        x = self.rng.random() * _SURNAME_CUM[-1]
        return _SURNAME_LIST[bisect(_SURNAME_CUM, x)]

    def given_name(self, gender: Gender, birth: date) -> str:
        return self.rng.choice(_GIVEN[(gender.value, birth.year < 1975)])

    def birth_date(self, min_age: int, max_age: int) -> date:
        latest = _years_before(self.today, min_age)
        earliest = _years_before(self.today, max_age + 1) + timedelta(days=1)
        return date.fromordinal(self.rng.randint(earliest.toordinal(), latest.toordinal()))

    def resident_id(self, birth: date, gender: Gender) -> str:
        rng = self.rng
        while True:
            x = rng.random() * self.province_cum[-1]
            province = self.provinces[bisect(self.province_cum, x)]
            for _ in range(50):
                # The code is where the number was issued (at 16 at the earliest, or in 1999 when the
                # 15-digit numbers were upgraded), so it may be younger than its holder: 440304 福田
                # (1990) on the number of someone born in 1962.
                code, first, last = rng.choice(self.regions[province])
                if last >= max(birth.year + 16, 1999):
                    break
            else:
                continue
            seq = rng.randint(0, 99)
            digit = rng.randrange(1 if gender is Gender.MALE else 0, 10, 2)
            body = f"{code}{birth:%Y%m%d}{seq:02d}{digit}"
            number = body + _id_check_digit(body)
            if number not in self.ids:
                self.ids.add(number)
                return number

    def company_code(self) -> str:
        """A unified social credit code (统一社会信用代码) with valid check characters."""
        rng = self.rng
        while True:
            org8 = f"{rng.randint(10000000, 99999999)}"
            s = sum(int(c) * w for c, w in zip(org8, (3, 7, 9, 10, 5, 8, 4, 2), strict=True))
            c9 = 11 - s % 11
            org = org8 + ("X" if c9 == 10 else "0" if c9 == 11 else str(c9))
            body = f"914403{rng.choice('0345678')}{rng.randint(0, 9)}{org}"[:17]
            total = sum(_USCC_ALPHABET.index(c) * w for c, w in zip(body, _USCC_WEIGHTS, strict=True))
            number = body + _USCC_ALPHABET[(31 - total) % 31]
            if number not in self.ids:
                self.ids.add(number)
                return number

    def mobile(self) -> str:
        while True:
            number = self.rng.choice(_MOBILE_PREFIXES) + f"{self.rng.randint(0, 99_999_999):08d}"
            if number not in self.mobiles:
                self.mobiles.add(number)
                return number

    def landline(self) -> str:
        """A Shenzhen landline in its stored form (``075528881234``, shown ``0755-2888 1234``)."""
        return f"0755{self.rng.choice('2368')}{self.rng.randint(0, 9_999_999):07d}"

    # -- people -------------------------------------------------------------------------------------------

    def person(self, min_age: int = 18, max_age: int = 85, *, gender: Gender | None = None,
               surname: str | None = None, address: str = "", id_type: IdType | None = None) -> DemoPerson:
        rng = self.rng
        gender = gender or (Gender.MALE if rng.random() < 0.5 else Gender.FEMALE)
        birth = self.birth_date(min_age, max_age)
        name = (surname or self.surname()) + self.given_name(gender, birth)
        if id_type is None:
            x = rng.random()
            id_type = (IdType.RESIDENT if x < 0.97 else IdType.HK_MACAO if x < 0.985
                       else IdType.TAIWAN if x < 0.99 else IdType.PASSPORT)
        if id_type is IdType.RESIDENT:
            number = self.resident_id(birth, gender)
        else:
            while True:
                if id_type is IdType.HK_MACAO:
                    number = f"{rng.choice('HM')}{rng.randint(0, 99_999_999):08d}"
                elif id_type is IdType.TAIWAN:
                    number = f"{rng.randint(0, 99_999_999):08d}"
                else:
                    number = f"{rng.choice('EGKM')}{rng.choice('ABDEJ')}{rng.randint(0, 9_999_999):07d}"
                if number not in self.ids:
                    self.ids.add(number)
                    break
        # Older owners often give only the flat's landline (the main phone is then a landline).
        landline_only = birth.year < 1960 and rng.random() < 0.25
        p = DemoPerson(
            key=f"P{len(self.people) + 1:06d}", name=name, gender=gender,
            person_type=PersonType.INDIVIDUAL, id_type=id_type, id_number=number,
            mobile=self.landline() if landline_only else self.mobile(),
            other_phone=self.landline() if not landline_only and rng.random() < 0.1 else "",
            work_unit=rng.choice(_WORK_UNITS) if rng.random() < 0.3 else "",
            address=address,
        )
        self.people.append(p)
        return p

    def company(self, address: str = "") -> DemoPerson:
        rng = self.rng
        name = f"深圳市{rng.choice(_COMPANY_BRANDS)}{rng.choice(_COMPANY_TRADES)}有限公司"
        p = DemoPerson(
            key=f"P{len(self.people) + 1:06d}", name=name, gender=None, person_type=PersonType.COMPANY,
            id_type=IdType.BUSINESS, id_number=self.company_code(), mobile=self.mobile(),
            other_phone=self.landline() if rng.random() < 0.5 else "", address=address,
            notes=f"联系人：{self.surname()}{rng.choice('先生 女士 经理'.split())}",
        )
        self.people.append(p)
        return p

    def age_of(self, person: DemoPerson) -> int:
        """The age a resident ID number says; 40 for other documents."""
        if person.id_type is not IdType.RESIDENT:
            return 40
        n = person.id_number
        born = date(int(n[6:10]), int(n[10:12]), int(n[12:14]))
        return self.today.year - born.year - ((self.today.month, self.today.day) < (born.month, born.day))

    def other_address(self) -> str:
        return self.rng.choice(_OTHER_ADDRESSES).format(n=self.rng.randint(1, 388))


# ---------------------------------------------------------------------------------------------------------
# Buildings and rooms


def _plan_buildings(rng: random.Random, buildings: int,
                    target_rooms: int) -> list[tuple[int, int, int, bool]]:
    """(units, floors, rooms per floor, has_lift) for each building, totalling about ``target_rooms``."""
    low_rise = round(buildings * 0.17) if buildings >= 4 else 0
    low_idx = set(rng.sample(range(1, buildings), low_rise)) if low_rise else set()  # building 1 stays tall
    plan: list[tuple[int, int, int, bool] | None] = [None] * buildings
    remaining = target_rooms
    for i in sorted(low_idx):
        units = rng.choice((2, 3))
        plan[i] = (units, 6, 2, False)  # 6-storey 洋房 without lift, two homes per landing
        remaining -= units * 12
    tall = [i for i in range(buildings) if i not in low_idx]
    for n, i in enumerate(tall):
        per = max(remaining, 0) / (len(tall) - n)
        options = [(u, r, per / (u * r)) for u in (2, 3) for r in (2, 3, 4)]
        good = [(u, r, f) for u, r, f in options if 11 <= f <= 32]
        if good:
            units, rpf, floors = rng.choice(good)
        else:  # a tiny or a huge estate: take the combination that lands closest
            units, rpf, floors = min(
                options, key=lambda o: abs(min(max(round(o[2]), 2), 34) * o[0] * o[1] - per))
        floors = min(max(round(floors), 2), 34)
        plan[i] = (units, floors, rpf, floors > 7)
        remaining -= units * floors * rpf
    return plan  # type: ignore[return-value]


def _decimal(x: float) -> Decimal:
    return Decimal(f"{x:.2f}")


def generate_estate(seed: int = 1, buildings: int = 6, target_rooms: int = 1000, *,
                    today: date | None = None, name: str = "锦绣华庭") -> DemoEstate:
    """Generate a demo estate of ``buildings`` buildings with about ``target_rooms`` rooms.

    Deterministic for the same arguments (see the module docstring); 5,000 rooms take about a second.
    """
    if buildings < 1 or target_rooms < 1:
        raise ValueError("buildings and target_rooms must be positive")
    today = today or date.today()
    g = _Gen(seed, today)
    rng = g.rng
    batch_day = date(today.year - 5, 6, 28)        # the estate's batch handover (集中交房)
    estate_address = "广东省深圳市龙岗区坂田街道锦绣路88号"

    plan = _plan_buildings(rng, buildings, target_rooms)
    shop_building = 0  # the ground floor of building 1 faces the street: shops

    result_buildings: list[DemoBuilding] = []
    links: list[DemoRoomPerson] = []
    leases: list[DemoLease] = []
    investors: list[DemoPerson] = []

    for bi, (n_units, floors, rpf, lift) in enumerate(plan):
        b_no = str(bi + 1)
        building = DemoBuilding(b_no, f"{b_no}栋", floors, lift, bi + 1)
        duplex_top = lift and floors >= 18 and rng.random() < 0.5
        for ui in range(n_units):
            u_no = str(ui + 1)
            unit = DemoUnit(u_no, floors, lift, ui + 1)
            # Stacked homes: the same index has the same layout and area on every standard floor.
            stack: list[tuple[str, Decimal]] = []
            for k in range(rpf):
                end = k in (0, rpf - 1)
                layout = rng.choice(_END_LAYOUTS if end or rpf == 2 else _MIDDLE_LAYOUTS)
                lo, hi = _LAYOUTS[layout]
                stack.append((layout, _decimal(rng.uniform(lo, hi))))
            for floor in range(1, floors + 1):
                for k in range(rpf):
                    room_no = f"{floor}{k + 1:02d}"
                    code = f"{b_no}-{u_no}-{room_no}"
                    layout, area = stack[k]
                    room_type = RoomType.RESIDENTIAL
                    if bi == shop_building and floor == 1:
                        room_type, layout, area = RoomType.SHOP, "", _decimal(rng.uniform(40, 180))
                    elif duplex_top and floor == floors:
                        layout = "五室两厅三卫"
                        area = _decimal(rng.uniform(*_LAYOUTS[layout]))
                    room = _make_room(g, code, b_no, u_no, room_no, floor, area, layout, room_type,
                                      batch_day)
                    unit.rooms.append(room)
                    address = f"{name}{b_no}栋{u_no}单元{room_no}"
                    _populate(g, room, address, batch_day, links, leases, investors)
            building.units.append(unit)
        result_buildings.append(building)

    return DemoEstate(
        code="JXHT" if name == "锦绣华庭" else f"DEMO{seed}", name=name, company="深圳市锦绣物业服务有限公司",
        address=estate_address, developer="深圳锦绣置业有限公司", hotline="0755-28881234",
        buildings=result_buildings, people=g.people, room_people=links, leases=leases)


def _make_room(g: _Gen, code: str, b_no: str, u_no: str, room_no: str, floor: int, area: Decimal,
               layout: str, room_type: RoomType, batch_day: date) -> DemoRoom:
    rng = g.rng
    x = rng.random()
    handover: date | None = None
    vacancy = False
    if room_type is RoomType.SHOP:
        delivery = DeliveryState.DELIVERED
        y = rng.random()
        occupancy = (OccupancyState.RENTED if y < 0.6 else OccupancyState.OWNER_OCCUPIED if y < 0.85
                     else OccupancyState.VACANT)
    elif x < 0.03:
        delivery, occupancy = DeliveryState.UNSOLD, OccupancyState.VACANT
    elif x < 0.07:
        delivery, occupancy = DeliveryState.SOLD, OccupancyState.VACANT
    else:
        delivery = DeliveryState.DELIVERED
        y = rng.random()
        occupancy = (OccupancyState.OWNER_OCCUPIED if y < 0.60 else OccupancyState.RENTED if y < 0.78
                     else OccupancyState.VACANT if y < 0.95 else OccupancyState.RENOVATING)
    if delivery is DeliveryState.DELIVERED:
        latest = g.today - timedelta(days=30)
        if occupancy is OccupancyState.RENOVATING:   # handed over recently, now being fitted out
            handover = latest - timedelta(days=rng.randint(0, 300))
        elif rng.random() < 0.8:
            handover = batch_day
        else:                                         # 零星入住: taken over later
            handover = batch_day + timedelta(days=rng.randint(1, max(1, (latest - batch_day).days)))
        handover = max(handover, batch_day)
        vacancy = occupancy is OccupancyState.VACANT and rng.random() < 0.85
    inner = _decimal(float(area) * rng.uniform(0.76, 0.86))
    return DemoRoom(code=code, building_no=b_no, unit_no=u_no, room_no=room_no, floor=floor, area=area,
                    inner_area=inner, layout=layout, room_type=room_type, fee_coefficient=Decimal("1.00"),
                    handover_date=handover, fee_start_date=handover, delivery_state=delivery,
                    occupancy_state=occupancy, vacancy_flag=vacancy)


def _populate(g: _Gen, room: DemoRoom, address: str, batch_day: date, links: list[DemoRoomPerson],
              leases: list[DemoLease], investors: list[DemoPerson]) -> None:
    """Link owners, family, tenants and emergency contacts to ``room``."""
    if room.delivery_state is DeliveryState.UNSOLD:
        return
    rng, today = g.rng, g.today
    lives_there = room.occupancy_state in (OccupancyState.OWNER_OCCUPIED,)
    since = room.handover_date or (today - timedelta(days=rng.randint(10, 120)))

    def link(person: DemoPerson, role: RoomRole, relation: str = "", *, primary: bool = False,
             start: date = since, end: date | None = None) -> None:
        links.append(DemoRoomPerson(room.code, person.key, role, primary, start, end, relation))

    # -- owner(s)
    is_shop = room.room_type is RoomType.SHOP
    company_share = 0.4 if is_shop else 0.015
    owner: DemoPerson
    if rng.random() < company_share:
        owner = g.company(address if lives_there else "")
        link(owner, RoomRole.OWNER, primary=True)
        owner_age = 40
    else:
        if not lives_there and investors and rng.random() < 0.05:
            owner = rng.choice(investors)             # a second home, rented out or empty
        else:
            owner = g.person(28, 80, address=address if lives_there else g.other_address())
            if len(investors) < 200:
                investors.append(owner)
        link(owner, RoomRole.OWNER, primary=True)
        owner_age = g.age_of(owner)
        spouse = None
        if not is_shop and owner_age < 78 and rng.random() < 0.25:
            spouse = _spouse(g, owner, owner_age, owner.address)
            link(spouse, RoomRole.CO_OWNER, "配偶")
        if lives_there and not is_shop:
            if spouse is None and rng.random() < 0.7:
                link(_spouse(g, owner, owner_age, address), RoomRole.FAMILY, "配偶")
            if owner_age >= 45 and rng.random() < 0.35:
                child_max = min(owner_age - 22, 50)
                link(g.person(18, max(18, child_max), address=address), RoomRole.FAMILY, "子女")
            if owner_age <= 55 and rng.random() < 0.15:
                surname = (owner.name[:2] if owner.name[:2] in _SURNAME_LIST or owner.name[:2] in COMPOUND_SURNAMES
                           else owner.name[0])
                parent = g.person(min(85, owner_age + 22), min(85, owner_age + 32), surname=surname,
                                  address=address)
                link(parent, RoomRole.FAMILY, "父母")

    # -- tenants and their lease
    if room.occupancy_state is OccupancyState.RENTED:
        term_years = 1 if rng.random() < 0.7 else 2
        span = (date(today.year + term_years, 1, 1) - date(today.year, 1, 1)).days
        start = today - timedelta(days=rng.randint(0, span - 1))
        end = start + timedelta(days=span - 1)
        if is_shop and rng.random() < 0.5:
            lessee = g.company(address)
        else:
            lessee = g.person(20, 55, address=address)
        link(lessee, RoomRole.TENANT, start=start, end=end)
        if lessee.person_type is PersonType.INDIVIDUAL and not is_shop:
            for _ in range(rng.choice((0, 0, 1, 1, 2))):
                link(g.person(18, 55, address=address), RoomRole.CO_RESIDENT,
                     rng.choice(("配偶", "朋友", "同事", "子女")), start=start, end=end)
        rate = rng.uniform(120, 250) if is_shop else rng.uniform(45, 75)
        rent = Decimal(int(round(float(room.area) * rate / 100)) * 100).quantize(Decimal("0.01"))
        leases.append(DemoLease(room.code, lessee.key, start, end, rent))
        if rng.random() < 0.08 and owner.person_type is PersonType.INDIVIDUAL:
            link(g.person(25, 60, address=g.other_address()), RoomRole.AGENT, "委托代理")

    # -- someone to call when the owner is far away
    if not lives_there and owner.person_type is PersonType.INDIVIDUAL and rng.random() < 0.3:
        link(g.person(25, 70, address=g.other_address()), RoomRole.EMERGENCY,
             rng.choice(("亲属", "朋友", "子女", "兄弟姐妹")))


def _spouse(g: _Gen, owner: DemoPerson, owner_age: int, address: str) -> DemoPerson:
    gender = Gender.FEMALE if owner.gender is Gender.MALE else Gender.MALE
    lo = max(18, owner_age - 6)
    hi = min(85, owner_age + 4)
    return g.person(lo, max(lo, hi), gender=gender, address=address)


# ---------------------------------------------------------------------------------------------------------
# The estate as an import roster


def demo_roster_rows(estate: DemoEstate) -> tuple[list[str], list[list[object]]]:
    """The rooms and primary owners of ``estate`` in the format ``app.excel.roster.read_roster`` imports.

    Returns ``(headers, rows)`` ready for ``app.excel.export.write_xlsx`` (a sample file for the import
    dialog and the import benchmark). Unsold rooms have empty owner columns.
    """
    from app.excel.roster import ID_TYPE_LABELS_ZH, ROOM_TYPE_LABELS_ZH, ROSTER_HEADERS_ZH

    people = estate.people_by_key()
    owner_of: dict[str, DemoPerson] = {}
    for link in estate.room_people:
        if link.role is RoomRole.OWNER and link.is_primary:
            owner_of.setdefault(link.room_code, people[link.person_key])
    rows: list[list[object]] = []
    for room in estate.rooms:
        owner = owner_of.get(room.code)
        rows.append([
            room.building_no, room.unit_no, room.room_no, room.floor, room.area, room.layout,
            ROOM_TYPE_LABELS_ZH[room.room_type],
            owner.name if owner else "", ID_TYPE_LABELS_ZH[owner.id_type] if owner else "",
            owner.id_number if owner else "", owner.mobile if owner else "",
        ])
    return list(ROSTER_HEADERS_ZH), rows
