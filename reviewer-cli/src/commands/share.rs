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

use dropbox_crypto::bundle::{Header, Kind};
use dropbox_crypto::messages::{EventBody, Tlp};
use dropbox_crypto::time::UnixTime;
use dropbox_crypto::{CaseId, Sha256Digest};

use crate::commands::annotate::FIELDS;
use crate::domain::case::Case;
use crate::pgp;
use crate::services::session::Session;
use crate::services::teamlog;

/// What a share carries when `--fields` is not given: what an outside party
/// needs to act, without the reporter's identity or the team's notes.
pub const DEFAULT_FIELDS: [&str; 5] = ["title", "body", "category", "severity", "attachments"];

/// Why a share is refused, by TLP label; `None` when allowed.
pub fn tlp_refusal(
    tlp: Tlp,
    parties: &[String],
    organisation: Option<&str>,
    cert_fpr: &str,
    cert_domains: &[String],
) -> Option<String> {
    match tlp {
        Tlp::Red if !parties.iter().any(|p| p == cert_fpr) => Some(format!(
            "the case is TLP:RED: it goes only to the parties named on it, and {cert_fpr} is not one (name it with `reviewer set ID --party {cert_fpr}` if it takes part in the exchange)"
        )),
        Tlp::AmberStrict => match organisation {
            None => Some(
                "the case is TLP:AMBER+STRICT: name the organisation it may go to first (`reviewer set ID --organisation example.org`)".into(),
            ),
            Some(org)
                if !cert_domains
                    .iter()
                    .any(|d| d == org || d.ends_with(&format!(".{org}"))) =>
            {
                Some(format!(
                    "the case is TLP:AMBER+STRICT: it stays within {org}, and this certificate's addresses ({}) are not there",
                    if cert_domains.is_empty() {
                        "none".to_owned()
                    } else {
                        cert_domains.join(", ")
                    }
                ))
            }
            Some(_) => None,
        },
        _ => None,
    }
}

fn check_fields(fields: &[String]) -> anyhow::Result<()> {
    for f in fields {
        if !FIELDS.contains(&f.as_str()) {
            bail!("unknown field {f:?}: use {}", FIELDS.join(", "));
        }
    }
    if fields.is_empty() {
        bail!("no fields to share");
    }
    Ok(())
}

/// The text of the chosen fields.
fn render(case: &Case, fields: &[String], tlp: Tlp, heading: &str) -> zeroize::Zeroizing<String> {
    let st = case.state();
    let r = &case.report;
    let has = |f: &str| fields.iter().any(|x| x == f);
    let mut t = zeroize::Zeroizing::new(format!("TLP:{tlp}\n{heading}\n\n"));
    let mut line = |k: &str, v: Option<String>| {
        if let Some(v) = v {
            t.push_str(&format!("{k}: {v}\n"));
        }
    };
    if has("title") {
        line("Title", r.title.clone());
    }
    if has("category") {
        line("Category", r.category.clone());
    }
    if has("severity") {
        line(
            "Severity",
            st.severity.or(r.severity).map(|s| s.to_string()),
        );
    }
    if has("contact") {
        line("Reporter's contact", r.contact.clone());
    }
    if has("credit") {
        line("Credit", r.credit.clone());
    }
    if has("body") {
        t.push('\n');
        t.push_str(r.body.as_deref().unwrap_or(""));
        t.push('\n');
    }
    if has("followups") {
        for f in &case.followups {
            t.push_str(&format!("\nFollow-up ({}):\n{}\n", f.day, f.body));
        }
    }
    if has("notes") {
        for n in &st.notes {
            t.push_str(&format!("\nNote ({}): {}\n", n.day, n.text));
        }
    }
    t
}

/// A MIME entity (multipart/mixed when attachments go too), so a mail
/// client shows what was shared as it was sent.
fn mime(
    text: &str,
    attachments: &[(String, String, zeroize::Zeroizing<Vec<u8>>)],
) -> zeroize::Zeroizing<Vec<u8>> {
    use base64::Engine;
    if attachments.is_empty() {
        return zeroize::Zeroizing::new(
            format!("Content-Type: text/plain; charset=utf-8\r\n\r\n{text}").into_bytes(),
        );
    }
    let boundary = format!("dropbox-{}", CaseId::random());
    let mut out = format!(
        "MIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=\"{boundary}\"\r\n\r\n--{boundary}\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n{text}\r\n"
    );
    for (name, media, data) in attachments {
        let b64 = base64::engine::general_purpose::STANDARD.encode(&data[..]);
        out.push_str(&format!(
            "--{boundary}\r\nContent-Type: {media}\r\nContent-Disposition: attachment; filename=\"{}\"\r\nContent-Transfer-Encoding: base64\r\n\r\n",
            name.replace(['"', '\r', '\n', '\\'], "_")
        ));
        for chunk in b64.as_bytes().chunks(76) {
            out.push_str(std::str::from_utf8(chunk).unwrap_or_default());
            out.push_str("\r\n");
        }
    }
    out.push_str(&format!("--{boundary}--\r\n"));
    zeroize::Zeroizing::new(out.into_bytes())
}

/// `reviewer share ID --pgp CERT --out FILE [--fields F,...]`.
pub fn share(
    s: &mut Session,
    id: &str,
    cert: &Path,
    out: &Path,
    fields: Option<&[String]>,
    json: bool,
) -> anyhow::Result<()> {
    let id = &s.store.resolve_id(id)?;
    let mut case = s.store.open_case(id)?;
    let fields: Vec<String> = match fields {
        Some(f) => f.to_vec(),
        None => DEFAULT_FIELDS.iter().map(|f| f.to_string()).collect(),
    };
    check_fields(&fields)?;
    let cert = pgp::Certificate::from_bytes(
        &std::fs::read(cert).with_context(|| format!("cannot read {}", cert.display()))?,
    )
    .with_context(|| format!("{} is not a usable OpenPGP certificate", cert.display()))?;
    let fpr = cert.fingerprint().to_string();
    let st = case.state();
    if let Some(why) = tlp_refusal(
        st.tlp,
        &st.parties,
        st.organisation.as_deref(),
        &fpr,
        &cert.domains(),
    ) {
        bail!("refused: {why}");
    }
    if fields.iter().any(|f| f == "contact") && case.report.contact.is_none() {
        bail!("the case holds no contact details to share");
    }
    let text = render(
        &case,
        &fields,
        st.tlp,
        &format!("Shared by {} from case {}", s.keys.id, case.id),
    );
    let mut files = Vec::new();
    if fields.iter().any(|f| f == "attachments") {
        for (i, a) in case.all_attachments().iter().enumerate() {
            let mut b = zeroize::Zeroizing::new(Vec::new());
            s.store.read_attachment(&case.id, i, &mut *b)?;
            files.push((a.name.clone(), a.media_type.clone(), b));
        }
    }
    let body = mime(&text, &files);
    let armored = pgp::encrypt_to(&cert, &body, None)?;
    crate::home::write_atomic(out, armored.as_bytes())?;
    record_share(s, &mut case, &fpr, &fields)?;
    crate::output::said(
        json,
        serde_json::json!({
            "case": id, "file": out, "recipient": fpr.to_string(), "tlp": st.tlp, "fields": fields,
        }),
        format_args!(
            "Wrote {} for {fpr} (TLP:{}; fields: {}). The share is recorded on the case.",
            out.display(),
            st.tlp,
            fields.join(", ")
        ),
    );
    Ok(())
}

/// Records a share on the case, for the team and in the access log.
fn record_share(
    s: &mut Session,
    case: &mut Case,
    recipient: &str,
    fields: &[String],
) -> anyhow::Result<()> {
    let (ctx, store) = s.parts()?;
    teamlog::record(
        store,
        &ctx,
        case,
        EventBody::Share {
            recipient: recipient.to_owned(),
            fields: fields.to_vec(),
        },
    )
}

/// `reviewer alert ID --out FILE`.
pub fn alert(s: &mut Session, id: &str, out: &Path, json: bool) -> anyhow::Result<()> {
    let id = &s.store.resolve_id(id)?;
    let mut case = s.store.open_case(id)?;
    let st = case.state();
    if !matches!(st.tlp, Tlp::Green | Tlp::Clear) {
        bail!(
            "refused: the case is TLP:{}; a community alert needs TLP:GREEN or TLP:CLEAR (with the agreement of those concerned)",
            st.tlp
        );
    }
    let fields: Vec<String> = st
        .shareable
        .iter()
        .filter(|f| f.as_str() != "attachments" && f.as_str() != "contact")
        .cloned()
        .collect();
    if fields.is_empty() {
        bail!(
            "no field of this case is marked shareable: `reviewer set {id} --shareable title,body` first"
        );
    }
    let text = render(&case, &fields, st.tlp, "Community alert");
    crate::home::write_atomic(out, text.as_bytes())?;
    record_share(s, &mut case, "community alert", &fields)?;
    crate::output::said(
        json,
        serde_json::json!({"case": id, "file": out, "fields": fields}),
        format_args!(
            "Wrote the community alert to {} (fields: {}).",
            out.display(),
            fields.join(", ")
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tlp_rules() {
        let fpr = "AAAA";
        let named = ["AAAA".to_owned()];
        let org = |d: &str| vec![d.to_owned()];
        // (label, parties named, organisation named, certificate's domains, allowed)
        type Case<'a> = (Tlp, &'a [String], Option<&'a str>, Vec<String>, bool);
        let cases: [Case<'_>; 9] = [
            (Tlp::Red, &[], None, vec![], false),
            (Tlp::Red, &named, None, vec![], true),
            (Tlp::AmberStrict, &[], None, org("example.org"), false),
            (
                Tlp::AmberStrict,
                &[],
                Some("example.org"),
                org("other.org"),
                false,
            ),
            (
                Tlp::AmberStrict,
                &[],
                Some("example.org"),
                org("sec.example.org"),
                true,
            ),
            // A suffix that is not a subdomain.
            (
                Tlp::AmberStrict,
                &[],
                Some("example.org"),
                org("badexample.org"),
                false,
            ),
            (Tlp::Amber, &[], None, vec![], true),
            (Tlp::Green, &[], None, vec![], true),
            (Tlp::Clear, &[], None, vec![], true),
        ];
        for (tlp, parties, organisation, domains, allowed) in cases {
            assert_eq!(
                tlp_refusal(tlp, parties, organisation, fpr, &domains).is_none(),
                allowed,
                "{tlp} {parties:?} {organisation:?} {domains:?}"
            );
        }
    }
}
