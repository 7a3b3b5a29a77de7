"""The wording of every document in Kazakh, Russian and English, chosen by the document's language.

The document's language is the applicant's choice, never the clerk's screen language. Codes that come from
the rules profile (categories, reasons...) fall back to the code itself when we have no wording for them,
so a new profile code prints something rather than failing.
"""

from __future__ import annotations

from typing import Final

from app.domain.documents import DocumentLanguage

_Entry = dict[DocumentLanguage, str]

SERVICE_NAME: Final[_Entry] = {
    "kk": "Мектепке дейінгі (6 жасқа дейін) балаларды мектепке дейінгі ұйымдарға жолдама беру үшін "
    "кезекке қою",
    "ru": "Постановка на очередь детей дошкольного возраста (до 6 лет) для направления в дошкольные "
    "организации",
    "en": "Placing preschool children (up to 6 years old) on the waiting list for referral to preschool "
    "organizations",
}

_TEXT: Final[dict[str, _Entry]] = {
    # --- common -------------------------------------------------------------------------------------
    "office": {"kk": "Бөлімше", "ru": "Отделение", "en": "Office"},
    "office_code": {"kk": "коды", "ru": "код", "en": "code"},
    "number": {"kk": "Нөмірі", "ru": "Номер", "en": "Number"},
    "date": {"kk": "Күні", "ru": "Дата", "en": "Date"},
    "issued": {"kk": "Берілген уақыты", "ru": "Дата и время выдачи", "en": "Issued"},
    "page": {"kk": "Бет {page} / {pages}", "ru": "Стр. {page} из {pages}", "en": "Page {page} of {pages}"},
    "employee": {"kk": "Қызметкер", "ru": "Сотрудник", "en": "Employee"},
    "signature": {"kk": "қолы", "ru": "подпись", "en": "signature"},
    "full_name": {"kk": "тегі, аты, әкесінің аты", "ru": "фамилия, имя, отчество", "en": "full name"},
    "check_code": {
        "kk": "Тексеру коды (журнал хеші)",
        "ru": "Код проверки (хеш журнала)",
        "en": "Check code (journal hash)",
    },
    "child_name": {"kk": "Баланың аты-жөні", "ru": "ФИО ребёнка", "en": "Child's full name"},
    "child_iin": {"kk": "Баланың ЖСН", "ru": "ИИН ребёнка", "en": "Child's IIN"},
    "birth_date": {"kk": "Туған күні", "ru": "Дата рождения", "en": "Date of birth"},
    "application_number": {"kk": "Өтініш нөмірі", "ru": "Номер заявления", "en": "Application number"},
    "none": {"kk": "жоқ", "ru": "нет", "en": "none"},
    "queue": {"kk": "Кезек", "ru": "Очередь", "en": "Queue"},
    "queue_value": {
        "kk": "{locality}, {year} жылы туған балалар",
        "ru": "{locality}, дети {year} года рождения",
        "en": "{locality}, children born in {year}",
    },
    # --- notification of queuing --------------------------------------------------------------------
    "notification_title": {
        "kk": "Кезектілік нөмірі көрсетілген кезекке қою туралы хабарлама",
        "ru": "Уведомление о постановке в очередь с указанием номера очерёдности",
        "en": "Notification of queuing with the priority number",
    },
    "registered_at": {
        "kk": "Тіркелген күні мен уақыты",
        "ru": "Дата и время регистрации",
        "en": "Date and time of registration",
    },
    "category": {"kk": "Санаты", "ru": "Категория", "en": "Category"},
    "priority_number": {"kk": "Кезектілік нөмірі", "ru": "Номер очерёдности", "en": "Priority number"},
    "provisional": {
        "kk": "Алдын ала: соңғы синхрондау ({moment}) бойынша",
        "ru": "Предварительно: по состоянию на последнюю синхронизацию ({moment})",
        "en": "Provisional: as of last sync {moment}",
    },
    "priority_note": {
        "kk": "Кезектілік нөмірі жолдамалар берілген сайын өзгеруі мүмкін. Оны ЖСН бойынша тексеруге болады.",
        "ru": "Номер очерёдности меняется по мере выдачи направлений. Его можно проверить по ИИН.",
        "en": "The priority number changes as referrals are issued. It can be looked up by IIN.",
    },
    # --- refusal receipt (Annex 3) ------------------------------------------------------------------
    "receipt_title": {
        "kk": "Құжаттарды қабылдаудан бас тарту туралы қолхат",
        "ru": "Расписка об отказе в приёме документов",
        "en": "Receipt for refusal to accept documents",
    },
    "receipt_number": {"kk": "Қолхат № {number}", "ru": "Расписка № {number}", "en": "Receipt No. {number}"},
    "provider": {"kk": "Көрсетілетін қызметті беруші", "ru": "Услугодатель", "en": "Service provider"},
    "applicant": {"kk": "Өтініш беруші", "ru": "Заявитель", "en": "Applicant"},
    "service": {
        "kk": "Мемлекеттік көрсетілетін қызмет",
        "ru": "Государственная услуга",
        "en": "Public service",
    },
    "receipt_statement": {
        "kk": "{provider} ({office}) мемлекеттік көрсетілетін қызмет стандартының 8-тармағында көзделген "
        "тізбеге сәйкес құжаттардың толық емес топтамасын ұсынуыңызға байланысты «{service}» мемлекеттік "
        "көрсетілетін қызметті көрсету үшін құжаттарды қабылдаудан бас тартады.",
        "ru": "{provider} ({office}) отказывает в приёме документов на оказание государственной услуги "
        "«{service}» ввиду представления Вами неполного пакета документов согласно перечню, "
        "предусмотренному пунктом 8 стандарта государственной услуги.",
        "en": "{provider} ({office}) refuses to accept the documents for the public service “{service}” "
        "because an incomplete package of documents was submitted under the list in paragraph 8 of "
        "the service standard.",
    },
    "ground": {"kk": "Негіздеме", "ru": "Основание", "en": "Ground"},
    "ground_text": {
        "kk": "мемлекеттік көрсетілетін қызмет стандартының 8-тармағына сәйкес құжаттар топтамасының толық "
        "болмауы",
        "ru": "неполный пакет документов согласно пункту 8 стандарта государственной услуги",
        "en": "incomplete package of documents under paragraph 8 of the service standard",
    },
    "missing_heading": {
        "kk": "Жоқ немесе жарамдылық мерзімі өткен құжаттар:",
        "ru": "Отсутствующие или просроченные документы:",
        "en": "Missing or expired documents:",
    },
    "doc_missing": {"kk": "ұсынылмаған", "ru": "не представлен", "en": "missing"},
    "doc_expired": {
        "kk": "жарамдылық мерзімі {date} аяқталған",
        "ru": "срок действия истёк {date}",
        "en": "expired on {date}",
    },
    "receipt_copies": {
        "kk": "Осы қолхат әр тарапқа бір-бірден, екі данада жасалды.",
        "ru": "Настоящая расписка составлена в двух экземплярах, по одному для каждой стороны.",
        "en": "This receipt is made in two copies, one for each party.",
    },
    "copy_1": {
        "kk": "1-дана (барлығы 2) — өтініш берушіге",
        "ru": "Экземпляр 1 из 2 — заявителю",
        "en": "Copy 1 of 2 — for the applicant",
    },
    "copy_2": {
        "kk": "2-дана (барлығы 2) — көрсетілетін қызметті берушіге",
        "ru": "Экземпляр 2 из 2 — услугодателю",
        "en": "Copy 2 of 2 — for the service provider",
    },
    "received_by": {
        "kk": "Қолхатты алдым (өтініш берушінің аты-жөні, қолы)",
        "ru": "Расписку получил(а) (ФИО заявителя, подпись)",
        "en": "Receipt received by (applicant's name, signature)",
    },
    # --- withdrawal ---------------------------------------------------------------------------------
    "withdrawal_title": {
        "kk": "Өтінішті кезектен алу (мұрағатқа ауыстыру) туралы растама",
        "ru": "Подтверждение снятия заявления с очереди (перевода в архив)",
        "en": "Confirmation of withdrawal (archiving) of an application",
    },
    "reason": {"kk": "Себебі", "ru": "Причина", "en": "Reason"},
    "comment": {"kk": "Түсініктеме", "ru": "Комментарий", "en": "Comment"},
    "archived_at": {"kk": "Кезектен алынған күні", "ru": "Дата снятия с очереди", "en": "Date of withdrawal"},
    # --- referral -----------------------------------------------------------------------------------
    "referral_title": {
        "kk": "Мектепке дейінгі ұйымға жолдама",
        "ru": "Направление в дошкольную организацию",
        "en": "Referral to a preschool organization",
    },
    "referral_number": {"kk": "Жолдама нөмірі", "ru": "Номер направления", "en": "Referral number"},
    "kindergarten": {"kk": "Мектепке дейінгі ұйым", "ru": "Дошкольная организация", "en": "Kindergarten"},
    "address": {"kk": "Мекенжайы", "ru": "Адрес", "en": "Address"},
    "place_code": {"kk": "Орын коды", "ru": "Код места", "en": "Place code"},
    "group": {"kk": "Топ", "ru": "Группа", "en": "Group"},
    "group_name": {"kk": "Топ атауы", "ru": "Название группы", "en": "Group name"},
    "birth_year": {"kk": "Туған жылы", "ru": "Год рождения", "en": "Birth year"},
    "group_language": {"kk": "Оқыту тілі", "ru": "Язык обучения", "en": "Language of education"},
    "group_type": {"kk": "Топ түрі", "ru": "Тип группы", "en": "Group type"},
    "work_mode": {"kk": "Жұмыс режимі", "ru": "Режим работы", "en": "Work mode"},
    "enrolment_mode": {"kk": "Қабылдау режимі", "ru": "Режим зачисления", "en": "Enrolment mode"},
    "valid_until": {
        "kk": "Жарамдылық мерзімі (қоса алғанда)",
        "ru": "Действительно по (включительно)",
        "en": "Valid until (inclusive)",
    },
    "early_booking_note": {
        "kk": "Жолдаманың жарамдылық мерзімі орын нақты босаған күннен бастап есептеледі: {date}.",
        "ru": "Срок действия направления исчисляется с даты фактического освобождения места: {date}.",
        "en": "The validity counts from the release of the place on {date}.",
    },
    "stay_until": {
        "kk": "Уақытша болудың аяқталу күні",
        "ru": "Дата окончания временного пребывания",
        "en": "Temporary stay ends on",
    },
    "referral_note": {
        "kk": "Жолдаманы жарамдылық мерзімі ішінде мектепке дейінгі ұйымға ұсыныңыз. Пайдаланылмаған жолдама "
        "мерзімі өткеннен кейін өтініш тоқтату тізіміне ауыстырылады.",
        "ru": "Предъявите направление в дошкольную организацию в течение срока его действия. "
        "Если направление не использовано в срок, заявление переводится в стоп-лист.",
        "en": "Present the referral to the kindergarten before it expires. An unused referral moves the "
        "application to the stop list.",
    },
    # --- bulletins ----------------------------------------------------------------------------------
    "bulletin_vacant": {
        "kk": "Бос орындар бюллетені",
        "ru": "Бюллетень свободных мест",
        "en": "Bulletin of vacant places",
    },
    "bulletin_recalled": {
        "kk": "Кері қайтарып алынған орындар бюллетені",
        "ru": "Бюллетень отозванных мест",
        "en": "Bulletin of recalled places",
    },
    "bulletin_date": {"kk": "{date} күнгі", "ru": "за {date}", "en": "for {date}"},
    "time": {"kk": "Уақыты", "ru": "Время", "en": "Time"},
    "kindergarten_short": {"kk": "Балабақша", "ru": "Детский сад", "en": "Kindergarten"},
    "available_from": {"kk": "Қабылдау басталуы", "ru": "Зачисление с", "en": "Available from"},
    "stay_until_short": {"kk": "Болу мерзімі", "ru": "Пребывание до", "en": "Stay until"},
    "recall_reason": {"kk": "Кері қайтару себебі", "ru": "Причина отзыва", "en": "Reason for recall"},
    "journal_head": {
        "kk": "Журналдың соңғы жазбасының хеші",
        "ru": "Хеш последней записи журнала",
        "en": "Journal head hash",
    },
    "no_rows": {"kk": "Жазбалар жоқ.", "ru": "Записей нет.", "en": "No entries."},
    "total": {"kk": "Барлығы", "ru": "Всего", "en": "Total"},
    # --- distribution protocol ----------------------------------------------------------------------
    "protocol_title": {
        "kk": "Орындарды бөлу хаттамасы",
        "ru": "Протокол распределения мест",
        "en": "Distribution protocol",
    },
    "dry_run": {
        "kk": "Сынақ есебі: жолдамалар берілмейді, цикл өзгермейді",
        "ru": "Пробный расчёт: направления не выдаются, цикл не меняется",
        "en": "Dry run: no referrals issued, cycles unchanged",
    },
    "application": {"kk": "Өтініш", "ru": "Заявление", "en": "Application"},
    "priority_short": {"kk": "Кезек №", "ru": "№ очер.", "en": "Priority"},
    "list": {"kk": "Тізім", "ru": "Список", "en": "List"},
    "referral": {"kk": "Жолдама", "ru": "Направление", "en": "Referral"},
    "valid_until_short": {"kk": "Жарамды", "ru": "Действ. по", "en": "Valid until"},
    "cycle": {"kk": "Цикл c", "ru": "Цикл c", "en": "Cycle c"},
    "cycle_before": {"kk": "Цикл c (дейін)", "ru": "Цикл c (до)", "en": "Cycle c before"},
    "cycle_after": {"kk": "Цикл c (кейін)", "ru": "Цикл c (после)", "en": "Cycle c after"},
    "passed_over": {"kk": "өткізіп жіберілді", "ru": "пропущено", "en": "passed over"},
    "locality": {"kk": "Елді мекен", "ru": "Населённый пункт", "en": "Locality"},
    "no_award": {
        "kk": "Сәйкес өтініш жоқ, орын бос қалды",
        "ru": "Подходящих заявлений нет, место не распределено",
        "en": "No eligible application; the place stays free",
    },
    "places_total": {"kk": "Орындар саны", "ru": "Количество мест", "en": "Places"},
    "row_kind": {"kk": "Жол", "ru": "Строка", "en": "Row"},
    "row_award": {"kk": "берілді", "ru": "выдано", "en": "awarded"},
    # --- printed notice -----------------------------------------------------------------------------
    "notice_to": {"kk": "Кімге", "ru": "Кому", "en": "To"},
    "notice_date": {"kk": "Хабарлама күні", "ru": "Дата сообщения", "en": "Message date"},
}

_CODES: Final[dict[str, dict[str, _Entry]]] = {
    "category": {
        "military": {
            "kk": "Әскери қызметшілердің, оның ішінде қызмет өткеру кезінде қаза тапқан, қайтыс болған "
            "немесе хабарсыз кеткен әскери қызметшілердің балалары",
            "ru": "Дети военнослужащих, в том числе погибших, умерших или пропавших без вести при "
            "прохождении службы",
            "en": "Children of military servicemen, including those killed, deceased or missing in service",
        },
        "special_state_body": {
            "kk": "Арнаулы мемлекеттік органдар қызметкерлерінің балалары",
            "ru": "Дети сотрудников специальных государственных органов",
            "en": "Children of employees of special state bodies",
        },
        "orphan": {
            "kk": "Жетім балалар және ата-анасының қамқорлығынсыз қалған балалар",
            "ru": "Дети-сироты и дети, оставшиеся без попечения родителей",
            "en": "Orphans and children left without parental care",
        },
        "disabled_child": {
            "kk": "Мүгедектігі бар балалар",
            "ru": "Дети с инвалидностью",
            "en": "Children with disabilities",
        },
        "family_with_disabled_child": {
            "kk": "Мүгедектігі бар баланы тәрбиелеп отырған отбасылардың балалары",
            "ru": "Дети из семей, воспитывающих ребёнка с инвалидностью",
            "en": "Children of families raising a child with a disability",
        },
        "disabled_parent": {
            "kk": "Ата-анасының біреуі мүгедектігі бар адам болып табылатын балалар",
            "ru": "Дети, один из родителей которых является лицом с инвалидностью",
            "en": "Children of a parent with a disability",
        },
        "large_family": {
            "kk": "Көп балалы отбасылардың балалары",
            "ru": "Дети из многодетных семей",
            "en": "Children of large families",
        },
        "special_needs": {
            "kk": "Ерекше білім берілуіне қажеттілігі бар балалар",
            "ru": "Дети с особыми образовательными потребностями",
            "en": "Children with special educational needs",
        },
        "teacher": {"kk": "Педагогтердің балалары", "ru": "Дети педагогов", "en": "Children of teachers"},
        "general": {"kk": "Жалпы кезек", "ru": "Общая очередь", "en": "General queue"},
    },
    "list": {
        "E": {"kk": "E — кезектен тыс", "ru": "E — внеочередной", "en": "E — extraordinary"},
        "F": {"kk": "F — бірінші кезектегі", "ru": "F — первоочередной", "en": "F — first priority"},
        "G": {"kk": "G — жалпы", "ru": "G — общий", "en": "G — general"},
    },
    "document": {
        "application": {"kk": "Өтініш", "ru": "Заявление", "en": "Application"},
        "birth_certificate": {
            "kk": "Баланың туу туралы куәлігі",
            "ru": "Свидетельство о рождении ребёнка",
            "en": "Child's birth certificate",
        },
        "applicant_identity": {
            "kk": "Өтініш берушінің жеке басын куәландыратын құжат",
            "ru": "Документ, удостоверяющий личность заявителя",
            "en": "Applicant's identity document",
        },
        "category_document": {
            "kk": "Орынды кезектен тыс немесе бірінші кезекте алу құқығын растайтын құжат",
            "ru": "Документ, подтверждающий право на внеочередное или первоочередное получение места",
            "en": "Document confirming the right to an extraordinary or first-priority place",
        },
        "workplace_certificate": {
            "kk": "Жұмыс орнынан анықтама",
            "ru": "Справка с места работы",
            "en": "Workplace certificate",
        },
        "special_needs_conclusion": {
            "kk": "Психологиялық-медициналық-педагогикалық консультацияның қорытындысы",
            "ru": "Заключение психолого-медико-педагогической консультации",
            "en": "Conclusion of the psychological, medical and pedagogical consultation",
        },
    },
    "archive_reason": {
        "withdrawn": {
            "kk": "Өтініш беруші өтінішті кері қайтарып алды",
            "ru": "Заявление отозвано заявителем",
            "en": "Withdrawn by the applicant",
        },
        "duplicate": {
            "kk": "Қайталанатын өтініш",
            "ru": "Дублирующее заявление",
            "en": "Duplicate application",
        },
        "over_age": {
            "kk": "Бала шекті жастан асып кетті",
            "ru": "Ребёнок превысил предельный возраст",
            "en": "Child over the age limit",
        },
        "false_data": {
            "kk": "Дәйексіз мәліметтер анықталды",
            "ru": "Выявлены недостоверные сведения",
            "en": "Data found false",
        },
        "enrolled": {
            "kk": "Бала жолдама бойынша қабылданды",
            "ru": "Ребёнок зачислен по направлению",
            "en": "Enrolled on a referral",
        },
    },
    "language": {
        "kk": {"kk": "қазақ тілі", "ru": "казахский", "en": "Kazakh"},
        "ru": {"kk": "орыс тілі", "ru": "русский", "en": "Russian"},
        "en": {"kk": "ағылшын тілі", "ru": "английский", "en": "English"},
        "uz": {"kk": "өзбек тілі", "ru": "узбекский", "en": "Uzbek"},
        "ug": {"kk": "ұйғыр тілі", "ru": "уйгурский", "en": "Uyghur"},
        "tg": {"kk": "тәжік тілі", "ru": "таджикский", "en": "Tajik"},
        "other": {"kk": "басқа тіл", "ru": "другой язык", "en": "another language"},
    },
    "group_type": {
        "general": {"kk": "жалпы дамытушы", "ru": "общеразвивающая", "en": "general development"},
        "special": {"kk": "арнайы", "ru": "специальная", "en": "special"},
    },
    "work_mode": {
        "full": {"kk": "толық күн", "ru": "полный день", "en": "full day"},
        "part": {"kk": "толық емес күн", "ru": "неполный день", "en": "part-time"},
        "round_the_clock": {"kk": "тәулік бойы", "ru": "круглосуточный", "en": "round-the-clock"},
        "any": {"kk": "кез келген", "ru": "любой", "en": "any"},
    },
    "enrolment_mode": {
        "general": {"kk": "жалпы белгіленген", "ru": "общеустановленный", "en": "generally established"},
        "early_booking": {"kk": "ерте брондау", "ru": "раннее бронирование", "en": "early booking"},
        "temporary": {"kk": "уақытша болу", "ru": "временное пребывание", "en": "temporary stay"},
    },
    "pass_over": {
        "language": {
            "kk": "оқыту тілі сәйкес емес",
            "ru": "другой язык обучения",
            "en": "different language of education",
        },
        "group_type": {"kk": "топ түрі сәйкес емес", "ru": "другой тип группы", "en": "different group type"},
        "work_mode": {
            "kk": "жұмыс режимі сәйкес емес",
            "ru": "другой режим работы",
            "en": "different work mode",
        },
        "not_chosen": {
            "kk": "балабақша таңдалғандардың қатарында жоқ",
            "ru": "детский сад не входит в выбранные",
            "en": "kindergarten not among the chosen ones",
        },
        "stop_list": {"kk": "тоқтату тізімінде", "ru": "в стоп-листе", "en": "on the stop list"},
        "live_referral": {
            "kk": "қолданыстағы жолдамасы бар",
            "ru": "имеется действующее направление",
            "en": "holds a live referral",
        },
        "cycle": {
            "kk": "1:3 циклі бойынша кезегі емес",
            "ru": "не его очередь по циклу 1:3",
            "en": "not due by the 1:3 cycle",
        },
    },
}


def text(key: str, language: DocumentLanguage, **params: object) -> str:
    """The wording of `key` in `language`, with `{params}` filled in. An unknown key is our bug: KeyError."""
    template = _TEXT[key][language]
    return template.format(**params) if params else template


def service_name(language: DocumentLanguage) -> str:
    """The public service's official name."""
    return SERVICE_NAME[language]


def code_label(group: str, code: str, language: DocumentLanguage) -> str:
    """The wording of a profile code (category, list, document, reason...); the code itself if unknown."""
    entry = _CODES[group].get(code)
    return entry[language] if entry is not None else code


def keys() -> tuple[str, ...]:
    """Every text key (for the completeness test)."""
    return tuple(_TEXT)


def code_groups() -> dict[str, tuple[str, ...]]:
    """Every code group and its codes (for the completeness test)."""
    return {group: tuple(codes) for group, codes in _CODES.items()}
