# The source language of the page (web/src). Every other locale must have
# every message here, with the same placeholders (web/test/i18n.test.js).
# See web/TRANSLATIONS.md.

page-title = Report drop box
language-label = Language

## Without JavaScript (rendered into the page's <noscript> at build time)

noscript-needs-js = This page needs JavaScript to encrypt your report in your browser. With JavaScript off, nothing on this page works: your browser cannot encrypt, so nothing is sent.
noscript-nojs = If the operator turned it on, a text-only form works without JavaScript, but the server encrypts what you type there, so the server operator could read it. It takes no attachments and gives no codename for replies.
noscript-nojs-link = Text-only form (the server operator could read it)
noscript-cli = For the safest way to report, use the command-line tool dropbox-submit, which encrypts on your own computer.
noscript-other-languages = Other languages

## The team and its roster

trust-heading = Who will read your report
team-ask = This link did not name the team's fingerprint. Copy it from the team's own website (64 letters and digits) and paste it here.
team-input-label = Team fingerprint
team-check = Check the team
team-name-label = Team
roster-seq-label = Roster
roster-head-label = Head hash
team-fp-label = Fingerprint
team-compare = Compare the roster number and head hash with what the team publishes, if you can. They change when the team's members change.
trust-readers = { $count ->
    [one] One member of the team can read your report. You see who below.
   *[other] { $count } members of the team can read your report, unless you leave some out below.
  }
trust-server = The drop box's server cannot read your report, nor tell whom you left out or whether you asked for replies. It sees the day it arrived and its size, rounded up; without Tor Browser, also your network address while you are connected.
status-checking = Checking the team's roster…
status-roster-bad = The team's roster does not verify ({ $detail }). Do not send anything here: check the fingerprint on the team's own website.
status-roster-ok = The team's roster verifies: it is signed by the team's admins, from the fingerprint in your link.
status-bad-fingerprint = A team fingerprint is 64 letters (a–f) and digits.
origin-warning = Warning: this address ({ $origin }) is not among the addresses the team published ({ $endpoints }). Make sure you reached the right drop box.
onion-notice-onion = You are not using the drop box's .onion address. Your network, and the server's, can see that you visited this site. For more safety, open the team's .onion address in Tor Browser.
onion-notice-tor = You are not using the drop box's .onion address. Your network, and the server's, can see that you visited this site. For more safety, use Tor Browser.

## The report form

report-heading = Your report
field-title = Title
field-body = Report
field-category = Category
category-none = (none)
field-severity = How serious do you think it is?
severity-none = (no guess)
severity-critical = Critical
severity-high = High
severity-medium = Medium
severity-low = Low
field-contact = Contact details (optional)
field-credit = How to credit you (optional; leave empty not to be credited)
field-attachments = Attachments
attachments-note = Before encryption, hidden metadata (a photo's location, camera, times, author, comments) is removed from JPEG and PNG images. Other files are sent as they are: remove such data from them yourself. You can rename each file below.
recipients-legend = Who may read it
recipients-note = Everyone ticked can read your report. A member you untick gets no key to it: they cannot read the report, its attachments or your codename's messages, and the file does not show who was left out. They can still see, as every member and the server can, that a report arrived, on which day, and its approximate size; and the members you chose can tell them about it. At least one member must remain.
recipients-at-least-one = At least one member must be able to read your report.
replies-checkbox = I want to receive replies
replies-note = If you tick this, the page makes a codename (eight words) after sending. Write it down: it is the only way to read the team's replies, and it is shown only once.
send-button = Send report

## Before you send

guide-heading = Before you send
guide-tor = Use Tor Browser: it hides from this drop box and from your network who and where you are; an ordinary browser does not.
guide-metadata = Files can give you away: names, places and times inside documents and photos, and details only a few people know. Remove what you can; this page cleans only JPEG and PNG photos.
guide-codename = If you ask for replies, write the codename down and keep it somewhere safe, not in this browser. Whoever has it can read the replies; if you lose it, nobody can give it back.

## Attachments

attachment-name = Name of attachment { $n } ({ $size ->
    [one] { $size } byte
   *[other] { $size } bytes
  })
attachment-checking = Checking for hidden metadata…
attachment-as-is = Sent as it is: this page removes metadata only from JPEG and PNG images, so names, places or edit history inside this file stay in it.
attachment-too-large = This { $kind } image is too large to check for hidden metadata here; remove its metadata yourself, or leave it out.
attachment-removed = Removed before encryption: { $removed }.
attachment-clean = No hidden metadata found in this image.
attachment-unreadable = This file looks like a { $kind } image but could not be read ({ $detail }), so its hidden metadata could not be removed. Leave it out, or fix it first.

## Sending a report

error-no-recipient = Choose at least one member to read your report.
error-empty = The report is empty: write something or attach a file.
error-file = { $name }: { $problem }
error-too-large = The attachments are too large for this drop box (at most { $max } bytes in all).
error-encrypted-too-large = the encrypted report is larger than this drop box accepts
error-worker = the page's worker failed
error-no-drop-key = { $name } has no valid drop key today, and this team's reports go only to drop keys; leave { $name } out, or try again after they have synced
error-drop-keys-unavailable = the drop box did not serve its drop keys (HTTP { $status }); try again later
progress-heading = Sending
progress-bar =
    .aria-label = Progress
progress-keys = Making your codename's keys…
progress-keys-percent = Making your codename's keys… { $percent } %
progress-no-worker = Web Workers are not available; working on this page, which may freeze for a while…
progress-sending = Encrypting and sending…
progress-sending-bytes = Encrypting and sending… { $percent } % ({ $sent } of { $total } bytes)
status-puzzle = Doing the server's anti-flooding puzzle ({ $bits } bits)…
status-resuming = The connection was interrupted; resuming (attempt { $attempt } of { $retries })…
sent = Sent.
sent-uncertain = The connection dropped at the very end; your report was probably received.
sent-record-note = Note: the record of who may read your conversation was not stored ({ $detail }); your follow-ups can be sent once the team has replied.
send-failed = Sending failed: { $detail }. Nothing was acknowledged; you can try again.

## The receipt and the codename

done-heading = Your report was received
receipt-text = Receipt (sha256 of exactly what was sent; the team sees the same number):
receipt-output =
    .aria-label = Receipt
codename-heading = Your codename
codename-keep = Write it down and keep it secret; it is shown only once.
codename-output =
    .aria-label = Codename
codename-note = With it you, and only you, can read the team's replies, below under “Check replies” or with the command dropbox-submit replies.
left-out = Left out: { $names }. They cannot read this report.

## consent
## Before anything is encrypted, from the verified roster's policy (the
## same facts as dropbox-submit's reporter-cli/src/consent.rs).

consent-heading = Before you send: what happens to your report
consent-where = Where it is kept: encrypted in this browser first, then encrypted on this drop box until the team collects it, then in the encrypted case store of each member who can read it. The drop box's operator cannot read it.
consent-server = How long: the drop box deletes it { $all } days after every reader has collected it, or { $first } days after the first did, whichever is earlier, and after { $none } days if nobody collects it. The team's replies to you are deleted from the drop box { $read } days after you read them, or { $reply } days after they were written.
consent-team = The team deletes the case { $close } days after closing it (unless a member must keep it longer, for a legal hold or an ongoing disclosure), and its backups stay readable for { $backup } days.
consent-dropkeys = It is encrypted to short-lived keys that each reader destroys once their { $days }-day window and one more have passed: after that, no copy of the encrypted upload can be opened by anyone, the team included.
consent-dropkeys-codename = The exception is your codename: whoever has it can open the drop box's copy for as long as the drop box keeps it, and any copy you save.
consent-readers = Who can read it: { $names }.
consent-left-out = Left out: { $names }. They cannot read it or anything the team derives from it.
consent-contact-given = Your contact details are used only by the team, to reach you about this report.
consent-contact-none = You give no contact details: the team can reach you only through replies to a codename.
consent-credit-given = Your credit line is how the team names you if it credits you publicly for this report.
consent-credit-none = You ask for no credit: the team will not name you.
consent-tlp = The team may share the report with an affected party (for example the maker of the software or the organisation concerned), encrypted to that party and only as its TLP label allows; your contact details and credit go only if the team chooses to include them.
consent-codename = With your codename you can read the team's replies, send follow-ups, and withdraw the report later.
consent-no-codename = Without a codename you cannot withdraw this report later, read replies or send follow-ups.
consent-nothing-sent = Nothing of this consent is sent: only the encrypted report itself.
consent-agree = I agree: encrypt and send
consent-back = Back to the report
copy-save = Save a copy of what was sent
copy-note = The encrypted file exactly as uploaded: only your codename opens it (dropbox-submit open FILE). Keep it, like the codename, away from anyone who must not know that you reported.

## followup-consent
## The same consent step before a follow-up is encrypted (the facts it needs:
## who reads it, kept how long), its saved copy, and the codename view's
## conversation: saved copies opened in the browser, its export.

consent-followup-heading = Before you send: what happens to your follow-up
consent-followup-back = Back to the follow-up
consent-followup-tlp = The team may share the follow-up with an affected party, encrypted to that party and only as the case's TLP label allows.
consent-followup-nothing-sent = Nothing of this consent is sent: only the encrypted follow-up itself.
followup-copy-save = Save a copy of this follow-up
own-report = You (report), { $day }:
conversation-copies-label = Add the copies you saved (your report, your follow-ups)
conversation-copies-note = They are opened in this browser with your codename; nothing is uploaded.
conversation-export = Export conversation
copy-unreadable = { $name } could not be read: { $detail }
copy-other-codename = it belongs to another codename's conversation
copy-not-yours = it holds no report or follow-up of yours

## Checking replies and sending follow-ups

replies-heading = Check replies
replies-intro = If you sent a report with a codename, enter it here to read the team's replies and to write back. Each reply is checked against the team's roster; the page shows which member wrote it.
check-codename-label = Codename to check replies
check-note = Eight words, as the page showed them after you sent your report.
check-button = Check replies
codename-word-count = A codename has exactly 8 words; this has { $count }.
codename-unknown-word = Word { $n } of the codename is not on the word list; check its spelling.
check-deriving = Deriving your codename's keys…
check-deriving-percent = Deriving your codename's keys… { $percent } %
check-fetching = Fetching your mailbox…
check-mailbox-refused = the drop box answered { $status } for your mailbox
check-mailbox-refused-message = the drop box answered { $status } for your mailbox: { $message }
check-verifying = Checking each reply's signature…
check-verified = { $count ->
    [one] { $count } verified reply.
   *[other] { $count } verified replies.
  }
check-failed = Could not check replies: { $detail }.
conversation-heading = Conversation
conversation-log =
    .aria-label = Conversation
no-replies = No replies yet.
reply-from = #{ $seq } from { $author } ({ $member }), { $day }:
own-followup = You (follow-up #{ $seq }), { $day }:
own-followup-now = You (follow-up #{ $seq }, sent now), { $day }:
sent-files = { $count ->
    [one] { $count } file: { $names }
   *[other] { $count } files: { $names }
  }
reply-missing = { $count ->
    [one] Reply { $list } is missing: the server may have withheld it, or it expired.
   *[other] Replies { $list } are missing: the server may have withheld them, or they expired.
  }
reply-problem = Warning: { $problem }. It may be forged; it is not shown.
followup-unavailable-none = You cannot send a follow-up here: neither your conversation's record nor any reply from the team says who may read it (it may have expired). Send a new report instead, choosing its readers.
followup-unavailable-empty = No current member of the team may read this conversation; you cannot send a follow-up.
followup-label = Follow-up
followup-seq-label = Number of this follow-up (worked out from your mailbox)
followup-files-label = Files to add to the follow-up
followup-files-note = As for a report: hidden metadata is removed from JPEG and PNG images before encryption; other files are sent as they are.
followup-recipients-note = A member you untick gets no key to this message; at least one must remain. Members your report left out are never offered.
followup-to = Follow-up to { $name }
followup-left-out = Left out of this conversation, as your report chose: { $names }.
followup-send = Send follow-up
followup-done = Follow-up received. Receipt:
followup-receipt =
    .aria-label = Acknowledgement of your follow-up
followup-check-first = Check your replies with your codename first.
followup-empty = The follow-up is empty.
followup-no-recipient = Choose at least one member to read your follow-up.
followup-too-large = The files are too large for this drop box (at most { $max } bytes in all).
followup-encrypted-too-large = the encrypted follow-up is larger than this drop box accepts
followup-fingerprinting = Fingerprinting the files for your signature…
followup-sending-percent = Sending… { $percent } %
followup-sent-uncertain = The connection dropped at the very end; your follow-up was probably received.
followup-copy-note = Note: its copy in your conversation's record was not stored ({ $detail }).

## Staying safe

safety-heading = Staying safe
safety-tor = Use Tor Browser and this drop box's .onion address if you can. At the “Safer” security level this page still works (more slowly); at “Safest” JavaScript is off and it cannot encrypt.
safety-nothing-stored = Nothing you type is stored by this page: no cookies, no local storage. Close the tab when you are done.
safety-cli = If you are at high risk, use the command-line tool dropbox-submit instead: it does the same encryption on your own computer, without a browser.

## The text-only form without JavaScript (served by dropbox-server at /nojs, routes/nojs.rs)

nojs-page-title = Report without JavaScript
nojs-heading = Report to { $team } without JavaScript
nojs-warning = Warning: the server operator could read what you send with this form.
nojs-explain = Your browser sends the text to the server, which encrypts it for the team. For end-to-end encryption, use the normal page with JavaScript turned on, or the command-line tool dropbox-submit.
nojs-text-only = Text only (at most 64 KiB): no attachments, and no codename, so the team cannot reply here.
nojs-received-heading = Report received
nojs-receipt = Receipt (sha256 of the encrypted report):
nojs-keep-receipt = Keep it if you want to show later that you sent this report.
nojs-too-large = The form takes at most 64 KiB of text. Nothing was sent: shorten the report and send it again.
nojs-empty = The report text is empty. Nothing was sent: write what happened and send it again.
nojs-failed = The drop box could not store your report ({ $detail }). Nothing was kept; try again later.
nojs-back = Back to the form
