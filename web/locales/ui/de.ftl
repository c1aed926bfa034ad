# Das Fenster der Prüfenden (`reviewer ui`). Quelle: en.ftl.

## The window's frame
window-title = Reviewer
brand = Reviewer
skip-to-content = Zum Inhalt springen
nav-label = Ansichten
view-inbox = Eingang
view-due = Fällig
view-team = Team
view-stats = Statistik
sync = Synchronisieren
sync-progress = Fortschritt der Synchronisierung
language-label = Sprache
boot-connecting = Verbindung zum Reviewer auf diesem Rechner…
boot-no-secret = Öffnen Sie die Adresse, die `reviewer ui` ausgegeben hat (sie gilt einmal). Für einen neuen Start beenden Sie `reviewer ui` und starten es erneut.
boot-refused = Der Reviewer hat dieses Fenster abgelehnt: { $error }.
error-window = Das Fenster ist gescheitert: { $error }
error-http = Der Reviewer antwortete mit einem Fehler (HTTP { $status }).
error-unreachable = Der Reviewer auf diesem Rechner antwortet nicht: Er wurde vielleicht beendet (gesperrt oder untätig). Starten Sie `reviewer ui` erneut.
sync-running = Synchronisiere…
sync-done = Synchronisiert: { $cases } neue(r) Fall/Fälle, { $followups } Nachtrag/Nachträge, { $applied } Team-Ereignis(se) übernommen, { $posted } gesendet.
sync-errors = Fehler: { $errors }
sync-failed = Synchronisierung gescheitert: { $error }

## Shared words
none = (keine Angabe)
none-named = (niemand genannt)
nobody = niemand
no-title = (ohne Titel)
not-triaged = (nicht eingestuft)
number = { $n }
bytes = { $size ->
    [one] { $size } Byte
   *[other] { $size } Bytes
}
back-to-inbox = Zurück zum Eingang

## Fixed sets
status-new = neu
status-triaged = eingestuft
status-accepted = angenommen
status-invalid = ungültig
status-fixing = in Behebung
status-disclosed = veröffentlicht
status-closed = geschlossen
status-closed-blank = (geschlossen)
severity-critical = kritisch
severity-high = hoch
severity-medium = mittel
severity-low = niedrig
step-acknowledged = bestätigt
step-next-steps = nächste Schritte
step-responded = geantwortet
step-notified = benachrichtigt
step-party-responded = Gegenseite hat geantwortet
step-escalated = eskaliert
step-disclosed = veröffentlicht
role-admin = Admin
role-reviewer = Prüfer/in
urgency-overdue = überfällig
urgency-due-soon = bald fällig
urgency-upcoming = anstehend

## Fields and columns
field-status = Status
field-severity = Schweregrad
field-tlp = TLP
field-owner = Zuständig
field-search = Suche
field-category = Kategorie
field-severity-guess = Schweregrad laut Meldenden
field-received = Eingegangen
field-replies = Antworten
field-contact = Kontakt
field-credit = Nennen als
field-recipients = Empfänger
field-left-out = Ausgelassen
field-note = Notiz
field-reply = Antwort
field-reason = Grund
field-step = Schritt
field-detail = Einzelheit
field-date = Datum (JJJJ-MM-TT)
field-cert = Zertifikatsdatei des Empfängers
field-share-out = Verschlüsselte Weitergabe schreiben nach (Datei)
field-redact = Feld (contact oder note:N)
field-until = Bis (JJJJ-MM-TT, leer: 30 Tage)
field-directory = Verzeichnis
col-id = ID
col-received = Eingegangen
col-status = Status
col-severity = Schweregrad
col-tlp = TLP
col-owner = Zuständig
col-title = Titel
col-number = Nr.
col-file-name = Dateiname (vom Absender)
col-claimed-type = Vom Absender angegebener Typ
col-size = Größe
col-from = Aus
col-save = Speichern
col-when = Wann
col-who = Wer
col-what = Was
col-urgency = Dringlichkeit
col-due = Fällig
col-deadline = Frist
col-case = Fall
col-next = Nächster Schritt
col-name = Name
col-roles = Rollen
col-item = Objekt
col-arrived = Eingetroffen
col-kind = Bündelart
col-why = Warum

## Inbox
inbox-filter = Filtern und suchen
filter-any = alle
filter-mine = Meine
filter-overdue = Überfällig
filter-closed = Geschlossen
inbox-apply = Anwenden
inbox-count = { $count ->
    [one] { $count } Fall
   *[other] { $count } Fälle
}
inbox-none = Keine Fälle.
inbox-overdue = überfällig: { $deadlines }
inbox-purged-on = gelöscht am { $day }

## A case
case-id = Fall { $id }
case-closed-on = Geschlossen
case-purged-on = Gelöscht am
case-held-without-end = (ohne Ende zurückbehalten)
case-closed-explained = Ein geschlossener Fall hat den aktiven Speicher verlassen: Seine Einzelheiten kehren zurück, wenn er vor dem Löschen wieder geöffnet wird.
case-received = { $day } (Quittung { $receipt })
replies-possible = möglich (die meldende Person hat einen Codenamen)
replies-impossible = nicht möglich
replies-impossible-long = Die meldende Person hat keinen Codenamen hinterlassen: Antworten sind nicht möglich.
section-report = Meldung
section-attachments = Anhänge
section-conversation = Austausch
section-triage = Einstufung
section-notes = Notizen
section-more = Weitere Aktionen
section-timeline = Verlauf
section-access-log = Zugriffsprotokoll
attachments-caption = Anhänge (hier nie geöffnet: speichern Sie sie und öffnen Sie sie in einer Sandbox)
attachments-none = Keine Anhänge.
from-report = Meldung
from-followup = Nachtrag #{ $seq }
followup-heading = Nachtrag #{ $seq } vom { $day }
followup-conflict = KONFLIKT: Ein anderer Nachtrag hat diese Nummer und anderen Inhalt
reply-heading = Antwort #{ $seq } von { $member } am { $day }
note-line = Notiz { $n } von { $member } am { $day }:
conversation-none = Noch keine Antworten oder Nachträge.
notes-none = Keine Notizen.
timeline-none = Noch keine Team-Ereignisse.
attachment-downloaded = Heruntergeladen (erkannt: { $detected }).
attachment-warning = Warnung: { $warning }

## Actions
form-triage = Einstufung
form-note = Notiz für das Team
form-reply = Antwort an die meldende Person
form-close = Schließen
form-step = Schritt festhalten
form-agree = Veröffentlichungsdatum vereinbaren
form-share = Weitergeben unter { $tlp } (OpenPGP)
share-fields = Felder (keines angekreuzt: Titel, Text, Kategorie, Schweregrad, Anhänge)
share-field-title = Titel
share-field-body = Text
share-field-category = Kategorie
share-field-severity = Schweregrad
share-field-contact = Kontakt
share-field-credit = Nennung
share-field-notes = Notizen
share-field-followups = Nachträge
share-field-attachments = Anhänge
form-redact = Schwärzen
form-reopen = Wieder öffnen
form-hold = Zurückbehalten (über das Löschen hinaus)
form-save-attachment = Anhang { $n } speichern
action-save = Speichern
action-note = Notiz hinzufügen
action-reply = Antwort senden
action-close = Fall schließen
action-step = Schritt festhalten
action-agree = Datum vereinbaren
action-share = Weitergeben
action-redact = Schwärzen
action-reopen = Wieder öffnen
action-hold = Zurückbehalten
action-save-file = Speichern
action-download = Herunterladen

## Due
due-caption = Dringendstes zuerst
due-none = Nichts ist fällig.
due-unsynced = Objekte, die seit { $oldest } auf der Drop Box warten, wurden nicht synchronisiert: Der Server löscht sie in { $days ->
    [one] { $days } Tag
   *[other] { $days } Tagen
}. Jetzt synchronisieren.

## Team
team-name = Team
team-fingerprint = Fingerabdruck
team-roster = Mitgliederliste
team-roster-seq = Nr. { $seq }
team-expires = Mitgliederliste läuft ab
team-members = Mitglieder
section-alerts = Warnungen
alerts-none = Keine Warnungen.
alert-roster-expires = Die Mitgliederliste (Nr. { $seq }) läuft am { $day } ab, in { $days ->
    [one] { $days } Tag
   *[other] { $days } Tagen
}: Die Admins müssen die nächste vorher signieren, sonst scheitert jede Synchronisierung.
alert-roster-expired = Die Mitgliederliste (Nr. { $seq }) ist am { $day } abgelaufen: Die Admins müssen die nächste signieren; bis dahin scheitert jede Synchronisierung.
alert-no-roster = Dieser Speicher hat noch keine geprüfte Mitgliederliste: Synchronisieren Sie zuerst mit --server und --team.
alert-quarantined = { $count ->
    [one] { $count } Objekt ist in Quarantäne: Die Synchronisierung hat es beiseitegelegt und nichts abgelegt. Siehe unten.
   *[other] { $count } Objekte sind in Quarantäne: Die Synchronisierung hat sie beiseitegelegt und nichts abgelegt. Siehe unten.
}
alert-forged = { $count ->
    [one] WARNUNG: { $count } Objekt in Quarantäne wurde gefälscht oder manipuliert.
   *[other] WARNUNG: { $count } Objekte in Quarantäne wurden gefälscht oder manipuliert.
}
section-quarantined = Objekte in Quarantäne
quarantined-caption = Von der Synchronisierung beiseitegelegt, nie abgelegt ({ $command } zeigt eines)
quarantined-none = Nichts ist in Quarantäne.
no-bundle = (kein Bündel)

## Statistics
stats-chart-alt = Diagramm: { $title }. Die Zahlen stehen in der Tabelle darunter.
