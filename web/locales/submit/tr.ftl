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

## withdraw

withdraw-deleted = İhbarınızın ihbar kutusundaki kopyası silindi.
withdraw-not-held = İhbar kutusunda ihbarınız artık yoktu (ekip onu almıştı ya da ihbarlar bu şekilde geri çekilebilmeden önce gönderilmişti).
withdraw-received = Geri çekme isteğiniz alındı (makbuz { $receipt }). Okuyabilenler: { $names }.
withdraw-next = Ekip dosyayı kapatır ve yedekleme süresinden sonra siler; saklaması gerekiyorsa (yasal bir yükümlülük, süren bir açıklama süreci) nedenini bir yanıtta size bildirir (`dropbox-submit replies`).
error-withdraw-refused = ekibe haber verildi, ancak ihbar kutusu ihbarınızı silmeyi reddetti ({ $code }): { $detail }; `dropbox-submit withdraw` komutunu yeniden çalıştırın
error-withdraw-untold = geri çekme isteğiniz ekibe bildirilemedi
