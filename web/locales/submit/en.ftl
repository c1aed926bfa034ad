# dropbox-submit's messages (reporter-cli/), English: the source.
# How these are made, used and reviewed: web/TRANSLATIONS.md.
# Placeholders holding text from outside (names, file names, the server's
# words) arrive escaped; never put markup or escapes around them.

## --help's opening text

help-about = dropbox-submit: send an encrypted report to a team's drop box, and talk with the team afterwards using a codename.
help-words = Words used here: the team fingerprint is the identifier the team publishes on its own website (a link to its drop box ends in #team=<fingerprint>); the roster is the team's signed list of members and their keys; the recipients are the members who can read your report; a codename is eight words that let you read the team's replies.

## verify

verify-team = Team: { $team }
verify-roster = Roster: #{ $seq } ({ $hash }), valid until { $expires }
verify-members = { $count ->
    [one] One member (they receive your report unless you leave them out with --leave-out ID):
   *[other] { $count } members (each receives your report unless you leave them out with --leave-out ID):
  }
verify-categories = Categories: { $categories }
warn-endpoints = warning: this server's address is not among the team's endpoints: { $endpoints }

## send

warn-endpoint-unlisted = warning: { $server } is not among the team's published endpoints; make sure you reached the right drop box
deriving-keys = deriving your codename's keys…
send-received = Your report was received.
send-written = Your encrypted report is in { $file }.
send-receipt = Receipt (sha256 of what was sent): { $receipt }
send-left-out = { $count ->
    [one] Left out: { $names }. They cannot read this report or anything the team derives from it.
   *[other] Left out ({ $count }): { $names }. They cannot read this report or anything the team derives from it.
  }
send-codename-heading = Your codename (write it down, keep it secret; it is shown only once):
send-codename-use = Use it with `dropbox-submit replies` and `dropbox-submit followup`.
warn-record-failed = warning: your report was received, but the record of who may read your conversation was not stored ({ $error }); your follow-ups can be sent once the team has replied
error-empty = the report is empty: give --body, --body-file or --attach
error-category = unknown category { $name }; this team's categories are: { $categories }
error-severity = severity must be critical, high, medium or low

## attachments and recipients

attach-clean = { $name }: no metadata found
attach-removed = { $name }: removed { $removed }
attach-as-is = warning: { $name } is sent as it is; files other than JPEG and PNG may carry identifying metadata (author, device, location) that this tool cannot remove
error-not-member = { $name } is not a member of this team; members are: { $names }
error-no-recipient = at least one member must receive the report
error-cannot-read = cannot read { $file }
error-not-file = { $file } is not a regular file
error-image-large = { $file } is an image too large to clean of its metadata here; shrink it first
error-image-parse = { $file } looks like an image but cannot be parsed to remove its metadata; convert it first
error-drop-key = cannot encrypt to { $member }: no drop key of theirs signed under the roster is valid today; leave them out (--leave-out { $member }) or try again after they have synced
uploading = uploading
error-receipt = the drop box acknowledged different bytes than were sent (receipt { $receipt }, expected { $expected }); do not trust this server
error-upload-failing = the upload keeps failing; nothing was acknowledged, try again later

## reaching the drop box

error-no-server = no drop box URL: pass --server or set DROPBOX_SERVER
error-bad-url = { $server } is not a usable drop box URL: use https://, or http:// only for a .onion or loopback address
error-unreachable = cannot reach { $server }
error-roster = the team's roster does not verify: { $detail }. Do not send anything; check the fingerprint on the team's own website

## replies

codename-prompt = Codename:
replies-none = No replies yet.
reply-heading = #{ $seq } from { $author } ({ $member }) on { $day }:
author-former-key = { $name } (former key)
author-former-member = { $name } (former member)
warn-replies-missing = { $count ->
    [one] warning: reply { $missing } is missing; the server may have withheld it or it expired
   *[other] warning: replies { $missing } are missing; the server may have withheld them or they expired
  }
warn-problem = warning: { $problem }
error-mailbox = the drop box answered { $code } for your mailbox: { $detail }

## followup

followup-replies-so-far = The team's replies so far:
followup-received = Your follow-up #{ $seq } was received. Receipt: { $receipt }
followup-readable = Readable by: { $names }.
warn-copy-failed = warning: your follow-up was received, but its copy in your conversation's record was not stored ({ $error }); give --seq { $next } to your next follow-up

## consent: what you agree to before anything is encrypted (consent.rs;
## `--json` keeps its English keys). $all, $first, $unread, $read,
## $written, $days and $backup each hold a consent-days text ("30 days").

consent-intro-report = Before your report is encrypted and sent to { $team }, please read what happens to it.
consent-intro-followup = Before your follow-up is encrypted and sent to { $team }, please read what happens to it.
consent-where-server = Where it is kept: encrypted on this computer first, then encrypted on the drop box at { $url } until the team collects it, then in the encrypted case store of each member who can read it. The drop box's operator cannot read it.
consent-where-file = Where it is kept: encrypted in { $file }, which you deliver yourself; once the team imports it, in the encrypted case store of each member who can read it.
consent-days = { $count ->
    [one] { $count } day
   *[other] { $count } days
  }
consent-how-long = How long: the drop box deletes it { $all } after every reader has collected it, or { $first } after the first did, whichever is earlier, and after { $unread } if nobody collects it. The team's replies to you are deleted from the drop box { $read } after you read them, or { $written } after they were written.
consent-purge = The team deletes the case { $days } after closing it (unless a member must keep it longer, for a legal hold or an ongoing disclosure), and its backups stay readable for { $backup }.
consent-drop-keys = It is encrypted to short-lived keys that each reader destroys once their { $count }-day window and one more have passed: after that, no copy of the encrypted upload (on the drop box or in its backups) can be opened by anyone, the team included.
consent-drop-keys-codename = The exception is your codename: whoever has it can open the drop box's copy for as long as the drop box keeps it, and any copy you save.
consent-readers = Who can read it: { $names }.
consent-left-out = Left out: { $names }. They cannot read it or anything the team derives from it.
consent-contact-given = Your contact details are used only by the team, to reach you about this report.
consent-contact-none = You give no contact details: the team can reach you only through replies to a codename.
consent-credit-given = Your credit line is how the team names you if it credits you publicly for this report.
consent-credit-none = You ask for no credit: the team will not name you.
consent-share = The team may share the report with an affected party (for example the maker of the software or the organisation concerned), encrypted to that party and only as its TLP label allows; your contact details and credit go only if the team chooses to include them.
consent-codename = With your codename you can read the team's replies, send follow-ups, and withdraw the report later (`dropbox-submit withdraw`).
consent-no-codename = Without a codename (--replies) you cannot withdraw this report later, read replies or send follow-ups.
consent-keep = A copy of exactly what is uploaded is kept in { $file }; it opens only with your codename (`dropbox-submit open`).
consent-nothing-sent = Nothing of this consent is sent: only the encrypted report itself.
# The question waits on its line. "y" and "yes" always mean yes; so do
# consent-yes's words (comma-separated, any case): keep the letter you put
# in the question's brackets among them.
consent-ask-report = Send this report? [y/N]
consent-ask-followup = Send this follow-up? [y/N]
consent-yes = y, yes
consent-declined = you did not agree, so nothing was encrypted or sent
consent-needed = no terminal to ask for your consent on: run it on a terminal to read what is kept, for how long and who can read it, or add --yes to agree to it (the text is printed on standard error, the facts with --json)
error-answer = cannot read your answer: { $error }

## --keep, open, replies (--copy, --export) and a follow-up's readers

keep-saved = A copy of what was sent is in { $file }; it opens with your codename (`dropbox-submit open`).
error-keep-report = your report was received, but its copy could not be saved in { $file }
error-keep-followup = your follow-up was received, but its copy could not be saved in { $file }
# open's labels: the values are lined up after the longest.
open-report = Your report of { $day }
open-followup = Your follow-up #{ $seq } of { $day }
open-sent-to = Sent to:
open-title = Title:
open-category = Category:
open-severity = Severity:
open-contact = Contact:
open-credit = Credit:
open-attachments = Attachments:
open-attachment = { $size ->
    [one] { $name } ({ $media }, { $size } byte)
   *[other] { $name } ({ $media }, { $size } bytes)
  }
open-attachment-saved = { $size ->
    [one] { $name } ({ $media }, { $size } byte), saved as { $file }
   *[other] { $name } ({ $media }, { $size } bytes), saved as { $file }
  }
open-save-hint = Save them with --out DIR.
warn-attachment-exists = warning: { $file } exists already and was left as it is; its attachment was not saved
error-copy-codename = { $file } does not open with this codename for this team (a copy kept by `send --keep`, `followup --keep` or the page opens only with the codename it was sent with)
error-copy-damaged = { $file } is not an intact report copy
error-copy-other = { $file } belongs to another codename's conversation
error-copy-kind = { $file } holds no report or follow-up of yours (it is a { $kind } bundle)
error-copy-signature = { $file }: its signature does not verify
replies-exported = The conversation was written to { $file }.
conversation-report = Your report on { $day }:
conversation-followup = Your follow-up #{ $seq } on { $day }:
conversation-followup-unnumbered = Your follow-up on { $day }:
conversation-attached = (attached: { $names })
error-codename-stdin = cannot read the codename from standard input
error-codename-terminal = cannot read the codename from the terminal
error-readers-unknown = cannot tell who may read this conversation: neither your conversation's record nor any reply from the team says so (it may have expired); nothing was sent. Send a new report instead, choosing its readers
error-no-reader-left = no current member of the team may read this conversation (the others were left out or have left); nothing was sent

## withdraw

withdraw-deleted = The drop box's copy of your report was deleted.
withdraw-not-held = The drop box no longer held your report (the team had collected it, or it was sent before reports could be withdrawn this way).
withdraw-received = Your withdrawal was received (receipt { $receipt }). Readable by: { $names }.
withdraw-next = The team closes the case and deletes it after its backup window, unless it must keep it (a legal hold, an ongoing disclosure); then it tells you why in a reply (`dropbox-submit replies`).
error-withdraw-refused = the team was told, but the drop box refused to delete your report ({ $code }): { $detail }; run `dropbox-submit withdraw` again
error-withdraw-untold = the team could not be told of your withdrawal

## errors from the drop box, files and flags
no-explanation = no explanation
error-bad-proxy = invalid proxy { $proxy }
error-response-unreadable = the drop box's answer could not be read
error-roster-status = { $server } answered { $code } for its roster
error-attestation-status = { $server } answered { $code } for the roster attestation
error-upload-refused = the drop box refused the upload ({ $code }): { $detail }
error-no-upload-location = the drop box gave no upload location
error-upload-lost = the drop box lost the upload; send the report again
error-state-corrupt = { $file } is corrupt; delete it to start over
error-server-or-roster = pass --server or --roster-file
error-cannot-create = cannot create { $file }
error-pgp-needs-server = --team-pgp needs --server, to fetch the attestation
error-copy-altered = { $file } was altered or cut short
error-cannot-save = cannot save { $file }
error-cannot-write = cannot write { $file }
error-dropkeys-status = the drop box answered { $code } for its drop keys; try again later
error-dropkeys-malformed = the drop box served malformed drop keys
error-pow-unreasonable = the drop box asks for an unreasonable proof of work ({ $bits } bits)
