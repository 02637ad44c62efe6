"""Exact money: stored as integer fen, handled as ``Decimal`` with two places, never ``float``.

:func:`amount_in_words` writes the Chinese uppercase amount (人民币大写) printed on receipts, following
《支付结算办法》附件一《正确填写票据和结算凭证的基本规定》:

* 拾 always carries its digit: 10 → 壹拾元, 1,010 → 壹仟零壹拾元;
* one 零 stands for any run of zeros between non-zero digits, across 万/亿 too: 1,001 → 壹仟零壹元,
  100,000,010 → 壹亿零壹拾元; a group boundary with no zero inside it gets none: 107,000 → 壹拾万柒仟元;
* 角 zero and 分 non-zero → 零 after 元 (mandatory): 16,409.02 → 壹万陆仟肆佰零玖元零贰分; 元 digit zero and
  角 non-zero → no 零 (the rules allow both): 1,680.32 → 壹仟陆佰捌拾元叁角贰分;
* 整 after 元 and, by our choice, after 角 too (the rules allow omitting it there): 1.20 → 壹元贰角整;
  never after 分. Below one yuan the 元 is left out: 0.05 → 伍分; 0.00 → 零元整;
* a negative amount (红冲) is prefixed 负.

The caller prints the 人民币 label; the words do not include it.
"""
from __future__ import annotations

from decimal import Decimal, InvalidOperation

from app.domain.errors import ValidationError
from app.i18n import QT_TRANSLATE_NOOP

FEN_PER_YUAN = 100
_DIGITS = "零壹贰叁肆伍陆柒捌玖"
_GROUP_UNITS = ("仟", "佰", "拾", "")  # positions within a four-digit group, highest first
_WAN, _YI = 10**4, 10**8
#: 亿亿 is not a unit anyone writes; refuse amounts that would need it.
_WORDS_LIMIT_YUAN = 10**16


def to_fen(amount: Decimal | str | int) -> int:
    """The exact number of fen in ``amount``; more than two decimals (1.005) is a :class:`ValidationError`.

    Trailing zeros are fine (``"1.500"`` is 150 fen). ``float`` is refused with ``TypeError``: money that
    went through a float is already wrong.
    """
    if isinstance(amount, float | bool):
        raise TypeError(f"money must be Decimal, str or int, not {type(amount).__name__}")
    try:
        value = Decimal(amount.strip() if isinstance(amount, str) else amount)
    except InvalidOperation:
        value = Decimal("NaN")
    if not value.is_finite():
        raise ValidationError(QT_TRANSLATE_NOOP("Money", "“{text}” is not an amount of money").format(
            text=amount))
    fen = value * FEN_PER_YUAN
    if fen != fen.to_integral_value():
        raise ValidationError(QT_TRANSLATE_NOOP(
            "Money", "An amount of money has at most 2 decimal places (“{text}”)").format(text=amount))
    return int(fen)


def from_fen(fen: int) -> Decimal:
    """``fen`` as yuan with exactly two places: 123 → ``Decimal("1.23")``, 100 → ``Decimal("1.00")``."""
    if not isinstance(fen, int) or isinstance(fen, bool):
        raise TypeError(f"fen must be int, not {type(fen).__name__}")
    return Decimal(fen).scaleb(-2)


def format_yuan(amount: Decimal | str | int) -> str:
    """``¥1,234.50``; negative amounts as ``-¥1,234.50``."""
    fen = to_fen(amount)
    sign = "-" if fen < 0 else ""
    return f"{sign}¥{from_fen(abs(fen)):,.2f}"


def amount_in_words(amount: Decimal | str | int) -> str:
    """The amount in Chinese uppercase (人民币大写), per the rules in the module docstring."""
    fen = to_fen(amount)
    yuan, rest = divmod(abs(fen), FEN_PER_YUAN)
    if yuan >= _WORDS_LIMIT_YUAN:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "Money", "The amount {amount} is too large to write in words").format(amount=amount))
    jiao, fen_digit = divmod(rest, 10)
    words = _integer_words(yuan) + "元" if yuan else ""
    if jiao:
        words += _DIGITS[jiao] + "角"
    elif fen_digit and yuan:
        words += "零"
    if fen_digit:
        words += _DIGITS[fen_digit] + "分"
    else:
        words = (words or "零元") + "整"
    return ("负" if fen < 0 else "") + words


def _integer_words(n: int) -> str:
    """Words for a positive integer; a 零 marks the zeros right after a 亿 or 万 that is followed by more."""
    for unit, word in ((_YI, "亿"), (_WAN, "万")):
        if n >= unit:
            high, low = divmod(n, unit)
            if not low:
                return _integer_words(high) + word
            gap = "零" if low < unit // 10 else ""
            return _integer_words(high) + word + gap + _integer_words(low)
    return _group_words(n)


def _group_words(n: int) -> str:
    """Words for 1–9999: digits with 仟/佰/拾, one 零 per inner run of zeros, none at the end."""
    words, pending_zero = "", False
    for digit, unit in zip(f"{n:04d}", _GROUP_UNITS, strict=True):
        if digit == "0":
            pending_zero = bool(words)
            continue
        words += ("零" if pending_zero else "") + _DIGITS[int(digit)] + unit
        pending_zero = False
    return words
