# Arabic. Machine-drafted (see web/TRANSLATIONS.md); awaiting review by a native speaker.
# dropbox-submit's messages (reporter-cli/); the source is en.ftl.

## --help's opening text

help-about = dropbox-submit: أرسل بلاغًا مشفّرًا إلى صندوق بلاغات فريق، وتحدّث مع الفريق بعد ذلك باسم رمزي.
help-words = المصطلحات: بصمة الفريق هي المعرّف الذي ينشره الفريق على موقعه (رابط صندوق بلاغاته ينتهي بـ #team=<البصمة>)؛ قائمة الأعضاء هي القائمة الموقّعة لأعضاء الفريق ومفاتيحهم؛ المستلمون هم الأعضاء الذين يمكنهم قراءة بلاغك؛ الاسم الرمزي ثماني كلمات تقرأ بها ردود الفريق.

## verify

verify-team = الفريق: { $team }
verify-roster = قائمة الأعضاء: #{ $seq } ({ $hash })، صالحة حتى { $expires }
verify-members = { $count ->
    [zero] لا أعضاء:
    [one] عضو واحد (يستلم بلاغك ما لم تستبعده بـ --leave-out ID):
    [two] عضوان (كل منهما يستلم بلاغك ما لم تستبعده بـ --leave-out ID):
    [few] { $count } أعضاء (كل منهم يستلم بلاغك ما لم تستبعده بـ --leave-out ID):
    [many] { $count } عضوًا (كل منهم يستلم بلاغك ما لم تستبعده بـ --leave-out ID):
   *[other] { $count } عضو (كل منهم يستلم بلاغك ما لم تستبعده بـ --leave-out ID):
  }
verify-categories = الفئات: { $categories }
warn-endpoints = تحذير: عنوان هذا الخادم ليس من عناوين الفريق: { $endpoints }

## send

warn-endpoint-unlisted = تحذير: { $server } ليس من العناوين التي نشرها الفريق؛ تأكّد أنك وصلت إلى صندوق البلاغات الصحيح
deriving-keys = جارٍ اشتقاق مفاتيح اسمك الرمزي…
send-received = وصل بلاغك.
send-written = بلاغك المشفّر موجود في { $file }.
send-receipt = الإيصال (sha256 لما أُرسل): { $receipt }
send-left-out = { $count ->
    [one] مستبعَد: { $names }. لا يمكنه قراءة هذا البلاغ ولا أي شيء يستخلصه الفريق منه.
    [two] مستبعَدان: { $names }. لا يمكنهما قراءة هذا البلاغ ولا أي شيء يستخلصه الفريق منه.
   *[other] مستبعَدون ({ $count }): { $names }. لا يمكنهم قراءة هذا البلاغ ولا أي شيء يستخلصه الفريق منه.
  }
send-codename-heading = اسمك الرمزي (اكتبه واحفظه سرًّا؛ لن يُعرض إلا هذه المرة):
send-codename-use = استخدمه مع `dropbox-submit replies` و`dropbox-submit followup`.
warn-record-failed = تحذير: وصل بلاغك، لكن سجلّ من يحق له قراءة محادثتك لم يُحفظ ({ $error })؛ يمكنك إرسال المتابعات بعد أن يردّ الفريق
error-empty = البلاغ فارغ: أعطِ --body أو --body-file أو --attach
error-category = فئة غير معروفة { $name }؛ فئات هذا الفريق هي: { $categories }
error-severity = يجب أن تكون الخطورة critical أو high أو medium أو low

## attachments and recipients

attach-clean = { $name }: لم يُعثر على بيانات وصفية
attach-removed = { $name }: أُزيل: { $removed }
attach-as-is = تحذير: يُرسَل { $name } كما هو؛ الملفات غير JPEG وPNG قد تحمل بيانات وصفية تكشف هويتك (المؤلف، الجهاز، الموقع) لا تستطيع هذه الأداة إزالتها
error-not-member = { $name } ليس عضوًا في هذا الفريق؛ الأعضاء هم: { $names }
error-no-recipient = يجب أن يستلم البلاغ عضو واحد على الأقل
error-cannot-read = تتعذّر قراءة { $file }
error-not-file = { $file } ليس ملفًا عاديًا
error-image-large = { $file } صورة أكبر من أن تُنظَّف من بياناتها الوصفية هنا؛ صغّرها أولًا
error-image-parse = يبدو { $file } صورة لكن تتعذّر قراءته لإزالة بياناته الوصفية؛ حوّله أولًا
error-drop-key = يتعذّر التشفير إلى { $member }: لا يوجد له مفتاح إيداع موقّع ضمن قائمة الأعضاء صالح اليوم؛ استبعده (--leave-out { $member }) أو حاول مجددًا بعد أن يزامن
uploading = جارٍ الرفع
error-receipt = أكّد صندوق البلاغات بايتات غير التي أُرسلت (الإيصال { $receipt }، والمتوقَّع { $expected })؛ لا تثق بهذا الخادم
error-upload-failing = يستمر فشل الرفع؛ لم يُؤكَّد شيء، حاول لاحقًا

## reaching the drop box

error-no-server = لا يوجد عنوان لصندوق البلاغات: أعطِ --server أو اضبط DROPBOX_SERVER
error-bad-url = { $server } ليس عنوانًا صالحًا لصندوق بلاغات: استخدم https://، أو http:// فقط لعنوان .onion أو loopback
error-unreachable = يتعذّر الوصول إلى { $server }
error-roster = تعذّر التحقق من قائمة أعضاء الفريق: { $detail }. لا ترسل شيئًا؛ قارن البصمة بما على موقع الفريق نفسه

## replies

codename-prompt = الاسم الرمزي:
replies-none = لا ردود بعد.
reply-heading = #{ $seq } من { $author } ({ $member }) في { $day }:
author-former-key = { $name } (مفتاح سابق)
author-former-member = { $name } (عضو سابق)
warn-replies-missing = { $count ->
    [one] تحذير: الرد { $missing } مفقود؛ ربما حجبه الخادم أو انتهت صلاحيته
   *[other] تحذير: الردود { $missing } مفقودة؛ ربما حجبها الخادم أو انتهت صلاحيتها
  }
warn-problem = تحذير: { $problem }
error-mailbox = أجاب صندوق البلاغات بـ { $code } عن صندوق بريدك: { $detail }

## followup

followup-replies-so-far = ردود الفريق حتى الآن:
followup-received = وصلت متابعتك رقم { $seq }. الإيصال: { $receipt }
followup-readable = يمكن أن يقرأها: { $names }.
warn-copy-failed = تحذير: وصلت متابعتك، لكن نسختها في سجلّ محادثتك لم تُحفظ ({ $error })؛ أعطِ --seq { $next } لمتابعتك التالية

## consent: what you agree to before anything is encrypted (consent.rs;
## `--json` keeps its English keys). $all, $first, $unread, $read,
## $written, $days and $backup each hold a consent-days text ("30 days").

consent-intro-report = قبل أن يُشفَّر بلاغك ويُرسَل إلى { $team }، يُرجى قراءة ما سيحدث له.
consent-intro-followup = قبل أن تُشفَّر متابعتك وتُرسَل إلى { $team }، يُرجى قراءة ما سيحدث لها.
consent-where-server = أين يُحفَظ: مشفّرًا على هذا الحاسوب أولًا، ثم مشفّرًا في صندوق البلاغات على { $url } حتى يستلمه الفريق، ثم في مخزن القضايا المشفّر لدى كل عضو يمكنه قراءته. لا يستطيع مشغّل صندوق البلاغات قراءته.
consent-where-file = أين يُحفَظ: مشفّرًا في { $file }، الذي تسلّمه بنفسك؛ وبعد أن يستورده الفريق، في مخزن القضايا المشفّر لدى كل عضو يمكنه قراءته.
consent-days = { $count ->
    [zero] { $count } يوم
    [one] يوم واحد
    [two] يومين
    [few] { $count } أيام
    [many] { $count } يومًا
   *[other] { $count } يوم
  }
consent-how-long = المدة: يحذفه صندوق البلاغات بعد { $all } من استلام كل القرّاء له، أو بعد { $first } من استلام أولهم له، أيهما أسبق، وبعد { $unread } إن لم يستلمه أحد. تُحذف ردود الفريق إليك من صندوق البلاغات بعد { $read } من قراءتك لها، أو بعد { $written } من كتابتها.
consent-purge = يحذف الفريق القضية بعد { $days } من إغلاقها (ما لم يكن على عضو الاحتفاظ بها مدة أطول، بسبب التزام قانوني بالحفظ أو إفصاح جارٍ)، وتبقى نسخه الاحتياطية قابلة للقراءة مدة { $backup }.
consent-drop-keys = يُشفَّر بمفاتيح قصيرة العمر يتلفها كل قارئ بعد انقضاء نافذته الزمنية ({ $count ->
    [one] يوم واحد
    [two] يومان
    [few] { $count } أيام
    [many] { $count } يومًا
   *[other] { $count } يوم
  }) ونافذة أخرى بعدها: بعد ذلك لا يستطيع أحد، ولا الفريق نفسه، فتح أي نسخة من الرفع المشفّر (في صندوق البلاغات أو في نسخه الاحتياطية).
consent-drop-keys-codename = الاستثناء هو اسمك الرمزي: من يملكه يستطيع فتح النسخة الموجودة في صندوق البلاغات ما دام الصندوق يحتفظ بها، وأي نسخة تحفظها.
consent-readers = من يمكنه قراءته: { $names }.
consent-left-out = المستبعَدون: { $names }. لا يمكنهم قراءته ولا أي شيء يستخلصه الفريق منه.
consent-contact-given = لا يستخدم بيانات الاتصال بك إلا الفريق، للتواصل معك بشأن هذا البلاغ.
consent-contact-none = لا تقدّم أي بيانات اتصال: لا يستطيع الفريق الوصول إليك إلا عبر الردود على اسم رمزي.
consent-credit-given = سطر الإشادة هو الاسم الذي يذكرك به الفريق إن أشاد بك علنًا على هذا البلاغ.
consent-credit-none = لا تطلب أي إشادة: لن يذكر الفريق اسمك.
consent-share = قد يشارك الفريق البلاغ مع جهة معنيّة (مثل صانع البرنامج أو المنظمة المعنية)، مشفّرًا لتلك الجهة وفي حدود ما يسمح به وسم TLP الخاص به فقط؛ ولا تُرسَل بيانات الاتصال بك والإشادة إلا إذا قرر الفريق إدراجها.
consent-codename = باسمك الرمزي يمكنك قراءة ردود الفريق وإرسال المتابعات وسحب البلاغ لاحقًا (`dropbox-submit withdraw`).
consent-no-codename = بدون اسم رمزي (--replies) لن تستطيع سحب هذا البلاغ لاحقًا ولا قراءة الردود ولا إرسال المتابعات.
consent-keep = تُحفَظ نسخة مطابقة تمامًا لما يُرفَع في { $file }؛ ولا تُفتح إلا باسمك الرمزي (`dropbox-submit open`).
consent-nothing-sent = لا يُرسَل شيء من هذه الموافقة: فقط البلاغ المشفّر نفسه.
# The question waits on its line. "y" and "yes" always mean yes; so do
# consent-yes's words (comma-separated, any case): keep the letter you put
# in the question's brackets among them.
consent-ask-report = أترسل هذا البلاغ؟ [ن/لا]
consent-ask-followup = أترسل هذه المتابعة؟ [ن/لا]
consent-yes = ن, نعم
consent-declined = لم توافق، لذا لم يُشفَّر شيء ولم يُرسَل شيء
consent-needed = لا توجد طرفية لسؤالك عن موافقتك: شغّله في طرفية لتقرأ ما يُحفَظ ومدته ومن يمكنه قراءته، أو أضف --yes للموافقة عليه (يُطبع النص على الخطأ القياسي، والحقائق مع --json)
error-answer = تعذّرت قراءة إجابتك: { $error }

## --keep, open, replies (--copy, --export) and a follow-up's readers

keep-saved = نسخة مما أُرسل موجودة في { $file }؛ وتُفتح باسمك الرمزي (`dropbox-submit open`).
error-keep-report = وصل بلاغك، لكن تعذّر حفظ نسخته في { $file }
error-keep-followup = وصلت متابعتك، لكن تعذّر حفظ نسختها في { $file }
# open's labels: the values are lined up after the longest.
open-report = بلاغك بتاريخ { $day }
open-followup = متابعتك رقم { $seq } بتاريخ { $day }
open-sent-to = أُرسل إلى:
open-title = العنوان:
open-category = الفئة:
open-severity = الخطورة:
open-contact = الاتصال:
open-credit = الإشادة:
open-attachments = المرفقات:
open-attachment = { $size ->
    [zero] { $name } ({ $media }، { $size } بايت)
    [one] { $name } ({ $media }، بايت واحد)
    [two] { $name } ({ $media }، بايتان)
    [few] { $name } ({ $media }، { $size } بايتات)
    [many] { $name } ({ $media }، { $size } بايتًا)
   *[other] { $name } ({ $media }، { $size } بايت)
  }
open-attachment-saved = { $size ->
    [zero] { $name } ({ $media }، { $size } بايت)، حُفظ باسم { $file }
    [one] { $name } ({ $media }، بايت واحد)، حُفظ باسم { $file }
    [two] { $name } ({ $media }، بايتان)، حُفظ باسم { $file }
    [few] { $name } ({ $media }، { $size } بايتات)، حُفظ باسم { $file }
    [many] { $name } ({ $media }، { $size } بايتًا)، حُفظ باسم { $file }
   *[other] { $name } ({ $media }، { $size } بايت)، حُفظ باسم { $file }
  }
open-save-hint = احفظها باستخدام --out DIR.
warn-attachment-exists = تحذير: { $file } موجود مسبقًا وتُرك كما هو؛ ولم يُحفَظ مرفقه
error-copy-codename = لا يُفتح { $file } بهذا الاسم الرمزي لهذا الفريق (النسخة المحفوظة بـ `send --keep` أو `followup --keep` أو بالصفحة لا تُفتح إلا بالاسم الرمزي الذي أُرسلت به)
error-copy-damaged = ليس { $file } نسخة سليمة من بلاغ
error-copy-other = ينتمي { $file } إلى محادثة اسم رمزي آخر
error-copy-kind = لا يحوي { $file } بلاغًا أو متابعة منك (إنه حزمة من نوع { $kind })
error-copy-signature = { $file }: تعذّر التحقق من توقيعه
replies-exported = كُتبت المحادثة في { $file }.
conversation-report = بلاغك بتاريخ { $day }:
conversation-followup = متابعتك رقم { $seq } بتاريخ { $day }:
conversation-followup-unnumbered = متابعتك بتاريخ { $day }:
conversation-attached = (مرفق: { $names })
error-codename-stdin = تعذّرت قراءة الاسم الرمزي من الدخل القياسي
error-codename-terminal = تعذّرت قراءة الاسم الرمزي من الطرفية
error-readers-unknown = تعذّر معرفة من يحق له قراءة هذه المحادثة: لا سجلّ محادثتك ولا أي ردّ من الفريق يذكر ذلك (ربما انتهت صلاحيته)؛ لم يُرسَل شيء. أرسل بلاغًا جديدًا بدلًا من ذلك واختر قرّاءه
error-no-reader-left = لا يحق لأي عضو حالي في الفريق قراءة هذه المحادثة (الآخرون مستبعَدون أو غادروا)؛ لم يُرسَل شيء

## withdraw

withdraw-deleted = حُذفت نسخة بلاغك من صندوق البلاغات.
withdraw-not-held = لم يعد صندوق البلاغات يحتفظ ببلاغك (استلمه الفريق، أو أُرسل قبل أن يصبح سحب البلاغات بهذه الطريقة ممكنًا).
withdraw-received = وصل طلب السحب (الإيصال { $receipt }). يمكن أن يقرأه: { $names }.
withdraw-next = يغلق الفريق القضية ويحذفها بعد مدة نسخه الاحتياطي، إلا إذا وجب عليه الاحتفاظ بها (التزام قانوني، إفصاح جارٍ)؛ عندها يخبرك بالسبب في رد (`dropbox-submit replies`).
error-withdraw-refused = أُبلغ الفريق، لكن صندوق البلاغات رفض حذف بلاغك ({ $code }): { $detail }؛ شغّل `dropbox-submit withdraw` مجددًا
error-withdraw-untold = تعذّر إبلاغ الفريق بسحب بلاغك

## errors from the drop box, files and flags
no-explanation = دون توضيح
error-bad-proxy = وكيل غير صالح { $proxy }
error-response-unreadable = تعذّرت قراءة ردّ صندوق البلاغات
error-roster-status = ردّ { $server } بالرمز { $code } على طلب قائمة أعضائه
error-attestation-status = ردّ { $server } بالرمز { $code } على طلب شهادة قائمة الأعضاء
error-upload-refused = رفض صندوق البلاغات الرفع ({ $code }): { $detail }
error-no-upload-location = لم يحدّد صندوق البلاغات موضعًا للرفع
error-upload-lost = فقد صندوق البلاغات الرفع؛ أرسل البلاغ مرة أخرى
error-state-corrupt = الملف { $file } تالف؛ احذفه لتبدأ من جديد
error-server-or-roster = حدّد --server أو --roster-file
error-cannot-create = تعذّر إنشاء { $file }
error-pgp-needs-server = يحتاج --team-pgp إلى --server لجلب الشهادة
error-copy-altered = الملف { $file } معدَّل أو مبتور
error-cannot-save = تعذّر حفظ { $file }
error-cannot-write = تعذّرت كتابة { $file }
error-dropkeys-status = ردّ صندوق البلاغات بالرمز { $code } على طلب مفاتيح الإيداع؛ حاول لاحقًا
error-dropkeys-malformed = قدّم صندوق البلاغات مفاتيح إيداع تالفة
error-pow-unreasonable = يطلب صندوق البلاغات إثبات عمل غير معقول ({ $bits } بت)
