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

## withdraw

withdraw-deleted = The drop box's copy of your report was deleted.
withdraw-not-held = The drop box no longer held your report (the team had collected it, or it was sent before reports could be withdrawn this way).
withdraw-received = Your withdrawal was received (receipt { $receipt }). Readable by: { $names }.
withdraw-next = The team closes the case and deletes it after its backup window, unless it must keep it (a legal hold, an ongoing disclosure); then it tells you why in a reply (`dropbox-submit replies`).
error-withdraw-refused = the team was told, but the drop box refused to delete your report ({ $code }): { $detail }; run `dropbox-submit withdraw` again
error-withdraw-untold = the team could not be told of your withdrawal
