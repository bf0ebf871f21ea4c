"""Plans printed in traditional characters (重點任務, 專欄, 第一節): the keywords the reader
looks for are written once, in simplified characters, and `either` lets each of their
characters match its traditional form too; the text itself is never converted, so what
is extracted keeps the document's own characters."""

from __future__ import annotations

import re

# Simplified → traditional, for the characters of the keywords the reader matches.
_PAIRS = (
    "务務 点點 设設 栏欄 专專 节節 总總 体體 导導 则則 发發 础礎 环環 势勢 顾顧 现現 状狀 标標 动動 规規"
    " 划劃 义義 织織 实實 词詞 释釋 响響 关關 纲綱 计計 见見 为為 达達 过過 长長 稳穩 数數 额額 营營 带帶"
    " 户戶 个個 项項 台臺 条條 辆輛 颗顆 张張 万萬 亿億 牵牽 头頭 单單 责責 门門 时時 间間 协協 办辦 进進"
    " 围圍 负負 职職 参參 与與 坚堅 续續 启啟 层層 级級 积積 构構 园園 区區 业業 网網 络絡 云雲 厅廳 员員"
    " 会會 团團 组組 处處 馆館 队隊 学學 联聯 机機 银銀 内內 占佔 产產 据據 统統 书書 报報 页頁 录錄 运運"
    " 质質 这這 样樣 约約 领領 题題 严嚴 应應 态態 术術 财財 资資 险險 镇鎮 县縣 乡鄉 图圖 宽寬 终終 讯訊"
    " 车車 于於 场場 厂廠 对對 线線 链鏈 强強 优優 诺諾 宁寧 庆慶 滨濱 苏蘇"
)
TRADITIONAL: dict[str, str] = {pair[0]: pair[1] for pair in _PAIRS.split()}
SIMPLIFIED: dict[str, str] = {t: s for s, t in TRADITIONAL.items()}
_TO_SIMPLIFIED = str.maketrans(SIMPLIFIED)


def either(pattern: str) -> str:
    """A regular expression that also matches its keywords in traditional characters:
    达到 → [达達]到; inside a character class the form is added: [^达] → [^达達]."""
    out: list[str] = []
    in_class = escaped = False
    for char in pattern:
        traditional = TRADITIONAL.get(char)
        if escaped or char == "\\":
            escaped = not escaped
            out.append(char)
        elif char == "[" and not in_class:
            in_class = True
            out.append(char)
        elif char == "]" and in_class:
            in_class = False
            out.append(char)
        elif traditional:
            out.append(char + traditional if in_class else f"[{char}{traditional}]")
        else:
            out.append(char)
    return "".join(out)


def simplified(text: str) -> str:
    """A unit or scale word in simplified characters: 萬 → 万, 個 → 个."""
    return text.translate(_TO_SIMPLIFIED)


def keywords(pattern: str) -> re.Pattern[str]:
    """re.compile(either(pattern))."""
    return re.compile(either(pattern))
