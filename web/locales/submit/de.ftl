# German. Machine-drafted (see web/TRANSLATIONS.md); awaiting review by a native speaker.
# dropbox-submit's messages (reporter-cli/); the source is en.ftl.

## --help's opening text

help-about = dropbox-submit: eine verschlüsselte Meldung an den Briefkasten eines Teams senden und danach mit einem Codenamen mit dem Team sprechen.
help-words = Begriffe: Der Team-Fingerabdruck ist die Kennung, die das Team auf seiner eigenen Website veröffentlicht (ein Link zu seinem Briefkasten endet auf #team=<Fingerabdruck>); die Mitgliederliste ist die signierte Liste der Mitglieder und ihrer Schlüssel; die Empfänger sind die Mitglieder, die deine Meldung lesen können; ein Codename sind acht Wörter, mit denen du die Antworten des Teams liest.

## verify

verify-team = Team: { $team }
verify-roster = Mitgliederliste: #{ $seq } ({ $hash }), gültig bis { $expires }
verify-members = { $count ->
    [one] Ein Mitglied (es erhält deine Meldung, außer du lässt es mit --leave-out ID aus):
   *[other] { $count } Mitglieder (jedes erhält deine Meldung, außer du lässt es mit --leave-out ID aus):
  }
verify-categories = Kategorien: { $categories }
warn-endpoints = Warnung: Die Adresse dieses Servers gehört nicht zu den Adressen des Teams: { $endpoints }

## send

warn-endpoint-unlisted = Warnung: { $server } gehört nicht zu den veröffentlichten Adressen des Teams; prüfe, ob du den richtigen Briefkasten erreicht hast
deriving-keys = Die Schlüssel deines Codenamens werden abgeleitet…
send-received = Deine Meldung ist angekommen.
send-written = Deine verschlüsselte Meldung liegt in { $file }.
send-receipt = Quittung (sha256 dessen, was gesendet wurde): { $receipt }
send-left-out = { $count ->
    [one] Ausgelassen: { $names }. Diese Person kann weder diese Meldung noch etwas, das das Team daraus ableitet, lesen.
   *[other] Ausgelassen ({ $count }): { $names }. Sie können weder diese Meldung noch etwas, das das Team daraus ableitet, lesen.
  }
send-codename-heading = Dein Codename (schreib ihn auf und halte ihn geheim; er wird nur dieses eine Mal angezeigt):
send-codename-use = Verwende ihn mit `dropbox-submit replies` und `dropbox-submit followup`.
warn-record-failed = Warnung: Deine Meldung ist angekommen, aber der Vermerk, wer dein Gespräch lesen darf, wurde nicht gespeichert ({ $error }); Nachfragen kannst du senden, sobald das Team geantwortet hat
error-empty = die Meldung ist leer: gib --body, --body-file oder --attach an
error-category = unbekannte Kategorie { $name }; die Kategorien dieses Teams sind: { $categories }
error-severity = der Schweregrad muss critical, high, medium oder low sein

## attachments and recipients

attach-clean = { $name }: keine Metadaten gefunden
attach-removed = { $name }: entfernt: { $removed }
attach-as-is = Warnung: { $name } wird unverändert gesendet; andere Dateien als JPEG und PNG können identifizierende Metadaten enthalten (Autor, Gerät, Ort), die dieses Programm nicht entfernen kann
error-not-member = { $name } ist kein Mitglied dieses Teams; die Mitglieder sind: { $names }
error-no-recipient = mindestens ein Mitglied muss die Meldung erhalten
error-cannot-read = { $file } kann nicht gelesen werden
error-not-file = { $file } ist keine normale Datei
error-image-large = { $file } ist ein Bild, das zu groß ist, um hier von Metadaten befreit zu werden; verkleinere es zuerst
error-image-parse = { $file } sieht wie ein Bild aus, lässt sich aber nicht lesen, um die Metadaten zu entfernen; wandle es zuerst um
error-drop-key = an { $member } kann nicht verschlüsselt werden: Kein unter der Mitgliederliste signierter Ablageschlüssel ist heute gültig; lass das Mitglied aus (--leave-out { $member }) oder versuche es nach dessen Abgleich erneut
uploading = Hochladen
error-receipt = der Briefkasten hat andere Bytes bestätigt, als gesendet wurden (Quittung { $receipt }, erwartet { $expected }); vertraue diesem Server nicht
error-upload-failing = das Hochladen scheitert immer wieder; nichts wurde bestätigt, versuche es später erneut

## reaching the drop box

error-no-server = keine Adresse des Briefkastens: gib --server an oder setze DROPBOX_SERVER
error-bad-url = { $server } ist keine verwendbare Adresse eines Briefkastens: verwende https://, oder http:// nur für eine .onion- oder Loopback-Adresse
error-unreachable = { $server } ist nicht erreichbar
error-roster = die Mitgliederliste des Teams lässt sich nicht prüfen: { $detail }. Sende nichts; vergleiche den Fingerabdruck mit dem auf der eigenen Website des Teams

## replies

codename-prompt = Codename:
replies-none = Noch keine Antworten.
reply-heading = #{ $seq } von { $author } ({ $member }) am { $day }:
author-former-key = { $name } (früherer Schlüssel)
author-former-member = { $name } (früheres Mitglied)
warn-replies-missing = { $count ->
    [one] Warnung: Antwort { $missing } fehlt; der Server hat sie vielleicht zurückgehalten, oder sie ist abgelaufen
   *[other] Warnung: Antworten { $missing } fehlen; der Server hat sie vielleicht zurückgehalten, oder sie sind abgelaufen
  }
warn-problem = Warnung: { $problem }
error-mailbox = der Briefkasten antwortete { $code } für dein Postfach: { $detail }

## followup

followup-replies-so-far = Die bisherigen Antworten des Teams:
followup-received = Deine Nachfrage #{ $seq } ist angekommen. Quittung: { $receipt }
followup-readable = Lesbar für: { $names }.
warn-copy-failed = Warnung: Deine Nachfrage ist angekommen, aber ihre Kopie im Vermerk deines Gesprächs wurde nicht gespeichert ({ $error }); gib deiner nächsten Nachfrage --seq { $next } mit

## consent: what you agree to before anything is encrypted (consent.rs;
## `--json` keeps its English keys). $all, $first, $unread, $read,
## $written, $days and $backup each hold a consent-days text ("30 days").

consent-intro-report = Bevor deine Meldung verschlüsselt und an { $team } gesendet wird, lies bitte, was mit ihr geschieht.
consent-intro-followup = Bevor deine Nachfrage verschlüsselt und an { $team } gesendet wird, lies bitte, was mit ihr geschieht.
consent-where-server = Wo sie liegt: zuerst verschlüsselt auf diesem Computer, dann verschlüsselt im Briefkasten unter { $url }, bis das Team sie abholt, danach im verschlüsselten Fallspeicher jedes Mitglieds, das sie lesen kann. Wer den Briefkasten betreibt, kann sie nicht lesen.
consent-where-file = Wo sie liegt: verschlüsselt in { $file }, das du selbst überbringst; sobald das Team sie importiert, im verschlüsselten Fallspeicher jedes Mitglieds, das sie lesen kann.
consent-days = { $count ->
    [one] { $count } Tag
   *[other] { $count } Tage
  }
consent-how-long = Wie lange: Der Briefkasten löscht sie { $all }, nachdem alle Lesenden sie abgeholt haben, oder { $first }, nachdem die erste Person sie abgeholt hat, je nachdem, was früher ist, und { $unread } nach dem Eingang, wenn niemand sie abholt. Die Antworten des Teams an dich werden { $read }, nachdem du sie gelesen hast, oder { $written } nach ihrem Verfassen aus dem Briefkasten gelöscht.
consent-purge = Das Team löscht den Fall { $days } nach dem Abschluss (außer ein Mitglied muss ihn länger aufbewahren, wegen einer rechtlichen Aufbewahrungspflicht oder einer laufenden Offenlegung), und seine Sicherungskopien bleiben { $backup } lang lesbar.
consent-drop-keys = Sie wird mit kurzlebigen Schlüsseln verschlüsselt, die alle Lesenden vernichten, sobald ihr { $count }-Tage-Zeitfenster und ein weiteres vorbei sind: Danach kann niemand, auch das Team nicht, eine Kopie des verschlüsselten Uploads (im Briefkasten oder in seinen Sicherungskopien) öffnen.
consent-drop-keys-codename = Die Ausnahme ist dein Codename: Wer ihn hat, kann die Kopie im Briefkasten öffnen, solange der Briefkasten sie aufbewahrt, und jede Kopie, die du speicherst.
consent-readers = Wer sie lesen kann: { $names }.
consent-left-out = Ausgelassen: { $names }. Sie können weder sie noch etwas, das das Team daraus ableitet, lesen.
consent-contact-given = Deine Kontaktdaten verwendet nur das Team, um dich wegen dieser Meldung zu erreichen.
consent-contact-none = Du gibst keine Kontaktdaten an: Das Team kann dich nur über Antworten an einen Codenamen erreichen.
consent-credit-given = Mit deiner Nennungszeile nennt dich das Team, falls es dir für diese Meldung öffentlich dankt.
consent-credit-none = Du möchtest nicht genannt werden: Das Team nennt deinen Namen nicht.
consent-share = Das Team kann die Meldung an eine betroffene Stelle weitergeben (etwa an den Hersteller der Software oder die betroffene Organisation), verschlüsselt für diese Stelle und nur so, wie ihre TLP-Kennzeichnung es erlaubt; deine Kontaktdaten und deine Nennung gehen nur mit, wenn das Team sie beifügt.
consent-codename = Mit deinem Codenamen kannst du die Antworten des Teams lesen, Nachfragen senden und die Meldung später zurückziehen (`dropbox-submit withdraw`).
consent-no-codename = Ohne Codenamen (--replies) kannst du diese Meldung später weder zurückziehen noch Antworten lesen oder Nachfragen senden.
consent-keep = Eine Kopie genau dessen, was hochgeladen wird, bleibt in { $file }; sie öffnet sich nur mit deinem Codenamen (`dropbox-submit open`).
consent-nothing-sent = Von dieser Einwilligung wird nichts gesendet: nur die verschlüsselte Meldung selbst.
# The question waits on its line. "y" and "yes" always mean yes; so do
# consent-yes's words (comma-separated, any case): keep the letter you put
# in the question's brackets among them.
consent-ask-report = Diese Meldung senden? [j/N]
consent-ask-followup = Diese Nachfrage senden? [j/N]
consent-yes = j, ja
consent-declined = du hast nicht zugestimmt, also wurde nichts verschlüsselt oder gesendet
consent-needed = kein Terminal, um nach deiner Einwilligung zu fragen: Führe es in einem Terminal aus, um zu lesen, was wie lange aufbewahrt wird und wer es lesen kann, oder gib --yes an, um zuzustimmen (der Text steht auf der Standardfehlerausgabe, die Fakten mit --json)
error-answer = deine Antwort kann nicht gelesen werden: { $error }

## --keep, open, replies (--copy, --export) and a follow-up's readers

keep-saved = Eine Kopie dessen, was gesendet wurde, liegt in { $file }; sie öffnet sich mit deinem Codenamen (`dropbox-submit open`).
error-keep-report = deine Meldung ist angekommen, aber ihre Kopie konnte nicht in { $file } gespeichert werden
error-keep-followup = deine Nachfrage ist angekommen, aber ihre Kopie konnte nicht in { $file } gespeichert werden
# open's labels: the values are lined up after the longest.
open-report = Deine Meldung vom { $day }
open-followup = Deine Nachfrage #{ $seq } vom { $day }
open-sent-to = Gesendet an:
open-title = Titel:
open-category = Kategorie:
open-severity = Schweregrad:
open-contact = Kontakt:
open-credit = Nennung:
open-attachments = Anhänge:
open-attachment = { $size ->
    [one] { $name } ({ $media }, { $size } Byte)
   *[other] { $name } ({ $media }, { $size } Byte)
  }
open-attachment-saved = { $size ->
    [one] { $name } ({ $media }, { $size } Byte), gespeichert als { $file }
   *[other] { $name } ({ $media }, { $size } Byte), gespeichert als { $file }
  }
open-save-hint = Speichere sie mit --out DIR.
warn-attachment-exists = Warnung: { $file } gibt es schon, es blieb unverändert; sein Anhang wurde nicht gespeichert
error-copy-codename = { $file } öffnet sich mit diesem Codenamen für dieses Team nicht (eine mit `send --keep`, `followup --keep` oder der Seite aufbewahrte Kopie öffnet sich nur mit dem Codenamen, mit dem sie gesendet wurde)
error-copy-damaged = { $file } ist keine unversehrte Kopie einer Meldung
error-copy-other = { $file } gehört zum Gespräch eines anderen Codenamens
error-copy-kind = { $file } enthält keine Meldung oder Nachfrage von dir (es ist ein { $kind }-Bündel)
error-copy-signature = { $file }: die Signatur lässt sich nicht prüfen
replies-exported = Das Gespräch wurde in { $file } geschrieben.
conversation-report = Deine Meldung vom { $day }:
conversation-followup = Deine Nachfrage #{ $seq } vom { $day }:
conversation-followup-unnumbered = Deine Nachfrage vom { $day }:
conversation-attached = (angehängt: { $names })
error-codename-stdin = der Codename kann nicht von der Standardeingabe gelesen werden
error-codename-terminal = der Codename kann nicht vom Terminal gelesen werden
error-readers-unknown = es ist nicht festzustellen, wer dieses Gespräch lesen darf: weder der Vermerk zu deinem Gespräch noch eine Antwort des Teams sagt es (vielleicht ist er abgelaufen); nichts wurde gesendet. Sende stattdessen eine neue Meldung und wähle ihre Lesenden
error-no-reader-left = kein aktuelles Mitglied des Teams darf dieses Gespräch lesen (die anderen wurden ausgelassen oder sind gegangen); nichts wurde gesendet

## withdraw

withdraw-deleted = Die Kopie deiner Meldung im Briefkasten wurde gelöscht.
withdraw-not-held = Der Briefkasten hatte deine Meldung nicht mehr (das Team hatte sie abgeholt, oder sie wurde gesendet, bevor Meldungen so zurückgezogen werden konnten).
withdraw-received = Dein Rückzug ist angekommen (Quittung { $receipt }). Lesbar für: { $names }.
withdraw-next = Das Team schließt den Fall und löscht ihn nach seiner Sicherungsfrist, außer es muss ihn aufbewahren (eine gesetzliche Aufbewahrungspflicht, eine laufende Offenlegung); dann sagt es dir in einer Antwort, warum (`dropbox-submit replies`).
error-withdraw-refused = das Team wurde benachrichtigt, aber der Briefkasten hat das Löschen deiner Meldung abgelehnt ({ $code }): { $detail }; führe `dropbox-submit withdraw` erneut aus
error-withdraw-untold = das Team konnte nicht über deinen Rückzug benachrichtigt werden

## errors from the drop box, files and flags
no-explanation = ohne Begründung
error-bad-proxy = ungültiger Proxy { $proxy }
error-response-unreadable = die Antwort des Briefkastens konnte nicht gelesen werden
error-roster-status = { $server } antwortete { $code } auf die Anfrage nach seiner Mitgliederliste
error-attestation-status = { $server } antwortete { $code } auf die Anfrage nach der Bestätigung der Mitgliederliste
error-upload-refused = der Briefkasten hat den Upload abgelehnt ({ $code }): { $detail }
error-no-upload-location = der Briefkasten hat keinen Ort für den Upload genannt
error-upload-lost = der Briefkasten hat den Upload verloren; sende die Meldung noch einmal
error-state-corrupt = { $file } ist beschädigt; lösche die Datei, um neu anzufangen
error-server-or-roster = gib --server oder --roster-file an
error-cannot-create = { $file } kann nicht angelegt werden
error-pgp-needs-server = --team-pgp braucht --server, um die Bestätigung abzurufen
error-copy-altered = { $file } wurde verändert oder ist unvollständig
error-cannot-save = { $file } kann nicht gespeichert werden
error-cannot-write = { $file } kann nicht geschrieben werden
error-dropkeys-status = der Briefkasten antwortete { $code } auf die Anfrage nach seinen Ablageschlüsseln; versuche es später noch einmal
error-dropkeys-malformed = der Briefkasten hat fehlerhafte Ablageschlüssel geliefert
error-pow-unreasonable = der Briefkasten verlangt einen unangemessenen Arbeitsnachweis ({ $bits } Bit)
