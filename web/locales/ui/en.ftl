# The reviewer's window (`reviewer ui`, web/ui/). The source language:
# every other file in this directory has exactly these messages, with the
# same placeholders (web/test/i18n.test.js). What the reviewer's services
# say (confirmations, errors, timeline lines, statistics) stays English.
# The values of fixed sets (status-*, severity-*, step-*) are shown, not
# typed: the CLI's words are the values sent.

## The window's frame
window-title = Reviewer
brand = Reviewer
skip-to-content = Skip to the content
nav-label = Views
view-inbox = Inbox
view-due = Due
view-team = Team
view-stats = Statistics
sync = Sync
sync-progress = Sync progress
language-label = Language
boot-connecting = Connecting to the reviewer on this machine…
boot-no-secret = Open the address `reviewer ui` printed (it works once). To start again, stop `reviewer ui` and run it anew.
boot-refused = The reviewer refused this window: { $error }.
error-window = The window failed: { $error }
error-http = The reviewer answered with an error (HTTP { $status }).
error-unreachable = The reviewer on this machine does not answer: it may have stopped (locked or idle). Run `reviewer ui` again.
sync-running = Syncing…
sync-done = Synced: { $cases } new case(s), { $followups } follow-up(s), { $applied } team event(s) applied, { $posted } posted.
sync-errors = Errors: { $errors }
sync-failed = Sync failed: { $error }

## Shared words
none = (none)
none-named = (none named)
nobody = nobody
no-title = (no title)
not-triaged = (not triaged)
number = { $n }
bytes = { $size ->
    [one] { $size } byte
   *[other] { $size } bytes
}
back-to-inbox = Back to the inbox

## Fixed sets
status-new = new
status-triaged = triaged
status-accepted = accepted
status-invalid = invalid
status-fixing = fixing
status-disclosed = disclosed
status-closed = closed
status-closed-blank = (closed)
severity-critical = critical
severity-high = high
severity-medium = medium
severity-low = low
step-acknowledged = acknowledged
step-next-steps = next steps
step-responded = responded
step-notified = notified
step-party-responded = party responded
step-escalated = escalated
step-disclosed = disclosed
role-admin = admin
role-reviewer = reviewer
urgency-overdue = overdue
urgency-due-soon = due soon
urgency-upcoming = upcoming

## Fields and columns
field-status = Status
field-severity = Severity
field-tlp = TLP
field-owner = Owner
field-search = Search
field-category = Category
field-severity-guess = Reporter's severity guess
field-received = Received
field-replies = Replies
field-contact = Contact
field-credit = Credit as
field-recipients = Recipients
field-left-out = Left out
field-note = Note
field-reply = Reply
field-reason = Reason
field-step = Step
field-detail = Detail
field-date = Date (YYYY-MM-DD)
field-cert = Recipient's certificate file
field-share-out = Write the encrypted share to (file)
field-redact = Field (contact or note:N)
field-until = Until (YYYY-MM-DD, empty: 30 days)
field-directory = Directory
col-id = ID
col-received = Received
col-status = Status
col-severity = Severity
col-tlp = TLP
col-owner = Owner
col-title = Title
col-number = #
col-file-name = File name (sender's)
col-claimed-type = Type claimed by the sender
col-size = Size
col-from = From
col-save = Save
col-when = When
col-who = Who
col-what = What
col-urgency = Urgency
col-due = Due
col-deadline = Deadline
col-case = Case
col-next = Next action
col-name = Name
col-roles = Roles
col-item = Item
col-arrived = Arrived
col-kind = Bundle kind
col-why = Why

## Inbox
inbox-filter = Filter and search
filter-any = any
filter-mine = Mine
filter-overdue = Overdue
filter-closed = Closed
inbox-apply = Apply
inbox-count = { $count ->
    [one] { $count } case
   *[other] { $count } cases
}
inbox-none = No cases.
inbox-overdue = overdue: { $deadlines }
inbox-purged-on = purged on { $day }

## A case
case-id = Case { $id }
case-closed-on = Closed
case-purged-on = Purged on
case-held-without-end = (held without end)
case-closed-explained = A closed case has left the active store: its details come back if it is reopened before it is purged.
case-received = { $day } (receipt { $receipt })
replies-possible = possible (the reporter has a codename)
replies-impossible = not possible
replies-impossible-long = The reporter left no codename: replies are not possible.
section-report = Report
section-attachments = Attachments
section-conversation = Conversation
section-triage = Triage
section-notes = Notes
section-more = More actions
section-timeline = Timeline
section-access-log = Access log
attachments-caption = Attachments (never opened here: save them, then open them in a sandbox)
attachments-none = No attachments.
from-report = report
from-followup = follow-up #{ $seq }
followup-heading = Follow-up #{ $seq } on { $day }
followup-conflict = CONFLICT: another follow-up has this number and different content
reply-heading = Reply #{ $seq } by { $member } on { $day }
note-line = Note { $n } by { $member } on { $day }:
conversation-none = No replies or follow-ups yet.
notes-none = No notes.
timeline-none = No team events yet.
attachment-downloaded = Downloaded (detected { $detected }).
attachment-warning = Warning: { $warning }

## Actions
form-triage = Triage
form-note = Note for the team
form-reply = Reply to the reporter
form-close = Close
form-step = Record a step
form-agree = Agree a disclosure date
form-share = Share under { $tlp } (OpenPGP)
share-fields = Fields (none ticked: title, body, category, severity, attachments)
share-field-title = title
share-field-body = body
share-field-category = category
share-field-severity = severity
share-field-contact = contact
share-field-credit = credit
share-field-notes = notes
share-field-followups = follow-ups
share-field-attachments = attachments
form-redact = Redact
form-reopen = Reopen
form-hold = Hold (keep past the purge)
form-save-attachment = Save attachment { $n }
action-save = Save
action-note = Add note
action-reply = Send reply
action-close = Close case
action-step = Record step
action-agree = Agree date
action-share = Share
action-redact = Redact
action-reopen = Reopen
action-hold = Hold
action-save-file = Save
action-download = Download

## Due
due-caption = Most urgent first
due-none = Nothing is due.
due-unsynced = Items on the drop box waiting since { $oldest } have not been synced: the server purges them in { $days ->
    [one] { $days } day
   *[other] { $days } days
}. Sync now.

## Team
team-name = Team
team-fingerprint = Fingerprint
team-roster = Roster
team-roster-seq = #{ $seq }
team-expires = Roster expires
team-members = Members
section-alerts = Alerts
alerts-none = No alerts.
alert-roster-expires = The roster (#{ $seq }) expires on { $day }, in { $days ->
    [one] { $days } day
   *[other] { $days } days
}: the admins must sign the next one before then, or every sync fails.
alert-roster-expired = The roster (#{ $seq }) expired on { $day }: the admins must sign the next one; until then every sync fails.
alert-no-roster = This store has no verified roster yet: sync with --server and --team first.
alert-quarantined = { $count ->
    [one] { $count } item is quarantined: sync set it aside and filed nothing. See below.
   *[other] { $count } items are quarantined: sync set them aside and filed nothing. See below.
}
alert-forged = { $count ->
    [one] ALERT: { $count } quarantined item was forged or tampered with.
   *[other] ALERT: { $count } quarantined items were forged or tampered with.
}
section-quarantined = Quarantined items
quarantined-caption = Set aside by sync, never filed ({ $command } shows one)
quarantined-none = Nothing is quarantined.
no-bundle = (no bundle)

## Statistics
stats-chart-alt = Chart: { $title }. The figures are in the table below.
