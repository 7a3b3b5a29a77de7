"""Settings: the interface language, switched at once and kept for the next start."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from ui.i18n import LANGUAGES, Translations
from ui.page_context import PageContext

# Each language is named in itself, as language pickers do, so a lost user can still find theirs.
NATIVE_NAMES = {"kk": "Қазақ тілі", "ru": "Русский", "en": "English"}


class SettingsPage(QWidget):
    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._translations: Translations = context.translations
        self.title = QLabel()
        self.title.setObjectName("pageTitle")
        self.language = QComboBox()
        for code in LANGUAGES:
            self.language.addItem(NATIVE_NAMES[code], code)
        self.language.setCurrentIndex(max(self.language.findData(self._translations.language), 0))
        self.language.currentIndexChanged.connect(self._language_chosen)
        self.language_label = QLabel()
        self.language_label.setBuddy(self.language)
        self.note = QLabel()
        self.note.setWordWrap(True)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        form.addRow(self.language_label, self.language)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addLayout(form)
        layout.addWidget(self.note)
        layout.addStretch(1)
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Settings"))
        self.language_label.setText(self.tr("Interface &language:"))
        self.note.setText(self.tr("The language changes at once and is kept for the next start."))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _language_chosen(self, index: int) -> None:
        self._translations.apply(self.language.itemData(index), remember=True)
