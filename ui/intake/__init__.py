"""The Intake screen: the Annex 1 form, the document checklist and the receipts register."""

from ui.intake.page import IntakePage

__all__ = ["IntakePage"]
