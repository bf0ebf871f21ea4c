"""Themes followed across plans: links between tasks of different plans proposed by `similarity`, confirmed or
rejected by the office (each decision stored and audited), and the themes the confirmed links make.

A confirmed link puts its two tasks in one theme: a new one named as proposed, the theme one of them is in
already, or — when each is in a theme — the older theme, which takes the other's tasks. A decided link is not
proposed again, nor is a pair already in one theme. A proposal is named by its two task ids, lower first (12-57).
"""

from __future__ import annotations

import json
from dataclasses import dataclass

import sqlite_utils

from db.queries import analysis as q
from db.queries import audit
from workbench.analysis import similarity
from workbench.analysis.similarity import Link
from workbench.errors import InputError, NotFound
from workbench.storage.workspace import Workspace, now
from workbench.tracking import status

SOURCE = "gui"
CONFIRMED, REJECTED = "confirmed", "rejected"


@dataclass(frozen=True)
class Candidate:
    """Pending links grouped into a proposed theme: a group of tasks, the links joining them, a proposed name."""

    name: str
    task_ids: tuple[int, ...]
    links: tuple[Link, ...]


class Corpus:
    """Every task's passages and their vectors, made once for a round of proposals."""

    def __init__(self, workspace: Workspace) -> None:
        self.docs = [
            d
            for r in q.task_texts(workspace.db)
            for d in similarity.passages(r["id"], r["plan_id"], r["title"], r["body"])
        ]
        self.vectors = similarity.vectors(self.docs)

    def links(self) -> list[Link]:
        return similarity.links(self.docs, vecs=self.vectors)

    def name(self, task_ids: set[int]) -> str:
        chosen = [n for n, d in enumerate(self.docs) if d.key in task_ids]
        return similarity.name([self.docs[n] for n in chosen], [self.vectors[n] for n in chosen])


def pending(workspace: Workspace, corpus: Corpus | None = None) -> list[Link]:
    """The links proposed and not yet decided, most similar first."""
    corpus = corpus or Corpus(workspace)
    decided = q.decided_links(workspace.db)
    theme_of = q.theme_of_tasks(workspace.db)
    return [
        link
        for link in corpus.links()
        if (link.a, link.b) not in decided and (link.a not in theme_of or theme_of.get(link.a) != theme_of.get(link.b))
    ]


def candidates(workspace: Workspace) -> list[Candidate]:
    """The pending links grouped into proposed themes (a link joins two groups), with a proposed name each."""
    corpus = Corpus(workspace)
    links = pending(workspace, corpus)
    grouped = similarity.groups((link.a, link.b) for link in links)
    group_of = {task: n for n, group in enumerate(grouped) for task in group}
    joined: list[list[Link]] = [[] for _ in grouped]
    for link in links:
        joined[group_of[link.a]].append(link)
    return [Candidate(corpus.name(set(g)), tuple(g), tuple(j)) for g, j in zip(grouped, joined)]


def _link(workspace: Workspace, link_id: str) -> tuple[Link, Corpus]:
    corpus = Corpus(workspace)
    for link in pending(workspace, corpus):
        if link.id == link_id.strip():
            return link, corpus
    raise NotFound("theme.link_not_proposed", link=link_id)


def _audit(
    db: sqlite_utils.Database, source: str, entity: str, item_id: int | None, key: str | None, changes: dict
) -> None:
    entry = {"entity": entity, "item_id": item_id, "region_id": None, "period_id": None, "entity_key": key}
    audit.record(db, now(), source, [{**entry, "changes": json.dumps(changes, ensure_ascii=False)}])


def confirm(workspace: Workspace, link_id: str, *, source: str = SOURCE) -> int:
    """Confirm a proposed link; returns the id of the theme its tasks are now in."""
    link, corpus = _link(workspace, link_id)
    theme_of = q.theme_of_tasks(workspace.db)
    ta, tb = theme_of.get(link.a), theme_of.get(link.b)
    with workspace.write() as db:
        q.decide_link(db, link.a, link.b, CONFIRMED, link.similarity, now())
        _audit(db, source, "theme_link", None, link.id, {"decision": [None, CONFIRMED]})
        if ta is None and tb is None:
            name = corpus.name({link.a, link.b})
            theme = q.new_theme(db, name)
            _audit(db, source, "theme", theme, None, {"name": [None, name]})
        else:
            theme = min(t for t in (ta, tb) if t is not None)
        other = max(ta or 0, tb or 0)
        if ta is not None and tb is not None and other != theme:
            moved = [task for task, t in theme_of.items() if t == other]
            q.add_to_theme(db, theme, moved)
            q.delete_theme(db, other)
        q.add_to_theme(db, theme, [link.a, link.b])
    return theme


def reject(workspace: Workspace, link_id: str, *, source: str = SOURCE) -> None:
    """Reject a proposed link: it is not proposed again."""
    link, _ = _link(workspace, link_id)
    with workspace.write() as db:
        q.decide_link(db, link.a, link.b, REJECTED, link.similarity, now())
        _audit(db, source, "theme_link", None, link.id, {"decision": [None, REJECTED]})


def resolve(workspace: Workspace, ref: str | int) -> dict:
    """A theme by id, exact name or a unique part of its name."""
    text = str(ref).strip()
    rows = q.themes(workspace.db)
    matches = [r for r in rows if str(r["id"]) == text] or [r for r in rows if r["name"] == text]
    matches = matches or [r for r in rows if text and text in r["name"]]
    if len(matches) == 1:
        return matches[0]
    if matches:
        raise NotFound("theme.ambiguous", theme=text, matches="、".join(f"{r['id']} {r['name']}" for r in matches))
    raise NotFound("theme.not_found", theme=text)


def rename(workspace: Workspace, ref: str | int, name: str, *, source: str = SOURCE) -> None:
    theme = resolve(workspace, ref)
    name = name.strip()
    if not name:
        raise InputError("theme.empty_name")
    if name != theme["name"]:
        with workspace.write() as db:
            q.rename_theme(db, theme["id"], name)
            _audit(db, source, "theme", theme["id"], None, {"name": [theme["name"], name]})


def listing(workspace: Workspace, search: str | None = None) -> list[dict]:
    """The themes (id, name, counts of tasks and plans); with *search*, those whose name or a task's title holds
    it."""
    rows = q.themes(workspace.db)
    text = (search or "").strip()
    if not text:
        return rows
    return [
        r for r in rows if text in r["name"] or any(text in t["title"] for t in q.theme_tasks(workspace.db, r["id"]))
    ]


def show(workspace: Workspace, ref: str | int) -> dict:
    """A theme's tasks plan by plan, the plans in the order of their periods, each task with its last status."""
    theme = resolve(workspace, ref)
    tasks = q.theme_tasks(workspace.db, theme["id"])
    states = status.of_tasks(workspace, plan_id=None, task_ids=[t["id"] for t in tasks])
    plans: list[dict] = []
    for t in tasks:
        if not plans or plans[-1]["id"] != t["plan_id"]:
            plans.append(
                {
                    "id": t["plan_id"],
                    "title": t["plan_title"],
                    "period": [t["period_start"], t["period_end"]],
                    "tasks": [],
                }
            )
        state = states.get(t["id"])
        plans[-1]["tasks"].append(
            {"id": t["id"], "number": t["number"], "title": t["title"], **(state.as_dict() if state else {})}
        )
    return {"id": theme["id"], "name": theme["name"], "plans": plans}


def candidate_dict(workspace: Workspace, candidate: Candidate) -> dict:
    """A proposal as `workbench themes --json` prints it: the tasks with their plans, and each link."""
    tasks = q.tasks_by_id(workspace.db, list(candidate.task_ids))
    theme_of = q.theme_of_tasks(workspace.db)
    return {
        "proposed_name": candidate.name,
        "tasks": [
            {
                "id": t,
                "plan_id": tasks[t]["plan_id"],
                "plan": tasks[t]["plan_title"],
                "number": tasks[t]["number"],
                "title": tasks[t]["title"],
                "theme_id": theme_of.get(t),
            }
            for t in sorted(candidate.task_ids, key=lambda t: (tasks[t]["period_start"] or 0, t))
        ],
        "links": [{"id": link.id, "similarity": link.similarity} for link in candidate.links],
    }
