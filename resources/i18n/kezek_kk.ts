<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk_KZ">
<context>
    <name>ActDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Бас тарту</translation>
    </message>
</context>
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
        <translation>Құпиясөзді қайт&amp;алаңыз:</translation>
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
    <name>ApplicationCardDialog</name>
    <message>
        <source>Application No. {number}</source>
        <translation>Өтініш № {number}</translation>
    </message>
    <message>
        <source> (issued {date})</source>
        <translation> ({date} берілген)</translation>
    </message>
    <message>
        <source>The application is not waiting in the queue.</source>
        <translation>Өтініш кезекте күтіп тұрған жоқ.</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Мәртебесі:</translation>
    </message>
    <message>
        <source>Priority number:</source>
        <translation>Кезектілік нөмірі:</translation>
    </message>
    <message>
        <source>Registered:</source>
        <translation>Тіркелген уақыты:</translation>
    </message>
    <message>
        <source>Queue:</source>
        <translation>Кезек:</translation>
    </message>
    <message>
        <source>Child:</source>
        <translation>Бала:</translation>
    </message>
    <message>
        <source>Birth date, sex:</source>
        <translation>Туған күні, жынысы:</translation>
    </message>
    <message>
        <source>Applicant:</source>
        <translation>Өтініш беруші:</translation>
    </message>
    <message>
        <source>Relation, ID document:</source>
        <translation>Туыстығы, жеке куәлігі:</translation>
    </message>
    <message>
        <source>Phone, e-mail:</source>
        <translation>Телефон, e-mail:</translation>
    </message>
    <message>
        <source>Notifications:</source>
        <translation>Хабарламалар:</translation>
    </message>
    <message>
        <source>agreed</source>
        <translation>келісім берілген</translation>
    </message>
    <message>
        <source>not agreed</source>
        <translation>келісім жоқ</translation>
    </message>
    <message>
        <source>Category:</source>
        <translation>Санаты:</translation>
    </message>
    <message>
        <source>Language, group, mode:</source>
        <translation>Тілі, тобы, жұмыс режимі:</translation>
    </message>
    <message>
        <source>Desired start:</source>
        <translation>Қалаған басталу күні:</translation>
    </message>
    <message>
        <source>Kindergartens:</source>
        <translation>Балабақшалар:</translation>
    </message>
    <message>
        <source>Language of documents:</source>
        <translation>Құжаттар тілі:</translation>
    </message>
    <message>
        <source>On the stop list until:</source>
        <translation>Тоқтату тізімінің мерзімі:</translation>
    </message>
    <message>
        <source>Temporary stay until:</source>
        <translation>Уақытша болу мерзімі:</translation>
    </message>
    <message>
        <source>Application card</source>
        <translation>Өтініш карточкасы</translation>
    </message>
    <message>
        <source>&amp;Data</source>
        <translation>&amp;Деректер</translation>
    </message>
    <message>
        <source>D&amp;ocuments</source>
        <translation>&amp;Құжаттар</translation>
    </message>
    <message>
        <source>&amp;Why this number</source>
        <translation>&amp;Нөмір неге осындай</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Тарих</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Қашан</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Кім</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Не</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Толығырақ</translation>
    </message>
    <message>
        <source>&amp;Reprint notification</source>
        <translation>Хабарламаны қайта &amp;басып шығару</translation>
    </message>
    <message>
        <source>W&amp;ithdraw…</source>
        <translation>&amp;Кері қайтару…</translation>
    </message>
    <message>
        <source>&amp;Correct data…</source>
        <translation>Деректерді тү&amp;зету…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Жабу</translation>
    </message>
</context>
<context>
    <name>ArchivePage</name>
    <message>
        <source>Restore application {number}</source>
        <translation>{number} өтінішін қалпына келтіру</translation>
    </message>
    <message>
        <source>Why is the application restored? The note is kept in the journal.</source>
        <translation>Өтініш неге қалпына келтіріледі? Ескертпе журналда сақталады.</translation>
    </message>
    <message>
        <source>Stop list &amp; archive</source>
        <translation>Тоқтату тізімі және мұрағат</translation>
    </message>
    <message>
        <source>&amp;Stop list</source>
        <translation>&amp;Тоқтату тізімі</translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation>&amp;Мұрағат</translation>
    </message>
    <message>
        <source>Show released terms too</source>
        <translation>Аяқталған мерзімдерді де көрсету</translation>
    </message>
    <message>
        <source>Show restored applications too</source>
        <translation>Қалпына келтірілген өтініштерді де көрсету</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Қалпына келтіру…</translation>
    </message>
    <message>
        <source>A supervisor&apos;s act; a note saying why is required.</source>
        <translation>Басшының әрекеті; себебін көрсететін ескертпе міндетті.</translation>
    </message>
    <message>
        <source>Re&amp;fresh (F5)</source>
        <translation>Жаң&amp;арту (F5)</translation>
    </message>
</context>
<context>
    <name>BulletinDialog</name>
    <message>
        <source>Bulletins of places</source>
        <translation>Орындар бюллетеньдері</translation>
    </message>
</context>
<context>
    <name>BulletinPanel</name>
    <message>
        <source>&amp;Day:</source>
        <translation>&amp;Күні:</translation>
    </message>
    <message>
        <source>&amp;Bulletin:</source>
        <translation>&amp;Бюллетень:</translation>
    </message>
    <message>
        <source>Document &amp;language:</source>
        <translation>Құжат &amp;тілі:</translation>
    </message>
    <message>
        <source>&amp;Preview PDF</source>
        <translation>PDF &amp;қарап шығу</translation>
    </message>
    <message>
        <source>&amp;Export xlsx…</source>
        <translation>xlsx-ке &amp;экспорттау…</translation>
    </message>
    <message>
        <source>Export bulletin</source>
        <translation>Бюллетеньді экспорттау</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel кітаптары (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>Codes</name>
    <message>
        <source>Kazakh</source>
        <translation>Қазақ тілі</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>Орыс тілі</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Ағылшын тілі</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Басқа</translation>
    </message>
    <message>
        <source>General development</source>
        <translation>Жалпы дамыту</translation>
    </message>
    <message>
        <source>Special</source>
        <translation>Арнайы</translation>
    </message>
    <message>
        <source>Full day</source>
        <translation>Толық күн</translation>
    </message>
    <message>
        <source>Part-time</source>
        <translation>Толық емес күн</translation>
    </message>
    <message>
        <source>Round-the-clock</source>
        <translation>Тәулік бойы</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Кез келген</translation>
    </message>
    <message>
        <source>Parent</source>
        <translation>Ата-анасы</translation>
    </message>
    <message>
        <source>Guardian</source>
        <translation>Қорғаншысы</translation>
    </message>
    <message>
        <source>Legal representative</source>
        <translation>Заңды өкілі</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Ер</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Әйел</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>Кезекте</translation>
    </message>
    <message>
        <source>Stop list</source>
        <translation>Стоп-парақта</translation>
    </message>
    <message>
        <source>Referred</source>
        <translation>Жолдама берілген</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Мұрағатта</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>Қабылданған</translation>
    </message>
    <message>
        <source>E — extraordinary</source>
        <translation>E — кезектен тыс</translation>
    </message>
    <message>
        <source>F — first priority</source>
        <translation>F — бірінші кезектегі</translation>
    </message>
    <message>
        <source>G — general</source>
        <translation>G — жалпы</translation>
    </message>
    <message>
        <source>Withdrawn by the applicant</source>
        <translation>Өтініш берушінің өзі кері қайтарды</translation>
    </message>
    <message>
        <source>Duplicate application</source>
        <translation>Қайталанған өтініш</translation>
    </message>
    <message>
        <source>Child over the age limit</source>
        <translation>Бала жас шегінен асқан</translation>
    </message>
    <message>
        <source>Data found false</source>
        <translation>Деректер жалған болып шықты</translation>
    </message>
    <message>
        <source>Enrolled in a kindergarten</source>
        <translation>Балабақшаға қабылданды</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Тіркелді</translation>
    </message>
    <message>
        <source>Data corrected</source>
        <translation>Деректер түзетілді</translation>
    </message>
    <message>
        <source>Moved to the archive</source>
        <translation>Мұрағатқа жіберілді</translation>
    </message>
    <message>
        <source>Restored from the archive</source>
        <translation>Мұрағаттан қалпына келтірілді</translation>
    </message>
    <message>
        <source>Imported from an exchange file</source>
        <translation>Алмасу файлынан импортталды</translation>
    </message>
    <message>
        <source>Released from the stop list</source>
        <translation>Стоп-парақтан шығарылды</translation>
    </message>
    <message>
        <source>Child&apos;s IIN</source>
        <translation>Баланың ЖСН</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Туған күні</translation>
    </message>
    <message>
        <source>Child&apos;s last name</source>
        <translation>Баланың тегі</translation>
    </message>
    <message>
        <source>Child&apos;s first name</source>
        <translation>Баланың аты</translation>
    </message>
    <message>
        <source>Child&apos;s patronymic</source>
        <translation>Баланың әкесінің аты</translation>
    </message>
    <message>
        <source>Applicant&apos;s IIN</source>
        <translation>Өтініш берушінің ЖСН</translation>
    </message>
    <message>
        <source>Applicant&apos;s last name</source>
        <translation>Өтініш берушінің тегі</translation>
    </message>
    <message>
        <source>Applicant&apos;s first name</source>
        <translation>Өтініш берушінің аты</translation>
    </message>
    <message>
        <source>Applicant&apos;s patronymic</source>
        <translation>Өтініш берушінің әкесінің аты</translation>
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
        <translation>Құжаттар тілі</translation>
    </message>
    <message>
        <source>Chosen kindergartens</source>
        <translation>Таңдалған балабақшалар</translation>
    </message>
    <message>
        <source>Locality</source>
        <translation>Елді мекен</translation>
    </message>
    <message>
        <source>Kindergarten code</source>
        <translation>Балабақша коды</translation>
    </message>
    <message>
        <source>Name in Kazakh</source>
        <translation>Қазақша атауы</translation>
    </message>
    <message>
        <source>Name in Russian</source>
        <translation>Орысша атауы</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Мекенжайы</translation>
    </message>
    <message>
        <source>BIN</source>
        <translation>БСН</translation>
    </message>
    <message>
        <source>Priority category</source>
        <translation>Басымдық санаты</translation>
    </message>
    <message>
        <source>language of education</source>
        <translation>оқыту тілі</translation>
    </message>
    <message>
        <source>group type</source>
        <translation>топ түрі</translation>
    </message>
    <message>
        <source>work mode</source>
        <translation>жұмыс режимі</translation>
    </message>
    <message>
        <source>enrolment mode</source>
        <translation>қабылдау тәртібі</translation>
    </message>
    <message>
        <source>Referral {number} not used by {date}</source>
        <translation>{number} жолдамасы {date} дейін пайдаланылмады</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Иә</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Жоқ</translation>
    </message>
    <message>
        <source>On the stop list</source>
        <translation>Тоқтату тізімінде</translation>
    </message>
    <message>
        <source>Already holds a live referral</source>
        <translation>Әрекеттегі жолдамасы бар</translation>
    </message>
    <message>
        <source>Another language of education</source>
        <translation>Оқыту тілі басқа</translation>
    </message>
    <message>
        <source>Another group type</source>
        <translation>Топ түрі басқа</translation>
    </message>
    <message>
        <source>Another work mode</source>
        <translation>Жұмыс режимі басқа</translation>
    </message>
    <message>
        <source>Kindergarten not among the chosen</source>
        <translation>Балабақша таңдалғандар қатарында жоқ</translation>
    </message>
    <message>
        <source>Its list was not due (1 : 3 order)</source>
        <translation>Оның тізімінің кезегі емес еді (1 : 3 тәртібі)</translation>
    </message>
    <message>
        <source>No eligible application</source>
        <translation>Сәйкес өтініш жоқ</translation>
    </message>
    <message>
        <source>Early booking: valid from the release on {date}</source>
        <translation>Мерзімінен бұрын брондау: орын {date} босағаннан бастап жарамды</translation>
    </message>
    <message>
        <source>Temporary stay until {date}</source>
        <translation>Уақытша болу {date} дейін</translation>
    </message>
    <message>
        <source>Registered in the queue</source>
        <translation>Кезекке қойылды</translation>
    </message>
    <message>
        <source>Referral issued</source>
        <translation>Жолдама берілді</translation>
    </message>
    <message>
        <source>Referral extended</source>
        <translation>Жолдама ұзартылды</translation>
    </message>
    <message>
        <source>Referral expired, stop list</source>
        <translation>Жолдаманың мерзімі өтті, тоқтату тізімі</translation>
    </message>
    <message>
        <source>Removed from the queue</source>
        <translation>Кезектен алынды</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>Printed notice</source>
        <translation>Басылған хабарлама</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Күтуде</translation>
    </message>
    <message>
        <source>Not delivered</source>
        <translation>Жеткізілмеді</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Жіберілді</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>Басып шығарылды</translation>
    </message>
    <message>
        <source>Generally established</source>
        <translation>Жалпы белгіленген тәртіп</translation>
    </message>
    <message>
        <source>Early booking</source>
        <translation>Мерзімінен бұрын брондау</translation>
    </message>
    <message>
        <source>Temporary stay</source>
        <translation>Уақытша болу</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>Бос</translation>
    </message>
    <message>
        <source>Held by a referral</source>
        <translation>Жолдамамен бекітілген</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Толтырылды</translation>
    </message>
    <message>
        <source>Recalled</source>
        <translation>Кері қайтарылды</translation>
    </message>
    <message>
        <source>Vacant places</source>
        <translation>Бос орындар</translation>
    </message>
    <message>
        <source>Recalled places</source>
        <translation>Кері қайтарылған орындар</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>Әрекетте</translation>
    </message>
    <message>
        <source>Used: enrolled</source>
        <translation>Пайдаланылды: қабылданды</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Бас тартылды</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Мерзімі өтті</translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <source>Application</source>
        <translation>Өтініш</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>Бала</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Себебі</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Басталуы</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Аяқталуы</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Кім</translation>
    </message>
    <message>
        <source>Released</source>
        <translation>Шығарылды</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Күні</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>Қалпына келтірілді</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Орын</translation>
    </message>
    <message>
        <source>Kindergarten</source>
        <translation>Балабақша</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Кезек</translation>
    </message>
    <message>
        <source>Priority No.</source>
        <translation>Кезек №</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Тізім</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Жарамды</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Жолдама</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ескертпе</translation>
    </message>
    <message>
        <source>Why passed over</source>
        <translation>Өткізіп жіберу себебі</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Уақыты</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Оқиға</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Арна</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Алушы</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Мәртебесі</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Коды</translation>
    </message>
    <message>
        <source>Birth year</source>
        <translation>Туған жылы</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Тілі</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Топ</translation>
    </message>
    <message>
        <source>Work mode</source>
        <translation>Жұмыс режимі</translation>
    </message>
    <message>
        <source>Enrolment mode</source>
        <translation>Қабылдау тәртібі</translation>
    </message>
    <message>
        <source>Available from</source>
        <translation>Қабылдау басталуы</translation>
    </message>
    <message>
        <source>Stay until</source>
        <translation>Болу мерзімі</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Жарияланды</translation>
    </message>
    <message>
        <source>Group name</source>
        <translation>Топ атауы</translation>
    </message>
    <message>
        <source>Locality</source>
        <translation>Елді мекен</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Мекенжайы</translation>
    </message>
    <message>
        <source>BIN</source>
        <translation>БСН</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Сыйымдылығы</translation>
    </message>
    <message>
        <source>Places published</source>
        <translation>Жарияланған орындар</translation>
    </message>
    <message>
        <source>Today is its last valid day</source>
        <translation>Бүгін — жарамдылығының соңғы күні</translation>
    </message>
    <message>
        <source>Past its last valid day: the daily run ends it and gives the place back</source>
        <translation>Жарамдылығының соңғы күні өтті: тәуліктік өңдеу оны жабады және орынды қайтарады</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Берілген уақыты</translation>
    </message>
    <message>
        <source>Extensions</source>
        <translation>Ұзартулар</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Жол</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Баған</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Қате</translation>
    </message>
</context>
<context>
    <name>CorrectionDialog</name>
    <message>
        <source>Correct data</source>
        <translation>Деректерді түзету</translation>
    </message>
    <message>
        <source>&amp;Save the correction</source>
        <translation>Түзетуді &amp;сақтау</translation>
    </message>
    <message>
        <source>The IIN, the birth date and the category are not corrected: that is a new application.</source>
        <translation>ЖСН, туған күн және санат түзетілмейді: бұл жаңа өтініш болады.</translation>
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
    <name>DistributionPage</name>
    <message>
        <source>Planning the distribution…</source>
        <translation>Бөлу жоспарлануда…</translation>
    </message>
    <message>
        <source>Reading the queues and giving their places</source>
        <translation>Кезектер оқылып, орындар берілуде</translation>
    </message>
    <message>
        <source>Setting out the plan in publication order</source>
        <translation>Жоспар жариялану ретімен жасалуда</translation>
    </message>
    <message>
        <source>Claiming the applications</source>
        <translation>Өтініштер бекітілуде</translation>
    </message>
    <message>
        <source>Writing the referrals, messages and journal</source>
        <translation>Жолдамалар, хабарламалар және журнал жазылуда</translation>
    </message>
    <message>
        <source>Laying out the protocol, place by place</source>
        <translation>Хаттама орын-орнымен беттелуде</translation>
    </message>
    <message>
        <source>Writing the protocol, place by place</source>
        <translation>Хаттама орын-орнымен жазылуда</translation>
    </message>
    <message>
        <source>Issue {n} referrals as of {date}? The applications get notified and the places are held.</source>
        <translation>{date} күнгі {n} жолдама берілсін бе? Өтініш берушілерге хабарлама жіберіледі, орындар бекітіледі.</translation>
    </message>
    <message>
        <source>Issue referrals</source>
        <translation>Жолдамалар беру</translation>
    </message>
    <message>
        <source>Issuing referrals…</source>
        <translation>Жолдамалар берілуде…</translation>
    </message>
    <message>
        <source>Choose the day and make a dry run: nothing is issued until you confirm.</source>
        <translation>Күнді таңдап, алдын ала есептеңіз: сіз растамайынша ештеңе берілмейді.</translation>
    </message>
    <message>
        <source>Dry run as of {date}: {awarded} of {total} places would be given. Nothing is issued yet.</source>
        <translation>{date} күнгі алдын ала есеп: {total} орынның {awarded} орны берілер еді. Әзірге ештеңе берілген жоқ.</translation>
    </message>
    <message>
        <source>Issued as of {date}: {awarded} referrals for {total} places.</source>
        <translation>{date} күні берілді: {total} орынға {awarded} жолдама.</translation>
    </message>
    <message>
        <source>Select a place to see who was passed over and why.</source>
        <translation>Кім және неге өткізіп жіберілгенін көру үшін орынды таңдаңыз.</translation>
    </message>
    <message>
        <source>Place {place}: {n} applications ahead were passed over; cycle {before} → {after}.</source>
        <translation>{place} орны: алдыңғы {n} өтініш өткізіп жіберілді; цикл {before} → {after}.</translation>
    </message>
    <message>
        <source>Making the protocol…</source>
        <translation>Хаттама жасалуда…</translation>
    </message>
    <message>
        <source>Export protocol</source>
        <translation>Хаттаманы экспорттау</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel кітаптары (*.xlsx)</translation>
    </message>
    <message>
        <source>Exporting the protocol…</source>
        <translation>Хаттама экспортталуда…</translation>
    </message>
    <message>
        <source>Distribution of free places</source>
        <translation>Бос орындарды бөлу</translation>
    </message>
    <message>
        <source>&amp;As of:</source>
        <translation>&amp;Күні:</translation>
    </message>
    <message>
        <source>&amp;Dry run</source>
        <translation>Алдын ала &amp;есептеу</translation>
    </message>
    <message>
        <source>&amp;Issue referrals…</source>
        <translation>Жолдамаларды &amp;беру…</translation>
    </message>
    <message>
        <source>&amp;Protocol</source>
        <translation>&amp;Хаттама</translation>
    </message>
    <message>
        <source>&amp;Export xlsx…</source>
        <translation>xlsx-ке &amp;экспорттау…</translation>
    </message>
    <message>
        <source>Needs the supervisor role and a dry run that gives places.</source>
        <translation>Басшы рөлі және орын беретін алдын ала есеп қажет.</translation>
    </message>
</context>
<context>
    <name>DocumentChecklist</name>
    <message>
        <source>Documents presented</source>
        <translation>Ұсынылған құжаттар</translation>
    </message>
    <message>
        <source>issued on (valid {n} months):</source>
        <translation>берілген күні ({n} ай жарамды):</translation>
    </message>
</context>
<context>
    <name>EnrolDialog</name>
    <message>
        <source>Enrolled &amp;on:</source>
        <translation>Қабылданған &amp;күні:</translation>
    </message>
    <message>
        <source>&amp;Contract No.:</source>
        <translation>&amp;Шарт №:</translation>
    </message>
    <message>
        <source>Enrolment by referral {number}</source>
        <translation>{number} жолдамасы бойынша қабылдау</translation>
    </message>
    <message>
        <source>The kindergarten confirmed the enrolment and signed the contract.</source>
        <translation>Балабақша қабылдауды растады және шартқа қол қойды.</translation>
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
    <name>ExtendDialog</name>
    <message>
        <source>&amp;Calendar days:</source>
        <translation>&amp;Күнтізбелік күндер:</translation>
    </message>
    <message>
        <source>Extend referral {number}</source>
        <translation>{number} жолдамасын ұзарту</translation>
    </message>
    <message>
        <source>On the applicant&apos;s request, once, by up to {max} calendar days.</source>
        <translation>Өтініш берушінің сұрауы бойынша, бір рет, {max} күнтізбелік күнге дейін.</translation>
    </message>
</context>
<context>
    <name>FileImport</name>
    <message>
        <source>Exchange files (*.csv *.xlsx)</source>
        <translation>Алмасу файлдары (*.csv *.xlsx)</translation>
    </message>
    <message>
        <source>Checking every row</source>
        <translation>Әр жол тексерілуде</translation>
    </message>
    <message>
        <source>Writing the rows</source>
        <translation>Жолдар жазылуда</translation>
    </message>
    <message>
        <source>Importing {file}…</source>
        <translation>{file} жүктелуде…</translation>
    </message>
</context>
<context>
    <name>FilteredRegisterPage</name>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Мәртебесі:</translation>
    </message>
    <message>
        <source>&amp;Kindergarten:</source>
        <translation>&amp;Балабақша:</translation>
    </message>
    <message>
        <source>Re&amp;fresh (F5)</source>
        <translation>Жаң&amp;арту (F5)</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Барлық мәртебелер</translation>
    </message>
    <message>
        <source>All kindergartens</source>
        <translation>Барлық балабақшалар</translation>
    </message>
</context>
<context>
    <name>FindField</name>
    <message>
        <source>Find (Ctrl+F): application number, child&apos;s IIN or name</source>
        <translation>Іздеу (Ctrl+F): өтініш нөмірі, баланың ЖСН-і немесе аты-жөні</translation>
    </message>
</context>
<context>
    <name>GroupDialog</name>
    <message>
        <source>Add a group</source>
        <translation>Топ қосу</translation>
    </message>
    <message>
        <source>Change the group</source>
        <translation>Топты өзгерту</translation>
    </message>
    <message>
        <source>{n} free place(s) of this group wait for referrals: its birth year, language, type and work mode stay until they are given.</source>
        <translation>Бұл топтың {n} бос орны жолдама күтеді: олар берілгенше топтың туған жылы, тілі, түрі және жұмыс режимі өзгермейді.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Атауы:</translation>
    </message>
    <message>
        <source>&amp;Birth year (age group):</source>
        <translation>&amp;Туған жылы (жас тобы):</translation>
    </message>
    <message>
        <source>&amp;Language of education:</source>
        <translation>&amp;Оқыту тілі:</translation>
    </message>
    <message>
        <source>&amp;Group type:</source>
        <translation>Топ т&amp;үрі:</translation>
    </message>
    <message>
        <source>&amp;Work mode:</source>
        <translation>&amp;Жұмыс режимі:</translation>
    </message>
    <message>
        <source>&amp;Capacity (children):</source>
        <translation>&amp;Сыйымдылығы (бала):</translation>
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
        <translation>Файл жүктелмеді</translation>
    </message>
    <message>
        <source>&amp;Copy the list</source>
        <translation>Тізімді &amp;көшіру</translation>
    </message>
    <message>
        <source>row {row}: {column}: {problem}</source>
        <translation>{row}-жол: {column}: {problem}</translation>
    </message>
</context>
<context>
    <name>IntakeForm</name>
    <message>
        <source>Child</source>
        <translation>Бала</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Өтініш беруші</translation>
    </message>
    <message>
        <source>Queue and preferences</source>
        <translation>Кезек және тілектер</translation>
    </message>
    <message>
        <source>&amp;IIN:</source>
        <translation>&amp;ЖСН:</translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation>&amp;Тегі:</translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation>&amp;Аты:</translation>
    </message>
    <message>
        <source>&amp;Patronymic:</source>
        <translation>&amp;Әкесінің аты:</translation>
    </message>
    <message>
        <source>&amp;Birth date:</source>
        <translation>Туған &amp;күні:</translation>
    </message>
    <message>
        <source>Se&amp;x:</source>
        <translation>Жы&amp;нысы:</translation>
    </message>
    <message>
        <source>IIN:</source>
        <translation>ЖСН:</translation>
    </message>
    <message>
        <source>Last name:</source>
        <translation>Тегі:</translation>
    </message>
    <message>
        <source>First name:</source>
        <translation>Аты:</translation>
    </message>
    <message>
        <source>Patronymic:</source>
        <translation>Әкесінің аты:</translation>
    </message>
    <message>
        <source>ID document:</source>
        <translation>Жеке куәлік:</translation>
    </message>
    <message>
        <source>Relation to the child:</source>
        <translation>Балаға кім болады:</translation>
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
        <translation>&amp;Елді мекен:</translation>
    </message>
    <message>
        <source>Language of education:</source>
        <translation>Оқыту тілі:</translation>
    </message>
    <message>
        <source>Group type:</source>
        <translation>Топ түрі:</translation>
    </message>
    <message>
        <source>Special educational needs:</source>
        <translation>Ерекше білім беру қажеттіліктері:</translation>
    </message>
    <message>
        <source>Work mode:</source>
        <translation>Жұмыс режимі:</translation>
    </message>
    <message>
        <source>Desired start:</source>
        <translation>Қалаған басталу күні:</translation>
    </message>
    <message>
        <source>Kindergartens (in order):</source>
        <translation>Балабақшалар (рет бойынша):</translation>
    </message>
    <message>
        <source>Priority &amp;category:</source>
        <translation>Басымдық &amp;санаты:</translation>
    </message>
    <message>
        <source>SMS / e-mail notifications:</source>
        <translation>SMS / e-mail хабарламалар:</translation>
    </message>
    <message>
        <source>Language of documents:</source>
        <translation>Құжаттар тілі:</translation>
    </message>
    <message>
        <source>the applicant agrees</source>
        <translation>өтініш беруші келіседі</translation>
    </message>
    <message>
        <source>documented</source>
        <translation>құжатпен расталған</translation>
    </message>
    <message>
        <source>kind and number</source>
        <translation>түрі мен нөмірі</translation>
    </message>
</context>
<context>
    <name>IntakePage</name>
    <message>
        <source>Registered: application No. {number}.</source>
        <translation>Тіркелді: өтініш № {number}.</translation>
    </message>
    <message>
        <source>Refused: receipt No. {number} issued.</source>
        <translation>Бас тартылды: № {number} қолхат берілді.</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Тазарту</translation>
    </message>
    <message>
        <source>Discard what was typed?</source>
        <translation>Енгізілген деректер өшірілсін бе?</translation>
    </message>
    <message>
        <source>&amp;Application</source>
        <translation>&amp;Өтініш</translation>
    </message>
    <message>
        <source>&amp;Receipts</source>
        <translation>&amp;Қолхаттар</translation>
    </message>
    <message>
        <source>&amp;Submit (Ctrl+Enter)</source>
        <translation>Та&amp;псыру (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>&amp;Open application</source>
        <translation>Өтінішті &amp;ашу</translation>
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
    <name>KindergartenPicker</name>
    <message>
        <source>{n}. — not chosen —</source>
        <translation>{n}. — таңдалмаған —</translation>
    </message>
</context>
<context>
    <name>KindergartensPage</name>
    <message>
        <source>Import kindergartens</source>
        <translation>Балабақшаларды жүктеу</translation>
    </message>
    <message>
        <source>Kindergartens imported</source>
        <translation>Балабақшалар жүктелді</translation>
    </message>
    <message>
        <source>{n} kindergarten(s) added from the file.</source>
        <translation>Файлдан {n} балабақша қосылды.</translation>
    </message>
    <message>
        <source>Remove kindergarten</source>
        <translation>Балабақшаны жою</translation>
    </message>
    <message>
        <source>Remove {code} {name}? Only a kindergarten added by mistake is removed: one without groups, places or applications that chose it.</source>
        <translation>{code} {name} жойылсын ба? Тек қателікпен енгізілген балабақша жойылады: тобы, орындары және оны таңдаған өтініштері жоқ балабақша.</translation>
    </message>
    <message>
        <source>Remove group</source>
        <translation>Топты жою</translation>
    </message>
    <message>
        <source>Remove group {name}? No place was published in it.</source>
        <translation>{name} тобын жою керек пе? Онда бірде-бір орын жарияланбаған.</translation>
    </message>
    <message>
        <source>Groups of {kindergarten}</source>
        <translation>{kindergarten}: топтар</translation>
    </message>
    <message>
        <source>Groups: {n}</source>
        <translation>Топтар: {n}</translation>
    </message>
    <message>
        <source>Kindergartens and their groups</source>
        <translation>Балабақшалар және олардың топтары</translation>
    </message>
    <message>
        <source>Add &amp;kindergarten…</source>
        <translation>Балабақша &amp;енгізу…</translation>
    </message>
    <message>
        <source>Co&amp;rrect kindergarten…</source>
        <translation>Балабақшаны &amp;түзету…</translation>
    </message>
    <message>
        <source>Remo&amp;ve kindergarten</source>
        <translation>&amp;Балабақшаны жою</translation>
    </message>
    <message>
        <source>Only a kindergarten without groups, places or applications that chose it can be removed.</source>
        <translation>Тек тобы, орындары және оны таңдаған өтініштері жоқ балабақшаны жоюға болады.</translation>
    </message>
    <message>
        <source>&amp;Import kindergartens…</source>
        <translation>Балабақшаларды жү&amp;ктеу…</translation>
    </message>
    <message>
        <source>An orgs exchange file (.csv or .xlsx), as `kezek import orgs` takes.</source>
        <translation>Балабақшалар алмасу файлы (.csv не .xlsx), `kezek import orgs` қабылдайтындай.</translation>
    </message>
    <message>
        <source>&amp;Add group…</source>
        <translation>Топ &amp;қосу…</translation>
    </message>
    <message>
        <source>C&amp;hange group…</source>
        <translation>Топты ө&amp;згерту…</translation>
    </message>
    <message>
        <source>Re&amp;move group</source>
        <translation>Топты &amp;жою</translation>
    </message>
    <message>
        <source>Only a group no place was published in can be removed.</source>
        <translation>Тек бірде-бір орын жарияланбаған топты жоюға болады.</translation>
    </message>
    <message>
        <source>Re&amp;fresh (F5)</source>
        <translation>Жаң&amp;арту (F5)</translation>
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
    <name>ManualReferralDialog</name>
    <message>
        <source>Refer by hand: place {code}</source>
        <translation>Қолмен жолдама: {code} орны</translation>
    </message>
    <message>
        <source>{kindergarten}, born in {year}: {language}, {group_type}, {work_mode}</source>
        <translation>{kindergarten}, {year} жылы туғандар: {language}, {group_type}, {work_mode}</translation>
    </message>
    <message>
        <source>The application must wait in this place&apos;s queue and be eligible for it, as in a distribution run. The reason is journaled, and the queue&apos;s cycle moves as after any referral.</source>
        <translation>Өтініш осы орынның кезегінде күтіп тұруы және оған бөлудегідей сәйкес келуі тиіс. Себебі журналға жазылады, кезек циклі кез келген жолдамадан кейінгідей жылжиды.</translation>
    </message>
    <message>
        <source>&amp;Application number:</source>
        <translation>Өтініш &amp;нөмірі:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Себебі:</translation>
    </message>
    <message>
        <source>e.g. the court decision and its date</source>
        <translation>мысалы, сот шешімі және оның күні</translation>
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
        <source>&apos;{username}&apos; is the name Kezek signs its own automatic acts with; choose another.</source>
        <translation>&apos;{username}&apos; — Kezek өз автоматты әрекеттеріне қоятын атау; басқасын таңдаңыз.</translation>
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
        <translation>«{field}» өрісін толтыру міндетті.</translation>
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
        <source>An IIN has digits only.</source>
        <translation>ЖСН тек цифрлардан тұрады.</translation>
    </message>
    <message>
        <source>An IIN has 12 digits.</source>
        <translation>ЖСН 12 цифрдан тұрады.</translation>
    </message>
    <message>
        <source>The 7th digit must be 1 to 6 (century and sex).</source>
        <translation>7-цифр 1-ден 6-ға дейін болуы керек (ғасыр және жыныс).</translation>
    </message>
    <message>
        <source>The first six digits are not a real birth date.</source>
        <translation>Алғашқы алты цифр нақты туған күн емес.</translation>
    </message>
    <message>
        <source>The check digit does not match: a digit is mistyped.</source>
        <translation>Бақылау цифры сәйкес келмейді: бір цифр қате терілген.</translation>
    </message>
    <message>
        <source>This serial number gives no valid check digit.</source>
        <translation>Бұл реттік нөмір дұрыс бақылау цифрын бермейді.</translation>
    </message>
    <message>
        <source>The birth date {birth_date} does not agree with the IIN ({iin_date}).</source>
        <translation>{birth_date} туған күні ЖСН-мен сәйкес келмейді ({iin_date}).</translation>
    </message>
    <message>
        <source>The sex does not agree with the IIN.</source>
        <translation>Жынысы ЖСН-мен сәйкес келмейді.</translation>
    </message>
    <message>
        <source>Enter the issue date of &apos;{document}&apos; to check its validity.</source>
        <translation>Жарамдылығын тексеру үшін «{document}» берілген күнін енгізіңіз.</translation>
    </message>
    <message>
        <source>The issue date of &apos;{document}&apos; is in the future.</source>
        <translation>«{document}» берілген күні болашақта тұр.</translation>
    </message>
    <message>
        <source>Documents are printed in Kazakh or Russian.</source>
        <translation>Құжаттар қазақ немесе орыс тілінде басылады.</translation>
    </message>
    <message>
        <source>Kindergarten {org} is not in {locality}.</source>
        <translation>{org} балабақшасы {locality} елді мекенінде емес.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not an e-mail address.</source>
        <translation>«{value}» электрондық пошта мекенжайы емес.</translation>
    </message>
    <message>
        <source>{field} cannot be corrected: withdraw the application and register a new one.</source>
        <translation>«{field}» түзетілмейді: өтінішті кері қайтарып, жаңасын тіркеңіз.</translation>
    </message>
    <message>
        <source>Unknown field &apos;{field}&apos;.</source>
        <translation>Белгісіз өріс «{field}».</translation>
    </message>
    <message>
        <source>{field} has a wrong value.</source>
        <translation>«{field}» мәні қате.</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Ештеңе өзгертілмеді.</translation>
    </message>
    <message>
        <source>Application {number} is no longer live and cannot be corrected.</source>
        <translation>{number} өтініші енді белсенді емес, оны түзетуге болмайды.</translation>
    </message>
    <message>
        <source>There is no application numbered {number}.</source>
        <translation>{number} нөмірлі өтініш жоқ.</translation>
    </message>
    <message>
        <source>There is no receipt numbered {number}.</source>
        <translation>{number} нөмірлі қолхат жоқ.</translation>
    </message>
    <message>
        <source>Application {number} is not waiting in the queue.</source>
        <translation>{number} өтініші кезекте күтіп тұрған жоқ.</translation>
    </message>
    <message>
        <source>Application {number} holds referral {referral}; record the applicant&apos;s refusal of it first.</source>
        <translation>{number} өтінішінде {referral} жолдамасы бар; алдымен өтініш берушінің одан бас тартуын тіркеңіз.</translation>
    </message>
    <message>
        <source>Unknown archive reason &apos;{value}&apos;.</source>
        <translation>Мұрағатқа жіберудің белгісіз себебі «{value}».</translation>
    </message>
    <message>
        <source>Choose the kindergarten.</source>
        <translation>Балабақшаны таңдаңыз.</translation>
    </message>
    <message>
        <source>A place has a definite work mode, not &apos;any&apos;.</source>
        <translation>Орынның жұмыс режимі нақты болады, «кез келген» емес.</translation>
    </message>
    <message>
        <source>{value} is not a birth year from {oldest} to {newest}.</source>
        <translation>{value} — {oldest} пен {newest} аралығындағы туған жыл емес.</translation>
    </message>
    <message>
        <source>A temporary-stay place needs the date the stay ends.</source>
        <translation>Уақытша болу орнына болу мерзімінің аяқталу күні қажет.</translation>
    </message>
    <message>
        <source>The stay must end after the day enrolment may start.</source>
        <translation>Болу мерзімі қабылдау басталатын күннен кейін аяқталуы тиіс.</translation>
    </message>
    <message>
        <source>Only a temporary-stay place has an end date.</source>
        <translation>Аяқталу күні тек уақытша болу орнында болады.</translation>
    </message>
    <message>
        <source>A place with code {place} already exists.</source>
        <translation>{place} кодты орын бұрыннан бар.</translation>
    </message>
    <message>
        <source>There is no place with code {place}.</source>
        <translation>{place} кодты орын жоқ.</translation>
    </message>
    <message>
        <source>A recall needs a reason.</source>
        <translation>Кері қайтарып алу үшін себеп қажет.</translation>
    </message>
    <message>
        <source>Place {place} is held by referral {referral}; it can be recalled once that is closed.</source>
        <translation>{place} орны {referral} жолдамасымен бекітілген; ол жабылғаннан кейін ғана кері қайтарып алуға болады.</translation>
    </message>
    <message>
        <source>Place {place} is not free.</source>
        <translation>{place} орны бос емес.</translation>
    </message>
    <message>
        <source>Place {place} is not vacant on {date}.</source>
        <translation>{place} орны {date} күні бос емес.</translation>
    </message>
    <message>
        <source>There is no kindergarten with code {org}.</source>
        <translation>{org} кодты балабақша жоқ.</translation>
    </message>
    <message>
        <source>The day {day} has not come yet.</source>
        <translation>{day} күні әлі келген жоқ.</translation>
    </message>
    <message>
        <source>No distribution on {date}: the rules profile suspends it that month (regrouping).</source>
        <translation>{date} күні бөлу жүргізілмейді: қағидалар профилі бұл айда оны тоқтатады (топтарды қайта жасақтау).</translation>
    </message>
    <message>
        <source>Application {number} changed while distributing; run the distribution again.</source>
        <translation>Бөлу кезінде {number} өтініші өзгерді; бөлуді қайта жүргізіңіз.</translation>
    </message>
    <message>
        <source>Place {place} was recalled or given while distributing; run the distribution again.</source>
        <translation>Бөлу кезінде {place} орны кері қайтарылды немесе берілді; бөлуді қайта жүргізіңіз.</translation>
    </message>
    <message>
        <source>The data changed since the dry run: {changed} of {total} places would now go otherwise. Nothing was issued; the dry run is made again for you to review.</source>
        <translation>Алдын ала есептеуден кейін деректер өзгерді: {total} орынның {changed} орны енді басқаша берілер еді. Ештеңе берілген жоқ; қарап шығуыңыз үшін алдын ала есептеу қайта жасалады.</translation>
    </message>
    <message>
        <source>There is no referral numbered {number}.</source>
        <translation>{number} нөмірлі жолдама жоқ.</translation>
    </message>
    <message>
        <source>Referral {number} is no longer live.</source>
        <translation>{number} жолдамасы енді әрекетте емес.</translation>
    </message>
    <message>
        <source>Referral {number} was already extended; the limit is {limit}.</source>
        <translation>{number} жолдамасы бұрын ұзартылған; шегі — {limit}.</translation>
    </message>
    <message>
        <source>An extension is 1 to {max} calendar days.</source>
        <translation>Ұзарту 1-ден {max} күнтізбелік күнге дейін болады.</translation>
    </message>
    <message>
        <source>Referral {number} expired on {date}.</source>
        <translation>{number} жолдамасының мерзімі {date} өтті.</translation>
    </message>
    <message>
        <source>A referral made by hand needs a reason.</source>
        <translation>Қолмен берілетін жолдамаға себеп қажет.</translation>
    </message>
    <message>
        <source>Application {number} is not in the queue of place {place}.</source>
        <translation>{number} өтініші {place} орнының кезегінде емес.</translation>
    </message>
    <message>
        <source>Application {number} may not get place {place}: {reason}.</source>
        <translation>{number} өтініші {place} орнын ала алмайды: {reason}.</translation>
    </message>
    <message>
        <source>{field} has at most {max} characters.</source>
        <translation>«{field}» өрісінде ең көбі {max} таңба болады.</translation>
    </message>
    <message>
        <source>A BIN is 12 digits.</source>
        <translation>БСН 12 цифрдан тұрады.</translation>
    </message>
    <message>
        <source>The database already has applications; the demo needs an empty one.</source>
        <translation>Дерекқорда өтініштер бар; демоға бос дерекқор керек.</translation>
    </message>
    <message>
        <source>A kindergarten with code {org} exists.</source>
        <translation>{org} кодымен балабақша бар.</translation>
    </message>
    <message>
        <source>A kindergarten keeps its code {org}.</source>
        <translation>Балабақшаның {org} коды өзгермейді.</translation>
    </message>
    <message>
        <source>{org} has {count} group(s): remove them first.</source>
        <translation>{org} балабақшасында {count} топ бар: алдымен оларды жойыңыз.</translation>
    </message>
    <message>
        <source>Places were published at {org}: it stays on record, as their history names it.</source>
        <translation>{org} балабақшасында орындар жарияланған: олардың тарихы оны атайтындықтан, ол есепте қалады.</translation>
    </message>
    <message>
        <source>{count} application(s) chose {org}: it stays on record, as they name it.</source>
        <translation>{org} балабақшасын {count} өтініш таңдаған: олар оны атайтындықтан, ол есепте қалады.</translation>
    </message>
    <message>
        <source>{org} has free places, and their queue is its locality&apos;s: the locality stays.</source>
        <translation>{org} балабақшасында бос орындар бар, олардың кезегі оның елді мекенінікі: елді мекен өзгермейді.</translation>
    </message>
    <message>
        <source>A group needs a name.</source>
        <translation>Топтың атауы болуы керек.</translation>
    </message>
    <message>
        <source>{org} already has a group named {name}.</source>
        <translation>{org} балабақшасында {name} атты топ бар.</translation>
    </message>
    <message>
        <source>A group takes 1 to {max} children, not {value}.</source>
        <translation>Топқа 1-ден {max}-ге дейін бала алынады, {value} емес.</translation>
    </message>
    <message>
        <source>There is no such group.</source>
        <translation>Мұндай топ жоқ.</translation>
    </message>
    <message>
        <source>A group stays with its kindergarten.</source>
        <translation>Топ өз балабақшасында қалады.</translation>
    </message>
    <message>
        <source>Group {name} has free places: its birth year, language, type and work mode stay until they are given.</source>
        <translation>{name} тобында бос орындар бар: олар берілгенше тобының туған жылы, тілі, түрі және жұмыс режимі өзгермейді.</translation>
    </message>
    <message>
        <source>Group {name} has {count} published place(s) and stays on record.</source>
        <translation>{name} тобында {count} жарияланған орын бар, ол есепте қалады.</translation>
    </message>
    <message>
        <source>{org} has no such group.</source>
        <translation>{org} балабақшасында мұндай топ жоқ.</translation>
    </message>
    <message>
        <source>A place in a group has the group&apos;s birth year, language, group type and work mode.</source>
        <translation>Топтағы орынның туған жылы, тілі, топ түрі және жұмыс режимі топтікімен бірдей болады.</translation>
    </message>
    <message>
        <source>The contract number is required.</source>
        <translation>Шарт нөмірі міндетті.</translation>
    </message>
    <message>
        <source>Enrolment on {date} is before the referral was issued.</source>
        <translation>{date} күнгі қабылдау жолдама берілгенге дейінгі күнге түседі.</translation>
    </message>
    <message>
        <source>A restoration needs a note saying why.</source>
        <translation>Қалпына келтіру үшін себебін көрсететін ескертпе қажет.</translation>
    </message>
    <message>
        <source>Application {number} is not in the archive.</source>
        <translation>{number} өтініші мұрағатта жоқ.</translation>
    </message>
    <message>
        <source>Application {number} ended in enrolment; that is undone at the kindergarten, not here.</source>
        <translation>{number} өтініші қабылдаумен аяқталды; бұл мұнда емес, балабақшада жойылады.</translation>
    </message>
    <message>
        <source>The child now has live application {other} in {locality}.</source>
        <translation>Баланың қазір {locality} бойынша {other} әрекеттегі өтініші бар.</translation>
    </message>
    <message>
        <source>This message is already {status}.</source>
        <translation>Бұл хабарлама бұрыннан {status}.</translation>
    </message>
    <message>
        <source>There is no such message.</source>
        <translation>Мұндай хабарлама жоқ.</translation>
    </message>
    <message>
        <source>{file}: an exchange file is .csv (UTF-8) or .xlsx, not &apos;{suffix}&apos;.</source>
        <translation>{file}: алмасу файлы .csv (UTF-8) не .xlsx болады, &apos;{suffix}&apos; емес.</translation>
    </message>
    <message>
        <source>{file} could not be read: {reason}</source>
        <translation>{file} оқылмады: {reason}</translation>
    </message>
    <message>
        <source>{file}: the first row must be the header row, but it is empty.</source>
        <translation>{file}: бірінші жол тақырып жолы болуы керек, бірақ ол бос.</translation>
    </message>
    <message>
        <source>{file}: the header does not match the expected columns. Missing: {missing}. Unknown: {unknown}. Repeated: {repeated}. Expected: {expected}.</source>
        <translation>{file}: тақырып күтілген бағандарға сәйкес емес. Жоқ: {missing}. Белгісіз: {unknown}. Қайталанған: {repeated}. Күтілгені: {expected}.</translation>
    </message>
    <message>
        <source>{file} is not UTF-8 text; save it as &quot;CSV UTF-8&quot;.</source>
        <translation>{file} UTF-8 мәтіні емес; оны «CSV UTF-8» түрінде сақтаңыз.</translation>
    </message>
    <message>
        <source>{file} is not a readable .xlsx workbook ({error}).</source>
        <translation>{file} оқылатын .xlsx кітабы емес ({error}).</translation>
    </message>
    <message>
        <source>{file}: nothing was imported; {rows} row(s) have {problems} problem(s).</source>
        <translation>{file}: ештеңе жүктелмеді; {rows} жолда {problems} қате бар.</translation>
    </message>
    <message>
        <source>The row has values right of the last column.</source>
        <translation>Жолда соңғы бағаннан оңға қарай мәндер бар.</translation>
    </message>
    <message>
        <source>The cell is empty; a value is required.</source>
        <translation>Ұяшық бос; мән міндетті.</translation>
    </message>
    <message>
        <source>Longer than {limit} characters.</source>
        <translation>{limit} таңбадан ұзын.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a date written as YYYY-MM-DD.</source>
        <translation>&apos;{text}&apos; ЖЖЖЖ-АА-КК түрінде жазылған күн емес.</translation>
    </message>
    <message>
        <source>{text} is not a real date.</source>
        <translation>{text} — күнтізбеде жоқ күн.</translation>
    </message>
    <message>
        <source>{value} is repeated (first in row {first}).</source>
        <translation>{value} қайталанады (алғаш {first}-жолда).</translation>
    </message>
    <message>
        <source>{value} already exists in the database.</source>
        <translation>{value} дерекқорда бұрыннан бар.</translation>
    </message>
    <message>
        <source>Unknown kindergarten {org}.</source>
        <translation>Белгісіз балабақша {org}.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a birth year.</source>
        <translation>&apos;{text}&apos; туған жыл емес.</translation>
    </message>
    <message>
        <source>The child was born after the registration.</source>
        <translation>Бала тіркелгеннен кейін туған.</translation>
    </message>
    <message>
        <source>The child was {years} or older when registered.</source>
        <translation>Тіркелген кезде бала {years} жаста немесе одан үлкен болған.</translation>
    </message>
    <message>
        <source>Write true or false (1/0, yes/no), or leave it empty for false.</source>
        <translation>true не false (1/0, yes/no) деп жазыңыз, не false үшін бос қалдырыңыз.</translation>
    </message>
    <message>
        <source>&apos;{email}&apos; is not an e-mail address.</source>
        <translation>&apos;{email}&apos; электрондық пошта мекенжайы емес.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not an ISO 8601 date and time like {example}.</source>
        <translation>&apos;{text}&apos; {example} сияқты ISO 8601 күні мен уақыты емес.</translation>
    </message>
    <message>
        <source>{text} has no UTC offset; write it like {example}.</source>
        <translation>{text} ішінде UTC ығысуы жоқ; {example} сияқты жазыңыз.</translation>
    </message>
    <message>
        <source>{text} is in the future.</source>
        <translation>{text} — болашақтағы уақыт.</translation>
    </message>
    <message>
        <source>Category {category} needs the issue date of the {document}.</source>
        <translation>{category} санатына «{document}» құжатының берілген күні керек.</translation>
    </message>
    <message>
        <source>{issued} is after the registration day {registered}.</source>
        <translation>{issued} тіркелген күннен ({registered}) кейін.</translation>
    </message>
    <message>
        <source>The {document} had expired (valid until {until}) when registered on {registered}.</source>
        <translation>{registered} тіркелген кезде «{document}» құжатының мерзімі өтіп кеткен ({until} дейін жарамды болған).</translation>
    </message>
    <message>
        <source>Kindergarten {org} is in {org_locality}, not in {locality}.</source>
        <translation>{org} балабақшасы {locality} емес, {org_locality} елді мекенінде.</translation>
    </message>
    <message>
        <source>The same child is in row {first} for {locality} (one live application).</source>
        <translation>Дәл осы бала {locality} үшін {first}-жолда да бар (бір ғана белсенді өтініш).</translation>
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
        <translation>Жабу</translation>
    </message>
    <message>
        <source>Daily run of {date}: referrals expired {expired}, released from the stop list {released}</source>
        <translation>{date} күнгі тәуліктік өңдеу: мерзімі өткен жолдамалар {expired}, тоқтату тізімінен шыққандар {released}</translation>
    </message>
    <message>
        <source>The daily run failed ({reason}); it runs again at the next sign-in and after midnight</source>
        <translation>Тәуліктік өңдеу орындалмады ({reason}); ол келесі кіргенде және түн ортасынан кейін қайта орындалады</translation>
    </message>
</context>
<context>
    <name>NotificationsView</name>
    <message>
        <source>Messages: {n}</source>
        <translation>Хабарламалар: {n}</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Мәртебесі:</translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation>Ар&amp;на:</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Барлық мәртебелер</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>Барлық арналар</translation>
    </message>
    <message>
        <source>&amp;Print notice</source>
        <translation>Хабарламаны &amp;басып шығару</translation>
    </message>
    <message>
        <source>A waiting message is marked printed once its notice is made.</source>
        <translation>Күтудегі хабарлама құжаты жасалғанда басып шығарылды деп белгіленеді.</translation>
    </message>
    <message>
        <source>Re&amp;fresh (F5)</source>
        <translation>Жаң&amp;арту (F5)</translation>
    </message>
</context>
<context>
    <name>OrgDialog</name>
    <message>
        <source>Add a kindergarten</source>
        <translation>Балабақша енгізу</translation>
    </message>
    <message>
        <source>Correct the kindergarten</source>
        <translation>Балабақшаны түзету</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Коды:</translation>
    </message>
    <message>
        <source>Name in &amp;Kazakh:</source>
        <translation>&amp;Қазақша атауы:</translation>
    </message>
    <message>
        <source>Name in &amp;Russian:</source>
        <translation>&amp;Орысша атауы:</translation>
    </message>
    <message>
        <source>&amp;Locality:</source>
        <translation>&amp;Елді мекен:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Мекенжайы:</translation>
    </message>
    <message>
        <source>&amp;BIN:</source>
        <translation>&amp;БСН:</translation>
    </message>
    <message>
        <source>12 digits; may stay empty</source>
        <translation>12 цифр; бос қалуы мүмкін</translation>
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
    <name>PlacesPage</name>
    <message>
        <source>Places: {n}</source>
        <translation>Орындар: {n}</translation>
    </message>
    <message>
        <source>Recall place {code}</source>
        <translation>{code} орнын кері қайтарып алу</translation>
    </message>
    <message>
        <source>Why does the kindergarten recall this place?</source>
        <translation>Балабақша бұл орынды неге кері қайтарып алады?</translation>
    </message>
    <message>
        <source>Referral issued</source>
        <translation>Жолдама берілді</translation>
    </message>
    <message>
        <source>Referral {number} gives place {place} to application {application}, valid until {until}. It is printed on the Referrals page.</source>
        <translation>{number} жолдамасы {place} орнын {application} өтінішіне береді, {until} дейін жарамды. Оны «Жолдамалар» бетінде басып шығаруға болады.</translation>
    </message>
    <message>
        <source>Import free places</source>
        <translation>Бос орындарды жүктеу</translation>
    </message>
    <message>
        <source>Free places imported</source>
        <translation>Бос орындар жүктелді</translation>
    </message>
    <message>
        <source>{n} place(s) published from the file; they are in today&apos;s bulletin of vacant places.</source>
        <translation>Файлдан {n} орын жарияланды; олар бүгінгі бос орындар бюллетеніне енді.</translation>
    </message>
    <message>
        <source>Free places</source>
        <translation>Бос орындар</translation>
    </message>
    <message>
        <source>&amp;Publish place… (Ctrl+N)</source>
        <translation>Орынды &amp;жариялау… (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Recall…</source>
        <translation>&amp;Кері қайтарып алу…</translation>
    </message>
    <message>
        <source>Refer by &amp;hand…</source>
        <translation>Қолмен жолдама бе&amp;ру…</translation>
    </message>
    <message>
        <source>A supervisor&apos;s act; the reason is journaled.</source>
        <translation>Басшының әрекеті; себебі журналға жазылады.</translation>
    </message>
    <message>
        <source>Free places are a supervisor&apos;s to publish and recall.</source>
        <translation>Бос орындарды жариялау мен кері қайтарып алу — жетекшінің ісі.</translation>
    </message>
    <message>
        <source>&amp;Import places…</source>
        <translation>Орындарды жүкт&amp;еу…</translation>
    </message>
    <message>
        <source>A places exchange file (.csv or .xlsx), as `kezek import places` takes.</source>
        <translation>Бос орындар алмасу файлы (.csv не .xlsx), `kezek import places` қабылдайтындай.</translation>
    </message>
    <message>
        <source>&amp;Bulletins…</source>
        <translation>Бюлле&amp;теньдер…</translation>
    </message>
</context>
<context>
    <name>PlacesSection</name>
    <message>
        <source>P&amp;laces</source>
        <translation>&amp;Орындар</translation>
    </message>
    <message>
        <source>Dis&amp;tribution</source>
        <translation>Бө&amp;лу</translation>
    </message>
    <message>
        <source>Kinder&amp;gartens</source>
        <translation>Балабақ&amp;шалар</translation>
    </message>
</context>
<context>
    <name>PositionText</name>
    <message>
        <source>Priority number {n}: list {list}, No. {index} in that list.</source>
        <translation>Кезектілік нөмірі {n}: {list} тізімі, сол тізімде № {index}.</translation>
    </message>
    <message>
        <source>Ahead of it: {e} extraordinary (E), {f} first-priority (F) and {g} general (G) applications.</source>
        <translation>Алдында: {e} кезектен тыс (E), {f} бірінші кезектегі (F) және {g} жалпы (G) өтініш.</translation>
    </message>
    <message>
        <source>Extraordinary applications are served before all first-priority and general ones.</source>
        <translation>Кезектен тыс өтініштер барлық бірінші кезектегі және жалпы өтініштерден бұрын қаралады.</translation>
    </message>
    <message>
        <source>Strict order: every first-priority application is served before any general one.</source>
        <translation>Қатаң тәртіп: бірінші кезектегі әрбір өтініш кез келген жалпы өтініштен бұрын қаралады.</translation>
    </message>
    <message>
        <source>One first-priority place, then {r} general; the next place is due to a first-priority one.</source>
        <translation>Бір орын бірінші кезектегіге, содан кейін {r} орын жалпыға; келесі орын бірінші кезектегі өтінішке тиесілі.</translation>
    </message>
    <message>
        <source>One first-priority place, then {r} general; now general is due, {k} before the next first-priority.</source>
        <translation>Бір орын бірінші кезектегіге, содан кейін {r} орын жалпыға; қазір жалпы кезек, келесі бірінші кезектегіге дейін {k} орын.</translation>
    </message>
    <message>
        <source>The number falls as applications ahead are served or withdrawn and rises when a higher list grows.</source>
        <translation>Алдындағы өтініштер қаралған не кері қайтарылған сайын нөмір кемиді, жоғары тізім толықса, артады.</translation>
    </message>
</context>
<context>
    <name>PublishPlaceDialog</name>
    <message>
        <source>Publish a free place</source>
        <translation>Бос орынды жариялау</translation>
    </message>
    <message>
        <source>&amp;Kindergarten:</source>
        <translation>&amp;Балабақша:</translation>
    </message>
    <message>
        <source>G&amp;roup:</source>
        <translation>То&amp;п:</translation>
    </message>
    <message>
        <source>&amp;Birth year (age group):</source>
        <translation>&amp;Туған жылы (жас тобы):</translation>
    </message>
    <message>
        <source>&amp;Language of education:</source>
        <translation>&amp;Оқыту тілі:</translation>
    </message>
    <message>
        <source>&amp;Group type:</source>
        <translation>Топ т&amp;үрі:</translation>
    </message>
    <message>
        <source>&amp;Work mode:</source>
        <translation>&amp;Жұмыс режимі:</translation>
    </message>
    <message>
        <source>&amp;Enrolment mode:</source>
        <translation>&amp;Қабылдау тәртібі:</translation>
    </message>
    <message>
        <source>Enrolment &amp;from:</source>
        <translation>Қабылдау б&amp;асталуы:</translation>
    </message>
    <message>
        <source>&amp;Stay until:</source>
        <translation>Болу &amp;мерзімі:</translation>
    </message>
    <message>
        <source>Place &amp;code:</source>
        <translation>Орын &amp;коды:</translation>
    </message>
    <message>
        <source>Temporary stay ends on</source>
        <translation>Уақытша болу аяқталатын күн</translation>
    </message>
    <message>
        <source>numbered automatically if empty</source>
        <translation>бос болса, автоматты түрде нөмірленеді</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(топсыз)</translation>
    </message>
    <message>
        <source>(no groups kept here)</source>
        <translation>(топтар енгізілмеген)</translation>
    </message>
</context>
<context>
    <name>QueuePage</name>
    <message>
        <source>In this queue: {n}</source>
        <translation>Бұл кезекте: {n}</translation>
    </message>
    <message>
        <source>&amp;Queue:</source>
        <translation>&amp;Кезек:</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Барлық мәртебелер</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Барлық санаттар</translation>
    </message>
    <message>
        <source>IIN, name or application number</source>
        <translation>ЖСН, аты-жөні немесе өтініш нөмірі</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Іздеу</translation>
    </message>
    <message>
        <source>R&amp;efresh</source>
        <translation>&amp;Жаңарту</translation>
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
        <translation>Өтініш</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>Бала</translation>
    </message>
    <message>
        <source>IIN</source>
        <translation>ЖСН</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Санаты</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Тізім</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Мәртебесі</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Тіркелген уақыты</translation>
    </message>
</context>
<context>
    <name>ReceiptsView</name>
    <message>
        <source>Receipt No.</source>
        <translation>Қолхат №</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Берілген уақыты</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Өтініш беруші</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>Бала</translation>
    </message>
    <message>
        <source>Missing or expired documents</source>
        <translation>Жетіспейтін немесе мерзімі өткен құжаттар</translation>
    </message>
    <message>
        <source>&amp;Print again</source>
        <translation>Қайта &amp;басып шығару</translation>
    </message>
</context>
<context>
    <name>ReferralsPage</name>
    <message>
        <source>Not a referral</source>
        <translation>Жолдама емес</translation>
    </message>
    <message>
        <source>The code scanned is not a referral&apos;s.</source>
        <translation>Оқылған код жолдаманың коды емес.</translation>
    </message>
    <message>
        <source>The code scanned does not match referral {number} as it was issued. The printout may be altered or not from this register: check it against the referral in the table before acting on it.</source>
        <translation>Оқылған код берілген кездегі {number} жолдамасына сәйкес келмейді. Басып шығарылған парақ өзгертілген немесе осы тізілімнен емес болуы мүмкін: әрекет етпес бұрын оны кестедегі жолдамамен салыстырыңыз.</translation>
    </message>
    <message>
        <source>Check code does not match</source>
        <translation>Тексеру коды сәйкес емес</translation>
    </message>
    <message>
        <source>Record that the applicant declined referral {number}? The place returns to distribution and application {application} to its place in the queue.</source>
        <translation>Өтініш берушінің {number} жолдамасынан бас тартқаны тіркелсін бе? Орын бөлуге қайтарылады, {application} өтініші кезектегі өз орнына оралады.</translation>
    </message>
    <message>
        <source>Decline referral</source>
        <translation>Жолдамадан бас тарту</translation>
    </message>
    <message>
        <source>Referrals: {n}</source>
        <translation>Жолдамалар: {n}</translation>
    </message>
    <message>
        <source>({n} found with another status)</source>
        <translation>(басқа мәртебемен {n} табылды)</translation>
    </message>
    <message>
        <source>Enrolment by referral</source>
        <translation>Жолдама бойынша қабылдау</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Жолдамалар</translation>
    </message>
    <message>
        <source>&amp;Print referral</source>
        <translation>Жолдаманы басып &amp;шығару</translation>
    </message>
    <message>
        <source>E&amp;xtend…</source>
        <translation>&amp;Ұзарту…</translation>
    </message>
    <message>
        <source>&amp;Decline…</source>
        <translation>Бас &amp;тарту…</translation>
    </message>
    <message>
        <source>&amp;Enrol…</source>
        <translation>&amp;Қабылдау…</translation>
    </message>
    <message>
        <source>Find (Ctrl+F): number, IIN, name or QR code</source>
        <translation>Іздеу (Ctrl+F): нөмір, ЖСН, аты-жөні немесе QR код</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Reports</source>
        <translation>Есептер</translation>
    </message>
    <message>
        <source>&amp;Notifications</source>
        <translation>&amp;Хабарламалар</translation>
    </message>
    <message>
        <source>B&amp;ulletins of places</source>
        <translation>Орындар бю&amp;ллетеньдері</translation>
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
<context>
    <name>WithdrawDialog</name>
    <message>
        <source>Withdraw the application</source>
        <translation>Өтінішті кері қайтару</translation>
    </message>
    <message>
        <source>&amp;Withdraw and print</source>
        <translation>Кері қайтару және &amp;басып шығару</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Себебі:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Ескертпе:</translation>
    </message>
</context>
</TS>
