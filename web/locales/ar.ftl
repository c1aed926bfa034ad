# Arabic. Machine-drafted (see web/TRANSLATIONS.md); awaiting review by a native speaker.

page-title = صندوق البلاغات
language-label = اللغة

## Without JavaScript

noscript-needs-js = تحتاج هذه الصفحة إلى JavaScript لتشفير بلاغك داخل متصفحك. عند إيقاف JavaScript لا يعمل شيء في هذه الصفحة: لا يستطيع متصفحك التشفير، فلا يُرسَل شيء.
noscript-nojs = إذا فعّله المشغّل، يعمل نموذج نصي فقط دون JavaScript، لكن الخادم هو الذي يشفّر ما تكتبه فيه، لذا يستطيع مشغّل الخادم قراءته. لا يقبل مرفقات ولا يمنحك اسمًا رمزيًا لتلقي الردود.
noscript-nojs-link = النموذج النصي (يستطيع مشغّل الخادم قراءته)
noscript-cli = أكثر الطرق أمانًا للإبلاغ هي أداة سطر الأوامر dropbox-submit، التي تشفّر على حاسوبك أنت.
noscript-other-languages = لغات أخرى

## The team and its roster

trust-heading = من سيقرأ بلاغك
team-ask = لم يتضمن هذا الرابط بصمة الفريق. انسخها من موقع الفريق نفسه (64 حرفًا ورقمًا) والصقها هنا.
team-input-label = بصمة الفريق
team-check = تحقّق من الفريق
team-name-label = الفريق
roster-seq-label = القائمة
roster-head-label = بصمة رأس القائمة
team-fp-label = البصمة
team-compare = قارن رقم القائمة وبصمة رأسها بما ينشره الفريق، إن استطعت. يتغيّران عندما يتغيّر أعضاء الفريق.
status-checking = جارٍ التحقق من قائمة أعضاء الفريق…
status-roster-bad = قائمة أعضاء الفريق لا تجتاز التحقق ({ $detail }). لا ترسل شيئًا هنا: تحقّق من البصمة على موقع الفريق نفسه.
status-roster-ok = قائمة أعضاء الفريق صحيحة: موقّعة من مسؤولي الفريق، انطلاقًا من البصمة التي في رابطك.
status-bad-fingerprint = بصمة الفريق مؤلفة من 64 حرفًا (a–f) ورقمًا.
origin-warning = تحذير: هذا العنوان ({ $origin }) ليس من العناوين التي نشرها الفريق ({ $endpoints }). تأكّد من أنك وصلت إلى صندوق البلاغات الصحيح.
onion-notice-onion = أنت لا تستخدم عنوان ‎.onion الخاص بصندوق البلاغات. تستطيع شبكتك وشبكة الخادم أن ترى أنك زرت هذا الموقع. لمزيد من الأمان، افتح عنوان ‎.onion الخاص بالفريق في متصفح Tor.
onion-notice-tor = أنت لا تستخدم عنوان ‎.onion الخاص بصندوق البلاغات. تستطيع شبكتك وشبكة الخادم أن ترى أنك زرت هذا الموقع. لمزيد من الأمان، استخدم متصفح Tor.

## The report form

report-heading = بلاغك
field-title = العنوان
field-body = البلاغ
field-category = الفئة
category-none = (بلا فئة)
field-severity = ما مدى خطورته في رأيك؟
severity-none = (بلا تقدير)
severity-critical = حرجة
severity-high = عالية
severity-medium = متوسطة
severity-low = منخفضة
field-contact = بيانات الاتصال (اختيارية)
field-credit = كيف نذكر اسمك (اختياري؛ اتركه فارغًا إن لم ترد أن يُذكر)
field-attachments = المرفقات
attachments-note = قبل التشفير تُزال البيانات الوصفية المخفية (موقع الصورة، والكاميرا، والأوقات، والمؤلف، والتعليقات) من صور JPEG وPNG. أما الملفات الأخرى فتُرسَل كما هي: أزل منها هذه البيانات بنفسك. يمكنك إعادة تسمية كل ملف أدناه.
recipients-legend = من يمكنه قراءته
recipients-note = كل من عليه علامة يمكنه قراءة بلاغك. العضو الذي تزيل علامته لا يحصل على مفتاح له: لا يستطيع قراءة البلاغ ولا مرفقاته ولا رسائل اسمك الرمزي، ولا يُظهر الملف من استُبعد. لكنه يستطيع، مثل كل عضو ومثل الخادم، أن يرى أن بلاغًا وصل، وفي أي يوم، وحجمه التقريبي؛ ويمكن للأعضاء الذين اخترتهم أن يخبروه به. يجب أن يبقى عضو واحد على الأقل.
recipients-at-least-one = يجب أن يتمكن عضو واحد على الأقل من قراءة بلاغك.
replies-checkbox = أريد أن أتلقى ردودًا
replies-note = إذا اخترت هذا، تُنشئ الصفحة اسمًا رمزيًا (ثماني كلمات) بعد الإرسال. اكتبه: إنه الطريقة الوحيدة لقراءة ردود الفريق، ولا يُعرض إلا مرة واحدة.
send-button = أرسل البلاغ

## Before you send

guide-heading = قبل أن ترسل
guide-tor = استخدم متصفح Tor: فهو يخفي عن صندوق البلاغات هذا وعن شبكتك من أنت وأين أنت؛ أما المتصفح العادي فلا يفعل.
guide-metadata = قد تكشفك الملفات: الأسماء والأماكن والأوقات داخل المستندات والصور، والتفاصيل التي لا يعرفها إلا قلة. أزل ما تستطيع؛ هذه الصفحة لا تنظّف إلا صور JPEG وPNG.
guide-codename = إذا طلبت ردودًا، فاكتب الاسم الرمزي واحفظه في مكان آمن، لا في هذا المتصفح. من يملكه يستطيع قراءة الردود؛ وإن أضعته فلا أحد يستطيع إعادته إليك.

## Attachments

attachment-name = اسم المرفق { $n } ({ $size ->
    [zero] { $size } بايت
    [one] بايت واحد
    [two] بايتان
    [few] { $size } بايتات
   *[other] { $size } بايت
  })
attachment-checking = جارٍ البحث عن بيانات وصفية مخفية…
attachment-as-is = يُرسَل كما هو: لا تزيل هذه الصفحة البيانات الوصفية إلا من صور JPEG وPNG، فتبقى الأسماء والأماكن وسجل التعديل الموجودة داخل هذا الملف فيه.
attachment-too-large = صورة { $kind } هذه أكبر من أن تُفحص هنا بحثًا عن بيانات وصفية مخفية؛ أزل بياناتها الوصفية بنفسك، أو لا ترفقها.
attachment-removed = أُزيل قبل التشفير: { $removed }.
attachment-clean = لم يُعثر على بيانات وصفية مخفية في هذه الصورة.
attachment-unreadable = يبدو هذا الملف صورة { $kind } لكن تعذّرت قراءته ({ $detail })، فلم يمكن إزالة بياناته الوصفية المخفية. لا ترفقه، أو أصلحه أولًا.

## Sending a report

error-no-recipient = اختر عضوًا واحدًا على الأقل ليقرأ بلاغك.
error-empty = البلاغ فارغ: اكتب شيئًا أو أرفق ملفًا.
error-file = { $name }: { $problem }
error-too-large = المرفقات أكبر مما يقبله صندوق البلاغات هذا (على الأكثر { $max } بايت إجمالًا).
error-encrypted-too-large = البلاغ المشفّر أكبر مما يقبله صندوق البلاغات هذا
error-worker = تعطّل العامل الخلفي للصفحة
progress-heading = جارٍ الإرسال
progress-bar =
    .aria-label = التقدّم
progress-keys = جارٍ إنشاء مفاتيح اسمك الرمزي…
progress-keys-percent = جارٍ إنشاء مفاتيح اسمك الرمزي… { $percent }٪
progress-no-worker = العمّال الخلفيون (Web Workers) غير متاحين؛ يجري العمل في هذه الصفحة، وقد تتجمّد لبعض الوقت…
progress-sending = جارٍ التشفير والإرسال…
progress-sending-bytes = جارٍ التشفير والإرسال… { $percent }٪ ({ $sent } من { $total } بايت)
status-puzzle = جارٍ حل أحجية الخادم المضادة للإغراق ({ $bits } بت)…
status-resuming = انقطع الاتصال؛ جارٍ الاستئناف (المحاولة { $attempt } من { $retries })…
sent = أُرسل.
sent-uncertain = انقطع الاتصال في اللحظة الأخيرة؛ الأرجح أن بلاغك قد وصل.
sent-record-note = ملاحظة: لم يُحفظ سجل من يمكنه قراءة محادثتك ({ $detail })؛ يمكنك إرسال رسائل المتابعة بعد أن يردّ الفريق.
send-failed = فشل الإرسال: { $detail }. لم يُؤكَّد استلام شيء؛ يمكنك المحاولة مجددًا.

## The receipt and the codename

done-heading = وصل بلاغك
receipt-text = الإيصال (sha256 لما أُرسل بالضبط؛ يرى الفريق الرقم نفسه):
receipt-output =
    .aria-label = الإيصال
codename-heading = اسمك الرمزي
codename-keep = اكتبه واحفظه سرًا؛ لا يُعرض إلا مرة واحدة.
codename-output =
    .aria-label = الاسم الرمزي
codename-note = به تستطيع أنت، وأنت وحدك، قراءة ردود الفريق، أدناه تحت «التحقق من الردود» أو بالأمر dropbox-submit replies.
left-out = مستبعَدون: { $names }. لا يستطيعون قراءة هذا البلاغ.

## Checking replies and sending follow-ups

replies-heading = التحقق من الردود
replies-intro = إذا أرسلت بلاغًا باسم رمزي، فأدخله هنا لتقرأ ردود الفريق وتكتب إليه. يُتحقَّق من كل ردّ بمقارنته بقائمة أعضاء الفريق؛ وتُظهر الصفحة أي عضو كتبه.
check-codename-label = الاسم الرمزي للتحقق من الردود
check-note = ثماني كلمات، كما عرضتها الصفحة بعد إرسال بلاغك.
check-button = تحقّق من الردود
codename-word-count = الاسم الرمزي ثماني كلمات بالضبط؛ هذا فيه { $count }.
codename-unknown-word = الكلمة { $n } من الاسم الرمزي ليست في قائمة الكلمات؛ تحقّق من تهجئتها.
check-deriving = جارٍ اشتقاق مفاتيح اسمك الرمزي…
check-deriving-percent = جارٍ اشتقاق مفاتيح اسمك الرمزي… { $percent }٪
check-fetching = جارٍ جلب صندوق بريدك…
check-mailbox-refused = أجاب صندوق البلاغات بـ { $status } عن صندوق بريدك
check-mailbox-refused-message = أجاب صندوق البلاغات بـ { $status } عن صندوق بريدك: { $message }
check-verifying = جارٍ التحقق من توقيع كل ردّ…
check-verified = { $count ->
    [zero] لا ردود متحقَّق منها.
    [one] ردّ واحد متحقَّق منه.
    [two] ردّان متحقَّق منهما.
    [few] { $count } ردود متحقَّق منها.
   *[other] { $count } ردًّا متحقَّقًا منه.
  }
check-failed = تعذّر التحقق من الردود: { $detail }.
conversation-heading = المحادثة
conversation-log =
    .aria-label = المحادثة
no-replies = لا ردود بعد.
reply-from = #{ $seq } من { $author } ({ $member })، { $day }:
own-followup = أنت (متابعة #{ $seq })، { $day }:
own-followup-now = أنت (متابعة #{ $seq }، أُرسلت الآن)، { $day }:
sent-files = { $count ->
    [one] ملف واحد: { $names }
    [two] ملفان: { $names }
    [few] { $count } ملفات: { $names }
   *[other] { $count } ملفًا: { $names }
  }
reply-missing = { $count ->
    [one] الرد { $list } مفقود: ربما حجبه الخادم، أو انتهت صلاحيته.
   *[other] الردود { $list } مفقودة: ربما حجبها الخادم، أو انتهت صلاحيتها.
  }
reply-problem = تحذير: { $problem }. قد يكون مزوّرًا؛ لذلك لا يُعرض.
followup-unavailable-none = لا يمكنك إرسال متابعة هنا: لا سجل محادثتك ولا أي رد من الفريق يحدّد من يمكنه قراءتها (ربما انتهت صلاحيته). أرسل بلاغًا جديدًا بدلًا من ذلك، واختر قرّاءه.
followup-unavailable-empty = لا يستطيع أي عضو حالي في الفريق قراءة هذه المحادثة؛ لا يمكنك إرسال متابعة.
followup-label = متابعة
followup-seq-label = رقم هذه المتابعة (محسوب من صندوق بريدك)
followup-files-label = ملفات تضاف إلى المتابعة
followup-files-note = كما في البلاغ: تُزال البيانات الوصفية المخفية من صور JPEG وPNG قبل التشفير؛ وتُرسَل الملفات الأخرى كما هي.
followup-recipients-note = العضو الذي تزيل علامته لا يحصل على مفتاح لهذه الرسالة؛ يجب أن يبقى واحد على الأقل. لا يُعرض أبدًا الأعضاء الذين استبعدهم بلاغك.
followup-to = متابعة إلى { $name }
followup-left-out = مستبعَدون من هذه المحادثة كما اختار بلاغك: { $names }.
followup-send = أرسل المتابعة
followup-done = وصلت المتابعة. الإيصال:
followup-receipt =
    .aria-label = إقرار استلام متابعتك
followup-check-first = تحقّق من ردودك باسمك الرمزي أولًا.
followup-empty = المتابعة فارغة.
followup-no-recipient = اختر عضوًا واحدًا على الأقل ليقرأ متابعتك.
followup-too-large = الملفات أكبر مما يقبله صندوق البلاغات هذا (على الأكثر { $max } بايت إجمالًا).
followup-encrypted-too-large = المتابعة المشفّرة أكبر مما يقبله صندوق البلاغات هذا
followup-fingerprinting = جارٍ حساب بصمات الملفات لتوقيعك…
followup-sending-percent = جارٍ الإرسال… { $percent }٪
followup-sent-uncertain = انقطع الاتصال في اللحظة الأخيرة؛ الأرجح أن متابعتك قد وصلت.
followup-copy-note = ملاحظة: لم تُحفظ نسختها في سجل محادثتك ({ $detail }).

## Staying safe

safety-heading = البقاء آمنًا
safety-tor = استخدم متصفح Tor وعنوان ‎.onion الخاص بصندوق البلاغات هذا إن استطعت. في مستوى الأمان «أكثر أمانًا» تظل هذه الصفحة تعمل (ببطء أكبر)؛ أما في «الأكثر أمانًا» فيكون JavaScript متوقفًا ولا تستطيع التشفير.
safety-nothing-stored = لا تخزّن هذه الصفحة شيئًا مما تكتبه: لا ملفات تعريف ارتباط، ولا تخزين محلي. أغلق علامة التبويب حين تنتهي.
safety-cli = إذا كنت معرّضًا لخطر كبير، فاستخدم بدلًا منها أداة سطر الأوامر dropbox-submit: فهي تجري التشفير نفسه على حاسوبك أنت، دون متصفح.

## The text-only form without JavaScript (served by dropbox-server at /nojs, routes/nojs.rs)

nojs-page-title = بلاغ بدون JavaScript
nojs-heading = بلاغ إلى { $team } بدون JavaScript
nojs-warning = تحذير: يستطيع مشغّل الخادم قراءة ما ترسله عبر هذا النموذج.
nojs-explain = يرسل متصفحك النص إلى الخادم، الذي يشفّره للفريق. للتشفير من طرف إلى طرف، استخدم الصفحة العادية مع تفعيل JavaScript، أو أداة سطر الأوامر dropbox-submit.
nojs-text-only = نص فقط (64 كيلوبايت على الأكثر): بلا مرفقات وبلا اسم رمزي، لذا لا يستطيع الفريق الرد عليك هنا.
nojs-received-heading = تم استلام البلاغ
nojs-receipt = الإيصال (sha256 للبلاغ المشفّر):
nojs-keep-receipt = احتفظ به إن أردت أن تثبت لاحقًا أنك أرسلت هذا البلاغ.
nojs-too-large = يقبل النموذج 64 كيلوبايت من النص على الأكثر. لم يُرسَل شيء: اختصر البلاغ وأرسله مجددًا.
nojs-empty = نص البلاغ فارغ. لم يُرسَل شيء: اكتب ما حدث وأرسله مجددًا.
nojs-failed = تعذّر على صندوق البلاغات حفظ بلاغك ({ $detail }). لم يُحفَظ شيء؛ حاول لاحقًا.
nojs-back = العودة إلى النموذج
