"""Referral to a kindergarten: the place, the group, the child, the deadline and the check code."""

from __future__ import annotations

from pathlib import Path
from typing import BinaryIO

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from app.domain.check_code import REFERRAL
from app.domain.documents import ReferralData
from reports import labels
from reports.layout import (
    PageFrame,
    build_pdf,
    content_width,
    field_table,
    fmt_date,
    para,
    qr_block,
    signature_line,
)


def build_referral(data: ReferralData, out: BinaryIO | Path) -> None:
    """Write the referral as a one-page A4 PDF to `out`."""
    lang = data.language
    width = content_width()
    place: list[tuple[str, str | Flowable]] = [
        (labels.text("kindergarten", lang), data.kindergarten_name),
        (labels.text("address", lang), data.kindergarten_address),
        (labels.text("place_code", lang), data.place_code),
        *([(labels.text("group_name", lang), data.group_name)] if data.group_name else []),
        (labels.text("birth_year", lang), str(data.birth_year)),
        (labels.text("group_language", lang), labels.code_label("language", data.group_language, lang)),
        (labels.text("group_type", lang), labels.code_label("group_type", data.group_type, lang)),
        (labels.text("work_mode", lang), labels.code_label("work_mode", data.work_mode, lang)),
        (labels.text("enrolment_mode", lang), labels.code_label("enrolment_mode", data.enrolment_mode, lang)),
    ]
    if data.stay_until is not None:
        place.append((labels.text("stay_until", lang), fmt_date(data.stay_until)))
    child: list[tuple[str, str | Flowable]] = [
        (labels.text("application_number", lang), data.application_number),
        (labels.text("child_name", lang), data.child_name),
        (labels.text("child_iin", lang), data.child_iin),
        (labels.text("birth_date", lang), fmt_date(data.child_birth_date)),
        (labels.text("valid_until", lang), para(fmt_date(data.valid_until), "ValueBold")),
    ]
    story: list[Flowable] = [
        para(labels.text("referral_title", lang), "Title"),
        para(f"{labels.text('referral_number', lang)}: {data.number}", "Subtitle"),
        field_table(child, width),
        Spacer(1, 4 * mm),
        para(labels.text("group", lang), "ValueBold"),
        field_table(place, width),
    ]
    if data.place_released_on is not None:
        released = fmt_date(data.place_released_on)
        story += [Spacer(1, 2 * mm), para(labels.text("early_booking_note", lang, date=released), "Note")]
    story += [
        Spacer(1, 2 * mm),
        para(labels.text("referral_note", lang), "SmallGrey"),
        signature_line(labels.text("employee", lang), data.employee_name, lang, width),
        Spacer(1, 6 * mm),
        qr_block(REFERRAL, data.number, data.journal_hash, lang, width),
    ]
    build_pdf(out, story, PageFrame.of(data, data.number), title=labels.text("referral_title", lang))
