"""Task status: the one definition of the states a task, or a region's report on it, can be in.

Members are listed in their display order. Their names in each language are the
catalogue's `status.<value>` entries; the Chinese one is also what templates print and
what a returned template is read back by, together with the variants people type.
"""

from __future__ import annotations

import unicodedata
from enum import StrEnum

from workbench import messages


class TaskStatus(StrEnum):
    NOT_STARTED = "not_started"
    IN_PROGRESS = "in_progress"
    DONE = "done"
    LAGGING = "lagging"
    ON_HOLD = "on_hold"

    def label(self, lang: str | None = None) -> str:
        return messages.text(f"status.{self.value}", lang)

    @property
    def template_label(self) -> str:
        """As printed in templates, whatever the UI language: a template is a Chinese document."""
        return self.label(messages.ZH)


# Words people type for a status instead of picking it from the list (lower case, no spaces).
_VARIANTS: dict[str, TaskStatus] = {
    "未开始": TaskStatus.NOT_STARTED,
    "尚未启动": TaskStatus.NOT_STARTED,
    "notstarted": TaskStatus.NOT_STARTED,
    "进行中": TaskStatus.IN_PROGRESS,
    "正在推进": TaskStatus.IN_PROGRESS,
    "推进": TaskStatus.IN_PROGRESS,
    "在建": TaskStatus.IN_PROGRESS,
    "inprogress": TaskStatus.IN_PROGRESS,
    "ongoing": TaskStatus.IN_PROGRESS,
    "完成": TaskStatus.DONE,
    "已办结": TaskStatus.DONE,
    "completed": TaskStatus.DONE,
    "延迟": TaskStatus.LAGGING,
    "延期": TaskStatus.LAGGING,
    "delayed": TaskStatus.LAGGING,
    "暂缓": TaskStatus.ON_HOLD,
    "中止": TaskStatus.ON_HOLD,
    "onhold": TaskStatus.ON_HOLD,
    "paused": TaskStatus.ON_HOLD,
}


def parse(text: object) -> TaskStatus | None:
    """The status for its stored value, its name in either language, or a predictable
    variant ("进行中", "in progress"); None if unknown."""
    key = unicodedata.normalize("NFKC", str(text or "")).strip().replace(" ", "").replace("_", "").lower()
    for status in TaskStatus:
        names = (status.value, status.template_label, status.label(messages.EN))
        if key in {name.replace(" ", "").replace("_", "").lower() for name in names}:
            return status
    return _VARIANTS.get(key)
