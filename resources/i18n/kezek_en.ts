<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ActDialog</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AdminSetupDialog</name>
    <message>
        <source>Kezek: first start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database has no users yet. Create the administrator, who will then add the clerks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Repeat password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApplicationCardDialog</name>
    <message>
        <source>Application No. {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (issued {date})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The application is not waiting in the queue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Child:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birth date, sex:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applicant:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relation, ID document:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone, e-mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notifications:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>agreed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not agreed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language, group, mode:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desired start:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kindergartens:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of documents:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the stop list until:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Temporary stay until:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;ocuments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Why this number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reprint notification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>W&amp;ithdraw…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Correct data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ArchivePage</name>
    <message>
        <source>Restore application {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why is the application restored? The note is kept in the journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop list &amp; archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stop list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show released terms too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show restored applications too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A supervisor&apos;s act; a note saying why is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;fresh (F5)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BulletinDialog</name>
    <message>
        <source>Bulletins of places</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BulletinPanel</name>
    <message>
        <source>&amp;Day:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bulletin:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document &amp;language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preview PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export xlsx…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export bulletin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Codes</name>
    <message>
        <source>Kazakh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Russian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>General development</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Special</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part-time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round-the-clock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guardian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal representative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Male</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Female</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E — extraordinary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F — first priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>G — general</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawn by the applicant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Child over the age limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data found false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrolled in a kindergarten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data corrected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved to the archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored from the archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported from an exchange file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Released from the stop list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Child&apos;s IIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Child&apos;s last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Child&apos;s first name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Child&apos;s patronymic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applicant&apos;s IIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applicant&apos;s last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applicant&apos;s first name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applicant&apos;s patronymic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chosen kindergartens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kindergarten code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name in Kazakh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name in Russian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>language of education</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>group type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>work mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>enrolment mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referral {number} not used by {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the stop list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already holds a live referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another language of education</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another group type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another work mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kindergarten not among the chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its list was not due (1 : 3 order)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No eligible application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Early booking: valid from the release on {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Temporary stay until {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered in the queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referral issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referral extended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referral expired, stop list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed from the queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generally established</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Early booking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Temporary stay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held by a referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recalled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vacant places</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recalled places</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used: enrolled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <source>Application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Released</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kindergarten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why passed over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birth year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrolment mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Available from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stay until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Places published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today is its last valid day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Past its last valid day: the daily run ends it and gives the place back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extensions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CorrectionDialog</name>
    <message>
        <source>Correct data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save the correction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The IIN, the birth date and the category are not corrected: that is a new application.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message>
        <source>Creating the demo district: kindergartens, places, a queue…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DistributionPage</name>
    <message>
        <source>Planning the distribution…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the queues and giving their places</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setting out the plan in publication order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claiming the applications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the referrals, messages and journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Laying out the protocol, place by place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the protocol, place by place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue {n} referrals as of {date}? The applications get notified and the places are held.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue referrals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuing referrals…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the day and make a dry run: nothing is issued until you confirm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dry run as of {date}: {awarded} of {total} places would be given. Nothing is issued yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued as of {date}: {awarded} referrals for {total} places.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a place to see who was passed over and why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place {place}: {n} applications ahead were passed over; cycle {before} → {after}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Making the protocol…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export protocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting the protocol…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distribution of free places</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;As of:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dry run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Issue referrals…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Protocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export xlsx…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs the supervisor role and a dry run that gives places.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentChecklist</name>
    <message>
        <source>Documents presented</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>issued on (valid {n} months):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EnrolDialog</name>
    <message>
        <source>Enrolled &amp;on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Contract No.:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrolment by referral {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kindergarten confirmed the enrolment and signed the contract.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <source>Kezek: error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong. Please send the details to your administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show details</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExtendDialog</name>
    <message>
        <source>&amp;Calendar days:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extend referral {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the applicant&apos;s request, once, by up to {max} calendar days.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FileImport</name>
    <message>
        <source>Exchange files (*.csv *.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking every row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing {file}…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FilteredRegisterPage</name>
    <message>
        <source>&amp;Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kindergarten:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;fresh (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All kindergartens</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FindField</name>
    <message>
        <source>Find (Ctrl+F): application number, child&apos;s IIN or name</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GroupDialog</name>
    <message>
        <source>Add a group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} free place(s) of this group wait for referrals: its birth year, language, type and work mode stay until they are given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Birth year (age group):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language of education:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Group type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Work mode:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Capacity (children):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IinField</name>
    <message>
        <source>12 digits</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportProblemsDialog</name>
    <message>
        <source>The file was not imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row {row}: {column}: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IntakeForm</name>
    <message>
        <source>Child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue and preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;IIN:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Patronymic:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Birth date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Se&amp;x:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IIN:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patronymic:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID document:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relation to the child:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L&amp;ocality:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of education:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Special educational needs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work mode:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desired start:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kindergartens (in order):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority &amp;category:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMS / e-mail notifications:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of documents:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the applicant agrees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>documented</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kind and number</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IntakePage</name>
    <message>
        <source>Registered: application No. {number}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused: receipt No. {number} issued.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard what was typed?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Receipts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Submit (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open application</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KezekStatusBar</name>
    <message>
        <source>User: {name} ({role})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office: {code}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rules: {code} from {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync: local</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KindergartenPicker</name>
    <message>
        <source>{n}. — not chosen —</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KindergartensPage</name>
    <message>
        <source>Import kindergartens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kindergartens imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} kindergarten(s) added from the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove kindergarten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove {code} {name}? Only a kindergarten added by mistake is removed: one without groups, places or applications that chose it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove group {name}? No place was published in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groups of {kindergarten}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groups: {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kindergartens and their groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;kindergarten…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;rrect kindergarten…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remo&amp;ve kindergarten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a kindergarten without groups, places or applications that chose it can be removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import kindergartens…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An orgs exchange file (.csv or .xlsx), as `kezek import orgs` takes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add group…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hange group…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a group no place was published in can be removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;fresh (F5)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Kezek: sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to the kindergarten waiting list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo database: user {user}, password {password}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Kezek — kindergarten waiting list</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ManualReferralDialog</name>
    <message>
        <source>Refer by hand: place {code}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{kindergarten}, born in {year}: {language}, {group_type}, {work_mode}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The application must wait in this place&apos;s queue and be eligible for it, as in a distribution run. The reason is journaled, and the queue&apos;s cycle moves as after any referral.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Application number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. the court decision and its date</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>Wrong user name or password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{user} ({have}) may not do this; it needs the {need} role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password must have at least {n} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first user of a database must be an administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User names use letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown role &apos;{role}&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A user named &apos;{username}&apos; already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{username}&apos; is the name Kezek signs its own automatic acts with; choose another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no user named &apos;{username}&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database could not be upgraded ({error}); it is unchanged{where}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database {name} could not be opened: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pg_dump was not found; install the PostgreSQL client tools.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pg_dump failed: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore works on a SQLite database only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no backup file at {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This child already has a live application {number} in {locality}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The child&apos;s birth date is in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The child is {years} or older and cannot be queued.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field} is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most {n} kindergartens may be chosen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A kindergarten is chosen twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A special group needs a documented special educational need.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown category &apos;{value}&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown document kind &apos;{value}&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document has expired: it was valid until {until}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown {label} &apos;{value}&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown rules profile &apos;{value}&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An IIN has digits only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An IIN has 12 digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The 7th digit must be 1 to 6 (century and sex).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first six digits are not a real birth date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check digit does not match: a digit is mistyped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This serial number gives no valid check digit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The birth date {birth_date} does not agree with the IIN ({iin_date}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sex does not agree with the IIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the issue date of &apos;{document}&apos; to check its validity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The issue date of &apos;{document}&apos; is in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents are printed in Kazakh or Russian.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kindergarten {org} is not in {locality}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not an e-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field} cannot be corrected: withdraw the application and register a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown field &apos;{field}&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field} has a wrong value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application {number} is no longer live and cannot be corrected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no application numbered {number}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no receipt numbered {number}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application {number} is not waiting in the queue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application {number} holds referral {referral}; record the applicant&apos;s refusal of it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown archive reason &apos;{value}&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the kindergarten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A place has a definite work mode, not &apos;any&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} is not a birth year from {oldest} to {newest}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A temporary-stay place needs the date the stay ends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stay must end after the day enrolment may start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a temporary-stay place has an end date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A place with code {place} already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no place with code {place}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A recall needs a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place {place} is held by referral {referral}; it can be recalled once that is closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place {place} is not free.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place {place} is not vacant on {date}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no kindergarten with code {org}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day {day} has not come yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No distribution on {date}: the rules profile suspends it that month (regrouping).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application {number} changed while distributing; run the distribution again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place {place} was recalled or given while distributing; run the distribution again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data changed since the dry run: {changed} of {total} places would now go otherwise. Nothing was issued; the dry run is made again for you to review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no referral numbered {number}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referral {number} is no longer live.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referral {number} was already extended; the limit is {limit}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An extension is 1 to {max} calendar days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referral {number} expired on {date}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A referral made by hand needs a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application {number} is not in the queue of place {place}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application {number} may not get place {place}: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field} has at most {max} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A BIN is 12 digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database already has applications; the demo needs an empty one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A kindergarten with code {org} exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A kindergarten keeps its code {org}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{org} has {count} group(s): remove them first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Places were published at {org}: it stays on record, as their history names it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} application(s) chose {org}: it stays on record, as they name it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{org} has free places, and their queue is its locality&apos;s: the locality stays.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A group needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{org} already has a group named {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A group takes 1 to {max} children, not {value}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no such group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A group stays with its kindergarten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group {name} has free places: its birth year, language, type and work mode stay until they are given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group {name} has {count} published place(s) and stays on record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{org} has no such group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A place in a group has the group&apos;s birth year, language, group type and work mode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contract number is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrolment on {date} is before the referral was issued.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A restoration needs a note saying why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application {number} is not in the archive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application {number} ended in enrolment; that is undone at the kindergarten, not here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The child now has live application {other} in {locality}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This message is already {status}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no such message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}: an exchange file is .csv (UTF-8) or .xlsx, not &apos;{suffix}&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} could not be read: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}: the first row must be the header row, but it is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}: the header does not match the expected columns. Missing: {missing}. Unknown: {unknown}. Repeated: {repeated}. Expected: {expected}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} is not UTF-8 text; save it as &quot;CSV UTF-8&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} is not a readable .xlsx workbook ({error}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}: nothing was imported; {rows} row(s) have {problems} problem(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The row has values right of the last column.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cell is empty; a value is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longer than {limit} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a date written as YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{text} is not a real date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} is repeated (first in row {first}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} already exists in the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown kindergarten {org}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a birth year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The child was born after the registration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The child was {years} or older when registered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write true or false (1/0, yes/no), or leave it empty for false.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{email}&apos; is not an e-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not an ISO 8601 date and time like {example}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{text} has no UTC offset; write it like {example}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{text} is in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category {category} needs the issue date of the {document}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{issued} is after the registration day {registered}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The {document} had expired (valid until {until}) when registered on {registered}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kindergarten {org} is in {org_locality}, not in {locality}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same child is in row {first} for {locality} (one live application).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kezek</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NoticeBar</name>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily run of {date}: referrals expired {expired}, released from the stop list {released}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The daily run failed ({reason}); it runs again at the next sign-in and after midnight</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NotificationsView</name>
    <message>
        <source>Messages: {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A waiting message is marked printed once its notice is made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;fresh (F5)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrgDialog</name>
    <message>
        <source>Add a kindergarten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the kindergarten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name in &amp;Kazakh:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name in &amp;Russian:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Locality:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;BIN:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>12 digits; may stay empty</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <source>Intake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free places</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrolment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop list &amp; archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PdfPreviewDialog</name>
    <message>
        <source>Document preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page {n} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print pre&amp;view…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlaceholderPage</name>
    <message>
        <source>This section is coming in a later release.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlacesPage</name>
    <message>
        <source>Places: {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recall place {code}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why does the kindergarten recall this place?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referral issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referral {number} gives place {place} to application {application}, valid until {until}. It is printed on the Referrals page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import free places</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free places imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} place(s) published from the file; they are in today&apos;s bulletin of vacant places.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free places</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Publish place… (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Recall…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refer by &amp;hand…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A supervisor&apos;s act; the reason is journaled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free places are a supervisor&apos;s to publish and recall.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import places…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A places exchange file (.csv or .xlsx), as `kezek import places` takes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bulletins…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlacesSection</name>
    <message>
        <source>P&amp;laces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dis&amp;tribution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kinder&amp;gartens</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PositionText</name>
    <message>
        <source>Priority number {n}: list {list}, No. {index} in that list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ahead of it: {e} extraordinary (E), {f} first-priority (F) and {g} general (G) applications.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extraordinary applications are served before all first-priority and general ones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strict order: every first-priority application is served before any general one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One first-priority place, then {r} general; the next place is due to a first-priority one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One first-priority place, then {r} general; now general is due, {k} before the next first-priority.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number falls as applications ahead are served or withdrawn and rises when a higher list grows.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PublishPlaceDialog</name>
    <message>
        <source>Publish a free place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kindergarten:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>G&amp;roup:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Birth year (age group):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language of education:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Group type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Work mode:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Enrolment mode:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrolment &amp;from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stay until:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place &amp;code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Temporary stay ends on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>numbered automatically if empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no groups kept here)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QueuePage</name>
    <message>
        <source>In this queue: {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Queue:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IIN, name or application number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;efresh</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QueueTableModel</name>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReceiptsView</name>
    <message>
        <source>Receipt No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing or expired documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReferralsPage</name>
    <message>
        <source>Not a referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code scanned is not a referral&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code scanned does not match referral {number} as it was issued. The printout may be altered or not from this register: check it against the referral in the table before acting on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check code does not match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record that the applicant declined referral {number}? The place returns to distribution and application {application} to its place in the queue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decline referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referrals: {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>({n} found with another status)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrolment by referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xtend…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Decline…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Enrol…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find (Ctrl+F): number, IIN, name or QR code</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B&amp;ulletins of places</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <source>clerk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>administrator</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interface &amp;language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language changes at once and is kept for the next start.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>Kezek cannot start</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WithdrawDialog</name>
    <message>
        <source>Withdraw the application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Withdraw and print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
