"""The GUI's own preferences (language, window geometry): an INI file under organisation "Kezek"."""

from __future__ import annotations

from PySide6.QtCore import QSettings


def settings() -> QSettings:
    # INI everywhere (not the Windows registry) so tests can point QSettings.setPath at a temp folder.
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, "Kezek", "Kezek")
