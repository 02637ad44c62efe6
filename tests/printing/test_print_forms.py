"""Every registered form renders from its sample; the first forms read back right from their PDFs."""
from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from decimal import Decimal

import pytest

from app.printing.registry import SAMPLE_ESTATE, get_form, list_forms, render, render_sample
from tests.printing.print_helpers import fonts_of, page_texts, reader, squash


def test_the_first_forms_are_registered():
    codes = {spec.code for spec in list_forms()}
    assert {"household_card", "list_report"} <= codes


@pytest.mark.parametrize("code", [spec.code for spec in list_forms()])
def test_gallery_every_registered_form_renders_its_sample(code):
    spec = get_form(code)
    data = spec.sample()
    if spec.data_type is not None:
        assert isinstance(data, spec.data_type)
    pdf = render_sample(code)
    assert pdf.startswith(b"%PDF-")
    texts = page_texts(pdf)
    everything = squash("".join(texts))
    document = spec.build(data)
    assert squash(document.title or spec.title) in everything
    if document.number:
        assert document.number in everything
        if spec.number_prefix:
            assert document.number.startswith(spec.number_prefix)
    assert squash(SAMPLE_ESTATE.name) in everything
    n_copies = max(len(spec.copies), 1)
    # pages are counted per copy (app.printing.layout): an A4 form of two copies is two runs of pages
    per_copy = len(texts) // n_copies if spec.paper == "A4" and spec.copies else len(texts)
    if spec.paper == "A4" and spec.copies:
        assert len(texts) == per_copy * n_copies
    for k, text in enumerate(texts):
        assert f"第{k % per_copy + 1}页共{per_copy}页" in squash(text)
    for label in spec.copies:
        assert squash(label) in everything
    if spec.paper == "A4":
        assert len(texts) >= n_copies
    # every copy, one copy, a reprint and a void all render too
    for kw in ({"copy_index": 0}, {"reprint_count": 1}, {"voided": True}):
        assert render_sample(code, **kw).startswith(b"%PDF-")


def test_fonts_are_embedded_subsets(font):
    pdf = render_sample("household_card")
    found = fonts_of(pdf)
    assert found
    for f in found:
        base = str(f["/BaseFont"])
        assert f["/Subtype"] == "/TrueType", base
        assert re.match(r"^/[A-Z]{6}\+", base), f"not a subset: {base}"
        descriptor = f["/FontDescriptor"].get_object()
        assert "/FontFile2" in descriptor, f"{base} is not embedded"
    assert not [f for f in found if str(f["/BaseFont"]).lstrip("/") in ("Helvetica", "Times-Roman")]


# --------------------------------------------------------------------------------------------------
# 房屋档案卡
# --------------------------------------------------------------------------------------------------

def household_text(**changes) -> str:
    from app.printing.forms.household_card import sample

    data = replace(sample(), **changes)
    return squash("".join(page_texts(render("household_card", data, estate=SAMPLE_ESTATE))))


def test_household_card_reads_back():
    text = household_text()
    for expected in ("房屋档案卡", "DA20250612-0001", "3-2-1502", "3号楼", "2单元", "15层",
                     "128.56m²", "三室两厅两卫", "住宅", "已交付", "自住", "2021-06-18",
                     "一、房屋信息", "二、人员信息", "三、档案记录",
                     "业主", "共有人", "家庭成员", "紧急联系人", "王建国", "李秀英",
                     "经办人", "审核人", "日期", "年", "月", "日", "阳光花园", "客服电话"):
        assert expected in text, expected


def test_household_card_masks_id_numbers_and_phones():
    text = household_text()
    assert "3301**********4517" in text
    assert "138****6688" in text
    assert "330106197803154517" not in text
    assert "13805716688" not in text
    unmasked = household_text(mask_private=False)
    assert "330106197803154517" in unmasked and "13805716688" in unmasked


def test_household_card_lists_people_by_role_in_the_manual_order():
    text = household_text()
    order = [text.index(name) for name in ("王建国", "李秀英", "王梓涵", "王建华")]
    assert order == sorted(order)  # 业主, 共有人, 家庭成员, 紧急联系人 (sample gives them mixed)


def test_household_card_accepts_plain_chinese_roles_and_states():
    from app.printing.forms.household_card import Occupant

    text = household_text(people=[Occupant("租户", "赵六", "110101199001011234", "13612345678",
                                           date(2024, 1, 1)),
                                  Occupant("业主", "钱七")],
                          room_type="商铺", occupancy_state="出租")
    assert text.index("钱七") < text.index("赵六")
    assert "商铺" in text and "出租" in text and "1101**********1234" in text


# --------------------------------------------------------------------------------------------------
# 列表报表
# --------------------------------------------------------------------------------------------------

def long_list(n: int, columns=None):
    from app.printing.forms.list_report import ListReport
    from app.printing.layout import Column

    columns = columns or [Column("单号", 2.4), Column("房号", 1.4, "center"), Column("姓名", 1.2),
                          Column("事由", 4.0), Column("金额", 1.2, "right")]
    rows = [(f"FK20250612-{i:04d}", f"{i % 9 + 1}-{i % 3 + 1}-{i % 30 + 1:02d}01", "张三",
             "送快递（已登记身份证），离开时间待补录" if i % 7 == 0 else "送快递",
             Decimal(i) / 100)[:len(columns)] for i in range(1, n + 1)]
    return ListReport(title="访客登记清单", columns=columns, rows=rows,
                      filter_text="日期：2025-06-12；类型：全部", printed_by="陈静",
                      printed_at=date(2025, 6, 12))


def test_a_long_list_breaks_pages_and_repeats_its_header_row():
    pdf = render("list_report", long_list(500), estate=SAMPLE_ESTATE)
    texts = [squash(t) for t in page_texts(pdf)]
    assert len(texts) > 1
    for k, text in enumerate(texts, 1):
        for header in ("序号", "单号", "房号", "姓名", "事由", "金额"):
            assert header in text, f"page {k} lacks the header {header}"
        assert f"第{k}页共{len(texts)}页" in text
    everything = "".join(texts)
    assert "FK20250612-0001" in everything and "FK20250612-0500" in everything
    assert everything.count("FK20250612-0250") == 1
    assert "筛选条件：日期：2025-06-12；类型：全部" in texts[0]
    assert "打印人：陈静" in texts[0] and "共500条" in texts[0]
    assert "访客登记清单" in texts[0]
    for page in reader(pdf).pages:
        assert float(page.mediabox.width) < float(page.mediabox.height)  # portrait


def test_many_columns_turn_the_list_to_landscape():
    from app.printing.layout import Column

    cols = [Column(f"列{k}") for k in range(9)]
    report = replace(long_list(5), columns=cols, rows=[[f"值{r}-{k}" for k in range(9)]
                                                       for r in range(5)])
    pdf = render("list_report", report, estate=SAMPLE_ESTATE)
    page = reader(pdf).pages[0]
    assert float(page.mediabox.width) > float(page.mediabox.height)
    assert "列8" in squash(page.extract_text())


def test_list_totals_row_and_amount_in_words():
    report = replace(long_list(3), totals=("合计", "", "", "", Decimal("0.06")),
                     amount_total=Decimal("1234.50"))
    text = squash("".join(page_texts(render("list_report", report, estate=SAMPLE_ESTATE))))
    assert "合计" in text and "0.06" in text
    assert "人民币壹仟贰佰叁拾肆元伍角整" in text
    assert "¥1,234.50" in text


def test_an_empty_list_says_so():
    report = replace(long_list(1), rows=[])
    text = squash("".join(page_texts(render("list_report", report, estate=SAMPLE_ESTATE))))
    assert "没有符合条件的记录" in text and "共0条" in text
