<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
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
    <name>Demo</name>
    <message>
        <source>Creating the demo district: kindergartens, places, a queue…</source>
        <translation>Создаётся демонстрационный район: детские сады, места, очередь…</translation>
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
</TS>
