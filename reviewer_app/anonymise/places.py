"""China's administrative divisions down to township, as a reader of a case file meets them: the
province, city, county and town names in addresses, titles and the bodies' own names.

The names come from the division table that jionlp ships (province, city, county, township and
village, refreshed by its maintainer against the civil-affairs register). Only the data file is
read, straight from the installed package: importing jionlp itself would load a segmenter the
product does not use. Villages are left out: 650,000 names, many of them ordinary words; a
village is found as the rest of an address that a county or town begins."""

from __future__ import annotations

import re
import zipfile
from functools import lru_cache

from reviewer_app.resources import division_table

# County short names that are ordinary words or stand for any county's town centre.
_AMBIGUOUS_SHORT = {
    "城区", "郊区", "矿区", "新区", "市中", "市辖", "城关", "开发", "高新", "经济", "和平", "新华", "长安",
    "东方", "白云", "吉利", "通道", "南区", "北区", "东区", "西区", "中山", "中区", "城中", "城东", "城西",
    "城南", "城北", "河口", "江北", "江南", "河东", "河西", "铁东", "铁西", "桥东", "桥西", "平安", "永和",
    "新城", "古城", "大同", "宁安", "清河", "安全", "光明", "龙华", "金湾", "海港", "向阳", "红旗", "前进",
    "建华", "兴安", "新兴", "宝山", "普陀", "滨海", "新市", "正阳", "城阳", "东山", "西山", "南山", "北山",
    "立山", "青山", "华容", "合作", "榆树", "沙市", "井陉", "安定", "大安", "太和", "太平", "中原", "文峰",
    # 公安县 and 会同县 are counties, but 公安机关 and 会同 (together with) are in every enforcement text.
    "公安", "会同",
}
_TOWN_SUFFIX = re.compile(r"(镇|乡|街道|苏木)$")


class PlacesUnavailable(RuntimeError):
    pass


@lru_cache(maxsize=1)
def place_names() -> frozenset[str]:
    """Every province, city, county and township name, full and (where it cannot be taken for
    a word) short: 河南省 河南 郑州市 郑州 荥阳市 荥阳 高山镇 …"""
    names: set[str] = set()
    try:
        table = division_table()
    except FileNotFoundError as missing:
        raise PlacesUnavailable(str(missing)) from None
    with zipfile.ZipFile(table) as archive:
        text = archive.read("china_location.txt").decode("utf-8")
    for line in text.splitlines():
        depth = len(line) - len(line.lstrip("\t"))
        fields = line.strip().split("\t")
        if not fields or not fields[0] or depth > 3:
            continue
        full = fields[0]
        names.add(full)
        short = fields[2] if len(fields) > 2 else ""
        if depth < 3 and len(short) >= 2 and short not in _AMBIGUOUS_SHORT:
            names.add(short)
        if depth == 3 and len(full) >= 3:  # 高山镇 → 高山 only beside its suffix; the full name is enough
            names.add(full)
    return frozenset(n for n in names if len(n) >= 2)


def is_town(name: str) -> bool:
    return bool(_TOWN_SUFFIX.search(name))


@lru_cache(maxsize=1)
def automaton():  # noqa: ANN201 - an ahocorasick.Automaton
    """Every place name in one Aho–Corasick automaton: all occurrences in one pass over a page."""
    import ahocorasick

    machine = ahocorasick.Automaton()
    for name in place_names():
        machine.add_word(name, name)
    machine.make_automaton()
    return machine


def find_places(text: str) -> list[tuple[int, int, str]]:
    """(start, end, name) of every place name in the text; of overlapping names the longest
    from the leftmost start (荥阳市 over 荥阳)."""
    hits = sorted(((end + 1 - len(name), end + 1, name) for end, name in automaton().iter(text)),
                  key=lambda hit: (hit[0], -(hit[1] - hit[0])))
    chosen: list[tuple[int, int, str]] = []
    reach = -1
    for start, end, name in hits:
        if start >= reach:
            chosen.append((start, end, name))
            reach = end
    return chosen


def places_in(name: str) -> list[str]:
    """The place names inside a body's name: 郑州市生态环境局荥阳分局 → 郑州市, 荥阳."""
    return [place for _, _, place in find_places(name)]
