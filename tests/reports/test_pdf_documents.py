"""Each document built into a real PDF and parsed back: Kazakh or Russian wording, numbers and names."""

from __future__ import annotations

import re
from dataclasses import replace
from functools import partial
from io import BytesIO
from pathlib import Path

import pytest
from pypdf import PdfReader
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Paragraph

from app.domain.documents import DocumentLanguage
from reports import bulletin, labels
from reports.bulletin import build_bulletin_pdf
from reports.distribution_protocol import PDF_STEP, build_protocol_pdf
from reports.fonts import REGULAR
from reports.layout import Deferred, PageFrame, build_pdf, fitted_widths
from reports.notice import build_notice
from reports.queue_notification import build_queue_notification
from reports.referral import build_referral
from reports.refusal_receipt import build_refusal_receipt, missing_line
from reports.styles import stylesheet
from reports.withdrawal_confirmation import build_withdrawal_confirmation
from tests.reports import samples
from tests.reports.pdfcheck import flat, pages_text

LANGS: tuple[DocumentLanguage, ...] = ("kk", "ru")
ALL_LANGS: tuple[DocumentLanguage, ...] = ("kk", "ru", "en")


@pytest.mark.parametrize("lang", LANGS)
def test_notification_shows_number_child_and_priority(tmp_path: Path, lang: DocumentLanguage) -> None:
    out = tmp_path / "notification.pdf"
    build_queue_notification(samples.notification(lang), out)
    (text,) = pages_text(out)
    text = flat(text)
    assert labels.text("notification_title", lang) in text
    assert samples.CHILD in text
    assert "Әлихан" in text
    assert "Қуанышұлы" in text
    assert "Нұрғалиев" in text
    assert "ALM-2026-000123" in text
    assert "220315500123" in text
    assert "15.03.2022" in text
    assert "14.03.2026 09:15:40" in text  # registered 04:15:40 UTC, printed in Almaty time
    assert " 347 " in f" {text} "
    assert labels.code_label("category", "large_family", lang) in text
    assert labels.text("queue_value", lang, locality="Алматы қ.", year=2022) in text
    assert samples.CLERK in text
    assert samples.HASH in text
    assert "Предварительно" not in text
    assert "Алдын ала" not in text


def test_notification_is_in_the_document_language_not_another() -> None:
    kk, ru = BytesIO(), BytesIO()
    build_queue_notification(samples.notification("kk"), kk)
    build_queue_notification(samples.notification("ru"), ru)
    kk_text = flat(PdfReader(kk).pages[0].extract_text())
    ru_text = flat(PdfReader(ru).pages[0].extract_text())
    assert "Кезектілік нөмірі" in kk_text
    assert "Номер очерёдности" not in kk_text
    assert "Номер очерёдности" in ru_text
    assert "Кезектілік нөмірі" not in ru_text


@pytest.mark.parametrize("lang", LANGS)
def test_provisional_notification_says_as_of_when(tmp_path: Path, lang: DocumentLanguage) -> None:
    from datetime import UTC, datetime

    out = tmp_path / "provisional.pdf"
    data = samples.notification(lang, provisional_as_of=datetime(2026, 3, 14, 3, 0, tzinfo=UTC))
    build_queue_notification(data, out)
    text = flat(pages_text(out)[0])
    assert labels.text("provisional", lang, moment="14.03.2026 08:00") in text


@pytest.mark.parametrize("lang", LANGS)
def test_receipt_lists_exactly_the_missing_documents_numbered_twice(
    tmp_path: Path, lang: DocumentLanguage
) -> None:
    out = tmp_path / "receipt.pdf"
    data = samples.receipt(lang)
    build_refusal_receipt(data, out)
    pages = pages_text(out)
    assert len(pages) == 1  # both copies on one sheet
    text = flat(pages[0])
    expected = [f"{n}) {missing_line(item, lang)}" for n, item in enumerate(data.missing, start=1)]
    for line in expected:
        assert text.count(line) == 2, line
    # nothing numbered beyond n
    assert f"{len(expected) + 1})" not in text
    assert labels.text("copy_1", lang) in text
    assert labels.text("copy_2", lang) in text
    assert text.count(labels.text("receipt_title", lang)) == 2
    assert text.count(labels.text("receipt_number", lang, number="R-2026-000045")) == 2
    assert text.count(samples.APPLICANT) == 2
    assert text.count(labels.service_name(lang)) == 2
    assert text.count(labels.text("ground_text", lang)) == 2
    assert text.count(labels.text("received_by", lang)) == 2
    assert text.count(samples.CLERK) == 2
    assert "10.02.2026" in text  # the expiry date of the workplace certificate
    assert "Көп балалы отбасы куәлігі" in text  # a document name given by the caller


def test_receipt_with_a_single_missing_document_has_only_item_one(tmp_path: Path) -> None:
    from app.domain.documents import MissingDocument

    out = tmp_path / "receipt.pdf"
    build_refusal_receipt(samples.receipt("ru", missing=(MissingDocument(code="application"),)), out)
    text = flat(pages_text(out)[0])
    assert text.count("1) Заявление — не представлен") == 2
    assert "2)" not in text


def test_receipt_refuses_an_empty_list() -> None:
    with pytest.raises(ValueError, match="at least one"):
        samples.receipt("kk", missing=())


@pytest.mark.parametrize("lang", LANGS)
def test_withdrawal_confirmation(tmp_path: Path, lang: DocumentLanguage) -> None:
    out = tmp_path / "withdrawal.pdf"
    build_withdrawal_confirmation(samples.withdrawal(lang), out)
    text = flat(pages_text(out)[0])
    for expected in (
        "W-2026-000007",
        "ALM-2026-000123",
        samples.CHILD,
        labels.code_label("archive_reason", "withdrawn", lang),
        "Отбасы Шымкент қаласына көшті",
        "14.03.2026 09:10:00",
        samples.CLERK,
    ):
        assert expected in text


@pytest.mark.parametrize("lang", LANGS)
def test_referral_early_booking_and_temporary_stay(tmp_path: Path, lang: DocumentLanguage) -> None:
    from datetime import date

    out = tmp_path / "referral.pdf"
    build_referral(samples.referral(lang, stay_until=date(2026, 9, 1)), out)
    text = flat(pages_text(out)[0])
    for expected in (
        "N-2026-004512",
        "«Балапан» бөбекжай-бақшасы № 17",
        "Абай даңғылы, 150",
        samples.CHILD,
        "08.04.2026",
        labels.text("early_booking_note", lang, date="01.04.2026"),
        labels.text("stay_until", lang),
        "01.09.2026",
        labels.code_label("enrolment_mode", "early_booking", lang),
        labels.code_label("work_mode", "full", lang),
        labels.code_label("group_type", "general", lang),
        labels.code_label("language", "kk", lang),
    ):
        assert expected in text, expected


def test_referral_without_early_booking_has_no_release_note(tmp_path: Path) -> None:
    out = tmp_path / "referral.pdf"
    build_referral(samples.referral("ru", enrolment_mode="general", place_released_on=None), out)
    text = flat(pages_text(out)[0])
    assert "освобождения места" not in text
    assert labels.text("stay_until", "ru") not in text


@pytest.mark.parametrize("kind", ["vacant", "recalled"])
def test_bulletin_pdf_prints_rows_and_journal_head(tmp_path: Path, kind: str) -> None:
    out = tmp_path / "bulletin.pdf"
    data = samples.bulletin(kind, rows=120)  # type: ignore[arg-type]
    build_bulletin_pdf(data, out)
    pages = pages_text(out)
    assert len(pages) > 1
    text = flat(" ".join(pages))
    assert labels.text(f"bulletin_{kind}", "kk") in text
    assert samples.HASH in text
    assert labels.text("journal_head", "kk") in text
    for row in data.rows:
        assert row.place_code in text.replace(" ", ""), row.place_code
    assert ("Топ жабылды" in text) == (kind == "recalled")
    assert labels.text("page", "kk", page=len(pages), pages=len(pages)) in flat(pages[-1])
    # the column header repeats on every page
    assert all(labels.text("time", "kk") in page for page in pages)


def test_empty_bulletin_says_so(tmp_path: Path) -> None:
    out = tmp_path / "bulletin.pdf"
    build_bulletin_pdf(samples.bulletin("vacant", rows=0, language="ru"), out)
    assert labels.text("no_rows", "ru") in flat(pages_text(out)[0])


def test_protocol_pdf_copes_with_thousands_of_rows(tmp_path: Path) -> None:
    out = tmp_path / "protocol.pdf"
    data = samples.protocol(places=1200, language="ru")
    reports: list[tuple[str, int, int | None]] = []
    build_protocol_pdf(data, out, lambda *report: reports.append(report))
    # The places laid out so far, table by table, up to all of them.
    assert {step for step, _, _ in reports} == {PDF_STEP}
    assert {total for _, _, total in reports} == {len(data.places)}
    done = [count for _, count, _ in reports]
    assert done[0] == 0
    assert done[-1] == len(data.places)
    assert len(done) > 5
    assert done == sorted(set(done))
    rows = sum(1 + len(place.passed_over) for place in data.places)
    assert rows > 2500
    reader = PdfReader(out)
    total = len(reader.pages)
    assert total > 40
    # reading every page back is slow; the first, a middle and the last page tell the story
    first, middle, last = (reader.pages[i].extract_text() for i in (0, total // 2, total - 1))
    assert labels.text("page", "ru", page=total, pages=total) in flat(last)
    assert labels.text("page", "ru", page=1, pages=total) in flat(first)
    assert data.places[0].place_code in first.replace("\n", "")
    assert data.places[-1].place_code in last.replace("\n", "")
    assert all(labels.text("list", "ru") in page for page in (first, middle, last))  # header repeats


@pytest.mark.parametrize("lang", LANGS)
def test_protocol_pdf_explains_each_pass_over(tmp_path: Path, lang: DocumentLanguage) -> None:
    out = tmp_path / "protocol.pdf"
    data = samples.protocol(places=20, language=lang, dry_run=True)
    build_protocol_pdf(data, out)
    text = flat(" ".join(pages_text(out)))
    assert labels.text("dry_run", lang) in text
    reasons = {skipped.reason for place in data.places for skipped in place.passed_over}
    assert len(reasons) == 7
    for reason in reasons:
        assert labels.code_label("pass_over", reason, lang) in text, reason
    for place in data.places:
        for skipped in place.passed_over:
            assert skipped.application_number in text
    assert labels.text("no_award", lang) in text


def test_notice_prints_title_text_and_date(tmp_path: Path) -> None:
    out = tmp_path / "notice.pdf"
    build_notice(samples.notice("kk"), out)
    text = flat(pages_text(out)[0])
    assert "Жолдама берілді" in text
    assert "Әлихан Қуанышұлы Нұрғалиевке жолдама берілді." in text
    assert "14.03.2026 10:00" in text
    assert "M-000991" in text


def test_builders_accept_a_binary_stream() -> None:
    out = BytesIO()
    build_referral(samples.referral("kk"), out)
    assert out.getvalue().startswith(b"%PDF-")


def test_a_deferred_flowable_is_made_only_when_the_layout_reaches_it(tmp_path: Path) -> None:
    made: list[str] = []
    seen_at_marker: list[list[str]] = []

    def make(name: str) -> Paragraph:
        made.append(name)
        return Paragraph(f"Қазақ {name}", stylesheet()["Cell"])

    class Marker(Flowable):  # type: ignore[misc]
        def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
            return (0, 0)

        def draw(self) -> None:
            seen_at_marker.append(list(made))

    story = [Deferred(partial(make, "first")), Marker(), Deferred(partial(make, "second"))]
    out = tmp_path / "deferred.pdf"
    build_pdf(out, story, PageFrame.of(samples.notice("kk"), "D-1"), title="deferred")
    assert seen_at_marker == [["first"]]
    assert made == ["first", "second"]
    assert "Қазақ second" in flat(pages_text(out)[0])


def test_a_failed_build_leaves_the_earlier_file_whole(tmp_path: Path) -> None:
    out = tmp_path / "protocol.pdf"
    build_protocol_pdf(samples.protocol(places=3, language="kk"), out)
    before = out.read_bytes()

    def interrupted(step: str, done: int, total: int | None) -> None:
        if done:
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        build_protocol_pdf(samples.protocol(places=30, language="kk"), out, interrupted)
    assert out.read_bytes() == before
    assert sorted(path.name for path in tmp_path.iterdir()) == ["protocol.pdf"]


def test_columns_fit_their_longest_word_and_the_free_text_takes_the_rest() -> None:
    stylesheet()
    head = ["Код", "Балабақша", "Режим"]
    rows = [["DO-001-P007", "«Балбөбек» бөбекжай-бақшасы", "общеустановленный"]]
    widths = fitted_widths(head, rows, 200 * mm, [1])
    assert sum(widths) == pytest.approx(200 * mm)
    assert widths[0] == pytest.approx(stringWidth("DO-001-P007", REGULAR, 8) + 6)
    assert widths[2] == pytest.approx(stringWidth("общеустановленный", REGULAR, 8) + 6)
    crowded = fitted_widths(head, rows, 40 * mm, [1])
    assert sum(crowded) == pytest.approx(40 * mm)  # too narrow a page: all shrink, the table still fits


@pytest.mark.parametrize("lang", ["kk", "ru"])
@pytest.mark.parametrize("kind", ["vacant", "recalled"])
def test_no_word_of_a_bulletin_is_cut_in_two(tmp_path: Path, lang: DocumentLanguage, kind: str) -> None:
    """A narrower column printed «общеразвива-ющая»: every word of the codes and names comes out whole."""
    sample = samples.bulletin(kind, 3, lang)  # type: ignore[arg-type]
    rows = [
        replace(row, group_type="general", work_mode=mode)
        for row, mode in zip(sample.rows, ("full", "part", "round_the_clock"), strict=True)
    ]
    data = replace(sample, rows=tuple(rows))
    out = tmp_path / "bulletin.pdf"
    build_bulletin_pdf(data, out)
    text = " ".join(re.sub(r"\s+", " ", page) for page in pages_text(out))
    words = {"бөбекжай-бақшасы", labels.code_label("group_type", "general", lang)}
    words |= {labels.code_label("work_mode", mode, lang) for mode in ("full", "part", "round_the_clock")}
    words |= {labels.code_label("enrolment_mode", row.enrolment_mode, lang) for row in rows}
    words |= {labels.text(key, lang) for key in bulletin.column_keys(kind)}
    assert {word for word in words if word not in text} == set()
