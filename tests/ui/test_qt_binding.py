"""The installed PySide6 keeps its references: 6.12.0 under CPython 3.11 loses one to
True/False on every signal disconnect() and one to None on every data() that returns
None, and the app then aborts after a few thousand chart redraws (pyproject excludes it)."""

from __future__ import annotations

import sys

import pytest
from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, Qt, Signal

CALLS = 256


class _Signals(QObject):
    fired = Signal()


class _Model(QAbstractListModel):
    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 1

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        return None


@pytest.mark.skipif(sys.version_info >= (3, 12), reason="None, True and False are immortal from CPython 3.12")
def test_signal_disconnect_and_none_from_data_keep_their_references(qapp):
    signals, model = _Signals(), _Model()

    def slot() -> None:
        pass

    before = sys.getrefcount(True)
    for _ in range(CALLS):
        signals.fired.connect(slot)
        signals.fired.disconnect(slot)
    assert sys.getrefcount(True) > before - CALLS // 2

    index = model.index(0, 0)
    before = sys.getrefcount(None)
    for _ in range(CALLS):
        index.data(Qt.ItemDataRole.ToolTipRole)
    assert sys.getrefcount(None) > before - CALLS // 2
