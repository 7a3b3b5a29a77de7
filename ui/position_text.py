"""Why a priority number is what it is, in plain translated sentences built from PositionExplanation."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from app.domain.queue_order import PositionExplanation
from ui.intake.codes import LISTS, label

# One literal per sentence: lupdate reads neither concatenations nor calls through a helper.
NUMBER = QT_TRANSLATE_NOOP("PositionText", "Priority number {n}: list {list}, No. {index} in that list.")
AHEAD = QT_TRANSLATE_NOOP(
    "PositionText",
    "Ahead of it: {e} extraordinary (E), {f} first-priority (F) and {g} general (G) applications.",
)
E_FIRST = QT_TRANSLATE_NOOP(
    "PositionText", "Extraordinary applications are served before all first-priority and general ones."
)
STRICT = QT_TRANSLATE_NOOP(
    "PositionText", "Strict order: every first-priority application is served before any general one."
)
F_DUE = QT_TRANSLATE_NOOP(
    "PositionText",
    "One first-priority place, then {r} general; the next place is due to a first-priority one.",
)
G_DUE = QT_TRANSLATE_NOOP(
    "PositionText",
    "One first-priority place, then {r} general; now general is due, {k} before the next first-priority.",
)
CHANGES = QT_TRANSLATE_NOOP(
    "PositionText",
    "The number falls as applications ahead are served or withdrawn and rises when a higher list grows.",
)


def _tr(source: str) -> str:
    return QCoreApplication.translate("PositionText", source)


def explain(position: PositionExplanation) -> list[str]:
    lines = [
        _tr(NUMBER).format(
            n=position.priority_number,
            list=label(LISTS, position.list_code),
            index=position.index_in_list + 1,
        ),
        _tr(AHEAD).format(e=position.e_ahead, f=position.f_ahead, g=position.g_ahead),
    ]
    if position.list_code == "E":
        lines.append(_tr(E_FIRST))
    elif position.ratio == 0:
        lines.append(_tr(STRICT))
    elif position.due == "F":
        lines.append(_tr(F_DUE).format(r=position.ratio))
    else:
        lines.append(_tr(G_DUE).format(r=position.ratio, k=position.g_before_next_f))
    lines.append(_tr(CHANGES))
    return lines
