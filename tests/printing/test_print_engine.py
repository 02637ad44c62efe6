"""The engine: copies (联), A5 two-up, 补打 / 作废, registry rules, lazy import, warm renders."""
from __future__ import annotations

import subprocess
import sys
from dataclasses import replace
from decimal import Decimal

import pytest

from app.printing.layout import Document, Fields
from app.printing.registry import (
    SAMPLE_ESTATE,
    get_form,
    register_form,
    render,
    render_sample,
    unregister_form,
)
from tests.printing.print_helpers import SlipData, page_texts, reader, slip_sample, squash

A4_W, A4_H = 595.27, 841.89


def test_three_copies_on_a5_two_up_make_two_a4_sheets(slip_form):
    pdf = render_sample(slip_form)
    pages = reader(pdf).pages
    assert len(pages) == 2
    for p in pages:
        assert abs(float(p.mediabox.width) - A4_W) < 1 and abs(float(p.mediabox.height) - A4_H) < 1
    first, second = (squash(t) for t in page_texts(pdf))
    assert "第一联存根联" in first and "第二联保安联" in first and "第三联申请人联" not in first
    assert "第三联申请人联" in second
    assert first.count("物品放行条") == 2 and second.count("物品放行条") == 1
    assert "裁剪线" in first
    assert first.count("第1页共1页") == 2  # pages are counted per copy


def test_the_top_slip_is_the_first_copy(slip_form):
    page = reader(render_sample(slip_form)).pages[0]
    found = {}

    def visitor(text, cm, tm, font, size):
        if text.strip() in ("第一联 存根联", "第二联 保安联"):
            found[text.strip()] = tm[5]

    page.extract_text(visitor_text=visitor)
    assert found["第一联 存根联"] > A4_H / 2 > found["第二联 保安联"]


def test_one_copy_alone(slip_form):
    text = squash("".join(page_texts(render_sample(slip_form, copy_index=2))))
    assert "第三联申请人联" in text and "存根联" not in text and "保安联" not in text
    with pytest.raises(ValueError):
        render_sample(slip_form, copy_index=3)


def test_amounts_print_in_figures_and_in_words(slip_form):
    text = squash(page_texts(render_sample(slip_form))[0])
    assert "押金（大写）" in text
    assert "人民币壹仟贰佰叁拾肆元伍角整" in text
    assert "¥1,234.50" in text


def test_signature_block_labels(slip_form):
    text = squash(page_texts(render_sample(slip_form))[0])
    for label in ("申请人签字：", "经办人：", "保安核验："):
        assert label in text


def test_qr_code_is_drawn_next_to_the_number(slip_form):
    pdf = render_sample(slip_form)
    no_qr = render_sample("list_report")
    content = reader(pdf).pages[0].get_contents().get_data()
    # the QR code is drawn as many filled squares: far more 're' operators than the list has
    assert content.count(b" re") > 100
    assert reader(no_qr).pages[0].get_contents().get_data().count(b" re") < content.count(b" re")


def test_reprint_is_watermarked_with_its_count():
    text = squash("".join(page_texts(render_sample("household_card", reprint_count=2))))
    assert "补打第2次" in text
    assert "补打" not in squash("".join(page_texts(render_sample("household_card"))))
    with pytest.raises(ValueError):
        render_sample("household_card", reprint_count=-1)


def test_voided_document_says_so_on_every_copy(slip_form):
    texts = [squash(t) for t in page_texts(render_sample(slip_form, voided=True))]
    assert sum(t.count("作废") for t in texts) == 3
    assert "作废" not in squash("".join(page_texts(render_sample(slip_form))))
    both = squash("".join(page_texts(render_sample("household_card", voided=True, reprint_count=1))))
    assert "作废" in both and "补打第1次" in both


def test_a_copy_longer_than_a_slip_continues_on_the_next_slot(slip_form):
    data = replace(slip_sample(), items=[(f"物品{k}", k, "件") for k in range(1, 41)])
    pdf = render(slip_form, data, estate=SAMPLE_ESTATE, copy_index=0)
    texts = [squash(t) for t in page_texts(pdf)]
    everything = "".join(texts)
    pages = everything.count("第一联存根联") // 2  # footer and side label
    assert pages >= 2
    assert f"第1页共{pages}页" in everything and f"第{pages}页共{pages}页" in everything
    assert everything.count("物品名称") >= 2  # the header row repeats on the next slip
    assert "物品40" in everything


def test_render_checks_its_data_and_the_form_code(slip_form):
    with pytest.raises(TypeError):
        render(slip_form, {"room": "3-2-1502"}, estate=SAMPLE_ESTATE)
    with pytest.raises(KeyError):
        render("no_such_form", slip_sample(), estate=SAMPLE_ESTATE)
    assert get_form(slip_form).data_type is SlipData


def test_registry_rules():
    def sample():
        return SlipData("X1", "1-1-101", "甲", "", [], Decimal(0), None)

    with pytest.raises(ValueError):
        register_form(code="bad_paper", title="x", paper="B5", sample=sample)
    with pytest.raises(TypeError):
        register_form(code="no_sample", title="x", sample=None)  # type: ignore[arg-type]

    @register_form(code="test_dup", title="甲表", sample=sample)
    def build_a(data: SlipData) -> Document:
        return Document(parts=[Fields([("房号", data.room)])])

    try:
        with pytest.raises(ValueError):
            @register_form(code="test_dup", title="乙表", sample=sample)
            def build_b(data: SlipData) -> Document:
                return Document(parts=[])
        assert "1-1-101" in squash(page_texts(render_sample("test_dup"))[0])
    finally:
        unregister_form("test_dup")


def test_a_warm_render_works_twice_and_is_deterministic():
    first = render_sample("household_card")
    second = render_sample("household_card")
    assert first == second


def test_printing_is_not_imported_with_the_app_or_the_services():
    code = ("import sys, app, app.services, app.printing\n"
            "bad = sorted(m for m in sys.modules if m.startswith('app.printing.') or "
            "m.startswith('reportlab'))\n"
            "print(','.join(bad))\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""


def test_signatures_never_stand_alone_on_the_last_page():
    from tests.printing.test_print_forms import long_list

    for n in range(30, 42):
        report = replace(long_list(n), signatures=("制表人", "审核人"), amount_total=Decimal("1.00"))
        texts = [squash(t) for t in page_texts(render("list_report", report, estate=SAMPLE_ESTATE))]
        last = texts[-1]
        assert "制表人" in last and "人民币壹元整" in last
        assert f"FK20250612-{n:04d}" in last, f"{n} rows: the signatures were left alone"
        if len(texts) > 1:
            assert "序号" in last  # moved rows come under the repeated header


def test_estate_logo_is_printed_and_a_missing_one_is_ignored(tmp_path):
    from PIL import Image

    logo = tmp_path / "logo.png"
    Image.new("RGB", (120, 60), (0, 102, 170)).save(logo)
    with_logo = render_sample("household_card", estate=replace(SAMPLE_ESTATE, logo_path=str(logo)))
    xobjects = reader(with_logo).pages[0]["/Resources"].get("/XObject", {})
    assert any(x.get_object().get("/Subtype") == "/Image" for x in xobjects.values())
    missing = replace(SAMPLE_ESTATE, logo_path=str(tmp_path / "nope.png"))
    assert "阳光花园" in page_texts(render_sample("household_card", estate=missing))[0]


def test_field_grid_wraps_spans_to_full_rows(font):
    from app.printing.layout import Field, build_pdf

    doc = Document(parts=[Fields([("甲", "1"), Field("乙", "很长的说明，" * 30, span=3), ("丙", "3"),
                                  ("丁", "4")], columns=3)])
    pdf = build_pdf(doc, title="网格", paper="A4", copies=(), copy_indices=None,
                    estate=SAMPLE_ESTATE, font=font)
    text = squash(page_texts(pdf)[0])
    assert text.index("甲") < text.index("乙") < text.index("丙") < text.index("丁")
    assert text.count("很长的说明") == 30


def test_warm_up_returns_the_font():
    from app.printing.registry import warm_up

    assert warm_up().embedded


def test_long_signature_labels_on_a_slip_take_fewer_columns(font):
    from app.printing.layout import Signatures, build_pdf

    labels = ["施工负责人签字", "装修申请人签字", "物业审核人签字", "保安核验"]
    doc = Document(number="ZX20250612-0001", parts=[Signatures(labels, columns=4)])
    pdf = build_pdf(doc, title="装修许可证", paper="A5x2", copies=(), copy_indices=None,
                    estate=SAMPLE_ESTATE, font=font)
    text = squash(page_texts(pdf)[0])
    for label in labels:
        assert f"{label}：" in text
