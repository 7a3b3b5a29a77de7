<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk_KZ">
<context>
    <name>AdminSetupDialog</name>
    <message>
        <source>Kezek: first start</source>
        <translation>Kezek: алғашқы іске қосу</translation>
    </message>
    <message>
        <source>This database has no users yet. Create the administrator, who will then add the clerks.</source>
        <translation>Бұл дерекқорда әлі пайдаланушылар жоқ. Әкімшіні құрыңыз, кейін ол қызметкерлерді қосады.</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Пайдаланушы аты:</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>&amp;Толық аты-жөні:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Құпиясөз:</translation>
    </message>
    <message>
        <source>&amp;Repeat password:</source>
        <translation>Құпиясөзді &amp;қайталаңыз:</translation>
    </message>
    <message>
        <source>Create administrator</source>
        <translation>Әкімшіні құру</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Бас тарту</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Екі құпиясөз сәйкес келмейді.</translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message>
        <source>Creating the demo district: kindergartens, places, a queue…</source>
        <translation>Демо аудан құрылуда: балабақшалар, бос орындар, кезек…</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <source>Kezek: error</source>
        <translation>Kezek: қате</translation>
    </message>
    <message>
        <source>Something went wrong. Please send the details to your administrator.</source>
        <translation>Бірдеңе дұрыс болмады. Толық мәліметтерді әкімшіге жіберіңіз.</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>Мәліметтерді көшіру</translation>
    </message>
    <message>
        <source>Show details</source>
        <translation>Мәліметтерді көрсету</translation>
    </message>
</context>
<context>
    <name>KezekStatusBar</name>
    <message>
        <source>User: {name} ({role})</source>
        <translation>Пайдаланушы: {name} ({role})</translation>
    </message>
    <message>
        <source>Office: {code}</source>
        <translation>Кеңсе: {code}</translation>
    </message>
    <message>
        <source>Database: {name}</source>
        <translation>Дерекқор: {name}</translation>
    </message>
    <message>
        <source>Rules: {code} from {date}</source>
        <translation>Ережелер: {code} ({date} бастап күшінде)</translation>
    </message>
    <message>
        <source>Sync: local</source>
        <translation>Синхрондау: жергілікті</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Kezek: sign in</source>
        <translation>Kezek: жүйеге кіру</translation>
    </message>
    <message>
        <source>Sign in to the kindergarten waiting list</source>
        <translation>Балабақшаға кезек жүйесіне кіру</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Пайдаланушы аты:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Құпиясөз:</translation>
    </message>
    <message>
        <source>Demo database: user {user}, password {password}</source>
        <translation>Демо дерекқор: пайдаланушы {user}, құпиясөз {password}</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Кіру</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Бас тарту</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Kezek — kindergarten waiting list</source>
        <translation>Kezek — балабақшаға кезек</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>Wrong user name or password.</source>
        <translation>Пайдаланушы аты немесе құпиясөз қате.</translation>
    </message>
    <message>
        <source>{user} ({have}) may not do this; it needs the {need} role.</source>
        <translation>{user} ({have}) бұл әрекетті орындай алмайды: ол үшін {need} рөлі қажет.</translation>
    </message>
    <message>
        <source>The password must have at least {n} characters.</source>
        <translation>Құпиясөз кемінде {n} таңбадан тұруы керек.</translation>
    </message>
    <message>
        <source>The first user of a database must be an administrator.</source>
        <translation>Дерекқордың алғашқы пайдаланушысы әкімші болуы керек.</translation>
    </message>
    <message>
        <source>User names use letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;.</source>
        <translation>Пайдаланушы атында тек әріптер, цифрлар, &apos;.&apos;, &apos;_&apos; немесе &apos;-&apos; болады.</translation>
    </message>
    <message>
        <source>Unknown role &apos;{role}&apos;.</source>
        <translation>Белгісіз рөл: &apos;{role}&apos;.</translation>
    </message>
    <message>
        <source>A user named &apos;{username}&apos; already exists.</source>
        <translation>&apos;{username}&apos; деген пайдаланушы бұрыннан бар.</translation>
    </message>
    <message>
        <source>There is no user named &apos;{username}&apos;.</source>
        <translation>&apos;{username}&apos; деген пайдаланушы жоқ.</translation>
    </message>
    <message>
        <source>The database could not be upgraded ({error}); it is unchanged{where}.</source>
        <translation>Дерекқорды жаңарту мүмкін болмады ({error}); ол өзгерген жоқ{where}.</translation>
    </message>
    <message>
        <source>The database {name} could not be opened: {error}</source>
        <translation>{name} дерекқорын ашу мүмкін болмады: {error}</translation>
    </message>
    <message>
        <source>pg_dump was not found; install the PostgreSQL client tools.</source>
        <translation>pg_dump табылмады; PostgreSQL клиенттік құралдарын орнатыңыз.</translation>
    </message>
    <message>
        <source>pg_dump failed: {error}</source>
        <translation>pg_dump қатемен аяқталды: {error}</translation>
    </message>
    <message>
        <source>Restore works on a SQLite database only.</source>
        <translation>Қалпына келтіру тек SQLite дерекқорында жұмыс істейді.</translation>
    </message>
    <message>
        <source>There is no backup file at {path}.</source>
        <translation>{path} жолында сақтық көшірме файлы жоқ.</translation>
    </message>
    <message>
        <source>This child already has a live application {number} in {locality}.</source>
        <translation>Бұл баланың {locality} елді мекенінде {number} нөмірлі белсенді өтініші бар.</translation>
    </message>
    <message>
        <source>The child&apos;s birth date is in the future.</source>
        <translation>Баланың туған күні әлі келмеген күн болып тұр.</translation>
    </message>
    <message>
        <source>The child is {years} or older and cannot be queued.</source>
        <translation>Баланың жасы {years} немесе одан асқан, оны кезекке қоюға болмайды.</translation>
    </message>
    <message>
        <source>{field} is required.</source>
        <translation>{field} өрісін толтыру міндетті.</translation>
    </message>
    <message>
        <source>At most {n} kindergartens may be chosen.</source>
        <translation>Ең көбі {n} балабақша таңдауға болады.</translation>
    </message>
    <message>
        <source>A kindergarten is chosen twice.</source>
        <translation>Бір балабақша екі рет таңдалған.</translation>
    </message>
    <message>
        <source>A special group needs a documented special educational need.</source>
        <translation>Арнайы топ үшін құжатпен расталған ерекше білім беру қажеттілігі керек.</translation>
    </message>
    <message>
        <source>Unknown category &apos;{value}&apos;.</source>
        <translation>Белгісіз санат: &apos;{value}&apos;.</translation>
    </message>
    <message>
        <source>Unknown document kind &apos;{value}&apos;.</source>
        <translation>Белгісіз құжат түрі: &apos;{value}&apos;.</translation>
    </message>
    <message>
        <source>The document has expired: it was valid until {until}.</source>
        <translation>Құжаттың мерзімі өтіп кеткен: ол {until} дейін жарамды болған.</translation>
    </message>
    <message>
        <source>Unknown {label} &apos;{value}&apos;.</source>
        <translation>Белгісіз мән: &apos;{value}&apos; ({label}).</translation>
    </message>
    <message>
        <source>Unknown rules profile &apos;{value}&apos;.</source>
        <translation>Белгісіз ережелер профилі: &apos;{value}&apos;.</translation>
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
        <translation>Өтініш қабылдау</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Кезек</translation>
    </message>
    <message>
        <source>Free places</source>
        <translation>Бос орындар</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Жолдамалар</translation>
    </message>
    <message>
        <source>Enrolment</source>
        <translation>Балабақшаға қабылдау</translation>
    </message>
    <message>
        <source>Stop list &amp; archive</source>
        <translation>Тоқтату тізімі және мұрағат</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Есептер</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>Журнал</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Синхрондау</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Баптаулар</translation>
    </message>
</context>
<context>
    <name>PdfPreviewDialog</name>
    <message>
        <source>Document preview</source>
        <translation>Құжатты алдын ала қарау</translation>
    </message>
    <message>
        <source>Page {n} of {total}</source>
        <translation>{n}-бет, барлығы {total}</translation>
    </message>
    <message>
        <source>Print pre&amp;view…</source>
        <translation>Басып шығаруды алдын ала &amp;қарау…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>Басып &amp;шығару…</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>PDF ретінде &amp;сақтау…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Жабу</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>PDF ретінде сақтау</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF құжаттары (*.pdf)</translation>
    </message>
</context>
<context>
    <name>PlaceholderPage</name>
    <message>
        <source>This section is coming in a later release.</source>
        <translation>Бұл бөлім келесі нұсқалардың бірінде пайда болады.</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <source>clerk</source>
        <translation>маман</translation>
    </message>
    <message>
        <source>supervisor</source>
        <translation>жетекші</translation>
    </message>
    <message>
        <source>administrator</source>
        <translation>әкімші</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Баптаулар</translation>
    </message>
    <message>
        <source>Interface &amp;language:</source>
        <translation>Интерфейс &amp;тілі:</translation>
    </message>
    <message>
        <source>The language changes at once and is kept for the next start.</source>
        <translation>Тіл бірден ауысады және келесі іске қосқанда да сақталады.</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>Kezek cannot start</source>
        <translation>Kezek іске қосылмады</translation>
    </message>
</context>
</TS>
