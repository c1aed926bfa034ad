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

## withdraw

withdraw-deleted = رونوشت گزارش شما در صندوق گزارش پاک شد.
withdraw-not-held = صندوق گزارش دیگر گزارش شما را نداشت (تیم آن را برداشته بود، یا پیش از آنکه بتوان گزارش‌ها را این‌گونه پس گرفت فرستاده شده بود).
withdraw-received = درخواست پس‌گیری شما دریافت شد (رسید { $receipt }). قابل خواندن برای: { $names }.
withdraw-next = تیم پرونده را می‌بندد و پس از دوره پشتیبان‌گیری‌اش پاک می‌کند، مگر آنکه ناچار به نگه‌داشتن آن باشد (الزام قانونی، افشای در جریان)؛ در آن صورت در یک پاسخ دلیلش را به شما می‌گوید (`dropbox-submit replies`).
error-withdraw-refused = به تیم خبر داده شد، اما صندوق گزارش پاک کردن گزارش شما را رد کرد ({ $code }): { $detail }؛ `dropbox-submit withdraw` را دوباره اجرا کنید
error-withdraw-untold = به تیم درباره پس‌گیری شما خبر داده نشد
