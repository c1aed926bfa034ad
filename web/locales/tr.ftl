# Turkish. Machine-drafted (see web/TRANSLATIONS.md); awaiting review by a native speaker.

page-title = İhbar kutusu
language-label = Dil

## Without JavaScript

noscript-needs-js = Bu sayfa, ihbarınızı tarayıcınızda şifrelemek için JavaScript'e ihtiyaç duyar. JavaScript kapalıyken bu sayfada hiçbir şey çalışmaz: tarayıcınız şifreleyemez, bu yüzden hiçbir şey gönderilmez.
noscript-nojs = İşletmeci açtıysa, yalnızca metin içeren bir form JavaScript olmadan çalışır; ancak orada yazdıklarınızı sunucu şifreler, yani sunucu işletmecisi okuyabilir. Ek kabul etmez ve yanıtlar için kod adı vermez.
noscript-nojs-link = Yalnızca metin formu (sunucu işletmecisi okuyabilir)
noscript-cli = İhbar etmenin en güvenli yolu, kendi bilgisayarınızda şifreleyen dropbox-submit komut satırı aracıdır.
noscript-other-languages = Diğer diller

## The team and its roster

trust-heading = İhbarınızı kim okuyacak
team-ask = Bu bağlantı ekibin parmak izini içermiyordu. Onu ekibin kendi web sitesinden kopyalayın (64 harf ve rakam) ve buraya yapıştırın.
team-input-label = Ekibin parmak izi
team-check = Ekibi denetle
team-name-label = Ekip
roster-seq-label = Üye listesi
roster-head-label = Baş özeti
team-fp-label = Parmak izi
team-compare = Yapabiliyorsanız liste numarasını ve baş özetini ekibin yayımladıklarıyla karşılaştırın. Ekibin üyeleri değiştiğinde bunlar da değişir.
trust-readers = { $count ->
    [one] Ekipten bir üye ihbarınızı okuyabilir. Kim olduğunu aşağıda görürsünüz.
   *[other] Aşağıda bazılarını dışarıda bırakmadıkça ekipten { $count } üye ihbarınızı okuyabilir.
  }
trust-server = İhbar kutusunun sunucusu ihbarınızı okuyamaz; kimi dışarıda bıraktığınızı ya da yanıt isteyip istemediğinizi de bilemez. Geldiği günü ve yukarı yuvarlanmış boyutunu görür; Tor Browser olmadan, bağlı kaldığınız sürece ağ adresinizi de görür.
status-checking = Ekibin üye listesi denetleniyor…
status-roster-bad = Ekibin üye listesi doğrulanmıyor ({ $detail }). Buraya hiçbir şey göndermeyin: parmak izini ekibin kendi web sitesinde denetleyin.
status-roster-ok = Ekibin üye listesi doğrulandı: bağlantınızdaki parmak izinden başlayarak ekibin yöneticileri tarafından imzalanmış.
status-bad-fingerprint = Bir ekip parmak izi 64 harf (a–f) ve rakamdan oluşur.
origin-warning = Uyarı: bu adres ({ $origin }) ekibin yayımladığı adresler ({ $endpoints }) arasında değil. Doğru ihbar kutusuna ulaştığınızdan emin olun.
onion-notice-onion = İhbar kutusunun .onion adresini kullanmıyorsunuz. Sizin ağınız ve sunucunun ağı bu siteyi ziyaret ettiğinizi görebilir. Daha fazla güvenlik için ekibin .onion adresini Tor Browser'da açın.
onion-notice-tor = İhbar kutusunun .onion adresini kullanmıyorsunuz. Sizin ağınız ve sunucunun ağı bu siteyi ziyaret ettiğinizi görebilir. Daha fazla güvenlik için Tor Browser kullanın.

## The report form

report-heading = İhbarınız
field-title = Başlık
field-body = İhbar
field-category = Kategori
category-none = (yok)
field-severity = Sizce ne kadar ciddi?
severity-none = (tahmin yok)
severity-critical = Kritik
severity-high = Yüksek
severity-medium = Orta
severity-low = Düşük
field-contact = İletişim bilgileri (isteğe bağlı)
field-credit = Adınız nasıl anılsın (isteğe bağlı; anılmak istemiyorsanız boş bırakın)
field-attachments = Ekler
attachments-note = Şifrelemeden önce JPEG ve PNG görüntülerinden gizli üst veriler (fotoğrafın konumu, kamera, zamanlar, yazar, yorumlar) kaldırılır. Diğer dosyalar olduğu gibi gönderilir: bu verileri onlardan kendiniz kaldırın. Aşağıda her dosyayı yeniden adlandırabilirsiniz.
recipients-legend = Kimler okuyabilir
recipients-note = İşaretli herkes ihbarınızı okuyabilir. İşaretini kaldırdığınız üye ona anahtar almaz: ihbarı, eklerini ya da kod adınızın mesajlarını okuyamaz ve dosya kimin dışarıda bırakıldığını göstermez. Yine de her üye ve sunucu gibi, bir ihbarın geldiğini, hangi gün geldiğini ve yaklaşık boyutunu görebilir; seçtiğiniz üyeler de ona bundan söz edebilir. En az bir üye kalmalıdır.
recipients-at-least-one = İhbarınızı en az bir üye okuyabilmelidir.
replies-checkbox = Yanıt almak istiyorum
replies-note = Bunu işaretlerseniz sayfa gönderdikten sonra bir kod adı (sekiz sözcük) oluşturur. Onu yazın: ekibin yanıtlarını okumanın tek yolu odur ve yalnızca bir kez gösterilir.
send-button = İhbarı gönder

## Before you send

guide-heading = Göndermeden önce
guide-tor = Tor Browser kullanın: kim olduğunuzu ve nerede olduğunuzu bu ihbar kutusundan ve ağınızdan gizler; sıradan bir tarayıcı bunu yapmaz.
guide-metadata = Dosyalar sizi ele verebilir: belgelerin ve fotoğrafların içindeki adlar, yerler ve zamanlar, ve yalnızca birkaç kişinin bildiği ayrıntılar. Kaldırabildiğinizi kaldırın; bu sayfa yalnızca JPEG ve PNG fotoğrafları temizler.
guide-codename = Yanıt istiyorsanız kod adını yazın ve bu tarayıcıda değil, güvenli bir yerde saklayın. Ona sahip olan herkes yanıtları okuyabilir; kaybederseniz kimse onu size geri veremez.

## Attachments

attachment-name = Ek { $n } adı ({ $size } bayt)
attachment-checking = Gizli üst veriler aranıyor…
attachment-as-is = Olduğu gibi gönderilir: bu sayfa üst verileri yalnızca JPEG ve PNG görüntülerinden kaldırır, bu yüzden bu dosyanın içindeki adlar, yerler ya da düzenleme geçmişi içinde kalır.
attachment-too-large = Bu { $kind } görüntüsü burada gizli üst veriler için denetlenemeyecek kadar büyük; üst verilerini kendiniz kaldırın ya da eklemeyin.
attachment-removed = Şifrelemeden önce kaldırıldı: { $removed }.
attachment-clean = Bu görüntüde gizli üst veri bulunamadı.
attachment-unreadable = Bu dosya bir { $kind } görüntüsüne benziyor ama okunamadı ({ $detail }), bu yüzden gizli üst verileri kaldırılamadı. Eklemeyin ya da önce onarın.

## Sending a report

error-no-recipient = İhbarınızı okuyacak en az bir üye seçin.
error-empty = İhbar boş: bir şey yazın ya da bir dosya ekleyin.
error-file = { $name }: { $problem }
error-too-large = Ekler bu ihbar kutusu için fazla büyük (toplamda en çok { $max } bayt).
error-encrypted-too-large = şifrelenmiş ihbar bu ihbar kutusunun kabul ettiğinden büyük
error-worker = sayfanın arka plan işleyicisi çöktü
error-no-drop-key = { $name } için bugün geçerli bir bırakma anahtarı yok ve bu ekibin raporları yalnızca bırakma anahtarlarına gider; { $name } kişisini dışarıda bırakın ya da eşitleme yapıldıktan sonra yeniden deneyin
error-drop-keys-unavailable = bırakma kutusu bırakma anahtarlarını vermedi (HTTP { $status }); daha sonra yeniden deneyin
progress-heading = Gönderiliyor
progress-bar =
    .aria-label = İlerleme
progress-keys = Kod adınızın anahtarları oluşturuluyor…
progress-keys-percent = Kod adınızın anahtarları oluşturuluyor… %{ $percent }
progress-no-worker = Web Worker'lar kullanılamıyor; iş bu sayfada yapılıyor, sayfa bir süre donabilir…
progress-sending = Şifreleniyor ve gönderiliyor…
progress-sending-bytes = Şifreleniyor ve gönderiliyor… %{ $percent } ({ $total } baytın { $sent } baytı)
status-puzzle = Sunucunun sel önleme bulmacası çözülüyor ({ $bits } bit)…
status-resuming = Bağlantı kesildi; sürdürülüyor ({ $retries } denemeden { $attempt }. deneme)…
sent = Gönderildi.
sent-uncertain = Bağlantı en sonda koptu; ihbarınız büyük olasılıkla alındı.
sent-record-note = Not: konuşmanızı kimin okuyabileceğine dair kayıt saklanmadı ({ $detail }); ekip yanıt verdikten sonra ek mesaj gönderebilirsiniz.
send-failed = Gönderme başarısız: { $detail }. Hiçbir şey onaylanmadı; yeniden deneyebilirsiniz.

## The receipt and the codename

done-heading = İhbarınız alındı
receipt-text = Makbuz (tam olarak gönderilenin sha256 değeri; ekip de aynı sayıyı görür):
receipt-output =
    .aria-label = Makbuz
codename-heading = Kod adınız
codename-keep = Onu yazın ve gizli tutun; yalnızca bir kez gösterilir.
codename-output =
    .aria-label = Kod adı
codename-note = Onunla siz, yalnızca siz, ekibin yanıtlarını okuyabilirsiniz: aşağıda “Yanıtlara bak” bölümünde ya da dropbox-submit replies komutuyla.
left-out = Dışarıda bırakılanlar: { $names }. Bu ihbarı okuyamazlar.

## consent
## Before anything is encrypted, from the verified roster's policy (the
## same facts as dropbox-submit's reporter-cli/src/consent.rs).

consent-heading = Göndermeden önce: bildiriminize ne olur
consent-where = Nerede tutulur: önce bu tarayıcıda şifrelenir, sonra ekip alana kadar bu bırakma kutusunda şifreli durur, ardından onu okuyabilen her üyenin şifreli vaka deposunda tutulur. Bırakma kutusunun işletmecisi onu okuyamaz.
consent-server = Ne kadar süre: bırakma kutusu onu, tüm okuyucular aldıktan { $all } gün sonra ya da ilk okuyucu aldıktan { $first } gün sonra, hangisi önce gelirse, siler; kimse almazsa { $none } gün sonra siler. Ekibin size yanıtları, onları okumanızdan { $read } gün sonra ya da yazılmalarından { $reply } gün sonra bırakma kutusundan silinir.
consent-team = Ekip vakayı kapattıktan { $close } gün sonra siler (bir üyenin onu yasal saklama yükümlülüğü ya da süren bir ifşa süreci nedeniyle daha uzun tutması gerekmedikçe); yedekleri { $backup } gün okunabilir kalır.
consent-dropkeys = Her okuyucunun { $days } günlük penceresi ve bir pencere daha geçtiğinde yok ettiği kısa ömürlü anahtarlarla şifrelenir: bundan sonra şifreli yüklemenin hiçbir kopyasını kimse, ekip de dahil, açamaz.
consent-dropkeys-codename = İstisna kod adınızdır: ona sahip olan herkes, ihbar kutusu sakladığı sürece ihbar kutusundaki kopyayı ve kaydettiğiniz her kopyayı açabilir.
consent-readers = Kimler okuyabilir: { $names }.
consent-left-out = Dışarıda bırakılanlar: { $names }. Onu da, ekibin ondan çıkardığı hiçbir şeyi de okuyamazlar.
consent-contact-given = İletişim bilgilerinizi yalnızca ekip, bu bildirimle ilgili size ulaşmak için kullanır.
consent-contact-none = İletişim bilgisi vermiyorsunuz: ekip size yalnızca bir kod adına verilen yanıtlarla ulaşabilir.
consent-credit-given = Anılma satırınız, ekip bu bildirim için size herkese açık teşekkür ederse sizi nasıl anacağıdır.
consent-credit-none = Anılmak istemiyorsunuz: ekip adınızı vermez.
consent-tlp = Ekip bildirimi etkilenen bir tarafla (örneğin yazılımın üreticisi ya da ilgili kuruluşla), o taraf için şifreleyerek ve yalnızca TLP etiketinin izin verdiği ölçüde paylaşabilir; iletişim bilgileriniz ve anılma satırınız yalnızca ekip bunları eklemeyi seçerse gider.
consent-codename = Kod adınızla ekibin yanıtlarını okuyabilir, ek mesaj gönderebilir ve bildirimi daha sonra geri çekebilirsiniz.
consent-no-codename = Kod adı olmadan bu bildirimi daha sonra geri çekemez, yanıt okuyamaz ve ek mesaj gönderemezsiniz.
consent-nothing-sent = Bu onaydan hiçbir şey gönderilmez: yalnızca şifreli bildirimin kendisi.
consent-agree = Kabul ediyorum: şifrele ve gönder
consent-back = Bildirime geri dön
copy-save = Gönderilenin bir kopyasını kaydet
copy-note = Şifreli dosya, yüklendiği haliyle: yalnızca kod adınız onu açar (dropbox-submit open DOSYA). Onu da kod adı gibi, bildirimde bulunduğunuzu bilmemesi gereken herkesten uzak tutun.

## followup-consent
## The same consent step before a follow-up is encrypted (the facts it needs:
## who reads it, kept how long), its saved copy, and the codename view's
## conversation: saved copies opened in the browser, its export.

consent-followup-heading = Göndermeden önce: ek mesajınıza ne olur
consent-followup-back = Ek mesaja geri dön
consent-followup-tlp = Ekip ek mesajı etkilenen bir tarafla, o taraf için şifreleyerek ve yalnızca vakanın TLP etiketinin izin verdiği ölçüde paylaşabilir.
consent-followup-nothing-sent = Bu onaydan hiçbir şey gönderilmez: yalnızca şifreli ek mesajın kendisi.
followup-copy-save = Bu ek mesajın bir kopyasını kaydet
own-report = Siz (bildirim), { $day }:
conversation-copies-label = Kaydettiğiniz kopyaları ekleyin (bildiriminiz, ek mesajlarınız)
conversation-copies-note = Bu tarayıcıda kod adınızla açılırlar; hiçbir şey yüklenmez.
conversation-export = Yazışmayı dışa aktar
copy-unreadable = { $name } okunamadı: { $detail }
copy-other-codename = başka bir kod adının yazışmasına ait
copy-not-yours = sizin bir bildiriminizi ya da ek mesajınızı içermiyor

## Checking replies and sending follow-ups

replies-heading = Yanıtlara bak
replies-intro = Kod adıyla bir ihbar gönderdiyseniz, ekibin yanıtlarını okumak ve yanıt yazmak için onu buraya girin. Her yanıt ekibin üye listesine göre denetlenir; sayfa onu hangi üyenin yazdığını gösterir.
check-codename-label = Yanıtlara bakmak için kod adı
check-note = Sayfanın, ihbarınızı gönderdikten sonra gösterdiği gibi sekiz sözcük.
check-button = Yanıtlara bak
codename-word-count = Bir kod adı tam 8 sözcüktür; bunda { $count } sözcük var.
codename-unknown-word = Kod adının { $n }. sözcüğü sözcük listesinde yok; yazımını denetleyin.
check-deriving = Kod adınızın anahtarları türetiliyor…
check-deriving-percent = Kod adınızın anahtarları türetiliyor… %{ $percent }
check-fetching = Posta kutunuz getiriliyor…
check-mailbox-refused = ihbar kutusu posta kutunuz için { $status } yanıtını verdi
check-mailbox-refused-message = ihbar kutusu posta kutunuz için { $status } yanıtını verdi: { $message }
check-verifying = Her yanıtın imzası denetleniyor…
check-verified = { $count ->
    [one] { $count } doğrulanmış yanıt.
   *[other] { $count } doğrulanmış yanıt.
  }
check-failed = Yanıtlara bakılamadı: { $detail }.
conversation-heading = Konuşma
conversation-log =
    .aria-label = Konuşma
no-replies = Henüz yanıt yok.
reply-from = #{ $seq }, { $author } ({ $member }), { $day }:
own-followup = Siz (ek mesaj #{ $seq }), { $day }:
own-followup-now = Siz (ek mesaj #{ $seq }, şimdi gönderildi), { $day }:
sent-files = { $count ->
    [one] { $count } dosya: { $names }
   *[other] { $count } dosya: { $names }
  }
reply-missing = { $count ->
    [one] { $list } numaralı yanıt eksik: sunucu onu alıkoymuş olabilir ya da süresi dolmuştur.
   *[other] { $list } numaralı yanıtlar eksik: sunucu onları alıkoymuş olabilir ya da süreleri dolmuştur.
  }
reply-problem = Uyarı: { $problem }. Sahte olabilir; gösterilmiyor.
followup-unavailable-none = Buradan ek mesaj gönderemezsiniz: ne konuşmanızın kaydı ne de ekipten gelen bir yanıt onu kimin okuyabileceğini söylüyor (süresi dolmuş olabilir). Bunun yerine okuyucularını seçerek yeni bir ihbar gönderin.
followup-unavailable-empty = Ekibin şu anki üyelerinden hiçbiri bu konuşmayı okuyamaz; ek mesaj gönderemezsiniz.
followup-label = Ek mesaj
followup-seq-label = Bu ek mesajın numarası (posta kutunuzdan hesaplandı)
followup-files-label = Ek mesaja eklenecek dosyalar
followup-files-note = İhbardaki gibi: gizli üst veriler şifrelemeden önce JPEG ve PNG görüntülerinden kaldırılır; diğer dosyalar olduğu gibi gönderilir.
followup-recipients-note = İşaretini kaldırdığınız üye bu mesaja anahtar almaz; en az biri kalmalıdır. İhbarınızın dışarıda bıraktığı üyeler hiçbir zaman önerilmez.
followup-to = { $name } için ek mesaj
followup-left-out = İhbarınızın seçtiği gibi bu konuşmanın dışında bırakılanlar: { $names }.
followup-send = Ek mesajı gönder
followup-done = Ek mesaj alındı. Makbuz:
followup-receipt =
    .aria-label = Ek mesajınızın alındı bildirimi
followup-check-first = Önce kod adınızla yanıtlarınıza bakın.
followup-empty = Ek mesaj boş.
followup-no-recipient = Ek mesajınızı okuyacak en az bir üye seçin.
followup-too-large = Dosyalar bu ihbar kutusu için fazla büyük (toplamda en çok { $max } bayt).
followup-encrypted-too-large = şifrelenmiş ek mesaj bu ihbar kutusunun kabul ettiğinden büyük
followup-fingerprinting = İmzanız için dosyaların parmak izleri hesaplanıyor…
followup-sending-percent = Gönderiliyor… %{ $percent }
followup-sent-uncertain = Bağlantı en sonda koptu; ek mesajınız büyük olasılıkla alındı.
followup-copy-note = Not: konuşma kaydınızdaki kopyası saklanmadı ({ $detail }).

## Staying safe

safety-heading = Güvende kalmak
safety-tor = Yapabiliyorsanız Tor Browser'ı ve bu ihbar kutusunun .onion adresini kullanın. “Daha güvenli” güvenlik düzeyinde bu sayfa yine çalışır (daha yavaş); “En güvenli” düzeyde JavaScript kapalıdır ve sayfa şifreleyemez.
safety-nothing-stored = Bu sayfa yazdığınız hiçbir şeyi saklamaz: çerez yok, yerel depolama yok. İşiniz bitince sekmeyi kapatın.
safety-cli = Yüksek risk altındaysanız bunun yerine dropbox-submit komut satırı aracını kullanın: aynı şifrelemeyi tarayıcı olmadan kendi bilgisayarınızda yapar.

## The text-only form without JavaScript (served by dropbox-server at /nojs, routes/nojs.rs)

nojs-page-title = JavaScript olmadan ihbar
nojs-heading = { $team } ekibine JavaScript olmadan ihbar
nojs-warning = Dikkat: sunucu işletmecisi bu formla gönderdiklerinizi okuyabilir.
nojs-explain = Tarayıcınız metni sunucuya gönderir, sunucu da onu ekip için şifreler. Uçtan uca şifreleme için JavaScript açık olan normal sayfayı ya da dropbox-submit komut satırı aracını kullanın.
nojs-text-only = Yalnızca metin (en fazla 64 KiB): ek yok, kod adı yok; bu yüzden ekip size burada yanıt veremez.
nojs-received-heading = İhbar alındı
nojs-receipt = Makbuz (şifreli ihbarın sha256 değeri):
nojs-keep-receipt = Bu ihbarı gönderdiğinizi daha sonra göstermek isterseniz saklayın.
nojs-too-large = Form en fazla 64 KiB metin alır. Hiçbir şey gönderilmedi: ihbarı kısaltıp yeniden gönderin.
nojs-empty = İhbar metni boş. Hiçbir şey gönderilmedi: ne olduğunu yazıp yeniden gönderin.
nojs-failed = İhbar kutusu ihbarınızı kaydedemedi ({ $detail }). Hiçbir şey saklanmadı; daha sonra yeniden deneyin.
nojs-back = Forma dön
