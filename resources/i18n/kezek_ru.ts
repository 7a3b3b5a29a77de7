<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>ActDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
</context>
<context>
    <name>AdminSetupDialog</name>
    <message>
        <source>Kezek: first start</source>
        <translation>Kezek: первый запуск</translation>
    </message>
    <message>
        <source>This database has no users yet. Create the administrator, who will then add the clerks.</source>
        <translation>В этой базе данных ещё нет пользователей. Создайте администратора — затем он добавит сотрудников.</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Имя пользователя:</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>&amp;Фамилия, имя, отчество:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Пароль:</translation>
    </message>
    <message>
        <source>&amp;Repeat password:</source>
        <translation>П&amp;овторите пароль:</translation>
    </message>
    <message>
        <source>Create administrator</source>
        <translation>Создать администратора</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Пароли не совпадают.</translation>
    </message>
</context>
<context>
    <name>ApplicationCardDialog</name>
    <message>
        <source>Application No. {number}</source>
        <translation>Заявление № {number}</translation>
    </message>
    <message>
        <source> (issued {date})</source>
        <translation> (выдан {date})</translation>
    </message>
    <message>
        <source>The application is not waiting in the queue.</source>
        <translation>Заявление не ожидает в очереди.</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Статус:</translation>
    </message>
    <message>
        <source>Priority number:</source>
        <translation>Номер очередности:</translation>
    </message>
    <message>
        <source>Registered:</source>
        <translation>Зарегистрировано:</translation>
    </message>
    <message>
        <source>Queue:</source>
        <translation>Очередь:</translation>
    </message>
    <message>
        <source>Child:</source>
        <translation>Ребенок:</translation>
    </message>
    <message>
        <source>Birth date, sex:</source>
        <translation>Дата рождения, пол:</translation>
    </message>
    <message>
        <source>Applicant:</source>
        <translation>Заявитель:</translation>
    </message>
    <message>
        <source>Relation, ID document:</source>
        <translation>Родство, документ личности:</translation>
    </message>
    <message>
        <source>Phone, e-mail:</source>
        <translation>Телефон, e-mail:</translation>
    </message>
    <message>
        <source>Notifications:</source>
        <translation>Уведомления:</translation>
    </message>
    <message>
        <source>agreed</source>
        <translation>согласие дано</translation>
    </message>
    <message>
        <source>not agreed</source>
        <translation>согласия нет</translation>
    </message>
    <message>
        <source>Category:</source>
        <translation>Категория:</translation>
    </message>
    <message>
        <source>Language, group, mode:</source>
        <translation>Язык, группа, режим:</translation>
    </message>
    <message>
        <source>Desired start:</source>
        <translation>Желаемая дата начала:</translation>
    </message>
    <message>
        <source>Kindergartens:</source>
        <translation>Детские сады:</translation>
    </message>
    <message>
        <source>Language of documents:</source>
        <translation>Язык документов:</translation>
    </message>
    <message>
        <source>On the stop list until:</source>
        <translation>В стоп-листе до:</translation>
    </message>
    <message>
        <source>Temporary stay until:</source>
        <translation>Временное пребывание до:</translation>
    </message>
    <message>
        <source>Application card</source>
        <translation>Карточка заявления</translation>
    </message>
    <message>
        <source>&amp;Data</source>
        <translation>&amp;Данные</translation>
    </message>
    <message>
        <source>D&amp;ocuments</source>
        <translation>Д&amp;окументы</translation>
    </message>
    <message>
        <source>&amp;Why this number</source>
        <translation>&amp;Почему такой номер</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;История</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Кто</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Что</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Подробности</translation>
    </message>
    <message>
        <source>&amp;Reprint notification</source>
        <translation>Повторно напечатать &amp;уведомление</translation>
    </message>
    <message>
        <source>W&amp;ithdraw…</source>
        <translation>Отоз&amp;вать…</translation>
    </message>
    <message>
        <source>&amp;Correct data…</source>
        <translation>Исп&amp;равить данные…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
</context>
<context>
    <name>ArchivePage</name>
    <message>
        <source>Restore application {number}</source>
        <translation>Восстановление заявления {number}</translation>
    </message>
    <message>
        <source>Why is the application restored? The note is kept in the journal.</source>
        <translation>Почему заявление восстанавливается? Примечание сохраняется в журнале.</translation>
    </message>
    <message>
        <source>Stop list &amp; archive</source>
        <translation>Стоп-лист и архив</translation>
    </message>
    <message>
        <source>&amp;Stop list</source>
        <translation>&amp;Стоп-лист</translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation>&amp;Архив</translation>
    </message>
    <message>
        <source>Show released terms too</source>
        <translation>Показывать и завершённые сроки</translation>
    </message>
    <message>
        <source>Show restored applications too</source>
        <translation>Показывать и восстановленные заявления</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>Восс&amp;тановить…</translation>
    </message>
    <message>
        <source>A supervisor&apos;s act; a note saying why is required.</source>
        <translation>Действие руководителя; обязательно примечание с причиной.</translation>
    </message>
    <message>
        <source>Re&amp;fresh (F5)</source>
        <translation>Обно&amp;вить (F5)</translation>
    </message>
</context>
<context>
    <name>BulletinDialog</name>
    <message>
        <source>Bulletins of places</source>
        <translation>Бюллетени мест</translation>
    </message>
</context>
<context>
    <name>BulletinPanel</name>
    <message>
        <source>&amp;Day:</source>
        <translation>&amp;День:</translation>
    </message>
    <message>
        <source>&amp;Bulletin:</source>
        <translation>&amp;Бюллетень:</translation>
    </message>
    <message>
        <source>Document &amp;language:</source>
        <translation>&amp;Язык документа:</translation>
    </message>
    <message>
        <source>&amp;Preview PDF</source>
        <translation>&amp;Просмотр PDF</translation>
    </message>
    <message>
        <source>&amp;Export xlsx…</source>
        <translation>&amp;Экспорт в xlsx…</translation>
    </message>
    <message>
        <source>Export bulletin</source>
        <translation>Экспорт бюллетеня</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Книги Excel (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>Codes</name>
    <message>
        <source>Kazakh</source>
        <translation>Казахский</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>Русский</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Английский</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Другой</translation>
    </message>
    <message>
        <source>General development</source>
        <translation>Общеразвивающая</translation>
    </message>
    <message>
        <source>Special</source>
        <translation>Специальная</translation>
    </message>
    <message>
        <source>Full day</source>
        <translation>Полный день</translation>
    </message>
    <message>
        <source>Part-time</source>
        <translation>Неполный день</translation>
    </message>
    <message>
        <source>Round-the-clock</source>
        <translation>Круглосуточно</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Любой</translation>
    </message>
    <message>
        <source>Parent</source>
        <translation>Родитель</translation>
    </message>
    <message>
        <source>Guardian</source>
        <translation>Опекун</translation>
    </message>
    <message>
        <source>Legal representative</source>
        <translation>Законный представитель</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Мужской</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Женский</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>В очереди</translation>
    </message>
    <message>
        <source>Stop list</source>
        <translation>В стоп-листе</translation>
    </message>
    <message>
        <source>Referred</source>
        <translation>Выдано направление</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>В архиве</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>Зачислен</translation>
    </message>
    <message>
        <source>E — extraordinary</source>
        <translation>E — внеочередная</translation>
    </message>
    <message>
        <source>F — first priority</source>
        <translation>F — первоочередная</translation>
    </message>
    <message>
        <source>G — general</source>
        <translation>G — общая</translation>
    </message>
    <message>
        <source>Withdrawn by the applicant</source>
        <translation>Отозвано заявителем</translation>
    </message>
    <message>
        <source>Duplicate application</source>
        <translation>Дублирующее заявление</translation>
    </message>
    <message>
        <source>Child over the age limit</source>
        <translation>Ребенок превысил возрастной предел</translation>
    </message>
    <message>
        <source>Data found false</source>
        <translation>Данные оказались недостоверными</translation>
    </message>
    <message>
        <source>Enrolled in a kindergarten</source>
        <translation>Зачислен в детский сад</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Зарегистрировано</translation>
    </message>
    <message>
        <source>Data corrected</source>
        <translation>Данные исправлены</translation>
    </message>
    <message>
        <source>Moved to the archive</source>
        <translation>Перемещено в архив</translation>
    </message>
    <message>
        <source>Restored from the archive</source>
        <translation>Восстановлено из архива</translation>
    </message>
    <message>
        <source>Imported from an exchange file</source>
        <translation>Импортировано из файла обмена</translation>
    </message>
    <message>
        <source>Released from the stop list</source>
        <translation>Исключено из стоп-листа</translation>
    </message>
    <message>
        <source>Child&apos;s IIN</source>
        <translation>ИИН ребенка</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Дата рождения</translation>
    </message>
    <message>
        <source>Child&apos;s last name</source>
        <translation>Фамилия ребенка</translation>
    </message>
    <message>
        <source>Child&apos;s first name</source>
        <translation>Имя ребенка</translation>
    </message>
    <message>
        <source>Child&apos;s patronymic</source>
        <translation>Отчество ребенка</translation>
    </message>
    <message>
        <source>Applicant&apos;s IIN</source>
        <translation>ИИН заявителя</translation>
    </message>
    <message>
        <source>Applicant&apos;s last name</source>
        <translation>Фамилия заявителя</translation>
    </message>
    <message>
        <source>Applicant&apos;s first name</source>
        <translation>Имя заявителя</translation>
    </message>
    <message>
        <source>Applicant&apos;s patronymic</source>
        <translation>Отчество заявителя</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Language of documents</source>
        <translation>Язык документов</translation>
    </message>
    <message>
        <source>Chosen kindergartens</source>
        <translation>Выбранные детские сады</translation>
    </message>
    <message>
        <source>Locality</source>
        <translation>Населенный пункт</translation>
    </message>
    <message>
        <source>Kindergarten code</source>
        <translation>Код детского сада</translation>
    </message>
    <message>
        <source>Name in Kazakh</source>
        <translation>Название на казахском</translation>
    </message>
    <message>
        <source>Name in Russian</source>
        <translation>Название на русском</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <source>BIN</source>
        <translation>БИН</translation>
    </message>
    <message>
        <source>Priority category</source>
        <translation>Категория очередности</translation>
    </message>
    <message>
        <source>language of education</source>
        <translation>язык обучения</translation>
    </message>
    <message>
        <source>group type</source>
        <translation>тип группы</translation>
    </message>
    <message>
        <source>work mode</source>
        <translation>режим работы</translation>
    </message>
    <message>
        <source>enrolment mode</source>
        <translation>порядок зачисления</translation>
    </message>
    <message>
        <source>Referral {number} not used by {date}</source>
        <translation>Направление {number} не использовано до {date}</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Да</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Нет</translation>
    </message>
    <message>
        <source>On the stop list</source>
        <translation>В стоп-листе</translation>
    </message>
    <message>
        <source>Already holds a live referral</source>
        <translation>Уже имеет действующее направление</translation>
    </message>
    <message>
        <source>Another language of education</source>
        <translation>Другой язык обучения</translation>
    </message>
    <message>
        <source>Another group type</source>
        <translation>Другой тип группы</translation>
    </message>
    <message>
        <source>Another work mode</source>
        <translation>Другой режим работы</translation>
    </message>
    <message>
        <source>Kindergarten not among the chosen</source>
        <translation>Детский сад не среди выбранных</translation>
    </message>
    <message>
        <source>Its list was not due (1 : 3 order)</source>
        <translation>Очередь его списка не наступила (порядок 1 : 3)</translation>
    </message>
    <message>
        <source>No eligible application</source>
        <translation>Нет подходящего заявления</translation>
    </message>
    <message>
        <source>Early booking: valid from the release on {date}</source>
        <translation>Досрочное бронирование: действует с освобождения места {date}</translation>
    </message>
    <message>
        <source>Temporary stay until {date}</source>
        <translation>Временное пребывание до {date}</translation>
    </message>
    <message>
        <source>Registered in the queue</source>
        <translation>Поставлен в очередь</translation>
    </message>
    <message>
        <source>Referral issued</source>
        <translation>Выдано направление</translation>
    </message>
    <message>
        <source>Referral extended</source>
        <translation>Направление продлено</translation>
    </message>
    <message>
        <source>Referral expired, stop list</source>
        <translation>Направление истекло, стоп-лист</translation>
    </message>
    <message>
        <source>Removed from the queue</source>
        <translation>Снят с очереди</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>Printed notice</source>
        <translation>Печатное уведомление</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Ожидает</translation>
    </message>
    <message>
        <source>Not delivered</source>
        <translation>Не доставлено</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Отправлено</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>Напечатано</translation>
    </message>
    <message>
        <source>Generally established</source>
        <translation>Общеустановленный порядок</translation>
    </message>
    <message>
        <source>Early booking</source>
        <translation>Досрочное бронирование</translation>
    </message>
    <message>
        <source>Temporary stay</source>
        <translation>Временное пребывание</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>Свободно</translation>
    </message>
    <message>
        <source>Held by a referral</source>
        <translation>Закреплено направлением</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Занято</translation>
    </message>
    <message>
        <source>Recalled</source>
        <translation>Отозвано</translation>
    </message>
    <message>
        <source>Vacant places</source>
        <translation>Свободные места</translation>
    </message>
    <message>
        <source>Recalled places</source>
        <translation>Отозванные места</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>Действует</translation>
    </message>
    <message>
        <source>Used: enrolled</source>
        <translation>Использовано: зачислен</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Отказ</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Истекло</translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <source>Application</source>
        <translation>Заявление</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>Ребёнок</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>From</source>
        <translation>С</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>По</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Кто</translation>
    </message>
    <message>
        <source>Released</source>
        <translation>Снят</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>Восстановлено</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Место</translation>
    </message>
    <message>
        <source>Kindergarten</source>
        <translation>Детский сад</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Очередь</translation>
    </message>
    <message>
        <source>Priority No.</source>
        <translation>№ очер.</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Список</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Действует до</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Направление</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <source>Why passed over</source>
        <translation>Почему пропущено</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Событие</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Получатель</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <source>Birth year</source>
        <translation>Год рождения</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Группа</translation>
    </message>
    <message>
        <source>Work mode</source>
        <translation>Режим работы</translation>
    </message>
    <message>
        <source>Enrolment mode</source>
        <translation>Порядок зачисления</translation>
    </message>
    <message>
        <source>Available from</source>
        <translation>Зачисление с</translation>
    </message>
    <message>
        <source>Stay until</source>
        <translation>Пребывание до</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Опубликовано</translation>
    </message>
    <message>
        <source>Group name</source>
        <translation>Название группы</translation>
    </message>
    <message>
        <source>Locality</source>
        <translation>Населенный пункт</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <source>BIN</source>
        <translation>БИН</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Вместимость</translation>
    </message>
    <message>
        <source>Places published</source>
        <translation>Опубликовано мест</translation>
    </message>
    <message>
        <source>Today is its last valid day</source>
        <translation>Сегодня — последний день действия</translation>
    </message>
    <message>
        <source>Past its last valid day: the daily run ends it and gives the place back</source>
        <translation>Последний день действия прошёл: ежедневная обработка закроет направление и вернёт место</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Выдано</translation>
    </message>
    <message>
        <source>Extensions</source>
        <translation>Продления</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Строка</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Столбец</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Ошибка</translation>
    </message>
</context>
<context>
    <name>CorrectionDialog</name>
    <message>
        <source>Correct data</source>
        <translation>Исправление данных</translation>
    </message>
    <message>
        <source>&amp;Save the correction</source>
        <translation>&amp;Сохранить исправление</translation>
    </message>
    <message>
        <source>The IIN, the birth date and the category are not corrected: that is a new application.</source>
        <translation>ИИН, дата рождения и категория не исправляются: это новое заявление.</translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message>
        <source>Creating the demo district: kindergartens, places, a queue…</source>
        <translation>Создаётся демонстрационный район: детские сады, места, очередь…</translation>
    </message>
</context>
<context>
    <name>DistributionPage</name>
    <message>
        <source>Planning the distribution…</source>
        <translation>Расчёт распределения…</translation>
    </message>
    <message>
        <source>Reading the queues and giving their places</source>
        <translation>Чтение очередей и распределение мест</translation>
    </message>
    <message>
        <source>Setting out the plan in publication order</source>
        <translation>План составляется в порядке публикации</translation>
    </message>
    <message>
        <source>Claiming the applications</source>
        <translation>Закрепление заявлений</translation>
    </message>
    <message>
        <source>Writing the referrals, messages and journal</source>
        <translation>Запись направлений, уведомлений и журнала</translation>
    </message>
    <message>
        <source>Laying out the protocol, place by place</source>
        <translation>Вёрстка протокола по местам</translation>
    </message>
    <message>
        <source>Writing the protocol, place by place</source>
        <translation>Запись протокола по местам</translation>
    </message>
    <message>
        <source>Issue {n} referrals as of {date}? The applications get notified and the places are held.</source>
        <translation>Выдать направления ({n}) на {date}? Заявители получат уведомления, места будут закреплены.</translation>
    </message>
    <message>
        <source>Issue referrals</source>
        <translation>Выдача направлений</translation>
    </message>
    <message>
        <source>Issuing referrals…</source>
        <translation>Выдача направлений…</translation>
    </message>
    <message>
        <source>Choose the day and make a dry run: nothing is issued until you confirm.</source>
        <translation>Выберите дату и сделайте пробный расчёт: ничего не выдаётся, пока вы не подтвердите.</translation>
    </message>
    <message>
        <source>Dry run as of {date}: {awarded} of {total} places would be given. Nothing is issued yet.</source>
        <translation>Пробный расчёт на {date}: из {total} мест будет выдано {awarded}. Пока ничего не выдано.</translation>
    </message>
    <message>
        <source>Issued as of {date}: {awarded} referrals for {total} places.</source>
        <translation>Выдано на {date}: {awarded} направлений на {total} мест.</translation>
    </message>
    <message>
        <source>Select a place to see who was passed over and why.</source>
        <translation>Выберите место, чтобы увидеть, кто и почему пропущен.</translation>
    </message>
    <message>
        <source>Place {place}: {n} applications ahead were passed over; cycle {before} → {after}.</source>
        <translation>Место {place}: пропущено заявлений впереди — {n}; цикл {before} → {after}.</translation>
    </message>
    <message>
        <source>Making the protocol…</source>
        <translation>Формирование протокола…</translation>
    </message>
    <message>
        <source>Export protocol</source>
        <translation>Экспорт протокола</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Книги Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Exporting the protocol…</source>
        <translation>Экспорт протокола…</translation>
    </message>
    <message>
        <source>Distribution of free places</source>
        <translation>Распределение свободных мест</translation>
    </message>
    <message>
        <source>&amp;As of:</source>
        <translation>&amp;На дату:</translation>
    </message>
    <message>
        <source>&amp;Dry run</source>
        <translation>&amp;Пробный расчёт</translation>
    </message>
    <message>
        <source>&amp;Issue referrals…</source>
        <translation>&amp;Выдать направления…</translation>
    </message>
    <message>
        <source>&amp;Protocol</source>
        <translation>Прото&amp;кол</translation>
    </message>
    <message>
        <source>&amp;Export xlsx…</source>
        <translation>&amp;Экспорт в xlsx…</translation>
    </message>
    <message>
        <source>Needs the supervisor role and a dry run that gives places.</source>
        <translation>Нужны роль руководителя и пробный расчёт, в котором есть места.</translation>
    </message>
</context>
<context>
    <name>DocumentChecklist</name>
    <message>
        <source>Documents presented</source>
        <translation>Представленные документы</translation>
    </message>
    <message>
        <source>issued on (valid {n} months):</source>
        <translation>дата выдачи (действует {n} мес.):</translation>
    </message>
</context>
<context>
    <name>EnrolDialog</name>
    <message>
        <source>Enrolled &amp;on:</source>
        <translation>&amp;Дата зачисления:</translation>
    </message>
    <message>
        <source>&amp;Contract No.:</source>
        <translation>№ дог&amp;овора:</translation>
    </message>
    <message>
        <source>Enrolment by referral {number}</source>
        <translation>Зачисление по направлению {number}</translation>
    </message>
    <message>
        <source>The kindergarten confirmed the enrolment and signed the contract.</source>
        <translation>Детский сад подтвердил зачисление и подписал договор.</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <source>Kezek: error</source>
        <translation>Kezek: ошибка</translation>
    </message>
    <message>
        <source>Something went wrong. Please send the details to your administrator.</source>
        <translation>Что-то пошло не так. Пожалуйста, отправьте подробности администратору.</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>Копировать подробности</translation>
    </message>
    <message>
        <source>Show details</source>
        <translation>Показать подробности</translation>
    </message>
</context>
<context>
    <name>ExtendDialog</name>
    <message>
        <source>&amp;Calendar days:</source>
        <translation>&amp;Календарных дней:</translation>
    </message>
    <message>
        <source>Extend referral {number}</source>
        <translation>Продление направления {number}</translation>
    </message>
    <message>
        <source>On the applicant&apos;s request, once, by up to {max} calendar days.</source>
        <translation>По просьбе заявителя, один раз, не более чем на {max} календарных дней.</translation>
    </message>
</context>
<context>
    <name>FileImport</name>
    <message>
        <source>Exchange files (*.csv *.xlsx)</source>
        <translation>Файлы обмена (*.csv *.xlsx)</translation>
    </message>
    <message>
        <source>Checking every row</source>
        <translation>Проверка каждой строки</translation>
    </message>
    <message>
        <source>Writing the rows</source>
        <translation>Запись строк</translation>
    </message>
    <message>
        <source>Importing {file}…</source>
        <translation>Загрузка {file}…</translation>
    </message>
</context>
<context>
    <name>FilteredRegisterPage</name>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Статус:</translation>
    </message>
    <message>
        <source>&amp;Kindergarten:</source>
        <translation>&amp;Детский сад:</translation>
    </message>
    <message>
        <source>Re&amp;fresh (F5)</source>
        <translation>Обно&amp;вить (F5)</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Все статусы</translation>
    </message>
    <message>
        <source>All kindergartens</source>
        <translation>Все детские сады</translation>
    </message>
</context>
<context>
    <name>FindField</name>
    <message>
        <source>Find (Ctrl+F): application number, child&apos;s IIN or name</source>
        <translation>Поиск (Ctrl+F): номер заявления, ИИН или ФИО ребёнка</translation>
    </message>
</context>
<context>
    <name>GroupDialog</name>
    <message>
        <source>Add a group</source>
        <translation>Добавление группы</translation>
    </message>
    <message>
        <source>Change the group</source>
        <translation>Изменение группы</translation>
    </message>
    <message>
        <source>{n} free place(s) of this group wait for referrals: its birth year, language, type and work mode stay until they are given.</source>
        <translation>Свободных мест этой группы, ожидающих направлений: {n}. Пока они не выданы, год рождения, язык, тип и режим работы группы не меняются.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <source>&amp;Birth year (age group):</source>
        <translation>&amp;Год рождения (возрастная группа):</translation>
    </message>
    <message>
        <source>&amp;Language of education:</source>
        <translation>&amp;Язык обучения:</translation>
    </message>
    <message>
        <source>&amp;Group type:</source>
        <translation>&amp;Тип группы:</translation>
    </message>
    <message>
        <source>&amp;Work mode:</source>
        <translation>&amp;Режим работы:</translation>
    </message>
    <message>
        <source>&amp;Capacity (children):</source>
        <translation>&amp;Вместимость (детей):</translation>
    </message>
</context>
<context>
    <name>IinField</name>
    <message>
        <source>12 digits</source>
        <translation>12 цифр</translation>
    </message>
</context>
<context>
    <name>ImportProblemsDialog</name>
    <message>
        <source>The file was not imported</source>
        <translation>Файл не загружен</translation>
    </message>
    <message>
        <source>&amp;Copy the list</source>
        <translation>&amp;Копировать список</translation>
    </message>
    <message>
        <source>row {row}: {column}: {problem}</source>
        <translation>строка {row}: {column}: {problem}</translation>
    </message>
</context>
<context>
    <name>IntakeForm</name>
    <message>
        <source>Child</source>
        <translation>Ребенок</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Заявитель</translation>
    </message>
    <message>
        <source>Queue and preferences</source>
        <translation>Очередь и пожелания</translation>
    </message>
    <message>
        <source>&amp;IIN:</source>
        <translation>&amp;ИИН:</translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation>&amp;Фамилия:</translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation>И&amp;мя:</translation>
    </message>
    <message>
        <source>&amp;Patronymic:</source>
        <translation>&amp;Отчество:</translation>
    </message>
    <message>
        <source>&amp;Birth date:</source>
        <translation>Дата &amp;рождения:</translation>
    </message>
    <message>
        <source>Se&amp;x:</source>
        <translation>&amp;Пол:</translation>
    </message>
    <message>
        <source>IIN:</source>
        <translation>ИИН:</translation>
    </message>
    <message>
        <source>Last name:</source>
        <translation>Фамилия:</translation>
    </message>
    <message>
        <source>First name:</source>
        <translation>Имя:</translation>
    </message>
    <message>
        <source>Patronymic:</source>
        <translation>Отчество:</translation>
    </message>
    <message>
        <source>ID document:</source>
        <translation>Документ личности:</translation>
    </message>
    <message>
        <source>Relation to the child:</source>
        <translation>Кем приходится ребенку:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Телефон:</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>E-mail:</translation>
    </message>
    <message>
        <source>L&amp;ocality:</source>
        <translation>&amp;Населенный пункт:</translation>
    </message>
    <message>
        <source>Language of education:</source>
        <translation>Язык обучения:</translation>
    </message>
    <message>
        <source>Group type:</source>
        <translation>Тип группы:</translation>
    </message>
    <message>
        <source>Special educational needs:</source>
        <translation>Особые образовательные потребности:</translation>
    </message>
    <message>
        <source>Work mode:</source>
        <translation>Режим работы:</translation>
    </message>
    <message>
        <source>Desired start:</source>
        <translation>Желаемая дата начала:</translation>
    </message>
    <message>
        <source>Kindergartens (in order):</source>
        <translation>Детские сады (по порядку):</translation>
    </message>
    <message>
        <source>Priority &amp;category:</source>
        <translation>&amp;Категория очередности:</translation>
    </message>
    <message>
        <source>SMS / e-mail notifications:</source>
        <translation>Уведомления по SMS / e-mail:</translation>
    </message>
    <message>
        <source>Language of documents:</source>
        <translation>Язык документов:</translation>
    </message>
    <message>
        <source>the applicant agrees</source>
        <translation>заявитель согласен</translation>
    </message>
    <message>
        <source>documented</source>
        <translation>подтверждены документом</translation>
    </message>
    <message>
        <source>kind and number</source>
        <translation>вид и номер</translation>
    </message>
</context>
<context>
    <name>IntakePage</name>
    <message>
        <source>Registered: application No. {number}.</source>
        <translation>Зарегистрировано: заявление № {number}.</translation>
    </message>
    <message>
        <source>Refused: receipt No. {number} issued.</source>
        <translation>Отказано: выдана расписка № {number}.</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Очистить</translation>
    </message>
    <message>
        <source>Discard what was typed?</source>
        <translation>Удалить введенные данные?</translation>
    </message>
    <message>
        <source>&amp;Application</source>
        <translation>&amp;Заявление</translation>
    </message>
    <message>
        <source>&amp;Receipts</source>
        <translation>Ра&amp;списки</translation>
    </message>
    <message>
        <source>&amp;Submit (Ctrl+Enter)</source>
        <translation>По&amp;дать (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>&amp;Open application</source>
        <translation>&amp;Открыть заявление</translation>
    </message>
</context>
<context>
    <name>KezekStatusBar</name>
    <message>
        <source>User: {name} ({role})</source>
        <translation>Пользователь: {name} ({role})</translation>
    </message>
    <message>
        <source>Office: {code}</source>
        <translation>Офис: {code}</translation>
    </message>
    <message>
        <source>Database: {name}</source>
        <translation>База данных: {name}</translation>
    </message>
    <message>
        <source>Rules: {code} from {date}</source>
        <translation>Правила: {code} (действуют с {date})</translation>
    </message>
    <message>
        <source>Sync: local</source>
        <translation>Синхронизация: локально</translation>
    </message>
</context>
<context>
    <name>KindergartenPicker</name>
    <message>
        <source>{n}. — not chosen —</source>
        <translation>{n}. — не выбран —</translation>
    </message>
</context>
<context>
    <name>KindergartensPage</name>
    <message>
        <source>Import kindergartens</source>
        <translation>Загрузка детских садов</translation>
    </message>
    <message>
        <source>Kindergartens imported</source>
        <translation>Детские сады загружены</translation>
    </message>
    <message>
        <source>{n} kindergarten(s) added from the file.</source>
        <translation>Из файла добавлено детских садов: {n}.</translation>
    </message>
    <message>
        <source>Remove kindergarten</source>
        <translation>Удаление детского сада</translation>
    </message>
    <message>
        <source>Remove {code} {name}? Only a kindergarten added by mistake is removed: one without groups, places or applications that chose it.</source>
        <translation>Удалить {code} {name}? Удаляется только детский сад, внесённый по ошибке: без групп, мест и заявлений, выбравших его.</translation>
    </message>
    <message>
        <source>Remove group</source>
        <translation>Удаление группы</translation>
    </message>
    <message>
        <source>Remove group {name}? No place was published in it.</source>
        <translation>Удалить группу {name}? В ней не опубликовано ни одного места.</translation>
    </message>
    <message>
        <source>Groups of {kindergarten}</source>
        <translation>Группы: {kindergarten}</translation>
    </message>
    <message>
        <source>Groups: {n}</source>
        <translation>Групп: {n}</translation>
    </message>
    <message>
        <source>Kindergartens and their groups</source>
        <translation>Детские сады и их группы</translation>
    </message>
    <message>
        <source>Add &amp;kindergarten…</source>
        <translation>Добавить детский &amp;сад…</translation>
    </message>
    <message>
        <source>Co&amp;rrect kindergarten…</source>
        <translation>&amp;Править детский сад…</translation>
    </message>
    <message>
        <source>Remo&amp;ve kindergarten</source>
        <translation>Уд&amp;алить детский сад</translation>
    </message>
    <message>
        <source>Only a kindergarten without groups, places or applications that chose it can be removed.</source>
        <translation>Удалить можно только детский сад без групп, мест и заявлений, выбравших его.</translation>
    </message>
    <message>
        <source>&amp;Import kindergartens…</source>
        <translation>&amp;Загрузить детские сады…</translation>
    </message>
    <message>
        <source>An orgs exchange file (.csv or .xlsx), as `kezek import orgs` takes.</source>
        <translation>Файл обмена детских садов (.csv или .xlsx), как для `kezek import orgs`.</translation>
    </message>
    <message>
        <source>&amp;Add group…</source>
        <translation>&amp;Добавить группу…</translation>
    </message>
    <message>
        <source>C&amp;hange group…</source>
        <translation>&amp;Изменить группу…</translation>
    </message>
    <message>
        <source>Re&amp;move group</source>
        <translation>&amp;Удалить группу</translation>
    </message>
    <message>
        <source>Only a group no place was published in can be removed.</source>
        <translation>Удалить можно только группу, в которой не опубликовано ни одного места.</translation>
    </message>
    <message>
        <source>Re&amp;fresh (F5)</source>
        <translation>Обно&amp;вить (F5)</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Kezek: sign in</source>
        <translation>Kezek: вход</translation>
    </message>
    <message>
        <source>Sign in to the kindergarten waiting list</source>
        <translation>Вход в систему очереди в детские сады</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Имя пользователя:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Пароль:</translation>
    </message>
    <message>
        <source>Demo database: user {user}, password {password}</source>
        <translation>Демонстрационная база: пользователь {user}, пароль {password}</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Войти</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Kezek — kindergarten waiting list</source>
        <translation>Kezek — очередь в детские сады</translation>
    </message>
</context>
<context>
    <name>ManualReferralDialog</name>
    <message>
        <source>Refer by hand: place {code}</source>
        <translation>Направление вручную: место {code}</translation>
    </message>
    <message>
        <source>{kindergarten}, born in {year}: {language}, {group_type}, {work_mode}</source>
        <translation>{kindergarten}, {year} год рождения: {language}, {group_type}, {work_mode}</translation>
    </message>
    <message>
        <source>The application must wait in this place&apos;s queue and be eligible for it, as in a distribution run. The reason is journaled, and the queue&apos;s cycle moves as after any referral.</source>
        <translation>Заявление должно ожидать в очереди этого места и подходить для него, как при распределении. Причина записывается в журнал, цикл очереди сдвигается, как после любого направления.</translation>
    </message>
    <message>
        <source>&amp;Application number:</source>
        <translation>&amp;Номер заявления:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Причина:</translation>
    </message>
    <message>
        <source>e.g. the court decision and its date</source>
        <translation>например, решение суда и его дата</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>Wrong user name or password.</source>
        <translation>Неверное имя пользователя или пароль.</translation>
    </message>
    <message>
        <source>{user} ({have}) may not do this; it needs the {need} role.</source>
        <translation>{user} ({have}) не может выполнить это действие: нужна роль {need}.</translation>
    </message>
    <message>
        <source>The password must have at least {n} characters.</source>
        <translation>Пароль должен содержать не менее {n} символов.</translation>
    </message>
    <message>
        <source>The first user of a database must be an administrator.</source>
        <translation>Первый пользователь базы данных должен быть администратором.</translation>
    </message>
    <message>
        <source>User names use letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;.</source>
        <translation>Имя пользователя может содержать только буквы, цифры, &apos;.&apos;, &apos;_&apos; или &apos;-&apos;.</translation>
    </message>
    <message>
        <source>Unknown role &apos;{role}&apos;.</source>
        <translation>Неизвестная роль &apos;{role}&apos;.</translation>
    </message>
    <message>
        <source>A user named &apos;{username}&apos; already exists.</source>
        <translation>Пользователь с именем &apos;{username}&apos; уже существует.</translation>
    </message>
    <message>
        <source>&apos;{username}&apos; is the name Kezek signs its own automatic acts with; choose another.</source>
        <translation>&apos;{username}&apos; — имя, которым Kezek подписывает свои автоматические действия; выберите другое.</translation>
    </message>
    <message>
        <source>There is no user named &apos;{username}&apos;.</source>
        <translation>Пользователя с именем &apos;{username}&apos; нет.</translation>
    </message>
    <message>
        <source>The database could not be upgraded ({error}); it is unchanged{where}.</source>
        <translation>Не удалось обновить базу данных ({error}); она не изменена{where}.</translation>
    </message>
    <message>
        <source>The database {name} could not be opened: {error}</source>
        <translation>Не удалось открыть базу данных {name}: {error}</translation>
    </message>
    <message>
        <source>pg_dump was not found; install the PostgreSQL client tools.</source>
        <translation>pg_dump не найден; установите клиентские утилиты PostgreSQL.</translation>
    </message>
    <message>
        <source>pg_dump failed: {error}</source>
        <translation>Ошибка pg_dump: {error}</translation>
    </message>
    <message>
        <source>Restore works on a SQLite database only.</source>
        <translation>Восстановление возможно только для базы данных SQLite.</translation>
    </message>
    <message>
        <source>There is no backup file at {path}.</source>
        <translation>Файл резервной копии {path} не найден.</translation>
    </message>
    <message>
        <source>This child already has a live application {number} in {locality}.</source>
        <translation>У этого ребёнка уже есть действующее заявление № {number} в населённом пункте {locality}.</translation>
    </message>
    <message>
        <source>The child&apos;s birth date is in the future.</source>
        <translation>Дата рождения ребёнка указана в будущем.</translation>
    </message>
    <message>
        <source>The child is {years} or older and cannot be queued.</source>
        <translation>Ребёнку уже исполнилось {years} (или больше), поставить его в очередь нельзя.</translation>
    </message>
    <message>
        <source>{field} is required.</source>
        <translation>Поле «{field}» обязательно для заполнения.</translation>
    </message>
    <message>
        <source>At most {n} kindergartens may be chosen.</source>
        <translation>Число выбранных детских садов не может превышать {n}.</translation>
    </message>
    <message>
        <source>A kindergarten is chosen twice.</source>
        <translation>Один и тот же детский сад выбран дважды.</translation>
    </message>
    <message>
        <source>A special group needs a documented special educational need.</source>
        <translation>Для специальной группы нужна подтверждённая документом особая образовательная потребность.</translation>
    </message>
    <message>
        <source>Unknown category &apos;{value}&apos;.</source>
        <translation>Неизвестная категория &apos;{value}&apos;.</translation>
    </message>
    <message>
        <source>Unknown document kind &apos;{value}&apos;.</source>
        <translation>Неизвестный вид документа &apos;{value}&apos;.</translation>
    </message>
    <message>
        <source>The document has expired: it was valid until {until}.</source>
        <translation>Срок действия документа истёк: он действовал до {until}.</translation>
    </message>
    <message>
        <source>Unknown {label} &apos;{value}&apos;.</source>
        <translation>Неизвестное значение &apos;{value}&apos; ({label}).</translation>
    </message>
    <message>
        <source>Unknown rules profile &apos;{value}&apos;.</source>
        <translation>Неизвестный профиль правил &apos;{value}&apos;.</translation>
    </message>
    <message>
        <source>An IIN has digits only.</source>
        <translation>ИИН состоит только из цифр.</translation>
    </message>
    <message>
        <source>An IIN has 12 digits.</source>
        <translation>ИИН состоит из 12 цифр.</translation>
    </message>
    <message>
        <source>The 7th digit must be 1 to 6 (century and sex).</source>
        <translation>7-я цифра должна быть от 1 до 6 (век и пол).</translation>
    </message>
    <message>
        <source>The first six digits are not a real birth date.</source>
        <translation>Первые шесть цифр — не существующая дата рождения.</translation>
    </message>
    <message>
        <source>The check digit does not match: a digit is mistyped.</source>
        <translation>Контрольная цифра не совпадает: одна из цифр введена с ошибкой.</translation>
    </message>
    <message>
        <source>This serial number gives no valid check digit.</source>
        <translation>Этот порядковый номер не дает допустимой контрольной цифры.</translation>
    </message>
    <message>
        <source>The birth date {birth_date} does not agree with the IIN ({iin_date}).</source>
        <translation>Дата рождения {birth_date} не совпадает с ИИН ({iin_date}).</translation>
    </message>
    <message>
        <source>The sex does not agree with the IIN.</source>
        <translation>Пол не совпадает с ИИН.</translation>
    </message>
    <message>
        <source>Enter the issue date of &apos;{document}&apos; to check its validity.</source>
        <translation>Введите дату выдачи «{document}», чтобы проверить срок действия.</translation>
    </message>
    <message>
        <source>The issue date of &apos;{document}&apos; is in the future.</source>
        <translation>Дата выдачи «{document}» в будущем.</translation>
    </message>
    <message>
        <source>Documents are printed in Kazakh or Russian.</source>
        <translation>Документы печатаются на казахском или русском языке.</translation>
    </message>
    <message>
        <source>Kindergarten {org} is not in {locality}.</source>
        <translation>Детский сад {org} не находится в {locality}.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not an e-mail address.</source>
        <translation>«{value}» не является адресом электронной почты.</translation>
    </message>
    <message>
        <source>{field} cannot be corrected: withdraw the application and register a new one.</source>
        <translation>«{field}» нельзя исправить: отзовите заявление и зарегистрируйте новое.</translation>
    </message>
    <message>
        <source>Unknown field &apos;{field}&apos;.</source>
        <translation>Неизвестное поле «{field}».</translation>
    </message>
    <message>
        <source>{field} has a wrong value.</source>
        <translation>Неверное значение поля «{field}».</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Ничего не изменено.</translation>
    </message>
    <message>
        <source>Application {number} is no longer live and cannot be corrected.</source>
        <translation>Заявление {number} уже не действует и не может быть исправлено.</translation>
    </message>
    <message>
        <source>There is no application numbered {number}.</source>
        <translation>Заявления с номером {number} нет.</translation>
    </message>
    <message>
        <source>There is no receipt numbered {number}.</source>
        <translation>Расписки с номером {number} нет.</translation>
    </message>
    <message>
        <source>Application {number} is not waiting in the queue.</source>
        <translation>Заявление {number} не ожидает в очереди.</translation>
    </message>
    <message>
        <source>Application {number} holds referral {referral}; record the applicant&apos;s refusal of it first.</source>
        <translation>По заявлению {number} выдано направление {referral}; сначала зарегистрируйте отказ заявителя от него.</translation>
    </message>
    <message>
        <source>Unknown archive reason &apos;{value}&apos;.</source>
        <translation>Неизвестная причина архивации «{value}».</translation>
    </message>
    <message>
        <source>Choose the kindergarten.</source>
        <translation>Выберите детский сад.</translation>
    </message>
    <message>
        <source>A place has a definite work mode, not &apos;any&apos;.</source>
        <translation>У места определённый режим работы, а не «любой».</translation>
    </message>
    <message>
        <source>{value} is not a birth year from {oldest} to {newest}.</source>
        <translation>{value} — не год рождения от {oldest} до {newest}.</translation>
    </message>
    <message>
        <source>A temporary-stay place needs the date the stay ends.</source>
        <translation>Для места временного пребывания нужна дата окончания пребывания.</translation>
    </message>
    <message>
        <source>The stay must end after the day enrolment may start.</source>
        <translation>Пребывание должно заканчиваться после даты начала зачисления.</translation>
    </message>
    <message>
        <source>Only a temporary-stay place has an end date.</source>
        <translation>Дата окончания бывает только у места временного пребывания.</translation>
    </message>
    <message>
        <source>A place with code {place} already exists.</source>
        <translation>Место с кодом {place} уже существует.</translation>
    </message>
    <message>
        <source>There is no place with code {place}.</source>
        <translation>Места с кодом {place} нет.</translation>
    </message>
    <message>
        <source>A recall needs a reason.</source>
        <translation>Для отзыва нужна причина.</translation>
    </message>
    <message>
        <source>Place {place} is held by referral {referral}; it can be recalled once that is closed.</source>
        <translation>Место {place} закреплено направлением {referral}; отозвать его можно, когда направление будет закрыто.</translation>
    </message>
    <message>
        <source>Place {place} is not free.</source>
        <translation>Место {place} не свободно.</translation>
    </message>
    <message>
        <source>Place {place} is not vacant on {date}.</source>
        <translation>Место {place} не свободно на {date}.</translation>
    </message>
    <message>
        <source>There is no kindergarten with code {org}.</source>
        <translation>Детского сада с кодом {org} нет.</translation>
    </message>
    <message>
        <source>The day {day} has not come yet.</source>
        <translation>День {day} ещё не наступил.</translation>
    </message>
    <message>
        <source>No distribution on {date}: the rules profile suspends it that month (regrouping).</source>
        <translation>На {date} распределение не проводится: профиль правил приостанавливает его в этом месяце (переформирование групп).</translation>
    </message>
    <message>
        <source>Application {number} changed while distributing; run the distribution again.</source>
        <translation>Заявление {number} изменилось во время распределения; проведите распределение заново.</translation>
    </message>
    <message>
        <source>Place {place} was recalled or given while distributing; run the distribution again.</source>
        <translation>Место {place} отозвано или выдано во время распределения; проведите распределение заново.</translation>
    </message>
    <message>
        <source>The data changed since the dry run: {changed} of {total} places would now go otherwise. Nothing was issued; the dry run is made again for you to review.</source>
        <translation>После пробного расчёта данные изменились: {changed} из {total} мест теперь распределились бы иначе. Ничего не выдано; пробный расчёт выполняется заново, чтобы вы его проверили.</translation>
    </message>
    <message>
        <source>There is no referral numbered {number}.</source>
        <translation>Направления с номером {number} нет.</translation>
    </message>
    <message>
        <source>Referral {number} is no longer live.</source>
        <translation>Направление {number} больше не действует.</translation>
    </message>
    <message>
        <source>Referral {number} was already extended; the limit is {limit}.</source>
        <translation>Направление {number} уже продлевалось; предел — {limit}.</translation>
    </message>
    <message>
        <source>An extension is 1 to {max} calendar days.</source>
        <translation>Продление — от 1 до {max} календарных дней.</translation>
    </message>
    <message>
        <source>Referral {number} expired on {date}.</source>
        <translation>Срок направления {number} истёк {date}.</translation>
    </message>
    <message>
        <source>A referral made by hand needs a reason.</source>
        <translation>Для направления, выдаваемого вручную, нужна причина.</translation>
    </message>
    <message>
        <source>Application {number} is not in the queue of place {place}.</source>
        <translation>Заявление {number} не стоит в очереди места {place}.</translation>
    </message>
    <message>
        <source>Application {number} may not get place {place}: {reason}.</source>
        <translation>Заявление {number} не может получить место {place}: {reason}.</translation>
    </message>
    <message>
        <source>{field} has at most {max} characters.</source>
        <translation>В поле «{field}» не больше {max} символов.</translation>
    </message>
    <message>
        <source>A BIN is 12 digits.</source>
        <translation>БИН состоит из 12 цифр.</translation>
    </message>
    <message>
        <source>The database already has applications; the demo needs an empty one.</source>
        <translation>В базе данных уже есть заявления; для демонстрации нужна пустая база.</translation>
    </message>
    <message>
        <source>A kindergarten with code {org} exists.</source>
        <translation>Детский сад с кодом {org} уже есть.</translation>
    </message>
    <message>
        <source>A kindergarten keeps its code {org}.</source>
        <translation>Код детского сада {org} не меняется.</translation>
    </message>
    <message>
        <source>{org} has {count} group(s): remove them first.</source>
        <translation>В {org} групп: {count}; сначала удалите их.</translation>
    </message>
    <message>
        <source>Places were published at {org}: it stays on record, as their history names it.</source>
        <translation>В {org} публиковались места: он остаётся в учёте, так как его называет их история.</translation>
    </message>
    <message>
        <source>{count} application(s) chose {org}: it stays on record, as they name it.</source>
        <translation>{org} выбран в заявлениях ({count}): он остаётся в учёте, так как они его называют.</translation>
    </message>
    <message>
        <source>{org} has free places, and their queue is its locality&apos;s: the locality stays.</source>
        <translation>У детского сада {org} есть свободные места, их очередь — очередь его населенного пункта: населенный пункт не меняется.</translation>
    </message>
    <message>
        <source>A group needs a name.</source>
        <translation>У группы должно быть название.</translation>
    </message>
    <message>
        <source>{org} already has a group named {name}.</source>
        <translation>В детском саду {org} уже есть группа {name}.</translation>
    </message>
    <message>
        <source>A group takes 1 to {max} children, not {value}.</source>
        <translation>В группе от 1 до {max} детей, а не {value}.</translation>
    </message>
    <message>
        <source>There is no such group.</source>
        <translation>Такой группы нет.</translation>
    </message>
    <message>
        <source>A group stays with its kindergarten.</source>
        <translation>Группа остаётся в своём детском саду.</translation>
    </message>
    <message>
        <source>Group {name} has free places: its birth year, language, type and work mode stay until they are given.</source>
        <translation>В группе {name} есть свободные места: пока они не выданы, год рождения, язык, тип и режим работы группы не меняются.</translation>
    </message>
    <message>
        <source>Group {name} has {count} published place(s) and stays on record.</source>
        <translation>В группе {name} опубликовано мест: {count}; она остаётся в учёте.</translation>
    </message>
    <message>
        <source>{org} has no such group.</source>
        <translation>В детском саду {org} нет такой группы.</translation>
    </message>
    <message>
        <source>A place in a group has the group&apos;s birth year, language, group type and work mode.</source>
        <translation>Место в группе имеет год рождения, язык, тип группы и режим работы этой группы.</translation>
    </message>
    <message>
        <source>The contract number is required.</source>
        <translation>Номер договора обязателен.</translation>
    </message>
    <message>
        <source>Enrolment on {date} is before the referral was issued.</source>
        <translation>Зачисление {date} раньше даты выдачи направления.</translation>
    </message>
    <message>
        <source>A restoration needs a note saying why.</source>
        <translation>Для восстановления нужно примечание с причиной.</translation>
    </message>
    <message>
        <source>Application {number} is not in the archive.</source>
        <translation>Заявления {number} нет в архиве.</translation>
    </message>
    <message>
        <source>Application {number} ended in enrolment; that is undone at the kindergarten, not here.</source>
        <translation>Заявление {number} завершилось зачислением; это отменяется в детском саду, а не здесь.</translation>
    </message>
    <message>
        <source>The child now has live application {other} in {locality}.</source>
        <translation>У ребёнка теперь есть действующее заявление {other} в {locality}.</translation>
    </message>
    <message>
        <source>This message is already {status}.</source>
        <translation>Это сообщение уже {status}.</translation>
    </message>
    <message>
        <source>There is no such message.</source>
        <translation>Такого сообщения нет.</translation>
    </message>
    <message>
        <source>{file}: an exchange file is .csv (UTF-8) or .xlsx, not &apos;{suffix}&apos;.</source>
        <translation>{file}: файл обмена — это .csv (UTF-8) или .xlsx, а не &apos;{suffix}&apos;.</translation>
    </message>
    <message>
        <source>{file} could not be read: {reason}</source>
        <translation>Не удалось прочитать {file}: {reason}</translation>
    </message>
    <message>
        <source>{file}: the first row must be the header row, but it is empty.</source>
        <translation>{file}: первая строка должна быть строкой заголовка, но она пуста.</translation>
    </message>
    <message>
        <source>{file}: the header does not match the expected columns. Missing: {missing}. Unknown: {unknown}. Repeated: {repeated}. Expected: {expected}.</source>
        <translation>{file}: заголовок не совпадает с ожидаемыми столбцами. Нет: {missing}. Неизвестные: {unknown}. Повторяются: {repeated}. Ожидается: {expected}.</translation>
    </message>
    <message>
        <source>{file} is not UTF-8 text; save it as &quot;CSV UTF-8&quot;.</source>
        <translation>{file} — не текст UTF-8; сохраните его как «CSV UTF-8».</translation>
    </message>
    <message>
        <source>{file} is not a readable .xlsx workbook ({error}).</source>
        <translation>{file} — не читаемая книга .xlsx ({error}).</translation>
    </message>
    <message>
        <source>{file}: nothing was imported; {rows} row(s) have {problems} problem(s).</source>
        <translation>{file}: ничего не загружено; ошибок: {problems}, в строках: {rows}.</translation>
    </message>
    <message>
        <source>The row has values right of the last column.</source>
        <translation>В строке есть значения правее последнего столбца.</translation>
    </message>
    <message>
        <source>The cell is empty; a value is required.</source>
        <translation>Ячейка пуста; значение обязательно.</translation>
    </message>
    <message>
        <source>Longer than {limit} characters.</source>
        <translation>Длиннее {limit} символов.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a date written as YYYY-MM-DD.</source>
        <translation>&apos;{text}&apos; — не дата в виде ГГГГ-ММ-ДД.</translation>
    </message>
    <message>
        <source>{text} is not a real date.</source>
        <translation>Даты {text} нет в календаре.</translation>
    </message>
    <message>
        <source>{value} is repeated (first in row {first}).</source>
        <translation>{value} повторяется (впервые в строке {first}).</translation>
    </message>
    <message>
        <source>{value} already exists in the database.</source>
        <translation>{value} уже есть в базе данных.</translation>
    </message>
    <message>
        <source>Unknown kindergarten {org}.</source>
        <translation>Неизвестный детский сад {org}.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a birth year.</source>
        <translation>&apos;{text}&apos; — не год рождения.</translation>
    </message>
    <message>
        <source>The child was born after the registration.</source>
        <translation>Ребёнок родился после регистрации.</translation>
    </message>
    <message>
        <source>The child was {years} or older when registered.</source>
        <translation>При регистрации ребёнку было {years} или больше.</translation>
    </message>
    <message>
        <source>Write true or false (1/0, yes/no), or leave it empty for false.</source>
        <translation>Укажите true или false (1/0, yes/no) или оставьте пустым для false.</translation>
    </message>
    <message>
        <source>&apos;{email}&apos; is not an e-mail address.</source>
        <translation>&apos;{email}&apos; — не адрес электронной почты.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not an ISO 8601 date and time like {example}.</source>
        <translation>&apos;{text}&apos; — не дата и время ISO 8601 вида {example}.</translation>
    </message>
    <message>
        <source>{text} has no UTC offset; write it like {example}.</source>
        <translation>В {text} нет смещения UTC; пишите так: {example}.</translation>
    </message>
    <message>
        <source>{text} is in the future.</source>
        <translation>{text} — ещё не наступило.</translation>
    </message>
    <message>
        <source>Category {category} needs the issue date of the {document}.</source>
        <translation>Для категории {category} нужна дата выдачи документа «{document}».</translation>
    </message>
    <message>
        <source>{issued} is after the registration day {registered}.</source>
        <translation>{issued} — позже дня регистрации {registered}.</translation>
    </message>
    <message>
        <source>The {document} had expired (valid until {until}) when registered on {registered}.</source>
        <translation>При регистрации {registered} документ «{document}» был просрочен (действовал до {until}).</translation>
    </message>
    <message>
        <source>Kindergarten {org} is in {org_locality}, not in {locality}.</source>
        <translation>Детский сад {org} находится в {org_locality}, а не в {locality}.</translation>
    </message>
    <message>
        <source>The same child is in row {first} for {locality} (one live application).</source>
        <translation>Этот же ребёнок есть в строке {first} для {locality} (действующее заявление только одно).</translation>
    </message>
    <message>
        <source>Kezek</source>
        <translation>Kezek</translation>
    </message>
</context>
<context>
    <name>NoticeBar</name>
    <message>
        <source>Dismiss</source>
        <translation>Скрыть</translation>
    </message>
    <message>
        <source>Daily run of {date}: referrals expired {expired}, released from the stop list {released}</source>
        <translation>Ежедневная обработка за {date}: истекло направлений {expired}, выведено из стоп-листа {released}</translation>
    </message>
    <message>
        <source>The daily run failed ({reason}); it runs again at the next sign-in and after midnight</source>
        <translation>Ежедневная обработка не выполнена ({reason}); она повторится при следующем входе и после полуночи</translation>
    </message>
</context>
<context>
    <name>NotificationsView</name>
    <message>
        <source>Messages: {n}</source>
        <translation>Сообщений: {n}</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Статус:</translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation>&amp;Канал:</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Все статусы</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>Все каналы</translation>
    </message>
    <message>
        <source>&amp;Print notice</source>
        <translation>&amp;Печать уведомления</translation>
    </message>
    <message>
        <source>A waiting message is marked printed once its notice is made.</source>
        <translation>Ожидающее сообщение отмечается напечатанным, как только сформировано уведомление.</translation>
    </message>
    <message>
        <source>Re&amp;fresh (F5)</source>
        <translation>Обно&amp;вить (F5)</translation>
    </message>
</context>
<context>
    <name>OrgDialog</name>
    <message>
        <source>Add a kindergarten</source>
        <translation>Добавление детского сада</translation>
    </message>
    <message>
        <source>Correct the kindergarten</source>
        <translation>Правка детского сада</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Код:</translation>
    </message>
    <message>
        <source>Name in &amp;Kazakh:</source>
        <translation>Название на ка&amp;захском:</translation>
    </message>
    <message>
        <source>Name in &amp;Russian:</source>
        <translation>Название на &amp;русском:</translation>
    </message>
    <message>
        <source>&amp;Locality:</source>
        <translation>&amp;Населенный пункт:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Адрес:</translation>
    </message>
    <message>
        <source>&amp;BIN:</source>
        <translation>&amp;БИН:</translation>
    </message>
    <message>
        <source>12 digits; may stay empty</source>
        <translation>12 цифр; можно оставить пустым</translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <source>Intake</source>
        <translation>Приём заявлений</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Очередь</translation>
    </message>
    <message>
        <source>Free places</source>
        <translation>Свободные места</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Направления</translation>
    </message>
    <message>
        <source>Enrolment</source>
        <translation>Зачисление</translation>
    </message>
    <message>
        <source>Stop list &amp; archive</source>
        <translation>Стоп-лист и архив</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Отчёты</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>Журнал</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Синхронизация</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
</context>
<context>
    <name>PdfPreviewDialog</name>
    <message>
        <source>Document preview</source>
        <translation>Предварительный просмотр документа</translation>
    </message>
    <message>
        <source>Page {n} of {total}</source>
        <translation>Страница {n} из {total}</translation>
    </message>
    <message>
        <source>Print pre&amp;view…</source>
        <translation>Пред&amp;варительный просмотр…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Печать…</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Сохранить как PDF…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Сохранить как PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Документы PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>PlaceholderPage</name>
    <message>
        <source>This section is coming in a later release.</source>
        <translation>Этот раздел появится в одном из следующих выпусков.</translation>
    </message>
</context>
<context>
    <name>PlacesPage</name>
    <message>
        <source>Places: {n}</source>
        <translation>Мест: {n}</translation>
    </message>
    <message>
        <source>Recall place {code}</source>
        <translation>Отзыв места {code}</translation>
    </message>
    <message>
        <source>Why does the kindergarten recall this place?</source>
        <translation>Почему детский сад отзывает это место?</translation>
    </message>
    <message>
        <source>Referral issued</source>
        <translation>Направление выдано</translation>
    </message>
    <message>
        <source>Referral {number} gives place {place} to application {application}, valid until {until}. It is printed on the Referrals page.</source>
        <translation>Направление {number} даёт место {place} заявлению {application}, действительно до {until}. Его можно распечатать на странице «Направления».</translation>
    </message>
    <message>
        <source>Import free places</source>
        <translation>Загрузка свободных мест</translation>
    </message>
    <message>
        <source>Free places imported</source>
        <translation>Свободные места загружены</translation>
    </message>
    <message>
        <source>{n} place(s) published from the file; they are in today&apos;s bulletin of vacant places.</source>
        <translation>Из файла опубликовано мест: {n}; они вошли в сегодняшний бюллетень свободных мест.</translation>
    </message>
    <message>
        <source>Free places</source>
        <translation>Свободные места</translation>
    </message>
    <message>
        <source>&amp;Publish place… (Ctrl+N)</source>
        <translation>&amp;Опубликовать место… (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Recall…</source>
        <translation>Отозв&amp;ать…</translation>
    </message>
    <message>
        <source>Refer by &amp;hand…</source>
        <translation>Направить вру&amp;чную…</translation>
    </message>
    <message>
        <source>A supervisor&apos;s act; the reason is journaled.</source>
        <translation>Действие руководителя; причина записывается в журнал.</translation>
    </message>
    <message>
        <source>Free places are a supervisor&apos;s to publish and recall.</source>
        <translation>Публикует и отзывает свободные места руководитель.</translation>
    </message>
    <message>
        <source>&amp;Import places…</source>
        <translation>&amp;Загрузить места…</translation>
    </message>
    <message>
        <source>A places exchange file (.csv or .xlsx), as `kezek import places` takes.</source>
        <translation>Файл обмена свободных мест (.csv или .xlsx), как для `kezek import places`.</translation>
    </message>
    <message>
        <source>&amp;Bulletins…</source>
        <translation>&amp;Бюллетени…</translation>
    </message>
</context>
<context>
    <name>PlacesSection</name>
    <message>
        <source>P&amp;laces</source>
        <translation>&amp;Места</translation>
    </message>
    <message>
        <source>Dis&amp;tribution</source>
        <translation>&amp;Распределение</translation>
    </message>
    <message>
        <source>Kinder&amp;gartens</source>
        <translation>Де&amp;тские сады</translation>
    </message>
</context>
<context>
    <name>PositionText</name>
    <message>
        <source>Priority number {n}: list {list}, No. {index} in that list.</source>
        <translation>Номер очередности {n}: список {list}, № {index} в этом списке.</translation>
    </message>
    <message>
        <source>Ahead of it: {e} extraordinary (E), {f} first-priority (F) and {g} general (G) applications.</source>
        <translation>Впереди: {e} внеочередных (E), {f} первоочередных (F) и {g} общих (G) заявлений.</translation>
    </message>
    <message>
        <source>Extraordinary applications are served before all first-priority and general ones.</source>
        <translation>Внеочередные заявления обслуживаются раньше всех первоочередных и общих.</translation>
    </message>
    <message>
        <source>Strict order: every first-priority application is served before any general one.</source>
        <translation>Строгий порядок: каждое первоочередное заявление обслуживается раньше любого общего.</translation>
    </message>
    <message>
        <source>One first-priority place, then {r} general; the next place is due to a first-priority one.</source>
        <translation>Одно место первоочередному, затем {r} общим; следующее место положено первоочередному заявлению.</translation>
    </message>
    <message>
        <source>One first-priority place, then {r} general; now general is due, {k} before the next first-priority.</source>
        <translation>Одно место первоочередному, затем {r} общим; сейчас очередь общих, до следующего первоочередного {k}.</translation>
    </message>
    <message>
        <source>The number falls as applications ahead are served or withdrawn and rises when a higher list grows.</source>
        <translation>Номер уменьшается, когда заявления впереди обслуживаются или отзываются, и растет, когда пополняется более высокий список.</translation>
    </message>
</context>
<context>
    <name>PublishPlaceDialog</name>
    <message>
        <source>Publish a free place</source>
        <translation>Публикация свободного места</translation>
    </message>
    <message>
        <source>&amp;Kindergarten:</source>
        <translation>&amp;Детский сад:</translation>
    </message>
    <message>
        <source>G&amp;roup:</source>
        <translation>&amp;Группа:</translation>
    </message>
    <message>
        <source>&amp;Birth year (age group):</source>
        <translation>Год рождения (&amp;возрастная группа):</translation>
    </message>
    <message>
        <source>&amp;Language of education:</source>
        <translation>&amp;Язык обучения:</translation>
    </message>
    <message>
        <source>&amp;Group type:</source>
        <translation>&amp;Тип группы:</translation>
    </message>
    <message>
        <source>&amp;Work mode:</source>
        <translation>&amp;Режим работы:</translation>
    </message>
    <message>
        <source>&amp;Enrolment mode:</source>
        <translation>&amp;Порядок зачисления:</translation>
    </message>
    <message>
        <source>Enrolment &amp;from:</source>
        <translation>Зачисление &amp;с:</translation>
    </message>
    <message>
        <source>&amp;Stay until:</source>
        <translation>Пребывание д&amp;о:</translation>
    </message>
    <message>
        <source>Place &amp;code:</source>
        <translation>&amp;Код места:</translation>
    </message>
    <message>
        <source>Temporary stay ends on</source>
        <translation>Временное пребывание заканчивается</translation>
    </message>
    <message>
        <source>numbered automatically if empty</source>
        <translation>если пусто, номер присваивается автоматически</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(без группы)</translation>
    </message>
    <message>
        <source>(no groups kept here)</source>
        <translation>(группы не заведены)</translation>
    </message>
</context>
<context>
    <name>QueuePage</name>
    <message>
        <source>In this queue: {n}</source>
        <translation>В этой очереди: {n}</translation>
    </message>
    <message>
        <source>&amp;Queue:</source>
        <translation>&amp;Очередь:</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Все статусы</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Все категории</translation>
    </message>
    <message>
        <source>IIN, name or application number</source>
        <translation>ИИН, ФИО или номер заявления</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Найти</translation>
    </message>
    <message>
        <source>R&amp;efresh</source>
        <translation>Обно&amp;вить</translation>
    </message>
</context>
<context>
    <name>QueueTableModel</name>
    <message>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Заявление</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>Ребенок</translation>
    </message>
    <message>
        <source>IIN</source>
        <translation>ИИН</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Список</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Зарегистрировано</translation>
    </message>
</context>
<context>
    <name>ReceiptsView</name>
    <message>
        <source>Receipt No.</source>
        <translation>Расписка №</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Выдана</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Заявитель</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>Ребенок</translation>
    </message>
    <message>
        <source>Missing or expired documents</source>
        <translation>Недостающие или просроченные документы</translation>
    </message>
    <message>
        <source>&amp;Print again</source>
        <translation>&amp;Напечатать снова</translation>
    </message>
</context>
<context>
    <name>ReferralsPage</name>
    <message>
        <source>Not a referral</source>
        <translation>Не направление</translation>
    </message>
    <message>
        <source>The code scanned is not a referral&apos;s.</source>
        <translation>Считанный код — не код направления.</translation>
    </message>
    <message>
        <source>The code scanned does not match referral {number} as it was issued. The printout may be altered or not from this register: check it against the referral in the table before acting on it.</source>
        <translation>Считанный код не совпадает с направлением {number}, каким оно было выдано. Распечатка может быть изменена или не из этого реестра: сверьте её с направлением в таблице, прежде чем действовать.</translation>
    </message>
    <message>
        <source>Check code does not match</source>
        <translation>Код проверки не совпадает</translation>
    </message>
    <message>
        <source>Record that the applicant declined referral {number}? The place returns to distribution and application {application} to its place in the queue.</source>
        <translation>Зарегистрировать отказ заявителя от направления {number}? Место вернётся в распределение, а заявление {application} — на своё место в очереди.</translation>
    </message>
    <message>
        <source>Decline referral</source>
        <translation>Отказ от направления</translation>
    </message>
    <message>
        <source>Referrals: {n}</source>
        <translation>Направлений: {n}</translation>
    </message>
    <message>
        <source>({n} found with another status)</source>
        <translation>(с другим статусом найдено: {n})</translation>
    </message>
    <message>
        <source>Enrolment by referral</source>
        <translation>Зачисление по направлению</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Направления</translation>
    </message>
    <message>
        <source>&amp;Print referral</source>
        <translation>&amp;Печать направления</translation>
    </message>
    <message>
        <source>E&amp;xtend…</source>
        <translation>Продл&amp;ить…</translation>
    </message>
    <message>
        <source>&amp;Decline…</source>
        <translation>&amp;Отказ…</translation>
    </message>
    <message>
        <source>&amp;Enrol…</source>
        <translation>&amp;Зачислить…</translation>
    </message>
    <message>
        <source>Find (Ctrl+F): number, IIN, name or QR code</source>
        <translation>Поиск (Ctrl+F): номер, ИИН, ФИО или QR-код</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Reports</source>
        <translation>Отчёты</translation>
    </message>
    <message>
        <source>&amp;Notifications</source>
        <translation>&amp;Уведомления</translation>
    </message>
    <message>
        <source>B&amp;ulletins of places</source>
        <translation>Бюллетени &amp;мест</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <source>clerk</source>
        <translation>специалист</translation>
    </message>
    <message>
        <source>supervisor</source>
        <translation>руководитель</translation>
    </message>
    <message>
        <source>administrator</source>
        <translation>администратор</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <source>Interface &amp;language:</source>
        <translation>&amp;Язык интерфейса:</translation>
    </message>
    <message>
        <source>The language changes at once and is kept for the next start.</source>
        <translation>Язык меняется сразу и сохраняется для следующего запуска.</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>Kezek cannot start</source>
        <translation>Не удалось запустить Kezek</translation>
    </message>
</context>
<context>
    <name>WithdrawDialog</name>
    <message>
        <source>Withdraw the application</source>
        <translation>Отзыв заявления</translation>
    </message>
    <message>
        <source>&amp;Withdraw and print</source>
        <translation>&amp;Отозвать и напечатать</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Причина:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>Приме&amp;чание:</translation>
    </message>
</context>
</TS>
