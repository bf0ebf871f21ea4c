"""The geography of the delta: the four provinces (三省一市), their 41 cities and the
districts and sub-regions the seed plans name, with the aliases people write them by.

Reference data, seeded into every workspace by the first migration.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

WHOLE_DELTA = "YRD"
PROVINCES = ("SH", "JS", "ZJ", "AH")


class RegionLevel(StrEnum):
    """From the widest to the narrowest; a subregion is an area across provinces (数字三体)."""

    DELTA = "delta"
    PROVINCE = "province"
    CITY = "city"
    DISTRICT = "district"
    SUBREGION = "subregion"


@dataclass(frozen=True)
class Region:
    code: str
    name: str
    short_name: str
    level: RegionLevel
    parent: str | None
    aliases: tuple[str, ...] = ()
    members: tuple[str, ...] = ()  # an area across provinces: the places it is made of


_CITIES = {
    # Shanghai counts as one of the 41 cities; the municipality is its own city row.
    "SH": [("SH-SH", "上海市", "上海")],
    "JS": [
        ("JS-NJ", "南京市", "南京"),
        ("JS-WX", "无锡市", "无锡"),
        ("JS-XZ", "徐州市", "徐州"),
        ("JS-CZ", "常州市", "常州"),
        ("JS-SZ", "苏州市", "苏州"),
        ("JS-NT", "南通市", "南通"),
        ("JS-LYG", "连云港市", "连云港"),
        ("JS-HA", "淮安市", "淮安"),
        ("JS-YC", "盐城市", "盐城"),
        ("JS-YZ", "扬州市", "扬州"),
        ("JS-ZJ", "镇江市", "镇江"),
        ("JS-TZ", "泰州市", "泰州"),
        ("JS-SQ", "宿迁市", "宿迁"),
    ],
    "ZJ": [
        ("ZJ-HZ", "杭州市", "杭州"),
        ("ZJ-NB", "宁波市", "宁波"),
        ("ZJ-WZ", "温州市", "温州"),
        ("ZJ-JX", "嘉兴市", "嘉兴"),
        ("ZJ-HUZ", "湖州市", "湖州"),
        ("ZJ-SX", "绍兴市", "绍兴"),
        ("ZJ-JH", "金华市", "金华"),
        ("ZJ-QZ", "衢州市", "衢州"),
        ("ZJ-ZS", "舟山市", "舟山"),
        ("ZJ-TZ", "台州市", "台州"),
        ("ZJ-LS", "丽水市", "丽水"),
    ],
    "AH": [
        ("AH-HF", "合肥市", "合肥"),
        ("AH-HB", "淮北市", "淮北"),
        ("AH-BZ", "亳州市", "亳州"),
        ("AH-SUZ", "宿州市", "宿州"),
        ("AH-BB", "蚌埠市", "蚌埠"),
        ("AH-FY", "阜阳市", "阜阳"),
        ("AH-HN", "淮南市", "淮南"),
        ("AH-CZ", "滁州市", "滁州"),
        ("AH-LA", "六安市", "六安"),
        ("AH-MAS", "马鞍山市", "马鞍山"),
        ("AH-WH", "芜湖市", "芜湖"),
        ("AH-XC", "宣城市", "宣城"),
        ("AH-TL", "铜陵市", "铜陵"),
        ("AH-CHZ", "池州市", "池州"),
        ("AH-AQ", "安庆市", "安庆"),
        ("AH-HS", "黄山市", "黄山"),
    ],
}


def _build() -> tuple[Region, ...]:
    regions = [
        Region(WHOLE_DELTA, "长三角", "长三角", RegionLevel.DELTA, None, ("长三角地区", "长三角区域", "三省一市")),
        Region("SH", "上海市", "上海", RegionLevel.PROVINCE, WHOLE_DELTA, ("沪",)),
        Region("JS", "江苏省", "江苏", RegionLevel.PROVINCE, WHOLE_DELTA, ("苏",)),
        Region("ZJ", "浙江省", "浙江", RegionLevel.PROVINCE, WHOLE_DELTA, ("浙",)),
        Region("AH", "安徽省", "安徽", RegionLevel.PROVINCE, WHOLE_DELTA, ("皖",)),
    ]
    for province, cities in _CITIES.items():
        regions += [Region(code, name, short, RegionLevel.CITY, province) for code, name, short in cities]
    regions += [
        Region("SH-QP", "青浦区", "青浦", RegionLevel.DISTRICT, "SH-SH"),
        Region("JS-SZ-WJ", "吴江区", "吴江", RegionLevel.DISTRICT, "JS-SZ"),
        Region("ZJ-JX-JS", "嘉善县", "嘉善", RegionLevel.DISTRICT, "ZJ-JX"),
        Region(
            "SZST",
            "数字三体",
            "数字三体",
            RegionLevel.SUBREGION,
            WHOLE_DELTA,
            ("长三角生态绿色一体化发展示范区", "一体化示范区", "示范区"),
            members=("SH-QP", "JS-SZ-WJ", "ZJ-JX-JS"),
        ),
    ]
    return tuple(regions)


ALL: tuple[Region, ...] = _build()
BY_CODE: dict[str, Region] = {r.code: r for r in ALL}
CITIES: tuple[str, ...] = tuple(r.code for r in ALL if r.level == RegionLevel.CITY)


def within(code: str | None, area: str) -> bool:
    """Whether region *code* is *area* or lies inside it."""
    while code is not None:
        if code == area:
            return True
        code = BY_CODE[code].parent
    return False


def children(code: str) -> list[str]:
    """The regions directly under *code*, in their usual order: a province's cities, a city's districts."""
    return [r.code for r in ALL if r.parent == code]


def overlaps(region: str, area: str) -> bool:
    """Whether two regions share ground: one lies in the other, or one is an area across
    provinces (数字三体) with a member in the other. 江苏省 and 苏州市 overlap 数字三体
    (吴江区); 安徽省 does not."""
    if within(region, area) or within(area, region):
        return True
    return any(overlaps(member, area) for member in BY_CODE[region].members) or any(
        overlaps(region, member) for member in BY_CODE[area].members
    )


def _names() -> dict[str, str]:
    names: dict[str, str] = {}
    for r in ALL:
        for name in (r.code, r.code.lower(), r.name, r.short_name, *r.aliases):
            names.setdefault(name, r.code)
    # 上海 as a name means the province-level municipality, not its city row.
    names["上海"] = names["上海市"] = "SH"
    return names


BY_NAME: dict[str, str] = _names()


def lookup(name: str) -> str | None:
    """Region code for a code, name, short name or alias; None if unknown."""
    return BY_NAME.get(name.strip()) or BY_NAME.get(name.strip().upper())
