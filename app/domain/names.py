"""Pinyin of people's names for search: initials (``zjw``) and full pinyin (``zengjingwei``).

Phrase conversion reads a name as a word: pypinyin turns 曾经纬 into *ceng* jing wei (曾经 "once"), 解放
into *jie* fang, 区分明 into *qu* fen ming, 朴素 into *pu* su, while people type the surname's reading
(zeng, xie, ou, piao). So a name is keyed by

* the surname's own readings first (:data:`SURNAME_READINGS`: 单 shan, 曾 zeng, 解 xie, 仇 qiu, 区 ou,
  查 zha, 朴 piao …; compound surnames such as 欧阳, 尉迟 yuchi, 万俟 moqi are one surname),
* then every reading pypinyin knows for each character (polyphonic characters of the given name too),
  the phrase reading of the given name first,

each surname reading combined with at most :data:`MAX_PER_SURNAME` readings of the given name.
pypinyin is imported on first use only (never at start-up).
"""
from __future__ import annotations

import itertools
from collections.abc import Hashable, Iterable
from typing import TypeVar

#: readings of surnames that differ from the character's common reading, or that phrase conversion
#: misses; syllables of a compound surname are separated by a space
_R = TypeVar("_R", bound=Hashable)

SURNAME_READINGS: dict[str, tuple[str, ...]] = {
    "单": ("shan",), "曾": ("zeng",), "解": ("xie",), "仇": ("qiu",), "区": ("ou",), "查": ("zha",),
    "朴": ("piao",), "乐": ("yue", "le"), "盖": ("ge", "gai"), "缪": ("miao",), "覃": ("qin", "tan"),
    "繁": ("po",), "种": ("chong",), "秘": ("bi",), "冼": ("xian",), "员": ("yun",), "贲": ("ben",),
    "召": ("shao",), "尉": ("wei", "yu"), "翟": ("zhai", "di"), "句": ("gou",), "折": ("she",),
    "隗": ("wei",), "能": ("nai",), "长孙": ("zhang sun",), "尉迟": ("yu chi",), "万俟": ("mo qi",),
    "单于": ("chan yu",), "澹台": ("tan tai",), "令狐": ("ling hu",), "欧阳": ("ou yang",),
    "乐正": ("yue zheng",),
}
#: two-character surnames (复姓) taken as one surname when a name starts with them
COMPOUND_SURNAMES = frozenset(
    "欧阳 司马 上官 诸葛 尉迟 万俟 东方 皇甫 夏侯 令狐 慕容 长孙 宇文 司徒 公孙 端木 轩辕 钟离 闻人 "
    "澹台 公冶 太史 申屠 单于 乐正 呼延 南宫 西门 独孤 百里 东郭 司空 赫连 拓跋".split())
#: how many readings of the given name are combined with each reading of the surname
MAX_PER_SURNAME = 32


def _is_han(c: str) -> bool:
    return "\u4e00" <= c <= "\u9fff" or "\u3400" <= c <= "\u4dbf"


def split_surname(name: str) -> tuple[str, str]:
    """``("欧阳", "修")``, ``("曾", "经纬")``; a name without Chinese characters has no surname."""
    hans = "".join(c for c in name if _is_han(c))
    if not hans:
        return "", ""
    cut = 2 if hans[:2] in COMPOUND_SURNAMES and len(hans) > 2 else 1
    return hans[:cut], hans[cut:]


def _ordered(*groups: Iterable[_R]) -> list[_R]:
    """The items of ``groups`` in order, each once (empty ones left out)."""
    seen: dict[_R, None] = {}
    for group in groups:
        for r in group:
            if r:
                seen.setdefault(r, None)
    return list(seen)


def _char_readings(text: str) -> list[list[str]]:
    """For each character: its reading in the phrase first, then every other reading of the character."""
    from pypinyin import Style, pinyin  # heavy: imported on first indexing, never at start-up
    phrase = pinyin(text, style=Style.NORMAL, heteronym=True, errors="ignore") if text else []
    if len(phrase) != len(text):            # a character pypinyin does not know: go one by one
        phrase = [[] for _ in text]
    out = []
    for c, first in zip(text, phrase, strict=True):
        each = pinyin(c, style=Style.NORMAL, heteronym=True, errors="ignore")
        readings = _ordered(first, each[0] if each else [])
        if readings:
            out.append(readings)
    return out


def surname_readings(surname: str) -> list[tuple[str, ...]]:
    """The surname's syllables for each of its readings: its own readings first (曾 → zeng), then
    every combination of its characters' readings (曾 → ceng)."""
    own = [tuple(r.split()) for r in SURNAME_READINGS.get(surname, ())]
    return _ordered(own, itertools.product(*_char_readings(surname)))


def pinyin_keys(name: str) -> set[str]:
    """Initials and full pinyin of the name's readings: 曾经纬 → zjw, zengjingwei, cjw, cengjingwei."""
    surname, given = split_surname(name)
    if not surname:
        return set()
    given_readings = _char_readings(given)
    keys: set[str] = set()
    for syllables in surname_readings(surname):
        for combo in itertools.islice(itertools.product(*given_readings), MAX_PER_SURNAME):
            every = (*syllables, *combo)
            keys.add("".join(every))
            keys.add("".join(s[0] for s in every))
    return keys
