//! Sharing under the Traffic Light Protocol (POLICY "TLP"), community
//! alerts, and reports that arrived as OpenPGP mail.
//!
//! - `share` encrypts a case, or chosen fields, to an outside party's
//!   OpenPGP certificate: a TLP:RED case only to a certificate whose
//!   fingerprint is named on the case, an AMBER+STRICT one only to a
//!   certificate of the organisation named on the case.
//! - `alert` writes a community alert with only the fields marked
//!   shareable, and only from a GREEN or CLEAR case.
//! - `import-pgp` decrypts a mailed report with the team's OpenPGP key and
//!   files it as a case for every current member, granting it to the others
//!   with the next sync.
//!
//! Every share is recorded on the case (a team event) and in its access log.

use std::path::Path;

use anyhow::{Context, bail};

use dropbox_crypto::Sha256Digest;
use dropbox_crypto::bundle::{Header, Kind};
use dropbox_crypto::time::UnixTime;

use crate::domain::case::Case;
use crate::pgp;
use crate::services::session::Session;
use crate::services::share;
pub use crate::services::share::{DEFAULT_FIELDS, tlp_refusal};
use crate::services::teamlog;

/// `reviewer share ID --pgp CERT --out FILE [--fields F,...]`.
pub fn share(
    s: &mut Session,
    id: &str,
    cert: &Path,
    out: &Path,
    fields: Option<&[String]>,
    json: bool,
) -> anyhow::Result<()> {
    let d = share::share(s, id, cert, out, fields)?;
    crate::output::said(
        json,
        serde_json::json!({
            "case": d.case, "file": out, "recipient": d.recipient, "tlp": d.tlp, "fields": d.fields,
        }),
        format_args!(
            "Wrote {} for {} (TLP:{}; fields: {}). The share is recorded on the case.",
            out.display(),
            d.recipient,
            d.tlp,
            d.fields.join(", ")
        ),
    );
    Ok(())
}

/// `reviewer alert ID --out FILE`.
pub fn alert(s: &mut Session, id: &str, out: &Path, json: bool) -> anyhow::Result<()> {
    let d = share::alert(s, id, out)?;
    crate::output::said(
        json,
        serde_json::json!({"case": d.case, "file": out, "fields": d.fields}),
        format_args!(
            "Wrote the community alert to {} (fields: {}).",
            out.display(),
            d.fields.join(", ")
        ),
    );
    Ok(())
}

/// Where this store keeps the team's OpenPGP key, encrypted to the member.
fn team_key_path(home: &Path) -> std::path::PathBuf {
    home.join(crate::home::TEAM_PGP)
}

/// `reviewer team pgp-key FILE [--locked]`: keeps the team's OpenPGP secret
/// key, unlocked, encrypted to this member's age identity.
pub fn set_team_key(s: &Session, file: &Path, locked: bool, json: bool) -> anyhow::Result<()> {
    let data = zeroize::Zeroizing::new(
        std::fs::read(file).with_context(|| format!("cannot read {}", file.display()))?,
    );
    let pass = if locked {
        Some(zeroize::Zeroizing::new(
            match std::env::var("REVIEWER_PGP_PASSPHRASE") {
                Ok(p) => p,
                Err(_) => rpassword::prompt_password("Passphrase of the team's OpenPGP key: ")?,
            },
        ))
    } else {
        None
    };
    let key = pgp::TeamKey::from_bytes(&data, pass.as_deref().map(|p| p.as_str()))?;
    let armored = key.to_armored_secret();
    let ct = dropbox_crypto::envelope::encrypt_vec(
        vec![dropbox_crypto::envelope::Slot::Real(s.keys.age.recipient())],
        armored.as_bytes(),
    )?;
    crate::home::write_atomic(&team_key_path(&s.home), &ct)?;
    crate::output::said(
        json,
        serde_json::json!({"pgp_fingerprint": key.fingerprint().to_string()}),
        format_args!(
            "Kept the team's OpenPGP key {} (encrypted to your keys). When a holder leaves the team, rotate it.",
            key.fingerprint()
        ),
    );
    Ok(())
}

/// The team's OpenPGP key this member holds.
pub fn team_key(s: &Session) -> anyhow::Result<pgp::TeamKey> {
    let ct = std::fs::read(team_key_path(&s.home))
        .context("this member holds no team OpenPGP key: `reviewer team pgp-key FILE` first")?;
    let armored = zeroize::Zeroizing::new(
        dropbox_crypto::envelope::decrypt_vec(&ct, &[&s.keys.age])
            .context("the stored team OpenPGP key does not open with your keys")?,
    );
    Ok(pgp::TeamKey::from_bytes(&armored, None)?)
}

/// `reviewer team attest`: the team's OpenPGP key signs roster #1's
/// payload (whose sha256 is the team fingerprint), and the signature is
/// stored on the drop box for `dropbox-submit --team-pgp` to check.
pub fn attest(s: &Session, server: &str, json: bool) -> anyhow::Result<()> {
    let key = team_key(s)?;
    let first = &s.chain()?.rosters[0];
    let payload = first
        .envelope
        .parse(dropbox_crypto::dsse::ROSTER_TYPE)?
        .payload;
    let sig = key.sign_detached(&payload)?;
    let api = crate::remote::Api::new(server, &s.keys)?;
    let (status, body) = api.call("PUT", "/v1/roster/attestation", None, sig.as_bytes())?;
    if status != 204 {
        bail!(
            "the drop box refused the attestation ({status}): {}",
            String::from_utf8_lossy(&body)
        );
    }
    crate::output::said(
        json,
        serde_json::json!({
            "pgp_fingerprint": key.fingerprint().to_string(),
            "team": s.chain()?.fingerprint.to_string(),
        }),
        format_args!(
            "The team's OpenPGP key {} now attests roster #1 (team fingerprint {}); reporters check it with `dropbox-submit --team-pgp CERT`.",
            key.fingerprint(),
            s.chain()?.fingerprint
        ),
    );
    Ok(())
}

/// `reviewer import-pgp FILE`.
pub fn import_pgp(s: &mut Session, file: &Path, json: bool) -> anyhow::Result<()> {
    let key = team_key(s)?;
    let input = std::fs::read(file).with_context(|| format!("cannot read {}", file.display()))?;
    let mail = pgp::decrypt_mail(&key, &input)
        .with_context(|| format!("{} does not decrypt with the team's key", file.display()))?;
    let head = s.chain()?.head().roster.clone();
    let now = UnixTime::now();
    let mut header = Header::new(
        Kind::Report,
        now.day(),
        head.seq,
        head.members.iter().map(|m| m.id.clone()).collect(),
    );
    header.title = mail.subject.clone();
    header.body = Some(mail.body.to_string());
    header.contact = mail.from.clone();
    for a in &mail.attachments {
        header
            .attachments
            .push(dropbox_crypto::bundle::AttachmentMeta::new(
                &a.name,
                &a.media_type,
                a.data.len() as u64,
            ));
    }
    // Like every case id, made from the report's (here fresh, random)
    // delete token, so the grants that carry it to the others check out.
    let case_id = crate::domain::ingest::case_id_of(&header.delete_token).to_string();
    let key = s.store.new_case_key();
    for (i, a) in mail.attachments.iter().enumerate() {
        let mut sink = s.store.attachment_sink(&case_id, &key, i)?;
        std::io::Write::write_all(&mut sink, &a.data)?;
        std::io::Write::flush(&mut sink.finish()?)?;
    }
    let mut case = Case {
        id: case_id.clone(),
        report: header,
        server_id: None,
        receipt: Sha256Digest::of(&input).to_string(),
        imported: now.0,
        followups: Vec::new(),
        replies_sent: 0,
        events: Vec::new(),
        log: Vec::new(),
        from_grant: None,
        withdrawal: None,
    };
    case.access(now.0, s.keys.id.as_str(), "imported from OpenPGP mail");
    s.store.insert_case(&case, &key)?;
    // The other members get it through grants with the next sync.
    let others: Vec<_> = head
        .members
        .iter()
        .filter(|m| m.id != s.keys.id)
        .map(|m| m.id.clone())
        .collect();
    let (ctx, store) = s.parts()?;
    for m in &others {
        teamlog::queue_grant(store, &ctx, &mut case, m)?;
    }
    if json {
        jsonln!("{}", serde_json::json!({"case": case_id}));
    } else {
        outln!(
            "Filed the mailed report as case {case_id}; the next sync grants it to {}.",
            if others.is_empty() {
                "nobody else".to_owned()
            } else {
                others
                    .iter()
                    .map(|m| m.to_string())
                    .collect::<Vec<_>>()
                    .join(", ")
            }
        );
    }
    Ok(())
}
