//! Sharing under the Traffic Light Protocol (POLICY "TLP"), for `reviewer
//! share`, `reviewer alert` and the window alike: a case, or chosen fields,
//! encrypted to an outside party's OpenPGP certificate (TLP:RED only to a
//! party named on the case, AMBER+STRICT only within the organisation named
//! on it); a community alert with only the fields marked shareable, only
//! from a GREEN or CLEAR case. Every share is recorded on the case (a team
//! event) and in its access log.

use std::path::Path;

use anyhow::{Context, bail};

use dropbox_crypto::CaseId;
use dropbox_crypto::messages::{EventBody, Tlp};

use crate::domain::case::Case;
use crate::pgp;
use crate::services::annotate::FIELDS;
use crate::services::session::Session;
use crate::services::teamlog;

/// A share written.
#[derive(Debug, Clone)]
pub struct Shared {
    /// The case (full id).
    pub case: String,
    /// The certificate's fingerprint.
    pub recipient: String,
    /// The case's label.
    pub tlp: Tlp,
    /// The fields shared.
    pub fields: Vec<String>,
}

/// A community alert written.
#[derive(Debug, Clone)]
pub struct Alerted {
    /// The case (full id).
    pub case: String,
    /// The fields it carries.
    pub fields: Vec<String>,
}

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

/// Encrypts the chosen fields of case `id` (default [`DEFAULT_FIELDS`])
/// to the OpenPGP certificate in `cert`, into `out`, if the case's TLP
/// label allows that recipient; records the share (`reviewer share`, the
/// window).
pub fn share(
    s: &mut Session,
    id: &str,
    cert: &Path,
    out: &Path,
    fields: Option<&[String]>,
) -> anyhow::Result<Shared> {
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
    Ok(Shared {
        case: id.clone(),
        recipient: fpr,
        tlp: st.tlp,
        fields,
    })
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

/// Writes a community alert of case `id` to `out`: only the fields
/// marked shareable, only from a GREEN or CLEAR case (`reviewer alert`).
pub fn alert(s: &mut Session, id: &str, out: &Path) -> anyhow::Result<Alerted> {
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
    Ok(Alerted {
        case: id.clone(),
        fields,
    })
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
