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

## withdraw

withdraw-deleted = حُذفت نسخة بلاغك من صندوق البلاغات.
withdraw-not-held = لم يعد صندوق البلاغات يحتفظ ببلاغك (استلمه الفريق، أو أُرسل قبل أن يصبح سحب البلاغات بهذه الطريقة ممكنًا).
withdraw-received = وصل طلب السحب (الإيصال { $receipt }). يمكن أن يقرأه: { $names }.
withdraw-next = يغلق الفريق القضية ويحذفها بعد مدة نسخه الاحتياطي، إلا إذا وجب عليه الاحتفاظ بها (التزام قانوني، إفصاح جارٍ)؛ عندها يخبرك بالسبب في رد (`dropbox-submit replies`).
error-withdraw-refused = أُبلغ الفريق، لكن صندوق البلاغات رفض حذف بلاغك ({ $code }): { $detail }؛ شغّل `dropbox-submit withdraw` مجددًا
error-withdraw-untold = تعذّر إبلاغ الفريق بسحب بلاغك
