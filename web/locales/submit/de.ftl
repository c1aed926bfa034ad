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

## withdraw

withdraw-deleted = Die Kopie deiner Meldung im Briefkasten wurde gelöscht.
withdraw-not-held = Der Briefkasten hatte deine Meldung nicht mehr (das Team hatte sie abgeholt, oder sie wurde gesendet, bevor Meldungen so zurückgezogen werden konnten).
withdraw-received = Dein Rückzug ist angekommen (Quittung { $receipt }). Lesbar für: { $names }.
withdraw-next = Das Team schließt den Fall und löscht ihn nach seiner Sicherungsfrist, außer es muss ihn aufbewahren (eine gesetzliche Aufbewahrungspflicht, eine laufende Offenlegung); dann sagt es dir in einer Antwort, warum (`dropbox-submit replies`).
error-withdraw-refused = das Team wurde benachrichtigt, aber der Briefkasten hat das Löschen deiner Meldung abgelehnt ({ $code }): { $detail }; führe `dropbox-submit withdraw` erneut aus
error-withdraw-untold = das Team konnte nicht über deinen Rückzug benachrichtigt werden
