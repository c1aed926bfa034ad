# نافذة المراجِع (`reviewer ui`). المصدر: en.ftl.

## The window's frame
window-title = المراجِع
brand = المراجِع
skip-to-content = انتقل إلى المحتوى
nav-label = العروض
view-inbox = البريد الوارد
view-due = المستحق
view-team = الفريق
view-stats = الإحصاءات
sync = مزامنة
sync-progress = تقدّم المزامنة
language-label = اللغة
boot-connecting = جارٍ الاتصال بالمراجِع على هذا الجهاز…
boot-no-secret = افتح العنوان الذي طبعه `reviewer ui` (يصلح مرة واحدة). للبدء من جديد، أوقف `reviewer ui` وشغّله مرة أخرى.
boot-refused = رفض المراجِع هذه النافذة: { $error }.
error-window = تعطّلت النافذة: { $error }
error-http = أجاب المراجِع بخطأ (HTTP { $status }).
error-unreachable = المراجِع على هذا الجهاز لا يجيب: ربما توقّف (بالقفل أو لعدم النشاط). شغّل `reviewer ui` مرة أخرى.
sync-running = جارٍ المزامنة…
sync-done = تمّت المزامنة: حالات جديدة: { $cases }، رسائل متابعة: { $followups }، أحداث فريق طُبّقت: { $applied }، أُرسل منها: { $posted }.
sync-errors = أخطاء: { $errors }
sync-failed = فشلت المزامنة: { $error }

## Shared words
none = (لا شيء)
none-named = (لم يُذكر أحد)
nobody = لا أحد
no-title = (بلا عنوان)
not-triaged = (لم يُصنَّف)
number = { $n }
bytes = { $size ->
    [zero] { $size } بايت
    [one] بايت واحد
    [two] بايتان
    [few] { $size } بايتات
   *[other] { $size } بايت
}
back-to-inbox = العودة إلى البريد الوارد

## Fixed sets
status-new = جديدة
status-triaged = مصنّفة
status-accepted = مقبولة
status-invalid = غير صالحة
status-fixing = قيد الإصلاح
status-disclosed = مُفصح عنها
status-closed = مغلقة
status-closed-blank = (مغلقة)
severity-critical = حرجة
severity-high = عالية
severity-medium = متوسطة
severity-low = منخفضة
step-acknowledged = تمّ الإقرار بالاستلام
step-next-steps = الخطوات التالية
step-responded = تمّ الرد
step-notified = تمّ الإبلاغ
step-party-responded = ردّ الطرف المعني
step-escalated = تمّ التصعيد
step-disclosed = تمّ الإفصاح
role-admin = مسؤول
role-reviewer = مراجِع
urgency-overdue = متأخرة
urgency-due-soon = مستحقة قريبًا
urgency-upcoming = قادمة

## Fields and columns
field-status = الحالة
field-severity = الخطورة
field-tlp = TLP
field-owner = المسؤول عنها
field-search = بحث
field-category = الفئة
field-severity-guess = تقدير المُبلِّغ للخطورة
field-received = تاريخ الاستلام
field-replies = الردود
field-contact = جهة الاتصال
field-credit = يُنسب الفضل إلى
field-recipients = المستلمون
field-left-out = المستبعَدون
field-note = ملاحظة
field-reply = الرد
field-reason = السبب
field-step = الخطوة
field-detail = التفاصيل
field-date = التاريخ (YYYY-MM-DD)
field-cert = ملف شهادة المستلم
field-share-out = اكتب المشاركة المشفّرة إلى (ملف)
field-redact = الحقل (contact أو note:N)
field-until = حتى (YYYY-MM-DD، فارغ: 30 يومًا)
field-directory = المجلد
col-id = المعرّف
col-received = الاستلام
col-status = الحالة
col-severity = الخطورة
col-tlp = TLP
col-owner = المسؤول
col-title = العنوان
col-number = رقم
col-file-name = اسم الملف (من المرسِل)
col-claimed-type = النوع الذي ادّعاه المرسِل
col-size = الحجم
col-from = من
col-save = حفظ
col-when = متى
col-who = من
col-what = ماذا
col-urgency = الأولوية
col-due = موعد الاستحقاق
col-deadline = المهلة
col-case = الحالة المعنية
col-next = الإجراء التالي
col-name = الاسم
col-roles = الأدوار
col-item = العنصر
col-arrived = الوصول
col-kind = نوع الحزمة
col-why = السبب

## Inbox
inbox-filter = التصفية والبحث
filter-any = الكل
filter-mine = حالاتي
filter-overdue = المتأخرة
filter-closed = المغلقة
inbox-apply = تطبيق
inbox-count = { $count ->
    [zero] لا حالات
    [one] حالة واحدة
    [two] حالتان
    [few] { $count } حالات
   *[other] { $count } حالة
}
inbox-none = لا توجد حالات.
inbox-overdue = متأخرة: { $deadlines }
inbox-purged-on = تُحذف في { $day }

## A case
case-id = الحالة { $id }
case-closed-on = أُغلقت
case-purged-on = تُحذف في
case-held-without-end = (محفوظة بلا نهاية)
case-closed-explained = غادرت الحالة المغلقة المخزن النشط: تعود تفاصيلها إذا أُعيد فتحها قبل حذفها.
case-received = { $day } (الإيصال { $receipt })
replies-possible = ممكنة (لدى المُبلِّغ اسم رمزي)
replies-impossible = غير ممكنة
replies-impossible-long = لم يترك المُبلِّغ اسمًا رمزيًا: الرد غير ممكن.
section-report = البلاغ
section-attachments = المرفقات
section-conversation = المحادثة
section-triage = التصنيف
section-notes = الملاحظات
section-more = إجراءات أخرى
section-timeline = السجل الزمني
section-access-log = سجل الوصول
attachments-caption = المرفقات (لا تُفتح هنا أبدًا: احفظها ثم افتحها في بيئة معزولة)
attachments-none = لا توجد مرفقات.
from-report = البلاغ
from-followup = المتابعة رقم { $seq }
followup-heading = المتابعة رقم { $seq } بتاريخ { $day }
followup-conflict = تعارض: متابعة أخرى تحمل هذا الرقم بمحتوى مختلف
reply-heading = الرد رقم { $seq } من { $member } بتاريخ { $day }
note-line = الملاحظة { $n } من { $member } بتاريخ { $day }:
conversation-none = لا ردود ولا متابعات بعد.
notes-none = لا توجد ملاحظات.
timeline-none = لا أحداث للفريق بعد.
attachment-downloaded = تمّ التنزيل (النوع المكتشف: { $detected }).
attachment-warning = تحذير: { $warning }

## Actions
form-triage = التصنيف
form-note = ملاحظة للفريق
form-reply = الرد على المُبلِّغ
form-close = الإغلاق
form-step = تسجيل خطوة
form-agree = الاتفاق على تاريخ الإفصاح
form-share = المشاركة تحت { $tlp } (OpenPGP)
share-fields = الحقول (إن لم يُحدَّد شيء: العنوان، النص، الفئة، الخطورة، المرفقات)
share-field-title = العنوان
share-field-body = النص
share-field-category = الفئة
share-field-severity = الخطورة
share-field-contact = جهة الاتصال
share-field-credit = نسبة الفضل
share-field-notes = الملاحظات
share-field-followups = المتابعات
share-field-attachments = المرفقات
form-redact = حجب
form-reopen = إعادة الفتح
form-hold = الاحتفاظ (بعد موعد الحذف)
form-save-attachment = حفظ المرفق { $n }
action-save = حفظ
action-note = إضافة ملاحظة
action-reply = إرسال الرد
action-close = إغلاق الحالة
action-step = تسجيل الخطوة
action-agree = اعتماد التاريخ
action-share = مشاركة
action-redact = حجب
action-reopen = إعادة الفتح
action-hold = احتفاظ
action-save-file = حفظ
action-download = تنزيل

## Due
due-caption = الأكثر إلحاحًا أولًا
due-none = لا شيء مستحق.
due-unsynced = عناصر تنتظر على صندوق الإيداع منذ { $oldest } لم تُزامَن: سيحذفها الخادم خلال { $days ->
    [zero] { $days } يوم
    [one] يوم واحد
    [two] يومين
    [few] { $days } أيام
   *[other] { $days } يومًا
}. زامِن الآن.

## Team
team-name = الفريق
team-fingerprint = البصمة
team-roster = قائمة الأعضاء
team-roster-seq = رقم { $seq }
team-expires = تنتهي صلاحية القائمة
team-members = الأعضاء
section-alerts = التنبيهات
alerts-none = لا تنبيهات.
alert-roster-expires = تنتهي صلاحية قائمة الأعضاء (رقم { $seq }) في { $day }، بعد { $days ->
    [zero] { $days } يوم
    [one] يوم واحد
    [two] يومين
    [few] { $days } أيام
   *[other] { $days } يومًا
}: على المسؤولين توقيع القائمة التالية قبل ذلك، وإلا فشلت كل مزامنة.
alert-roster-expired = انتهت صلاحية قائمة الأعضاء (رقم { $seq }) في { $day }: على المسؤولين توقيع القائمة التالية؛ وحتى ذلك الحين تفشل كل مزامنة.
alert-no-roster = لا توجد في هذا المخزن قائمة أعضاء موثّقة بعد: زامِن أولًا مع --server و--team.
alert-quarantined = { $count ->
    [one] عنصر واحد في الحجر: نحّته المزامنة جانبًا ولم تحفظ شيئًا. انظر أدناه.
    [two] عنصران في الحجر: نحّتهما المزامنة جانبًا ولم تحفظ شيئًا. انظر أدناه.
    [few] { $count } عناصر في الحجر: نحّتها المزامنة جانبًا ولم تحفظ شيئًا. انظر أدناه.
   *[other] عناصر في الحجر: { $count }. نحّتها المزامنة جانبًا ولم تحفظ شيئًا. انظر أدناه.
}
alert-forged = { $count ->
    [one] تنبيه: عنصر واحد في الحجر مزوَّر أو عُبث به.
   *[other] تنبيه: عناصر في الحجر مزوَّرة أو عُبث بها: { $count }.
}
section-quarantined = العناصر المحجورة
quarantined-caption = نحّتها المزامنة جانبًا ولم تُحفظ أبدًا (يعرض { $command } عنصرًا منها)
quarantined-none = لا شيء في الحجر.
no-bundle = (بلا حزمة)

## Statistics
stats-chart-alt = رسم بياني: { $title }. الأرقام في الجدول أدناه.
