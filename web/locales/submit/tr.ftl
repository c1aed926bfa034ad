# Turkish. Machine-drafted (see web/TRANSLATIONS.md); awaiting review by a native speaker.
# dropbox-submit's messages (reporter-cli/); the source is en.ftl.

## --help's opening text

help-about = dropbox-submit: bir ekibin ihbar kutusuna şifreli bir ihbar gönderin, ardından bir kod adıyla ekiple yazışın.
help-words = Terimler: ekip parmak izi, ekibin kendi web sitesinde yayımladığı kimliktir (ihbar kutusuna giden bağlantı #team=<parmak izi> ile biter); üye listesi, ekip üyelerinin ve anahtarlarının imzalı listesidir; alıcılar, ihbarınızı okuyabilen üyelerdir; kod adı, ekibin yanıtlarını okumanızı sağlayan sekiz sözcüktür.

## verify

verify-team = Ekip: { $team }
verify-roster = Üye listesi: #{ $seq } ({ $hash }), { $expires } tarihine kadar geçerli
verify-members = { $count ->
    [one] Bir üye (--leave-out ID ile dışarıda bırakmadıkça ihbarınızı alır):
   *[other] { $count } üye (her biri, --leave-out ID ile dışarıda bırakmadıkça ihbarınızı alır):
  }
verify-categories = Kategoriler: { $categories }
warn-endpoints = uyarı: bu sunucunun adresi ekibin adresleri arasında değil: { $endpoints }

## send

warn-endpoint-unlisted = uyarı: { $server } ekibin yayımladığı adresler arasında değil; doğru ihbar kutusuna ulaştığınızdan emin olun
deriving-keys = kod adınızın anahtarları türetiliyor…
send-received = İhbarınız alındı.
send-written = Şifreli ihbarınız { $file } dosyasında.
send-receipt = Makbuz (gönderilenin sha256 değeri): { $receipt }
send-left-out = { $count ->
    [one] Dışarıda bırakılan: { $names }. Bu ihbarı ve ekibin ondan çıkardığı hiçbir şeyi okuyamaz.
   *[other] Dışarıda bırakılanlar ({ $count }): { $names }. Bu ihbarı ve ekibin ondan çıkardığı hiçbir şeyi okuyamazlar.
  }
send-codename-heading = Kod adınız (not edin ve gizli tutun; yalnızca bu kez gösterilir):
send-codename-use = Onu `dropbox-submit replies` ve `dropbox-submit followup` ile kullanın.
warn-record-failed = uyarı: ihbarınız alındı, ancak yazışmanızı kimlerin okuyabileceğinin kaydı saklanamadı ({ $error }); ekip yanıt verdikten sonra ek mesaj gönderebilirsiniz
error-empty = ihbar boş: --body, --body-file veya --attach verin
error-category = bilinmeyen kategori { $name }; bu ekibin kategorileri: { $categories }
error-severity = önem derecesi critical, high, medium veya low olmalı

## attachments and recipients

attach-clean = { $name }: üst veri bulunamadı
attach-removed = { $name }: kaldırıldı: { $removed }
attach-as-is = uyarı: { $name } olduğu gibi gönderiliyor; JPEG ve PNG dışındaki dosyalar, bu aracın kaldıramadığı kimlik belirleyici üst veriler (yazar, cihaz, konum) taşıyabilir
error-not-member = { $name } bu ekibin üyesi değil; üyeler: { $names }
error-no-recipient = ihbarı en az bir üye almalı
error-cannot-read = { $file } okunamıyor
error-not-file = { $file } normal bir dosya değil
error-image-large = { $file } burada üst verisi temizlenemeyecek kadar büyük bir görüntü; önce küçültün
error-image-parse = { $file } bir görüntüye benziyor ama üst verisini kaldırmak için çözümlenemiyor; önce dönüştürün
error-drop-key = { $member } için şifrelenemiyor: üye listesi altında imzalanmış teslim anahtarlarından hiçbiri bugün geçerli değil; onu dışarıda bırakın (--leave-out { $member }) ya da eşitleme yaptıktan sonra yeniden deneyin
uploading = yükleniyor
error-receipt = ihbar kutusu gönderilenden farklı baytları onayladı (makbuz { $receipt }, beklenen { $expected }); bu sunucuya güvenmeyin
error-upload-failing = yükleme sürekli başarısız oluyor; hiçbir şey onaylanmadı, daha sonra yeniden deneyin

## reaching the drop box

error-no-server = ihbar kutusu adresi yok: --server verin veya DROPBOX_SERVER ayarlayın
error-bad-url = { $server } kullanılabilir bir ihbar kutusu adresi değil: https:// kullanın, http:// yalnızca .onion veya loopback adresi için
error-unreachable = { $server } adresine ulaşılamıyor
error-roster = ekibin üye listesi doğrulanmıyor: { $detail }. Hiçbir şey göndermeyin; parmak izini ekibin kendi web sitesindekiyle karşılaştırın

## replies

codename-prompt = Kod adı:
replies-none = Henüz yanıt yok.
reply-heading = #{ $seq }, { $author } ({ $member }), { $day }:
author-former-key = { $name } (eski anahtar)
author-former-member = { $name } (eski üye)
warn-replies-missing = { $count ->
    [one] uyarı: { $missing } numaralı yanıt eksik; sunucu onu alıkoymuş ya da süresi dolmuş olabilir
   *[other] uyarı: { $missing } numaralı yanıtlar eksik; sunucu onları alıkoymuş ya da süreleri dolmuş olabilir
  }
warn-problem = uyarı: { $problem }
error-mailbox = ihbar kutusu posta kutunuz için { $code } yanıtını verdi: { $detail }

## followup

followup-replies-so-far = Ekibin şimdiye kadarki yanıtları:
followup-received = { $seq } numaralı ek mesajınız alındı. Makbuz: { $receipt }
followup-readable = Okuyabilenler: { $names }.
warn-copy-failed = uyarı: ek mesajınız alındı, ancak yazışma kaydınızdaki kopyası saklanamadı ({ $error }); bir sonraki ek mesajınıza --seq { $next } verin

## consent: what you agree to before anything is encrypted (consent.rs;
## `--json` keeps its English keys). $all, $first, $unread, $read,
## $written, $days and $backup each hold a consent-days text ("30 days").

consent-intro-report = İhbarınız şifrelenip { $team } ekibine gönderilmeden önce, lütfen ona ne olacağını okuyun.
consent-intro-followup = Ek mesajınız şifrelenip { $team } ekibine gönderilmeden önce, lütfen ona ne olacağını okuyun.
consent-where-server = Nerede tutulur: önce bu bilgisayarda şifreli olarak, sonra ekip alana kadar { $url } adresindeki ihbar kutusunda şifreli olarak, ardından onu okuyabilen her üyenin şifreli dosya deposunda. İhbar kutusunu işleten kişi onu okuyamaz.
consent-where-file = Nerede tutulur: kendiniz teslim edeceğiniz { $file } içinde şifreli olarak; ekip onu içe aktardıktan sonra, onu okuyabilen her üyenin şifreli dosya deposunda.
consent-days = { $count ->
   *[other] { $count } gün
  }
consent-how-long = Ne kadar süre: ihbar kutusu onu, tüm okuyucular aldıktan { $all } sonra ya da ilk okuyucu aldıktan { $first } sonra, hangisi önceyse, siler; kimse almazsa gelişinden { $unread } sonra siler. Ekibin size yanıtları, siz okuduktan { $read } sonra ya da yazılmalarından { $written } sonra ihbar kutusundan silinir.
consent-purge = Ekip dosyayı kapattıktan { $days } sonra siler (bir üyenin yasal saklama yükümlülüğü ya da süren bir ifşa nedeniyle onu daha uzun tutması gerekmedikçe); yedekleri { $backup } boyunca okunabilir kalır.
consent-drop-keys = Her okuyucunun { $count } günlük zaman aralığı ve bir sonraki geçince yok ettiği kısa ömürlü anahtarlarla şifrelenir: bundan sonra şifreli yüklemenin hiçbir kopyasını (ihbar kutusunda ya da yedeklerinde) ekip dahil kimse açamaz.
consent-drop-keys-codename = İstisna kod adınızdır: ona sahip olan herkes, ihbar kutusu sakladığı sürece ihbar kutusundaki kopyayı ve kaydettiğiniz her kopyayı açabilir.
consent-readers = Kimler okuyabilir: { $names }.
consent-left-out = Dışarıda bırakılanlar: { $names }. Onu ya da ekibin ondan çıkardığı hiçbir şeyi okuyamazlar.
consent-contact-given = İletişim bilgilerinizi yalnızca ekip, bu ihbar hakkında size ulaşmak için kullanır.
consent-contact-none = İletişim bilgisi vermiyorsunuz: ekip size yalnızca bir kod adına verilen yanıtlarla ulaşabilir.
consent-credit-given = Teşekkür satırınız, ekip bu ihbar için size açıkça teşekkür ederse sizi nasıl anacağıdır.
consent-credit-none = Teşekkür istemiyorsunuz: ekip adınızı anmaz.
consent-share = Ekip ihbarı etkilenen bir tarafla (örneğin yazılımın üreticisi ya da ilgili kuruluşla) paylaşabilir; o taraf için şifrelenmiş olarak ve yalnızca TLP etiketinin izin verdiği ölçüde. İletişim bilgileriniz ve teşekkür satırınız ancak ekip eklemeyi seçerse gider.
consent-codename = Kod adınızla ekibin yanıtlarını okuyabilir, ek mesaj gönderebilir ve ihbarı sonradan geri çekebilirsiniz (`dropbox-submit withdraw`).
consent-no-codename = Kod adı olmadan (--replies) bu ihbarı sonradan geri çekemez, yanıtları okuyamaz ve ek mesaj gönderemezsiniz.
consent-keep = Yüklenenin tam bir kopyası { $file } içinde tutulur; yalnızca kod adınızla açılır (`dropbox-submit open`).
consent-nothing-sent = Bu onaydan hiçbir şey gönderilmez: yalnızca şifreli ihbarın kendisi.
# The question waits on its line. "y" and "yes" always mean yes; so do
# consent-yes's words (comma-separated, any case): keep the letter you put
# in the question's brackets among them.
consent-ask-report = Bu ihbar gönderilsin mi? [e/H]
consent-ask-followup = Bu ek mesaj gönderilsin mi? [e/H]
consent-yes = e, evet
consent-declined = onay vermediniz, bu yüzden hiçbir şey şifrelenmedi ya da gönderilmedi
consent-needed = onayınızı sormak için terminal yok: neyin, ne kadar süre tutulduğunu ve kimin okuyabileceğini okumak için bir terminalde çalıştırın ya da onaylamak için --yes ekleyin (metin standart hata çıktısına, olgular --json ile yazılır)
error-answer = yanıtınız okunamıyor: { $error }

## --keep, open, replies (--copy, --export) and a follow-up's readers

keep-saved = Gönderilenin bir kopyası { $file } içinde; kod adınızla açılır (`dropbox-submit open`).
error-keep-report = ihbarınız alındı, ancak kopyası { $file } içine kaydedilemedi
error-keep-followup = ek mesajınız alındı, ancak kopyası { $file } içine kaydedilemedi
# open's labels: the values are lined up after the longest.
open-report = { $day } tarihli ihbarınız
open-followup = { $day } tarihli { $seq } numaralı ek mesajınız
open-sent-to = Gönderilen:
open-title = Başlık:
open-category = Kategori:
open-severity = Önem:
open-contact = İletişim:
open-credit = Teşekkür:
open-attachments = Ekler:
open-attachment = { $size ->
   *[other] { $name } ({ $media }, { $size } bayt)
  }
open-attachment-saved = { $size ->
   *[other] { $name } ({ $media }, { $size } bayt), { $file } olarak kaydedildi
  }
open-save-hint = Bunları --out DIR ile kaydedin.
warn-attachment-exists = uyarı: { $file } zaten var ve olduğu gibi bırakıldı; eki kaydedilmedi
error-copy-codename = { $file } bu ekip için bu kod adıyla açılmıyor (`send --keep`, `followup --keep` ya da sayfa ile saklanan bir kopya yalnızca gönderildiği kod adıyla açılır)
error-copy-damaged = { $file } bir ihbarın sağlam bir kopyası değil
error-copy-other = { $file } başka bir kod adının yazışmasına ait
error-copy-kind = { $file } sizin bir ihbarınızı ya da ek mesajınızı içermiyor (bir { $kind } paketi)
error-copy-signature = { $file }: imzası doğrulanmıyor
replies-exported = Yazışma { $file } içine yazıldı.
conversation-report = { $day } tarihli ihbarınız:
conversation-followup = { $day } tarihli { $seq } numaralı ek mesajınız:
conversation-followup-unnumbered = { $day } tarihli ek mesajınız:
conversation-attached = (ekli: { $names })
error-codename-stdin = kod adı standart girdiden okunamıyor
error-codename-terminal = kod adı terminalden okunamıyor
error-readers-unknown = bu yazışmayı kimin okuyabileceği anlaşılamıyor: ne yazışmanızın kaydı ne de ekibin herhangi bir yanıtı bunu söylüyor (süresi dolmuş olabilir); hiçbir şey gönderilmedi. Bunun yerine okuyucularını seçerek yeni bir ihbar gönderin
error-no-reader-left = ekibin şu anki hiçbir üyesi bu yazışmayı okuyamaz (diğerleri dışarıda bırakıldı ya da ayrıldı); hiçbir şey gönderilmedi

## withdraw

withdraw-deleted = İhbarınızın ihbar kutusundaki kopyası silindi.
withdraw-not-held = İhbar kutusunda ihbarınız artık yoktu (ekip onu almıştı ya da ihbarlar bu şekilde geri çekilebilmeden önce gönderilmişti).
withdraw-received = Geri çekme isteğiniz alındı (makbuz { $receipt }). Okuyabilenler: { $names }.
withdraw-next = Ekip dosyayı kapatır ve yedekleme süresinden sonra siler; saklaması gerekiyorsa (yasal bir yükümlülük, süren bir açıklama süreci) nedenini bir yanıtta size bildirir (`dropbox-submit replies`).
error-withdraw-refused = ekibe haber verildi, ancak ihbar kutusu ihbarınızı silmeyi reddetti ({ $code }): { $detail }; `dropbox-submit withdraw` komutunu yeniden çalıştırın
error-withdraw-untold = geri çekme isteğiniz ekibe bildirilemedi

## errors from the drop box, files and flags
no-explanation = açıklama yok
error-bad-proxy = geçersiz vekil sunucu { $proxy }
error-response-unreadable = ihbar kutusunun yanıtı okunamadı
error-roster-status = { $server }, üye listesi için { $code } yanıtını verdi
error-attestation-status = { $server }, üye listesi onayı için { $code } yanıtını verdi
error-upload-refused = ihbar kutusu yüklemeyi reddetti ({ $code }): { $detail }
error-no-upload-location = ihbar kutusu yükleme konumu bildirmedi
error-upload-lost = ihbar kutusu yüklemeyi kaybetti; ihbarı yeniden gönderin
error-state-corrupt = { $file } bozuk; baştan başlamak için silin
error-server-or-roster = --server ya da --roster-file verin
error-cannot-create = { $file } oluşturulamıyor
error-pgp-needs-server = --team-pgp, onayı almak için --server gerektirir
error-copy-altered = { $file } değiştirilmiş ya da eksik
error-cannot-save = { $file } kaydedilemiyor
error-cannot-write = { $file } yazılamıyor
error-dropkeys-status = ihbar kutusu teslim anahtarları için { $code } yanıtını verdi; daha sonra yeniden deneyin
error-dropkeys-malformed = ihbar kutusu bozuk teslim anahtarları sundu
error-pow-unreasonable = ihbar kutusu makul olmayan bir iş kanıtı istiyor ({ $bits } bit)
