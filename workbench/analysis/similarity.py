"""Which tasks of different plans carry the same theme: a similarity of their text that needs no network or model.

Method (README: Themes across plans). A task is compared passage by passage: its paragraphs, the title
with the first (a task of 003 or 004 treats a subject per paragraph, so two tasks sharing one subject would be
lost among their others if compared whole). Plan boilerplate (STOP_WORDS: 推进,
加强, 建设, 长三角, 区域 …) is cut out, then the text is split into runs of Chinese characters and of Latin letters
and digits; a run of Chinese gives its character bigrams (工业互联网 → 工业 业互 互联 联网), a Latin run its
upper-cased word (ETC, G60, 5G). Each term is weighted by TF-IDF — (1 + ln tf) × ln(N / df) over the N passages
compared, so a term every passage has weighs nothing — and each passage's vector is scaled to length 1. Two tasks
of different plans are proposed as linked when the cosine of their most similar passages is at least THRESHOLD;
a task keeps its TOP_LINKS most similar links (a link stays if either task keeps it), and a term found in more
than a fifth of the passages (and 100) is the collection's own boilerplate and left out, so a large workspace of
look-alike tasks is not one theme of millions of links.

Linked tasks are grouped (a link joins two groups), and a group is proposed a name: its most informative
terms — the heaviest summed over its tasks among those found in at least two of its plans — each widened
character by character while the wider string still occurs in two of its plans. Pure logic: no I/O, no Qt.
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

THRESHOLD = 0.12
NAME_TERMS = 3
TOP_LINKS = 5  # a task's most similar links kept: a link stays if either of its tasks keeps it
COMMON_SHARE, COMMON_FLOOR = 0.2, 100  # a term in more passages than both is left out (see vectors)
NAME_LENGTH = 4  # characters a term of a name is widened to at most

# Words every plan uses whatever its subject: verbs of action, the region, degrees. Longer words first, so that
# 一体化 goes before 体化 could be read.
_STOP_TEXT = """
推进 推动 加强 加快 加大 建设 建立 健全 完善 提升 提高 发展 促进 深化 实施 开展 构建 打造 培育 强化 支持 鼓励 积极
进一步 继续 持续 共同 联合 协同 合作 统筹 协调 重点 主要 相关 各类 一批 形成 实现 探索 围绕 依托 充分 发挥 全面
不断 逐步 努力 着力 大力 有效 水平 能力 体系 机制 工作 领域 方面 优化 增强 新型 布局 长三角 长江三角洲 区域 地区
三省一市 上海 江苏 浙江 安徽 一体化 信息化 互联互通 以及 等 的 和 与 及 在 为
"""
STOP_WORDS = tuple(sorted(_STOP_TEXT.split(), key=len, reverse=True))
_STOP = re.compile("|".join(map(re.escape, STOP_WORDS)))
_FUNCTION = set("以对向于把将被从由之其并或及")  # a name is not widened over a particle
_RUNS = re.compile(r"[\u4e00-\u9fff]+|[A-Za-z0-9]+")


def terms(text: str) -> list[str]:
    """The terms of a text, in order, repeated as often as they occur."""
    found: list[str] = []
    for run in _RUNS.findall(_STOP.sub(" ", text)):
        if run.isascii():
            if len(run) >= 2 and not run.isdigit():
                found.append(run.upper())
        else:
            found.extend(run[i : i + 2] for i in range(len(run) - 1))
    return found


@dataclass(frozen=True)
class Doc:
    key: int  # the task's id
    group: int  # the plan's id: only documents of different groups are compared
    text: str


def passages(key: int, group: int, title: str, body: str) -> list[Doc]:
    """A task's passages: its paragraphs, the first with the title."""
    paragraphs = [p for p in body.split("\n") if p.strip()] or [""]
    return [Doc(key, group, f"{title}。{p}" if n == 0 else p) for n, p in enumerate(paragraphs)]


def vectors(docs: list[Doc]) -> list[dict[str, float]]:
    """Each document's TF-IDF vector, of length 1 (an empty one where nothing informative is left). A term in
    more documents than COMMON_SHARE of them (and COMMON_FLOOR) is the collection's own boilerplate: left out."""
    counts = [Counter(terms(d.text)) for d in docs]
    df: Counter[str] = Counter()
    for c in counts:
        df.update(c.keys())
    n = len(docs)
    common = max(COMMON_FLOOR, COMMON_SHARE * n)
    result = []
    for c in counts:
        v = {t: (1 + math.log(k)) * math.log(n / df[t]) for t, k in c.items() if df[t] <= common}
        norm = math.sqrt(sum(w * w for w in v.values())) or 1.0
        result.append({t: w / norm for t, w in v.items() if w > 0})
    return result


@dataclass(frozen=True)
class Link:
    a: int  # the lower task id
    b: int
    similarity: float

    @property
    def id(self) -> str:
        """How a person names the link: the two task ids, lower first."""
        return f"{self.a}-{self.b}"


def links(docs: list[Doc], threshold: float = THRESHOLD, vecs: list[dict[str, float]] | None = None) -> list[Link]:
    """Every pair of keys (tasks) of different groups whose most similar documents (passages) are at or above
    *threshold*, most similar first, each key keeping its TOP_LINKS most similar. Dot products are summed through
    an index of terms, so pairs sharing no term cost nothing."""
    vecs = vectors(docs) if vecs is None else vecs  # *vecs*: the documents' vectors, where made already
    postings: dict[str, list[tuple[int, float]]] = defaultdict(list)
    for i, v in enumerate(vecs):
        for t, w in v.items():
            postings[t].append((i, w))
    best: dict[tuple[int, int], float] = {}
    for i, v in enumerate(vecs):
        dots: dict[int, float] = defaultdict(float)
        for t, w in v.items():
            for j, u in postings[t]:
                if j > i and docs[j].group != docs[i].group:
                    dots[j] += w * u
        for j, s in dots.items():
            if s >= threshold:
                a, b = sorted((docs[i].key, docs[j].key))
                best[a, b] = max(best.get((a, b), 0.0), s)
    ranked = sorted(best.items(), key=lambda x: (-x[1], x[0]))
    kept: Counter[int] = Counter()
    found = []
    for (a, b), s in ranked:
        if kept[a] < TOP_LINKS or kept[b] < TOP_LINKS:
            found.append(Link(a, b, round(s, 4)))
        kept[a] += 1
        kept[b] += 1
    return found


def groups(pairs: Iterable[tuple[int, int]]) -> list[list[int]]:
    """The connected groups of keys that *pairs* join, each sorted, in order of their lowest key."""
    parent: dict[int, int] = {}

    def root(x: int) -> int:
        parent.setdefault(x, x)
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for a, b in pairs:
        parent[root(a)] = root(b)
    members: dict[int, list[int]] = defaultdict(list)
    for x in list(parent):
        members[root(x)].append(x)
    return sorted((sorted(m) for m in members.values()), key=lambda m: m[0])


def _widen(term: str, texts: list[list[str]]) -> str:
    """*term* widened a character at a time (up to NAME_LENGTH), left or right, while the wider string occurs in
    texts of two plans
    (*texts*: per plan, its tasks' texts with boilerplate cut out)."""

    def shared(s: str) -> bool:
        return sum(any(s in t for t in plan) for plan in texts) >= 2

    while len(term) < NAME_LENGTH:
        wider = {
            t[k - 1 : k + len(term)] if left else t[k : k + len(term) + 1]
            for plan in texts
            for t in plan
            for left in (True, False)
            for k in [m.start() for m in re.finditer(re.escape(term), t)]
            if (k > 0 if left else k + len(term) < len(t))
        }
        wider = {w for w in wider if _RUNS.fullmatch(w) and not (set(w) - set(term)) & _FUNCTION and shared(w)}
        if not wider:
            return term
        term = max(sorted(wider), key=lambda w: sum(w in t for plan in texts for t in plan))
    return term


def name(docs: list[Doc], vecs: list[dict[str, float]]) -> str:
    """A proposed name for a group of tasks (*docs*: their passages, *vecs*: the passages' vectors among all
    compared): its most informative terms found in two of its plans, widened (see the module's method), joined
    by '、'."""
    by_plan: dict[int, list[str]] = defaultdict(list)
    for d in docs:
        by_plan[d.group].append(_STOP.sub(" ", d.text))
    texts = list(by_plan.values())
    plans_of: dict[str, set[int]] = defaultdict(set)
    weight: dict[str, float] = defaultdict(float)
    for d, v in zip(docs, vecs):
        for t, w in v.items():
            plans_of[t].add(d.group)
            weight[t] += w
    chosen: list[str] = []
    for t, _ in sorted(weight.items(), key=lambda x: (-x[1], x[0])):
        if len(chosen) == NAME_TERMS:
            break
        if len(plans_of[t]) < 2 or any(t.upper() in c.upper() for c in chosen):
            continue
        wide = _widen(t, texts) if not t.isascii() else t
        if not any(wide in c for c in chosen):
            chosen.append(wide)
    return "、".join(chosen)
