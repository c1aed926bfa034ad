# Persian. Machine-drafted (see web/TRANSLATIONS.md); awaiting review by a native speaker.
# dropbox-submit's messages (reporter-cli/); the source is en.ftl.

## --help's opening text

help-about = dropbox-submit: یک گزارش رمزگذاری‌شده به صندوق گزارش یک تیم بفرستید و پس از آن با یک نام رمزی با تیم گفت‌وگو کنید.
help-words = واژه‌ها: اثر انگشت تیم شناسه‌ای است که تیم در وب‌سایت خودش منتشر می‌کند (پیوند صندوق گزارش آن با #team=<اثر انگشت> تمام می‌شود)؛ فهرست اعضا فهرست امضاشده اعضای تیم و کلیدهای آن‌هاست؛ گیرندگان اعضایی‌اند که می‌توانند گزارش شما را بخوانند؛ نام رمزی هشت واژه است که با آن پاسخ‌های تیم را می‌خوانید.

## verify

verify-team = تیم: { $team }
verify-roster = فهرست اعضا: #{ $seq } ({ $hash })، معتبر تا { $expires }
verify-members = { $count ->
    [one] یک عضو (گزارش شما را دریافت می‌کند، مگر اینکه با --leave-out ID کنارش بگذارید):
   *[other] { $count } عضو (هر یک گزارش شما را دریافت می‌کند، مگر اینکه با --leave-out ID کنارش بگذارید):
  }
verify-categories = دسته‌ها: { $categories }
warn-endpoints = هشدار: نشانی این سرور جزو نشانی‌های تیم نیست: { $endpoints }

## send

warn-endpoint-unlisted = هشدار: { $server } جزو نشانی‌های منتشرشده تیم نیست؛ مطمئن شوید به صندوق گزارش درست رسیده‌اید
deriving-keys = در حال ساختن کلیدهای نام رمزی شما…
send-received = گزارش شما دریافت شد.
send-written = گزارش رمزگذاری‌شده شما در { $file } است.
send-receipt = رسید (sha256 آنچه فرستاده شد): { $receipt }
send-left-out = { $count ->
    [one] کنار گذاشته‌شده: { $names }. او نمی‌تواند این گزارش یا هر چیزی را که تیم از آن به دست می‌آورد بخواند.
   *[other] کنار گذاشته‌شده ({ $count }): { $names }. آن‌ها نمی‌توانند این گزارش یا هر چیزی را که تیم از آن به دست می‌آورد بخوانند.
  }
send-codename-heading = نام رمزی شما (آن را یادداشت کنید و پنهان نگه دارید؛ فقط همین یک بار نشان داده می‌شود):
send-codename-use = از آن با `dropbox-submit replies` و `dropbox-submit followup` استفاده کنید.
warn-record-failed = هشدار: گزارش شما دریافت شد، اما سابقه اینکه چه کسی می‌تواند گفت‌وگوی شما را بخواند ذخیره نشد ({ $error })؛ پس از پاسخ تیم می‌توانید پیام پیگیری بفرستید
error-empty = گزارش خالی است: --body یا --body-file یا --attach را بدهید
error-category = دسته ناشناخته { $name }؛ دسته‌های این تیم: { $categories }
error-severity = شدت باید critical یا high یا medium یا low باشد

## attachments and recipients

attach-clean = { $name }: فراداده‌ای پیدا نشد
attach-removed = { $name }: حذف شد: { $removed }
attach-as-is = هشدار: { $name } همان‌طور که هست فرستاده می‌شود؛ پرونده‌هایی جز JPEG و PNG ممکن است فراداده‌های شناسایی‌کننده (نویسنده، دستگاه، مکان) داشته باشند که این ابزار نمی‌تواند حذف کند
error-not-member = { $name } عضو این تیم نیست؛ اعضا: { $names }
error-no-recipient = دست‌کم یک عضو باید گزارش را دریافت کند
error-cannot-read = { $file } خوانده نمی‌شود
error-not-file = { $file } یک پرونده معمولی نیست
error-image-large = { $file } تصویری بزرگ‌تر از آن است که اینجا از فراداده پاک شود؛ اول آن را کوچک کنید
error-image-parse = { $file } شبیه تصویر است اما برای حذف فراداده‌اش خوانده نمی‌شود؛ اول آن را تبدیل کنید
error-drop-key = رمزگذاری برای { $member } ممکن نیست: هیچ کلید تحویلی از او که زیر فهرست اعضا امضا شده باشد امروز معتبر نیست؛ او را کنار بگذارید (--leave-out { $member }) یا پس از همگام‌سازی او دوباره تلاش کنید
uploading = در حال بارگذاری
error-receipt = صندوق گزارش بایت‌هایی جز آنچه فرستاده شد را تأیید کرد (رسید { $receipt }، مورد انتظار { $expected })؛ به این سرور اعتماد نکنید
error-upload-failing = بارگذاری پیاپی شکست می‌خورد؛ چیزی تأیید نشد، بعداً دوباره تلاش کنید

## reaching the drop box

error-no-server = نشانی صندوق گزارش داده نشده: --server را بدهید یا DROPBOX_SERVER را تنظیم کنید
error-bad-url = { $server } نشانی قابل‌استفاده‌ای برای صندوق گزارش نیست: از https:// استفاده کنید، یا از http:// فقط برای نشانی .onion یا loopback
error-unreachable = دسترسی به { $server } ممکن نیست
error-roster = فهرست اعضای تیم تأیید نمی‌شود: { $detail }. چیزی نفرستید؛ اثر انگشت را با وب‌سایت خود تیم مقایسه کنید

## replies

codename-prompt = نام رمزی:
replies-none = هنوز پاسخی نیامده است.
reply-heading = #{ $seq } از { $author } ({ $member }) در { $day }:
author-former-key = { $name } (کلید پیشین)
author-former-member = { $name } (عضو پیشین)
warn-replies-missing = { $count ->
    [one] هشدار: پاسخ { $missing } گم شده است؛ شاید سرور آن را نگه داشته یا منقضی شده باشد
   *[other] هشدار: پاسخ‌های { $missing } گم شده‌اند؛ شاید سرور آن‌ها را نگه داشته یا منقضی شده باشند
  }
warn-problem = هشدار: { $problem }
error-mailbox = صندوق گزارش برای صندوق پستی شما { $code } پاسخ داد: { $detail }

## followup

followup-replies-so-far = پاسخ‌های تیم تا کنون:
followup-received = پیگیری شماره { $seq } شما دریافت شد. رسید: { $receipt }
followup-readable = قابل خواندن برای: { $names }.
warn-copy-failed = هشدار: پیگیری شما دریافت شد، اما رونوشت آن در سابقه گفت‌وگوی شما ذخیره نشد ({ $error })؛ به پیگیری بعدی‌تان --seq { $next } بدهید

## consent: what you agree to before anything is encrypted (consent.rs;
## `--json` keeps its English keys). $all, $first, $unread, $read,
## $written, $days and $backup each hold a consent-days text ("30 days").

consent-intro-report = پیش از آنکه گزارش شما رمزگذاری و برای { $team } فرستاده شود، لطفاً بخوانید چه بر سر آن می‌آید.
consent-intro-followup = پیش از آنکه پیگیری شما رمزگذاری و برای { $team } فرستاده شود، لطفاً بخوانید چه بر سر آن می‌آید.
consent-where-server = کجا نگه داشته می‌شود: نخست رمزگذاری‌شده روی همین رایانه، سپس رمزگذاری‌شده در صندوق گزارش به نشانی { $url } تا تیم آن را بردارد، و پس از آن در انبار رمزگذاری‌شدهٔ پرونده‌های هر عضوی که می‌تواند آن را بخواند. گردانندهٔ صندوق گزارش نمی‌تواند آن را بخواند.
consent-where-file = کجا نگه داشته می‌شود: رمزگذاری‌شده در { $file } که خودتان آن را می‌رسانید؛ پس از آنکه تیم آن را وارد کرد، در انبار رمزگذاری‌شدهٔ پرونده‌های هر عضوی که می‌تواند آن را بخواند.
consent-days = { $count ->
    [one] { $count } روز
   *[other] { $count } روز
  }
consent-how-long = چه مدت: صندوق گزارش آن را { $all } پس از آنکه همهٔ خوانندگان آن را برداشتند، یا { $first } پس از آنکه نخستین نفر برداشت، هر کدام زودتر باشد، پاک می‌کند، و اگر کسی آن را برندارد { $unread } پس از رسیدن. پاسخ‌های تیم به شما { $read } پس از آنکه آن‌ها را خواندید، یا { $written } پس از نوشته‌شدن، از صندوق گزارش پاک می‌شوند.
consent-purge = تیم پرونده را { $days } پس از بستن آن پاک می‌کند (مگر آنکه عضوی ناچار باشد آن را بیشتر نگه دارد، به‌خاطر الزام قانونی به نگهداری یا افشایی در جریان)، و نسخه‌های پشتیبان آن تا { $backup } خواندنی می‌مانند.
consent-drop-keys = با کلیدهای کوتاه‌عمری رمزگذاری می‌شود که هر خواننده پس از گذشتن بازهٔ { $count } روزهٔ خود و یک بازهٔ دیگر نابودشان می‌کند: پس از آن هیچ‌کس، حتی تیم، نمی‌تواند هیچ رونوشتی از بارگذاری رمزگذاری‌شده را (در صندوق گزارش یا نسخه‌های پشتیبان آن) باز کند.
consent-drop-keys-codename = استثنا نام رمزی شماست: هر کس آن را داشته باشد می‌تواند رونوشت صندوق گزارش را تا وقتی صندوق آن را نگه می‌دارد باز کند، و نیز هر رونوشتی را که شما ذخیره می‌کنید.
consent-readers = چه کسانی می‌توانند آن را بخوانند: { $names }.
consent-left-out = کنار گذاشته‌شدگان: { $names }. آن‌ها نمی‌توانند آن را یا هر چیزی که تیم از آن به دست می‌آورد بخوانند.
consent-contact-given = اطلاعات تماس شما را فقط تیم به کار می‌برد، تا دربارهٔ این گزارش با شما تماس بگیرد.
consent-contact-none = شما اطلاعات تماسی نمی‌دهید: تیم فقط از راه پاسخ به یک نام رمزی می‌تواند به شما برسد.
consent-credit-given = سطر قدردانی شما همان نامی است که تیم اگر برای این گزارش علناً از شما قدردانی کند، به کار می‌برد.
consent-credit-none = شما قدردانی نمی‌خواهید: تیم نام شما را نمی‌برد.
consent-share = تیم ممکن است گزارش را با طرفی که به آن مربوط است (مثلاً سازندهٔ نرم‌افزار یا سازمان مربوط) به اشتراک بگذارد، رمزگذاری‌شده برای همان طرف و فقط تا جایی که برچسب TLP آن اجازه می‌دهد؛ اطلاعات تماس و قدردانی شما فقط اگر تیم بخواهد همراه آن می‌رود.
consent-codename = با نام رمزی خود می‌توانید پاسخ‌های تیم را بخوانید، پیگیری بفرستید و بعداً گزارش را پس بگیرید (`dropbox-submit withdraw`).
consent-no-codename = بدون نام رمزی (--replies) نمی‌توانید بعداً این گزارش را پس بگیرید، پاسخ‌ها را بخوانید یا پیگیری بفرستید.
consent-keep = رونوشتی دقیقاً از آنچه بارگذاری می‌شود در { $file } نگه داشته می‌شود؛ فقط با نام رمزی شما باز می‌شود (`dropbox-submit open`).
consent-nothing-sent = چیزی از این رضایت فرستاده نمی‌شود: فقط خود گزارش رمزگذاری‌شده.
# The question waits on its line. "y" and "yes" always mean yes; so do
# consent-yes's words (comma-separated, any case): keep the letter you put
# in the question's brackets among them.
consent-ask-report = این گزارش فرستاده شود؟ [ب/N]
consent-ask-followup = این پیگیری فرستاده شود؟ [ب/N]
consent-yes = ب, بله, آری
consent-declined = موافقت نکردید، پس چیزی رمزگذاری یا فرستاده نشد
consent-needed = ترمینالی برای پرسیدن رضایت شما نیست: آن را در یک ترمینال اجرا کنید تا بخوانید چه چیزی، چه مدت نگه داشته می‌شود و چه کسی می‌تواند آن را بخواند، یا برای موافقت --yes را بیفزایید (متن در خروجی خطای استاندارد چاپ می‌شود و واقعیت‌ها با --json)
error-answer = پاسخ شما خوانده نمی‌شود: { $error }

## --keep, open, replies (--copy, --export) and a follow-up's readers

keep-saved = رونوشتی از آنچه فرستاده شد در { $file } است؛ با نام رمزی شما باز می‌شود (`dropbox-submit open`).
error-keep-report = گزارش شما دریافت شد، اما رونوشت آن در { $file } ذخیره نشد
error-keep-followup = پیگیری شما دریافت شد، اما رونوشت آن در { $file } ذخیره نشد
# open's labels: the values are lined up after the longest.
open-report = گزارش شما در { $day }
open-followup = پیگیری شمارهٔ { $seq } شما در { $day }
open-sent-to = فرستاده به:
open-title = عنوان:
open-category = دسته:
open-severity = شدت:
open-contact = تماس:
open-credit = قدردانی:
open-attachments = پیوست‌ها:
open-attachment = { $size ->
    [one] { $name } ({ $media }، { $size } بایت)
   *[other] { $name } ({ $media }، { $size } بایت)
  }
open-attachment-saved = { $size ->
    [one] { $name } ({ $media }، { $size } بایت)، ذخیره‌شده با نام { $file }
   *[other] { $name } ({ $media }، { $size } بایت)، ذخیره‌شده با نام { $file }
  }
open-save-hint = آن‌ها را با --out DIR ذخیره کنید.
warn-attachment-exists = هشدار: { $file } از پیش وجود دارد و دست‌نخورده ماند؛ پیوست آن ذخیره نشد
error-copy-codename = { $file } با این نام رمزی برای این تیم باز نمی‌شود (رونوشتی که با `send --keep`، `followup --keep` یا صفحه نگه داشته شده فقط با نام رمزی‌ای که با آن فرستاده شده باز می‌شود)
error-copy-damaged = { $file } رونوشت سالمی از یک گزارش نیست
error-copy-other = { $file } به گفت‌وگوی نام رمزی دیگری تعلق دارد
error-copy-kind = { $file } هیچ گزارش یا پیگیری‌ای از شما ندارد (یک بستهٔ { $kind } است)
error-copy-signature = { $file }: امضای آن تأیید نمی‌شود
replies-exported = گفت‌وگو در { $file } نوشته شد.
conversation-report = گزارش شما در { $day }:
conversation-followup = پیگیری شمارهٔ { $seq } شما در { $day }:
conversation-followup-unnumbered = پیگیری شما در { $day }:
conversation-attached = (پیوست: { $names })
error-codename-stdin = نام رمزی از ورودی استاندارد خوانده نمی‌شود
error-codename-terminal = نام رمزی از ترمینال خوانده نمی‌شود
error-readers-unknown = نمی‌توان دانست چه کسی اجازهٔ خواندن این گفت‌وگو را دارد: نه سابقهٔ گفت‌وگوی شما و نه هیچ پاسخی از تیم این را نمی‌گوید (شاید منقضی شده باشد)؛ چیزی فرستاده نشد. به‌جای آن گزارش تازه‌ای بفرستید و خوانندگانش را برگزینید
error-no-reader-left = هیچ عضو کنونی تیم اجازهٔ خواندن این گفت‌وگو را ندارد (دیگران کنار گذاشته شده‌اند یا رفته‌اند)؛ چیزی فرستاده نشد

## withdraw

withdraw-deleted = رونوشت گزارش شما در صندوق گزارش پاک شد.
withdraw-not-held = صندوق گزارش دیگر گزارش شما را نداشت (تیم آن را برداشته بود، یا پیش از آنکه بتوان گزارش‌ها را این‌گونه پس گرفت فرستاده شده بود).
withdraw-received = درخواست پس‌گیری شما دریافت شد (رسید { $receipt }). قابل خواندن برای: { $names }.
withdraw-next = تیم پرونده را می‌بندد و پس از دوره پشتیبان‌گیری‌اش پاک می‌کند، مگر آنکه ناچار به نگه‌داشتن آن باشد (الزام قانونی، افشای در جریان)؛ در آن صورت در یک پاسخ دلیلش را به شما می‌گوید (`dropbox-submit replies`).
error-withdraw-refused = به تیم خبر داده شد، اما صندوق گزارش پاک کردن گزارش شما را رد کرد ({ $code }): { $detail }؛ `dropbox-submit withdraw` را دوباره اجرا کنید
error-withdraw-untold = به تیم درباره پس‌گیری شما خبر داده نشد

## errors from the drop box, files and flags
no-explanation = بدون توضیح
error-bad-proxy = پراکسی نامعتبر { $proxy }
error-response-unreadable = پاسخ صندوق گزارش خوانده نشد
error-roster-status = { $server } به درخواست فهرست اعضایش با { $code } پاسخ داد
error-attestation-status = { $server } به درخواست گواهی فهرست اعضا با { $code } پاسخ داد
error-upload-refused = صندوق گزارش بارگذاری را نپذیرفت ({ $code }): { $detail }
error-no-upload-location = صندوق گزارش جایی برای بارگذاری اعلام نکرد
error-upload-lost = صندوق گزارش بارگذاری را گم کرد؛ گزارش را دوباره بفرستید
error-state-corrupt = { $file } خراب است؛ برای شروع دوباره آن را پاک کنید
error-server-or-roster = --server یا --roster-file را بدهید
error-cannot-create = ساختن { $file } ممکن نیست
error-pgp-needs-server = --team-pgp برای گرفتن گواهی به --server نیاز دارد
error-copy-altered = { $file } دست‌کاری شده یا ناقص است
error-cannot-save = ذخیرهٔ { $file } ممکن نیست
error-cannot-write = نوشتن { $file } ممکن نیست
error-dropkeys-status = صندوق گزارش به درخواست کلیدهای تحویلش با { $code } پاسخ داد؛ بعداً دوباره امتحان کنید
error-dropkeys-malformed = صندوق گزارش کلیدهای تحویل معیوب داد
error-pow-unreasonable = صندوق گزارش اثبات کاری نامعقول می‌خواهد ({ $bits } بیت)
