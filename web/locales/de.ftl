# German. Machine-drafted (see web/TRANSLATIONS.md); awaiting review by a native speaker.

page-title = Hinweisbriefkasten
language-label = Sprache

## Without JavaScript

noscript-needs-js = Diese Seite braucht JavaScript, um deine Meldung in deinem Browser zu verschlüsseln. Ohne JavaScript funktioniert auf dieser Seite nichts: Dein Browser kann nicht verschlüsseln, also wird nichts gesendet.
noscript-nojs = Falls der Betreiber es eingeschaltet hat, funktioniert ein reines Textformular ohne JavaScript. Dort verschlüsselt aber der Server, was du eingibst, also könnte der Betreiber des Servers es lesen. Es nimmt keine Anhänge an und gibt keinen Codenamen für Antworten.
noscript-nojs-link = Reines Textformular (der Serverbetreiber könnte es lesen)
noscript-cli = Am sichersten meldest du mit dem Kommandozeilenwerkzeug dropbox-submit, das auf deinem eigenen Computer verschlüsselt.
noscript-other-languages = Andere Sprachen

## The team and its roster

trust-heading = Wer deine Meldung lesen wird
team-ask = Dieser Link nannte den Fingerabdruck des Teams nicht. Kopiere ihn von der eigenen Website des Teams (64 Buchstaben und Ziffern) und füge ihn hier ein.
team-input-label = Fingerabdruck des Teams
team-check = Team prüfen
team-name-label = Team
roster-seq-label = Mitgliederliste
roster-head-label = Kopf-Hash
team-fp-label = Fingerabdruck
team-compare = Vergleiche, wenn du kannst, die Nummer der Mitgliederliste und den Kopf-Hash mit dem, was das Team veröffentlicht. Sie ändern sich, wenn sich die Mitglieder des Teams ändern.
trust-readers = { $count ->
    [one] Ein Mitglied des Teams kann deine Meldung lesen. Wer, siehst du unten.
   *[other] { $count } Mitglieder des Teams können deine Meldung lesen, außer du lässt unten einige aus.
  }
trust-server = Der Server des Briefkastens kann deine Meldung nicht lesen und nicht erkennen, wen du ausgelassen hast oder ob du um Antworten gebeten hast. Er sieht den Tag des Eingangs und die aufgerundete Größe; ohne Tor Browser auch deine Netzwerkadresse, solange du verbunden bist.
status-checking = Die Mitgliederliste des Teams wird geprüft…
status-roster-bad = Die Mitgliederliste des Teams lässt sich nicht bestätigen ({ $detail }). Sende hier nichts: Prüfe den Fingerabdruck auf der eigenen Website des Teams.
status-roster-ok = Die Mitgliederliste des Teams ist bestätigt: Sie ist von den Admins des Teams signiert, ausgehend vom Fingerabdruck in deinem Link.
status-bad-fingerprint = Ein Team-Fingerabdruck besteht aus 64 Buchstaben (a–f) und Ziffern.
origin-warning = Warnung: Diese Adresse ({ $origin }) gehört nicht zu den Adressen, die das Team veröffentlicht hat ({ $endpoints }). Stelle sicher, dass du den richtigen Hinweisbriefkasten erreicht hast.
onion-notice-onion = Du nutzt nicht die .onion-Adresse des Hinweisbriefkastens. Dein Netzwerk und das des Servers können sehen, dass du diese Seite besucht hast. Für mehr Sicherheit öffne die .onion-Adresse des Teams im Tor Browser.
onion-notice-tor = Du nutzt nicht die .onion-Adresse des Hinweisbriefkastens. Dein Netzwerk und das des Servers können sehen, dass du diese Seite besucht hast. Für mehr Sicherheit nutze den Tor Browser.

## The report form

report-heading = Deine Meldung
field-title = Titel
field-body = Meldung
field-category = Kategorie
category-none = (keine)
field-severity = Wie ernst ist es deiner Meinung nach?
severity-none = (keine Schätzung)
severity-critical = Kritisch
severity-high = Hoch
severity-medium = Mittel
severity-low = Niedrig
field-contact = Kontaktangaben (freiwillig)
field-credit = Wie du genannt werden möchtest (freiwillig; leer lassen, um nicht genannt zu werden)
field-attachments = Anhänge
attachments-note = Vor der Verschlüsselung werden versteckte Metadaten (Aufnahmeort, Kamera, Zeiten, Autor, Kommentare) aus JPEG- und PNG-Bildern entfernt. Andere Dateien werden so gesendet, wie sie sind: Entferne solche Daten selbst daraus. Unten kannst du jede Datei umbenennen.
recipients-legend = Wer es lesen darf
recipients-note = Alle Angehakten können deine Meldung lesen. Ein Mitglied ohne Haken bekommt keinen Schlüssel dafür: Es kann weder die Meldung noch ihre Anhänge noch die Nachrichten deines Codenamens lesen, und die Datei zeigt nicht, wer ausgelassen wurde. Es kann aber, wie jedes Mitglied und der Server, sehen, dass eine Meldung eingegangen ist, an welchem Tag und ungefähr wie groß; und die Mitglieder, die du gewählt hast, können es davon erzählen. Mindestens ein Mitglied muss bleiben.
recipients-at-least-one = Mindestens ein Mitglied muss deine Meldung lesen können.
replies-checkbox = Ich möchte Antworten erhalten
replies-note = Wenn du das anhakst, erzeugt die Seite nach dem Senden einen Codenamen (acht Wörter). Schreib ihn auf: Nur mit ihm kannst du die Antworten des Teams lesen, und er wird nur einmal angezeigt.
send-button = Meldung senden

## Before you send

guide-heading = Bevor du sendest
guide-tor = Nutze den Tor Browser: Er verbirgt vor diesem Hinweisbriefkasten und vor deinem Netzwerk, wer und wo du bist; ein gewöhnlicher Browser tut das nicht.
guide-metadata = Dateien können dich verraten: Namen, Orte und Zeiten in Dokumenten und Fotos, und Einzelheiten, die nur wenige kennen. Entferne, was du kannst; diese Seite bereinigt nur JPEG- und PNG-Fotos.
guide-codename = Wenn du Antworten möchtest, schreib den Codenamen auf und bewahre ihn sicher auf, nicht in diesem Browser. Wer ihn hat, kann die Antworten lesen; verlierst du ihn, kann ihn dir niemand wiedergeben.

## Attachments

attachment-name = Name von Anhang { $n } ({ $size ->
    [one] { $size } Byte
   *[other] { $size } Bytes
  })
attachment-checking = Suche nach versteckten Metadaten…
attachment-as-is = Wird unverändert gesendet: Diese Seite entfernt Metadaten nur aus JPEG- und PNG-Bildern, daher bleiben Namen, Orte oder Bearbeitungsverläufe in dieser Datei erhalten.
attachment-too-large = Dieses { $kind }-Bild ist zu groß, um es hier auf versteckte Metadaten zu prüfen; entferne die Metadaten selbst oder lass es weg.
attachment-removed = Vor der Verschlüsselung entfernt: { $removed }.
attachment-clean = In diesem Bild wurden keine versteckten Metadaten gefunden.
attachment-unreadable = Diese Datei sieht aus wie ein { $kind }-Bild, konnte aber nicht gelesen werden ({ $detail }), daher ließen sich ihre versteckten Metadaten nicht entfernen. Lass sie weg oder repariere sie zuerst.

## Sending a report

error-no-recipient = Wähle mindestens ein Mitglied, das deine Meldung lesen soll.
error-empty = Die Meldung ist leer: Schreib etwas oder hänge eine Datei an.
error-file = { $name }: { $problem }
error-too-large = Die Anhänge sind zu groß für diesen Hinweisbriefkasten (insgesamt höchstens { $max } Bytes).
error-encrypted-too-large = die verschlüsselte Meldung ist größer, als dieser Hinweisbriefkasten annimmt
error-worker = der Hintergrundprozess der Seite ist ausgefallen
error-no-drop-key = { $name } hat heute keinen gültigen Drop-Schlüssel, und Berichte dieses Teams gehen nur an Drop-Schlüssel; lassen Sie { $name } weg oder versuchen Sie es erneut, wenn synchronisiert wurde
error-drop-keys-unavailable = die Drop-Box hat ihre Drop-Schlüssel nicht geliefert (HTTP { $status }); versuchen Sie es später erneut
progress-heading = Wird gesendet
progress-bar =
    .aria-label = Fortschritt
progress-keys = Die Schlüssel deines Codenamens werden erzeugt…
progress-keys-percent = Die Schlüssel deines Codenamens werden erzeugt… { $percent } %
progress-no-worker = Web Worker sind nicht verfügbar; die Arbeit läuft auf dieser Seite, die eine Weile einfrieren kann…
progress-sending = Verschlüsseln und senden…
progress-sending-bytes = Verschlüsseln und senden… { $percent } % ({ $sent } von { $total } Bytes)
status-puzzle = Das Anti-Flut-Rätsel des Servers wird gelöst ({ $bits } Bit)…
status-resuming = Die Verbindung wurde unterbrochen; es geht weiter (Versuch { $attempt } von { $retries })…
sent = Gesendet.
sent-uncertain = Die Verbindung brach ganz am Ende ab; deine Meldung ist wahrscheinlich angekommen.
sent-record-note = Hinweis: Der Vermerk, wer dein Gespräch lesen darf, wurde nicht gespeichert ({ $detail }); deine Nachfragen kannst du senden, sobald das Team geantwortet hat.
send-failed = Senden fehlgeschlagen: { $detail }. Nichts wurde bestätigt; du kannst es noch einmal versuchen.

## The receipt and the codename

done-heading = Deine Meldung ist eingegangen
receipt-text = Quittung (sha256 genau dessen, was gesendet wurde; das Team sieht dieselbe Zahl):
receipt-output =
    .aria-label = Quittung
codename-heading = Dein Codename
codename-keep = Schreib ihn auf und halte ihn geheim; er wird nur einmal angezeigt.
codename-output =
    .aria-label = Codename
codename-note = Mit ihm kannst du, und nur du, die Antworten des Teams lesen: unten unter „Antworten abrufen“ oder mit dem Befehl dropbox-submit replies.
left-out = Ausgelassen: { $names }. Sie können diese Meldung nicht lesen.

## consent
## Before anything is encrypted, from the verified roster's policy (the
## same facts as dropbox-submit's reporter-cli/src/consent.rs).

consent-heading = Bevor du sendest: was mit deiner Meldung geschieht
consent-where = Wo sie liegt: zuerst verschlüsselt in diesem Browser, dann verschlüsselt auf diesem Briefkasten, bis das Team sie abholt, danach im verschlüsselten Fallspeicher jedes Mitglieds, das sie lesen kann. Der Betreiber des Briefkastens kann sie nicht lesen.
consent-server = Wie lange: Der Briefkasten löscht sie { $all } Tage, nachdem alle Lesenden sie abgeholt haben, oder { $first } Tage nach der ersten Abholung, je nachdem, was früher ist, und nach { $none } Tagen, wenn niemand sie abholt. Die Antworten des Teams an dich werden { $read } Tage, nachdem du sie gelesen hast, oder { $reply } Tage nach dem Schreiben vom Briefkasten gelöscht.
consent-team = Das Team löscht den Fall { $close } Tage nach dem Schließen (außer ein Mitglied muss ihn länger aufbewahren, etwa wegen einer rechtlichen Aufbewahrungspflicht oder einer laufenden Offenlegung), und seine Sicherungen bleiben { $backup } Tage lesbar.
consent-dropkeys = Sie wird mit kurzlebigen Schlüsseln verschlüsselt, die alle Lesenden vernichten, sobald ihr Zeitfenster von { $days } Tagen und ein weiteres vorbei sind: Danach kann niemand mehr eine Kopie des verschlüsselten Uploads öffnen, auch das Team nicht.
consent-dropkeys-codename = Die Ausnahme ist dein Codename: Wer ihn hat, kann die Kopie im Briefkasten öffnen, solange der Briefkasten sie aufbewahrt, und jede Kopie, die du speicherst.
consent-readers = Wer sie lesen kann: { $names }.
consent-left-out = Ausgelassen: { $names }. Sie können sie nicht lesen und nichts, was das Team daraus ableitet.
consent-contact-given = Deine Kontaktangaben nutzt nur das Team, um dich wegen dieser Meldung zu erreichen.
consent-contact-none = Du gibst keine Kontaktangaben: Das Team kann dich nur über Antworten an einen Codenamen erreichen.
consent-credit-given = Deine Nennung ist der Name, unter dem das Team dich nennt, falls es dir öffentlich für diese Meldung dankt.
consent-credit-none = Du möchtest nicht genannt werden: Das Team nennt deinen Namen nicht.
consent-tlp = Das Team darf die Meldung mit einer betroffenen Stelle teilen (etwa dem Hersteller der Software oder der betroffenen Organisation), verschlüsselt für diese Stelle und nur so weit, wie ihre TLP-Einstufung es erlaubt; deine Kontaktangaben und deine Nennung gehen nur mit, wenn das Team sie ausdrücklich einschließt.
consent-codename = Mit deinem Codenamen kannst du die Antworten des Teams lesen, Nachträge senden und die Meldung später zurückziehen.
consent-no-codename = Ohne Codenamen kannst du diese Meldung später nicht zurückziehen, keine Antworten lesen und keine Nachträge senden.
consent-nothing-sent = Von dieser Zustimmung wird nichts gesendet: nur die verschlüsselte Meldung selbst.
consent-agree = Ich stimme zu: verschlüsseln und senden
consent-back = Zurück zur Meldung
copy-save = Eine Kopie des Gesendeten speichern
copy-note = Die verschlüsselte Datei genau so, wie sie hochgeladen wurde: Nur dein Codename öffnet sie (dropbox-submit open DATEI). Bewahre sie wie den Codenamen vor allen auf, die nicht wissen dürfen, dass du gemeldet hast.

## followup-consent
## The same consent step before a follow-up is encrypted (the facts it needs:
## who reads it, kept how long), its saved copy, and the codename view's
## conversation: saved copies opened in the browser, its export.

consent-followup-heading = Bevor du sendest: was mit deiner Nachfrage geschieht
consent-followup-back = Zurück zur Nachfrage
consent-followup-tlp = Das Team darf die Nachfrage mit einer betroffenen Stelle teilen, verschlüsselt für diese Stelle und nur so weit, wie die TLP-Einstufung des Falls es erlaubt.
consent-followup-nothing-sent = Von dieser Zustimmung wird nichts gesendet: nur die verschlüsselte Nachfrage selbst.
followup-copy-save = Eine Kopie dieser Nachfrage speichern
own-report = Du (Meldung), { $day }:
conversation-copies-label = Die gespeicherten Kopien hinzufügen (deine Meldung, deine Nachfragen)
conversation-copies-note = Sie werden in diesem Browser mit deinem Codenamen geöffnet; nichts wird hochgeladen.
conversation-export = Unterhaltung exportieren
copy-unreadable = { $name } konnte nicht gelesen werden: { $detail }
copy-other-codename = sie gehört zur Unterhaltung eines anderen Codenamens
copy-not-yours = sie enthält keine Meldung und keine Nachfrage von dir

## Checking replies and sending follow-ups

replies-heading = Antworten abrufen
replies-intro = Wenn du eine Meldung mit Codenamen gesendet hast, gib ihn hier ein, um die Antworten des Teams zu lesen und zurückzuschreiben. Jede Antwort wird mit der Mitgliederliste des Teams geprüft; die Seite zeigt, welches Mitglied sie geschrieben hat.
check-codename-label = Codename zum Abrufen der Antworten
check-note = Acht Wörter, wie die Seite sie nach dem Senden deiner Meldung angezeigt hat.
check-button = Antworten abrufen
codename-word-count = Ein Codename hat genau 8 Wörter; dieser hat { $count }.
codename-unknown-word = Wort { $n } des Codenamens steht nicht in der Wortliste; prüfe die Schreibweise.
check-deriving = Die Schlüssel deines Codenamens werden abgeleitet…
check-deriving-percent = Die Schlüssel deines Codenamens werden abgeleitet… { $percent } %
check-fetching = Dein Postfach wird abgerufen…
check-mailbox-refused = der Hinweisbriefkasten antwortete { $status } für dein Postfach
check-mailbox-refused-message = der Hinweisbriefkasten antwortete { $status } für dein Postfach: { $message }
check-verifying = Die Signatur jeder Antwort wird geprüft…
check-verified = { $count ->
    [one] { $count } bestätigte Antwort.
   *[other] { $count } bestätigte Antworten.
  }
check-failed = Antworten konnten nicht abgerufen werden: { $detail }.
conversation-heading = Gespräch
conversation-log =
    .aria-label = Gespräch
no-replies = Noch keine Antworten.
reply-from = #{ $seq } von { $author } ({ $member }), { $day }:
own-followup = Du (Nachfrage #{ $seq }), { $day }:
own-followup-now = Du (Nachfrage #{ $seq }, gerade gesendet), { $day }:
sent-files = { $count ->
    [one] { $count } Datei: { $names }
   *[other] { $count } Dateien: { $names }
  }
reply-missing = { $count ->
    [one] Antwort { $list } fehlt: Der Server hat sie vielleicht zurückgehalten, oder sie ist abgelaufen.
   *[other] Antworten { $list } fehlen: Der Server hat sie vielleicht zurückgehalten, oder sie sind abgelaufen.
  }
reply-problem = Warnung: { $problem }. Sie könnte gefälscht sein; sie wird nicht angezeigt.
followup-unavailable-none = Du kannst hier keine Nachfrage senden: Weder der Vermerk zu deinem Gespräch noch eine Antwort des Teams sagt, wer sie lesen darf (vielleicht ist er abgelaufen). Sende stattdessen eine neue Meldung und wähle ihre Leser.
followup-unavailable-empty = Kein aktuelles Mitglied des Teams darf dieses Gespräch lesen; du kannst keine Nachfrage senden.
followup-label = Nachfrage
followup-seq-label = Nummer dieser Nachfrage (aus deinem Postfach ermittelt)
followup-files-label = Dateien für die Nachfrage
followup-files-note = Wie bei einer Meldung: Versteckte Metadaten werden vor der Verschlüsselung aus JPEG- und PNG-Bildern entfernt; andere Dateien werden unverändert gesendet.
followup-recipients-note = Ein Mitglied ohne Haken bekommt keinen Schlüssel zu dieser Nachricht; mindestens eines muss bleiben. Mitglieder, die deine Meldung ausgelassen hat, werden nie angeboten.
followup-to = Nachfrage an { $name }
followup-left-out = Aus diesem Gespräch ausgelassen, wie deine Meldung es wählte: { $names }.
followup-send = Nachfrage senden
followup-done = Nachfrage eingegangen. Quittung:
followup-receipt =
    .aria-label = Empfangsbestätigung deiner Nachfrage
followup-check-first = Ruf zuerst deine Antworten mit deinem Codenamen ab.
followup-empty = Die Nachfrage ist leer.
followup-no-recipient = Wähle mindestens ein Mitglied, das deine Nachfrage lesen soll.
followup-too-large = Die Dateien sind zu groß für diesen Hinweisbriefkasten (insgesamt höchstens { $max } Bytes).
followup-encrypted-too-large = die verschlüsselte Nachfrage ist größer, als dieser Hinweisbriefkasten annimmt
followup-fingerprinting = Fingerabdrücke der Dateien für deine Signatur werden berechnet…
followup-sending-percent = Wird gesendet… { $percent } %
followup-sent-uncertain = Die Verbindung brach ganz am Ende ab; deine Nachfrage ist wahrscheinlich angekommen.
followup-copy-note = Hinweis: Ihre Kopie im Vermerk zu deinem Gespräch wurde nicht gespeichert ({ $detail }).

## Staying safe

safety-heading = Sicher bleiben
safety-tor = Nutze wenn möglich den Tor Browser und die .onion-Adresse dieses Hinweisbriefkastens. Auf der Sicherheitsstufe „Sicherer“ funktioniert diese Seite weiterhin (langsamer); auf „Am sichersten“ ist JavaScript aus und sie kann nicht verschlüsseln.
safety-nothing-stored = Diese Seite speichert nichts von dem, was du eingibst: keine Cookies, kein lokaler Speicher. Schließe den Tab, wenn du fertig bist.
safety-cli = Wenn du stark gefährdet bist, nutze stattdessen das Kommandozeilenwerkzeug dropbox-submit: Es verschlüsselt genauso, auf deinem eigenen Computer, ohne Browser.

## The text-only form without JavaScript (served by dropbox-server at /nojs, routes/nojs.rs)

nojs-page-title = Meldung ohne JavaScript
nojs-heading = Meldung an { $team } ohne JavaScript
nojs-warning = Achtung: Der Serverbetreiber könnte lesen, was du mit diesem Formular sendest.
nojs-explain = Dein Browser sendet den Text an den Server, der ihn für das Team verschlüsselt. Für Ende-zu-Ende-Verschlüsselung nutze die normale Seite mit eingeschaltetem JavaScript oder das Kommandozeilenwerkzeug dropbox-submit.
nojs-text-only = Nur Text (höchstens 64 KiB): keine Anhänge und kein Codename, das Team kann dir hier also nicht antworten.
nojs-received-heading = Meldung erhalten
nojs-receipt = Quittung (sha256 der verschlüsselten Meldung):
nojs-keep-receipt = Bewahre sie auf, wenn du später zeigen willst, dass du diese Meldung gesendet hast.
nojs-too-large = Das Formular nimmt höchstens 64 KiB Text an. Nichts wurde gesendet: Kürze die Meldung und sende sie erneut.
nojs-empty = Der Text der Meldung ist leer. Nichts wurde gesendet: Schreib, was passiert ist, und sende erneut.
nojs-failed = Der Hinweisbriefkasten konnte deine Meldung nicht speichern ({ $detail }). Nichts wurde aufbewahrt; versuche es später erneut.
nojs-back = Zurück zum Formular
