"""Kazakh and Russian texts of the outbox notifications (RULES §6, definition 15), with {placeholders}."""

from __future__ import annotations

import string
from datetime import date
from functools import cache

from app.errors import InvalidInput

LANGUAGES = ("kk", "ru")
"""The applicant's choice (applications.doc_language)."""

# Every text may use {number} (the application's number); the other placeholders are the event's own.
TEXTS: dict[str, dict[str, str]] = {
    "registered": {
        "kk": "Өтініш {number} тіркелді: бала мектепке дейінгі ұйымға жолдама алу кезегіне қойылды. "
        "Кезектегі нөмірді баланың ЖСН бойынша тексеруге болады.",
        "ru": "Заявление {number} зарегистрировано: ребёнок поставлен в очередь на направление "
        "в дошкольную организацию. Номер в очереди можно узнать по ИИН ребёнка.",
    },
    "referral_issued": {
        "kk": "Өтініш {number}: мектепке дейінгі ұйымға {referral} жолдамасы берілді. Ұйым: {kindergarten}. "
        "Жолдама {until} қоса алғанда жарамды; осы мерзімде ұйымға құжаттарды тапсырыңыз.",
        "ru": "Заявление {number}: выдано направление {referral} в дошкольную организацию. "
        "Организация: {kindergarten}. Направление действительно по {until} включительно; "
        "в этот срок сдайте документы в организацию.",
    },
    "referral_extended": {
        "kk": "Өтініш {number}: {referral} жолдамасының мерзімі {until} қоса алғанда ұзартылды.",
        "ru": "Заявление {number}: срок направления {referral} продлён по {until} включительно.",
    },
    "referral_expired": {
        "kk": "Өтініш {number}: {referral} жолдамасы мерзімінде пайдаланылмады. Өтініш {stop_until} дейін "
        "тоқтату тізіміне ауыстырылды: бұл уақытта жолдама берілмейді, содан кейін өтініш кезектегі "
        "бұрынғы орнына оралады.",
        "ru": "Заявление {number}: направление {referral} не использовано в срок. Заявление переведено "
        "в стоп-лист до {stop_until}: в это время направления не выдаются, затем заявление вернётся "
        "на прежнее место в очереди.",
    },
    "stop_list_released": {
        "kk": "Өтініш {number} тоқтату тізімінен шығарылып, кезектегі бұрынғы орнына қайтарылды.",
        "ru": "Заявление {number} исключено из стоп-листа и возвращено на прежнее место в очереди.",
    },
    "enrolled": {
        "kk": "Өтініш {number}: бала {referral} жолдамасы бойынша мектепке дейінгі ұйымға қабылданды. "
        "Ұйым: {kindergarten}.",
        "ru": "Заявление {number}: ребёнок зачислен в дошкольную организацию по направлению {referral}. "
        "Организация: {kindergarten}.",
    },
    "archived": {
        "kk": "Өтініш {number} кезектен алынып, мұрағатқа ауыстырылды. Себебі: {reason}.",
        "ru": "Заявление {number} снято с очереди и переведено в архив. Причина: {reason}.",
    },
}

TITLES: dict[str, dict[str, str]] = {
    "registered": {"kk": "Кезекке қою туралы хабарлама", "ru": "Уведомление о постановке в очередь"},
    "referral_issued": {"kk": "Жолдама беру туралы хабарлама", "ru": "Уведомление о выдаче направления"},
    "referral_extended": {
        "kk": "Жолдама мерзімін ұзарту туралы хабарлама",
        "ru": "Уведомление о продлении направления",
    },
    "referral_expired": {
        "kk": "Тоқтату тізіміне ауыстыру туралы хабарлама",
        "ru": "Уведомление о переводе в стоп-лист",
    },
    "stop_list_released": {
        "kk": "Тоқтату тізімінен шығару туралы хабарлама",
        "ru": "Уведомление об исключении из стоп-листа",
    },
    "enrolled": {"kk": "Мектепке дейінгі ұйымға қабылдау туралы хабарлама", "ru": "Уведомление о зачислении"},
    "archived": {"kk": "Кезектен алу туралы хабарлама", "ru": "Уведомление о снятии с очереди"},
}

ARCHIVE_REASONS: dict[str, dict[str, str]] = {
    "withdrawn": {"kk": "өтініш беруші өтінішті кері қайтарып алды", "ru": "заявление отозвано заявителем"},
    "duplicate": {"kk": "қайталанатын өтініш", "ru": "дублирующее заявление"},
    "over_age": {"kk": "бала шекті жастан асып кетті", "ru": "ребёнок превысил предельный возраст"},
    "false_data": {"kk": "дәйексіз мәліметтер анықталды", "ru": "выявлены недостоверные сведения"},
}


@cache
def placeholders(event: str) -> frozenset[str]:
    """The names a text of this event uses (the same in both languages)."""
    return frozenset(
        name for _, name, _, _ in string.Formatter().parse(TEXTS[event]["kk"]) if name is not None
    )


@cache
def date_text(day: date) -> str:
    """Dates in messages read as 05.01.2027 in both languages."""
    return day.strftime("%d.%m.%Y")


def render(event: str, language: str, params: dict[str, str]) -> str:
    """The message of `event` in kk or ru with its placeholders filled; InvalidInput on a bad call."""
    if event not in TEXTS:
        raise InvalidInput("notification.event_unknown", "unknown notification event '{event}'", event=event)
    if language not in LANGUAGES:
        raise InvalidInput(
            "notification.language_unknown", "notifications are in kk or ru, not '{value}'", value=language
        )
    missing = placeholders(event) - params.keys()
    if missing:
        raise InvalidInput(
            "notification.params_missing",
            "notification '{event}' needs {names}",
            event=event,
            names=", ".join(sorted(missing)),
        )
    return TEXTS[event][language].format(**params)


def title(event: str, language: str) -> str:
    return TITLES[event][language]


def archive_reason(code: str, language: str) -> str:
    return ARCHIVE_REASONS[code][language]
