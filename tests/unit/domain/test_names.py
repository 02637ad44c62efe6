"""Pinyin keys of names: surnames' own readings, compound surnames, polyphonic given names."""
from __future__ import annotations

import pytest

from app.domain.names import pinyin_keys, split_surname


@pytest.mark.parametrize("name,typed", [
    ("曾经纬", "zjw"), ("曾经纬", "zengjingwei"), ("曾经纬", "cjw"),
    ("解放", "xf"), ("解放", "xiefang"), ("解放", "jf"),
    ("区分明", "ofm"), ("区分明", "oufenming"),
    ("朴素", "piaosu"), ("朴素", "ps"), ("朴素", "pusu"),
    ("单田芳", "stf"), ("单田芳", "shantianfang"), ("单田芳", "dtf"),
    ("仇英", "qiuying"), ("仇英", "qy"), ("查良镛", "zly"), ("查良镛", "zhaliangyong"),
    ("欧阳修", "oyx"), ("欧阳修", "ouyangxiu"),
    ("尉迟恭", "ycg"), ("尉迟恭", "yuchigong"),
    ("万俟卨", "mqx"), ("万俟卨", "moqixie"),
    ("长孙无忌", "zhangsunwuji"), ("长孙无忌", "zswj"),
    ("乐长乐", "yuechangle"), ("乐长乐", "yzl"),       # every reading of a polyphonic given name
    ("张三", "zs"), ("李娜", "lina"),
])
def test_a_name_is_found_by_what_people_type(name, typed):
    assert typed in pinyin_keys(name)


def test_compound_surnames():
    assert split_surname("欧阳秀英") == ("欧阳", "秀英")
    assert split_surname("欧阳") == ("欧", "阳")           # two characters: a surname and a given name
    assert split_surname("曾经纬") == ("曾", "经纬")
    assert split_surname("Tom") == ("", "") and pinyin_keys("Tom") == set()


def test_long_names_stay_bounded():
    assert len(pinyin_keys("深圳市鑫源商贸有限公司")) <= 2 * 32 * 4
