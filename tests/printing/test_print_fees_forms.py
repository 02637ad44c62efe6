"""The fee forms as pure renderers: 收款收据 (一式三联 on one A4), 收款日报表, 催款通知书 / 最后缴款通知书 (batch) and
押金退还审批表, read back from their PDFs."""
from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal

import pytest

from app.domain.money import amount_in_words
from app.printing.forms import deposit_refund, fee_daily_report, fee_receipt, fee_reminder
from app.printing.registry import SAMPLE_ESTATE, get_form, render
from tests.printing.print_helpers import page_texts, reader, squash


def pdf_of(code: str, data, **kw) -> bytes:
    return render(code, data, estate=SAMPLE_ESTATE, **kw)


def text_of(pdf: bytes) -> str:
    return squash("".join(page_texts(pdf)))


# ------------------------------------------------------------------------------------------- 收款收据

def test_receipt_prints_three_copies_on_one_a4_sheet_with_cut_lines():
    data = fee_receipt.sample()
    pdf = pdf_of("fee_receipt", data)
    pages = reader(pdf).pages
    assert len(pages) == 1                                     # 一式三联 on one sheet
    w, h = float(pages[0].mediabox.width), float(pages[0].mediabox.height)
    assert (round(w), round(h)) == (595, 842)                  # A4 portrait
    t = text_of(pdf)
    for label in ("第一联存根联", "第二联收据联", "第三联记账联"):
        assert label in t, label
    assert t.count("裁剪线") == 2
    assert t.count("收款收据") == 3 and t.count("SJ2026-000123") >= 6   # the number and the footer, per copy
    spec = get_form("fee_receipt")
    assert spec.qr and spec.number_prefix == "SJ" and spec.paper == "A4x3"


def test_receipt_reads_back_items_periods_amount_in_words_methods_and_cashier():
    t = text_of(pdf_of("fee_receipt", fee_receipt.sample()))
    for expected in ("3-2-1502", "王建国", "2026-06-1210:18", "物业服务费", "2026-04-01至2026-06-30", "128.56㎡",
                     "2.50元/㎡·月", "964.20", "停车费", "450.00", "滞纳金", "8.68", "减免（滞纳金）", "-8.68",
                     "合计（大写）", "人民币" + amount_in_words(Decimal("1414.20")), "¥1,414.20",
                     "现金¥414.20（实收¥500.00，找零¥85.80）", "微信¥1,000.00", "收款人：陈晓雪", "经手人", "审核",
                     "预存余额：¥0.00", "阳光花园"):
        assert expected in t, expected
    assert "壹仟肆佰壹拾肆元贰角整" in t


def test_a_reprint_is_marked_with_its_count_and_a_void_on_every_copy():
    data = replace(fee_receipt.sample(), void_reason="金额录错")
    t = text_of(pdf_of("fee_receipt", data, reprint_count=2, voided=True))
    assert t.count("补打第2次") >= 3
    assert t.count("作废") >= 4                      # the stamp on each copy, and the reason
    assert "作废原因：金额录错" in t


def test_a_red_reversal_is_negative_and_names_the_original():
    base = fee_receipt.sample()
    lines = [replace(line, amount=-line.amount) for line in base.lines]
    data = replace(base, number="SJ2026-000140", lines=lines, total=-base.total,
                   payments=[fee_receipt.ReceiptPayment("现金", -base.total)], reversal_of="SJ2026-000123",
                   reason="重复收费")
    t = text_of(pdf_of("fee_receipt", data))
    assert t.count("收款收据（红冲）") == 3
    assert "红冲原收据No.SJ2026-000123，原因：重复收费" in t
    assert "-¥1,414.20" in t and "负壹仟肆佰壹拾肆元贰角整" in t and "-964.20" in t


def test_a_receipt_that_does_not_balance_is_refused():
    data = replace(fee_receipt.sample(), total=Decimal("1414.21"))
    with pytest.raises(ValueError, match="lines sum"):
        pdf_of("fee_receipt", data)
    data = replace(fee_receipt.sample(), payments=[fee_receipt.ReceiptPayment("现金", Decimal("1.00"))])
    with pytest.raises(ValueError, match="payments sum"):
        pdf_of("fee_receipt", data)


def test_twelve_months_of_one_item_print_as_one_line_and_stay_on_the_sheet():
    lines = [fee_receipt.ReceiptLine("物业服务费", Decimal("321.40"), date(2025, m, 1),
                                     date(2025 + m // 12, m % 12 + 1, 1) - date.resolution, "128.56㎡", "2.50元/㎡·月")
             for m in range(1, 13)]
    data = replace(fee_receipt.sample(), lines=lines, total=Decimal("3856.80"),
                   payments=[fee_receipt.ReceiptPayment("POS刷卡", Decimal("3856.80"))])
    pdf = pdf_of("fee_receipt", data)
    assert len(reader(pdf).pages) == 1
    t = text_of(pdf)
    assert t.count("2025-01-01至2025-12-31") == 3 and "3,856.80" in t
    assert "2025-02-01" not in t


# ------------------------------------------------------------------------------------------- 收款日报表

def test_daily_report_reads_back_ranges_methods_corrections_cash_and_signatures():
    pdf = pdf_of("fee_daily_report", fee_daily_report.sample())
    assert len(reader(pdf).pages) == 1
    t = text_of(pdf)
    for expected in ("收款日报表", "RJ20260612-0001", "陈晓雪", "2026年06月12日星期五", "一、收据号段", "SJ2026-000118",
                     "SJ2026-000123", "二、按收款方式", "现金", "1,276.20", "POS刷卡", "微信", "2,285.50", "支付宝",
                     "-450.00", "合计", "3,471.70", "三、现金核对与交款", "应存现金", "实点现金", "¥1,276.00",
                     "短款¥0.20", "找零差0.20元，收款员补足", "财务部张会计", "JK20260612-01", "王丽华",
                     "四、收据明细", "五、作废与红冲", "SJ2026-000120", "SJ2026-000087", "停车费重复缴纳",
                     "收款员：", "复核：", "主管：", "6张（作废1张，红冲1张）"):
        assert expected in t, expected


@pytest.mark.parametrize(("counted", "words"), [(Decimal("1276.20"), "无（账实相符）"),
                                                (Decimal("1280.00"), "长款 ¥3.80"), (None, "")])
def test_daily_report_difference(counted, words):
    assert fee_daily_report.difference_text(Decimal("1276.20"), counted) == words


def test_a_report_printed_before_closing_says_so():
    data = replace(fee_daily_report.sample(), closed=False, cash_counted=None, checked_by="")
    t = text_of(pdf_of("fee_daily_report", data))
    assert "未日结，仅供核对" in t


# ------------------------------------------------------------------------------------------- 催款通知书

@pytest.mark.parametrize(("code", "make", "title"), [("fee_reminder", False, "催款通知书"),
                                                     ("fee_final_reminder", True, "最后缴款通知书")])
def test_reminders_print_one_letter_per_room_in_one_pdf(code, make, title):
    batch = fee_reminder.sample_batch(make)
    pdf = pdf_of(code, batch)
    texts = [squash(x) for x in page_texts(pdf)]
    assert len(texts) == len(batch.letters) == 2
    for letter, page in zip(batch.letters, texts, strict=True):
        assert page.count(letter.number) >= 2                   # header and footer: each its own number
        assert "第1页共1页" in page                              # each letter counts its own pages
        assert title in page and letter.room in page and letter.addressee in page
        total = fee_reminder.total_of(letter)
        assert amount_in_words(total) in page
        for line in letter.lines:
            assert f"{line.period_start:%Y-%m-%d}至{line.period_end:%Y-%m-%d}" in page
        assert "0571-88886666" in page and "按日万分之三计收滞纳金" in page
        assert "送达回执" in page
    assert "2,378.40" in texts[0] and "720.00" in texts[1]


def test_no_reminder_ever_threatens_a_supply_cut_off():
    for batch, code in ((fee_reminder.sample_batch(False), "fee_reminder"),
                        (fee_reminder.sample_batch(True), "fee_final_reminder")):
        t = text_of(pdf_of(code, batch))
        for word in fee_reminder.FORBIDDEN + ("断供", "停止服务"):
            assert word not in t, word
    assert "依法追缴" in text_of(pdf_of("fee_final_reminder", fee_reminder.final_sample()))
    bad = replace(fee_reminder.sample().letters[0], late_fee="逾期将停水停电")
    with pytest.raises(ValueError, match="supply cut-off"):
        pdf_of("fee_reminder", replace(fee_reminder.sample(), letters=[bad]))


def test_a_batch_of_one_kind_refuses_a_letter_of_the_other():
    batch = fee_reminder.sample()
    with pytest.raises(ValueError):
        pdf_of("fee_final_reminder", batch)
    with pytest.raises(ValueError):
        pdf_of("fee_reminder", replace(batch, letters=[]))


# ------------------------------------------------------------------------------------------- 押金退还审批表

def test_deposit_refund_reads_back_deductions_refundable_and_signatures():
    t = text_of(pdf_of("deposit_refund", deposit_refund.sample()))
    for expected in ("押金退还审批表", "TK20260612-0001", "装修押金", "SJ2026-000031", "3-2-1502", "王建国",
                     "138****6688", "¥2,000.00", "电梯轿厢不锈钢面板划伤修复", "¥300.00", "¥150.00", "扣款合计",
                     "¥450.00", "¥1,550.00", "人民币壹仟伍佰伍拾元整", "装修复验合格", "银行转账", "李明",
                     "扣款有整改单及照片为据", "申请人：", "审核人：", "批准人："):
        assert expected in t, expected
    assert "13805716688" not in t


def test_a_refund_is_never_above_the_deposit_less_deductions():
    data = deposit_refund.sample()
    assert deposit_refund.refundable(data) == Decimal("1550.00")
    with pytest.raises(ValueError, match="more than the refundable"):
        pdf_of("deposit_refund", replace(data, refund=Decimal("1550.01")))
    with pytest.raises(ValueError, match="exceed the deposit"):
        pdf_of("deposit_refund", replace(data, refunded_before=Decimal("1600.00")))
    t = text_of(pdf_of("deposit_refund", replace(data, refund=Decimal("1000.00"), transferred=Decimal("200.00"))))
    assert "¥1,350.00" in t and "¥1,000.00" in t and "人民币壹仟元整" in t
