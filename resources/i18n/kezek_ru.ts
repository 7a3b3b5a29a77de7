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
        <translation>&amp;Повторно напечатать уведомление</translation>
    </message>
    <message>
        <source>&amp;Withdraw…</source>
        <translation>&amp;Отозвать…</translation>
    </message>
    <message>
        <source>&amp;Correct data…</source>
        <translation>&amp;Исправить данные…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
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
        <source>Priority category</source>
        <translation>Категория очередности</translation>
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
    <name>IinField</name>
    <message>
        <source>12 digits</source>
        <translation>12 цифр</translation>
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
        <translation>&amp;Расписки</translation>
    </message>
    <message>
        <source>&amp;Submit (Ctrl+Enter)</source>
        <translation>&amp;Подать (Ctrl+Enter)</translation>
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
        <translation>Поле {field} обязательно для заполнения.</translation>
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
        <source>Kezek</source>
        <translation>Kezek</translation>
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
        <translation>&amp;Обновить</translation>
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
        <translation>&amp;Примечание:</translation>
    </message>
</context>
</TS>
