//! Fixtures for the services' unit tests: a team with a verified roster
//! chain, members with in-memory case stores, and what a reporter and a
//! colleague send, made with dropbox-crypto's real encoders (as the
//! reporter client and `teamlog` make them), at a fixed instant.

use std::path::PathBuf;

use dropbox_crypto::bundle::{self, AttachmentMeta, Header, Kind, ReplyKeys};
use dropbox_crypto::codename::{CodenameKeys, keys_from_seed};
use dropbox_crypto::messages::{Event, EventBody, Followup};
use dropbox_crypto::roster::{Policy, Role, Roster, VerifiedChain, fingerprint_of, verify_chain};
use dropbox_crypto::time::UnixTime;
use dropbox_crypto::wire::EventItem;
use dropbox_crypto::{MemberId, TeamFingerprint, envelope};

use crate::domain::ingest::{Filed, case_id_of};
use crate::keys::MemberKeys;
use crate::services::ingest::{file_ciphertext, receipt_of};
use crate::services::teamlog::{self, Ctx, Pulled};
use crate::store::CaseStore;

/// 2026-11-24 10:30 UTC: every test runs at this instant, whatever the
/// machine's clock says.
pub const NOW: UnixTime = UnixTime(1_795_530_600);

/// A directory removed when dropped (the stores' attachments).
pub struct Scratch(pub PathBuf);

impl Scratch {
    pub fn new() -> Self {
        let p = std::env::temp_dir().join(format!("reviewer-unit-{:016x}", rand::random::<u64>()));
        std::fs::create_dir_all(&p).unwrap();
        Scratch(p)
    }
}

impl Drop for Scratch {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// alice and bob (admins), carol (reviewer), in roster #1.
pub struct Team {
    pub members: Vec<MemberKeys>,
    pub roster: Roster,
    pub chain: VerifiedChain,
}

impl Team {
    pub fn new() -> Self {
        let members: Vec<MemberKeys> = ["alice", "bob", "carol"]
            .iter()
            .map(|id| MemberKeys::generate(id.parse().unwrap()))
            .collect();
        let cards = members
            .iter()
            .enumerate()
            .map(|(i, m)| {
                let mut c = m.card(m.id.as_str());
                c.roles = if i < 2 {
                    vec![Role::Admin, Role::Reviewer]
                } else {
                    vec![Role::Reviewer]
                };
                c
            })
            .collect();
        let roster = Roster::first(
            "Unit Team",
            cards,
            vec!["http://127.0.0.1:1".into()],
            NOW.day().add_days(30),
            Policy::default(),
        );
        let env = roster.sign(&[
            (&members[0].id, &members[0].sign),
            (&members[1].id, &members[1].sign),
        ]);
        let chain = verify_chain(&fingerprint_of(&roster), &[env], NOW).unwrap();
        Team {
            members,
            roster,
            chain,
        }
    }

    pub fn fp(&self) -> TeamFingerprint {
        self.chain.fingerprint
    }

    pub fn ids(&self, who: &[usize]) -> Vec<MemberId> {
        who.iter().map(|&i| self.members[i].id.clone()).collect()
    }

    pub fn ctx(&self, m: usize) -> Ctx<'_> {
        Ctx {
            keys: &self.members[m],
            chain: &self.chain,
            now: NOW,
        }
    }
}

/// One member's in-memory store and its scratch directory.
pub struct Desk {
    pub store: CaseStore,
    _dir: Scratch,
}

impl Desk {
    pub fn new() -> Self {
        let dir = Scratch::new();
        Desk {
            store: CaseStore::in_memory(&dir.0).unwrap(),
            _dir: dir,
        }
    }

    /// Files a ciphertext as member `m` would in a sync, at [`NOW`].
    pub fn file(&mut self, team: &Team, m: usize, ct: &[u8], server_id: &str) -> Filed {
        let receipt = receipt_of(ct).unwrap().to_string();
        file_ciphertext(
            &mut self.store,
            &team.members[m],
            &team.fp(),
            ct,
            Some(server_id),
            &receipt,
            NOW,
        )
        .unwrap()
    }

    /// Applies log entries as member `m`, then whatever they unparked.
    pub fn pull(&mut self, team: &Team, m: usize, entries: &[(u64, Vec<u8>)]) -> Pulled {
        let mut page = Some(log_page(entries));
        teamlog::apply_log(&mut self.store, &team.ctx(m), |after| {
            Ok(page
                .take()
                .unwrap_or_default()
                .into_iter()
                .filter(|e| e.seq > after)
                .collect())
        })
        .unwrap()
    }
}

/// Entries of the drop box's event log, as `GET /v1/events` serves them.
pub fn log_page(entries: &[(u64, Vec<u8>)]) -> Vec<EventItem> {
    entries
        .iter()
        .map(|(seq, data)| EventItem {
            seq: *seq,
            roster_seq: Some(1),
            data: data.clone(),
        })
        .collect()
}

/// A reporter's codename keys (fixed by `n`).
pub fn codename(n: u8) -> CodenameKeys {
    keys_from_seed(&[n; 32])
}

fn reply_keys(k: &CodenameKeys) -> ReplyKeys {
    ReplyKeys {
        age: k.identity.recipient(),
        sign: k.mailbox_key.public(),
    }
}

fn metas(files: &[&[u8]]) -> Vec<AttachmentMeta> {
    files
        .iter()
        .enumerate()
        .map(|(i, f)| AttachmentMeta::new(&format!("file{i}.txt"), "text/plain", f.len() as u64))
        .collect()
}

/// Encrypts a bundle as the reporter client does: a slot per roster
/// member (decoys for those left out) and one for the codename.
pub fn seal_submission(
    team: &Team,
    h: Header,
    files: &[&[u8]],
    codename: Option<&CodenameKeys>,
) -> Vec<u8> {
    let to = h.recipients.clone();
    let plain = bundle::encode_to_vec(h, files).unwrap();
    let slots = envelope::submission_slots(
        &team.roster,
        &to,
        codename.map(|k| k.identity.recipient()).as_ref(),
    )
    .unwrap();
    envelope::encrypt_vec(slots, &plain).unwrap()
}

/// A report to `to`, with a codename when `reporter` is given. Returns
/// the header (its delete token makes the case id) and the ciphertext.
pub fn report(
    team: &Team,
    to: &[usize],
    reporter: Option<&CodenameKeys>,
    title: &str,
    files: &[&[u8]],
) -> (Header, Vec<u8>) {
    let mut h = Header::new(Kind::Report, NOW.day(), 1, team.ids(to));
    h.title = Some(title.into());
    h.body = Some(format!("{title}: what happened"));
    h.attachments = metas(files);
    if let Some(k) = reporter {
        h.reply = Some(reply_keys(k));
        h.thread = Some(k.thread());
    }
    let ct = seal_submission(team, h.clone(), files, reporter);
    (h, ct)
}

/// The case id a report's header makes.
pub fn case_of(h: &Header) -> String {
    case_id_of(&h.delete_token).to_string()
}

/// What a follow-up says and who gets it.
pub struct Fu<'a> {
    /// Its number in the conversation.
    pub seq: u64,
    /// Its text.
    pub body: &'a str,
    /// Who it is encrypted to.
    pub to: &'a [usize],
    /// The recipient list its signature covers.
    pub signed_to: &'a [usize],
    /// Its attachments.
    pub files: &'a [&'a [u8]],
}

/// A follow-up in `thread`'s conversation (its unsigned header names that
/// thread and its reply keys), signed by `signer`'s mailbox key.
pub fn followup(team: &Team, thread: &CodenameKeys, signer: &CodenameKeys, fu: Fu<'_>) -> Vec<u8> {
    let digests = fu
        .files
        .iter()
        .map(|f| dropbox_crypto::Sha256Digest::of(f))
        .collect();
    let f = Followup::new(
        team.fp(),
        signer.mailbox(),
        fu.seq,
        NOW.day(),
        fu.body.into(),
        digests,
    )
    .with_recipients(&team.ids(fu.signed_to));
    let mut h = Header::new(Kind::Followup, NOW.day(), 1, team.ids(fu.to));
    h.signed = Some(f.sign(&signer.mailbox_key));
    h.thread = Some(thread.thread());
    h.reply = Some(reply_keys(thread));
    h.attachments = metas(fu.files);
    seal_submission(team, h, fu.files, Some(thread))
}

/// A team event on `case` by member `author`, encrypted to `to`, as
/// `teamlog` seals one.
pub fn event(team: &Team, author: usize, case: &str, body: EventBody, to: &[usize]) -> Vec<u8> {
    let a = &team.members[author];
    let ev = Event::new(
        team.fp(),
        case.parse().unwrap(),
        1,
        0,
        a.id.clone(),
        NOW.day(),
        body,
    )
    .at(NOW);
    let mut h = Header::new(Kind::Event, NOW.day(), 1, team.ids(to));
    h.signed = Some(ev.sign(&a.sign).unwrap());
    let plain = bundle::encode_to_vec(h, &[]).unwrap();
    let slots = to
        .iter()
        .map(|&i| envelope::Slot::Real(team.members[i].age.recipient()))
        .collect();
    envelope::encrypt_vec(slots, &plain).unwrap()
}
