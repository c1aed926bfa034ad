//! Talking to a drop box: fetching and verifying the roster chain (with
//! rollback pins), uploads with a progress bar, and mailbox-signed reads.

use std::collections::BTreeMap;
use std::io::Read as _;
use std::path::{Path, PathBuf};

use anyhow::{Context, anyhow, bail};
use serde::{Deserialize, Serialize};

use dropbox_crypto::dsse::Envelope;
use dropbox_crypto::httpsig::{self, KeyId, Signer};
use dropbox_crypto::keys::SignSecretKey;
use dropbox_crypto::roster::{self, VerifiedChain};
use dropbox_crypto::time::UnixTime;
use dropbox_crypto::wire::ErrorBody;
use dropbox_crypto::{Sha256Digest, TeamFingerprint};

use crate::cli::Team;
use crate::l10n::untrusted;

/// The roster did not verify: exit code 3.
#[derive(Debug, thiserror::Error)]
#[error("{}", t!("error-roster", detail = untrusted(.0)))]
pub struct UntrustedRoster(pub String);

/// A connection to one drop box.
pub struct Client {
    agent: ureq::Agent,
    /// The base URL without a trailing slash.
    pub base: String,
    /// Its path (`""`, or `/acme` for a team at a path prefix of a host
    /// shared by several): requests are signed over it (PROTOCOL §11, the
    /// path as the server receives it) and upload addresses are under it.
    base_path: String,
}

impl Client {
    /// A client for `team.server`, through `team.proxy` if set.
    pub fn new(team: &Team) -> anyhow::Result<Self> {
        let server = team
            .server
            .as_deref()
            .with_context(|| t!("error-no-server"))?;
        if !roster::endpoint_ok(server.trim_end_matches('/')) {
            bail!("{}", t!("error-bad-url", server = untrusted(server)));
        }
        let mut cfg = ureq::Agent::config_builder()
            .http_status_as_error(false)
            .user_agent("dropbox-submit")
            .timeout_connect(Some(std::time::Duration::from_secs(60)));
        if let Some(p) = &team.proxy {
            let proxy =
                ureq::Proxy::new(p).with_context(|| t!("error-bad-proxy", proxy = untrusted(p)))?;
            cfg = cfg.proxy(Some(proxy));
        }
        let base = server.trim_end_matches('/').to_owned();
        Ok(Client {
            agent: cfg.build().into(),
            base_path: path_of(&base).to_owned(),
            base,
        })
    }

    fn url(&self, path: &str) -> String {
        format!("{}{path}", self.base)
    }

    /// The path `path` of the API is sent to, as the server receives it.
    fn full(&self, path: &str) -> String {
        format!("{}{path}", self.base_path)
    }

    /// GET a small JSON document.
    pub fn get_json(
        &self,
        path: &str,
        headers: &[(&str, &str)],
    ) -> anyhow::Result<(u16, serde_json::Value)> {
        let mut req = self.agent.get(&self.url(path));
        for (k, v) in headers {
            req = req.header(*k, *v);
        }
        let mut resp = req
            .call()
            .with_context(|| t!("error-unreachable", server = untrusted(&self.base)))?;
        let status = resp.status().as_u16();
        let body = resp
            .body_mut()
            .with_config()
            .limit(64 << 20)
            .read_to_vec()
            .with_context(|| t!("error-response-unreadable"))?;
        let v = serde_json::from_slice(&body).unwrap_or(serde_json::Value::Null);
        Ok((status, v))
    }

    /// POSTs a small JSON body.
    pub fn post_json(&self, path: &str, body: &str) -> anyhow::Result<(u16, serde_json::Value)> {
        let mut resp = self
            .agent
            .post(&self.url(path))
            .header("Content-Type", "application/json")
            .send(body)
            .with_context(|| t!("error-unreachable", server = untrusted(&self.base)))?;
        let status = resp.status().as_u16();
        let body = resp.body_mut().read_to_vec().unwrap_or_default();
        Ok((
            status,
            serde_json::from_slice(&body).unwrap_or(serde_json::Value::Null),
        ))
    }

    /// The served roster chain, as envelopes.
    pub fn roster_chain(&self) -> anyhow::Result<Vec<Envelope>> {
        let (status, v) = self.get_json("/v1/roster", &[])?;
        if status != 200 {
            bail!(
                "{}",
                t!(
                    "error-roster-status",
                    server = untrusted(&self.base),
                    code = status.to_string()
                )
            );
        }
        Ok(roster::parse_chain_json(v.to_string().as_bytes())?)
    }

    /// The team's OpenPGP attestation of roster #1, if the drop box holds
    /// one.
    pub fn attestation(&self) -> anyhow::Result<Option<Vec<u8>>> {
        let mut resp = self
            .agent
            .get(&self.url("/v1/roster/attestation"))
            .call()
            .with_context(|| t!("error-unreachable", server = untrusted(&self.base)))?;
        match resp.status().as_u16() {
            200 => Ok(Some(
                resp.body_mut()
                    .with_config()
                    .limit(64 << 10)
                    .read_to_vec()?,
            )),
            404 => Ok(None),
            s => bail!(
                "{}",
                t!(
                    "error-attestation-status",
                    server = untrusted(&self.base),
                    code = s.to_string()
                )
            ),
        }
    }

    /// Uploads a file through tus 1.0 in 8 MiB parts, as the page does,
    /// resuming from the server's offset after a failed part (up to 5
    /// times in a row). Returns `{"id", "receipt"}` from the final part.
    pub fn tus_upload(
        &self,
        path: &Path,
        len: u64,
        headers: &[(&str, &str)],
        quiet: bool,
    ) -> anyhow::Result<serde_json::Value> {
        use std::io::{Seek, SeekFrom};
        const PART: u64 = 8 << 20;
        let mut req = self
            .agent
            .post(&self.url("/v1/uploads"))
            .header("Tus-Resumable", "1.0.0")
            .header("Upload-Length", &len.to_string());
        for (k, v) in headers {
            req = req.header(*k, *v);
        }
        let mut resp = req
            .send_empty()
            .with_context(|| t!("error-unreachable", server = untrusted(&self.base)))?;
        let status = resp.status().as_u16();
        if status != 201 {
            let body = resp.body_mut().read_to_vec().unwrap_or_default();
            let message = ErrorBody::parse(&body)
                .map(|e| e.message)
                .filter(|m| !m.is_empty());
            let detail = match message.as_deref() {
                Some(m) => untrusted(m),
                None => t!("no-explanation").into(),
            };
            bail!(
                "{}",
                t!(
                    "error-upload-refused",
                    code = status.to_string(),
                    detail = detail
                )
            );
        }
        // An absolute path under the drop box's own (its path prefix
        // included): kept relative to the base, so the upload goes nowhere
        // else.
        let uploads = self.full("/v1/uploads/");
        let location = resp
            .headers()
            .get("location")
            .and_then(|l| l.to_str().ok())
            // The upload's own id after the prefix, nothing else: a
            // `..` would take the parts to another team's prefix.
            .filter(|l| {
                l.strip_prefix(&uploads).is_some_and(|id| {
                    id.len() == 32 && id.bytes().all(|b| matches!(b, b'0'..=b'9' | b'a'..=b'f'))
                })
            })
            .and_then(|l| l.strip_prefix(self.base_path.as_str()))
            .with_context(|| t!("error-no-upload-location"))?
            .to_owned();
        let bar = if quiet || len < (1 << 20) {
            indicatif::ProgressBar::hidden()
        } else {
            let b = indicatif::ProgressBar::new(len);
            b.set_style(
                indicatif::ProgressStyle::with_template(
                    // A translation's braces would break the template.
                    &format!(
                        "{} {{bar:40}} {{bytes}}/{{total_bytes}} ({{eta}})",
                        t!("uploading").replace(['{', '}'], "")
                    ),
                )
                .expect("valid template"),
            );
            b
        };
        let mut file = std::fs::File::open(path)?;
        let mut offset = 0u64;
        let mut failures = 0;
        let mut buf = Vec::new();
        loop {
            let n = PART.min(len - offset);
            buf.resize(n as usize, 0);
            file.seek(SeekFrom::Start(offset))?;
            file.read_exact(&mut buf)?;
            let sent = self
                .agent
                .patch(&self.url(&location))
                .header("Tus-Resumable", "1.0.0")
                .header("Upload-Offset", &offset.to_string())
                .header("Content-Type", "application/offset+octet-stream")
                .send(&buf[..]);
            let ok = match sent {
                Ok(r) if r.status().as_u16() == 204 => {
                    let h = |k: &str| {
                        r.headers()
                            .get(k)
                            .and_then(|v| v.to_str().ok())
                            .map(str::to_owned)
                    };
                    offset = h("upload-offset")
                        .and_then(|o| o.parse().ok())
                        .unwrap_or(offset + n);
                    bar.set_position(offset);
                    if let (Some(id), Some(receipt)) =
                        (h("dropbox-submission-id"), h("dropbox-receipt"))
                    {
                        bar.finish_and_clear();
                        return Ok(serde_json::json!({"id": id, "receipt": receipt}));
                    }
                    true
                }
                Ok(mut r) if r.status().is_client_error() && r.status().as_u16() != 409 => {
                    let body = r.body_mut().read_to_vec().unwrap_or_default();
                    let detail = match ErrorBody::parse(&body) {
                        Some(e) => untrusted(&e.message),
                        None => t!("no-explanation").into(),
                    };
                    bail!(
                        "{}",
                        t!(
                            "error-upload-refused",
                            code = r.status().as_u16().to_string(),
                            detail = detail
                        )
                    );
                }
                _ => false,
            };
            if ok {
                failures = 0;
                continue;
            }
            failures += 1;
            if failures > 5 {
                bail!("{}", t!("error-upload-failing"));
            }
            std::thread::sleep(std::time::Duration::from_secs(failures));
            // Resume from what the server has.
            let head = self
                .agent
                .head(&self.url(&location))
                .header("Tus-Resumable", "1.0.0")
                .call()
                .with_context(|| t!("error-unreachable", server = untrusted(&self.base)))?;
            offset = head
                .headers()
                .get("upload-offset")
                .and_then(|v| v.to_str().ok())
                .and_then(|v| v.parse().ok())
                .with_context(|| t!("error-upload-lost"))?;
        }
    }

    /// A POST of raw bytes signed with a mailbox key (the body covered by
    /// its Content-Digest), with any extra headers.
    pub fn signed_post(
        &self,
        path: &str,
        keyid: &KeyId,
        key: &SignSecretKey,
        body: &[u8],
        extra: &[(&str, &str)],
    ) -> anyhow::Result<(u16, serde_json::Value)> {
        let h = Signer::new(keyid, key).sign(
            "POST",
            &self.full(path),
            None,
            Some(body),
            UnixTime::now(),
            &httpsig::new_nonce(),
        );
        let mut req = self
            .agent
            .post(&self.url(path))
            .header("Content-Type", "application/octet-stream")
            .header("Signature-Input", &h.signature_input)
            .header("Signature", &h.signature)
            .header(
                "Content-Digest",
                h.content_digest.as_deref().unwrap_or_default(),
            );
        for (k, v) in extra {
            req = req.header(*k, *v);
        }
        let mut resp = req
            .send(body)
            .with_context(|| t!("error-unreachable", server = untrusted(&self.base)))?;
        let status = resp.status().as_u16();
        let body = resp.body_mut().read_to_vec().unwrap_or_default();
        Ok((
            status,
            serde_json::from_slice(&body).unwrap_or(serde_json::Value::Null),
        ))
    }

    /// A DELETE without a body signed with a mailbox key.
    pub fn signed_delete(
        &self,
        path: &str,
        keyid: &KeyId,
        key: &SignSecretKey,
        extra: &[(&str, &str)],
    ) -> anyhow::Result<(u16, serde_json::Value)> {
        let h = Signer::new(keyid, key).sign(
            "DELETE",
            &self.full(path),
            None,
            None,
            UnixTime::now(),
            &httpsig::new_nonce(),
        );
        let mut req = self
            .agent
            .delete(&self.url(path))
            .header("Signature-Input", &h.signature_input)
            .header("Signature", &h.signature);
        for (k, v) in extra {
            req = req.header(*k, *v);
        }
        let mut resp = req
            .call()
            .with_context(|| t!("error-unreachable", server = untrusted(&self.base)))?;
        let status = resp.status().as_u16();
        let body = resp.body_mut().read_to_vec().unwrap_or_default();
        Ok((
            status,
            serde_json::from_slice(&body).unwrap_or(serde_json::Value::Null),
        ))
    }

    /// A GET signed with a mailbox key.
    pub fn signed_get(
        &self,
        path: &str,
        keyid: &KeyId,
        key: &SignSecretKey,
    ) -> anyhow::Result<(u16, serde_json::Value)> {
        let h = Signer::new(keyid, key).sign(
            "GET",
            &self.full(path),
            None,
            None,
            UnixTime::now(),
            &httpsig::new_nonce(),
        );
        self.get_json(
            path,
            &[
                ("Signature-Input", &h.signature_input),
                ("Signature", &h.signature),
            ],
        )
    }
}

/// The `message` of an error answer (PROTOCOL §15.4), or "" when the answer
/// is not one; for people only, never parsed further.
pub fn error_message(v: &serde_json::Value) -> String {
    ErrorBody::deserialize(v)
        .map(|e| e.message)
        .unwrap_or_default()
}

/// Parses a success answer into its wire type (`dropbox_crypto::wire`).
pub fn parse<T: serde::de::DeserializeOwned>(v: serde_json::Value) -> Result<T, serde_json::Error> {
    serde_json::from_value(v)
}

/// The highest roster seen per team, kept so a server cannot roll a
/// reporter back to an older roster.
#[derive(Debug, Default, Serialize, Deserialize)]
struct Pins {
    teams: BTreeMap<String, Pin>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
struct Pin {
    seq: u64,
    hash: Sha256Digest,
}

fn state_dir(team: &Team) -> Option<PathBuf> {
    if let Some(s) = &team.state {
        return Some(s.clone());
    }
    let base = std::env::var_os("XDG_DATA_HOME")
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".local/share")))?;
    Some(base.join("dropbox-submit"))
}

fn load_pins(path: &Path) -> anyhow::Result<Pins> {
    match std::fs::read(path) {
        Ok(b) => serde_json::from_slice(&b).with_context(|| {
            t!(
                "error-state-corrupt",
                file = untrusted(&path.display().to_string())
            )
        }),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(Pins::default()),
        Err(e) => Err(anyhow!(e).context(t!(
            "error-cannot-read",
            file = untrusted(&path.display().to_string())
        ))),
    }
}

/// Fetches (or reads) the chain and verifies it from the fingerprint,
/// refusing a rollback below the pinned head; then pins the new head.
pub fn verified_chain(team: &Team, client: Option<&Client>) -> anyhow::Result<VerifiedChain> {
    let fp: TeamFingerprint = team.team;
    let chain = match (&team.roster_file, client) {
        (Some(f), _) => {
            let b = std::fs::read(f).with_context(|| {
                t!(
                    "error-cannot-read",
                    file = untrusted(&f.display().to_string())
                )
            })?;
            if b.trim_ascii_start().starts_with(b"[") {
                roster::parse_chain_json(&b)?
            } else {
                vec![Envelope::from_json(b.trim_ascii())?]
            }
        }
        (None, Some(c)) => c.roster_chain()?,
        (None, None) => bail!("{}", t!("error-server-or-roster")),
    };
    let verified = roster::verify_chain(&fp, &chain, UnixTime::now())
        .map_err(|e| UntrustedRoster(e.to_string()))?;
    if let Some(cert) = &team.team_pgp {
        check_attestation(cert, &verified, client)?;
    }
    if let Some(dir) = state_dir(team) {
        let path = dir.join("pins.json");
        let mut pins = load_pins(&path)?;
        if let Some(pin) = pins.teams.get(&fp.to_string()) {
            verified
                .check_pin(pin.seq, &pin.hash)
                .map_err(|e| UntrustedRoster(e.to_string()))?;
        }
        let head = verified.head();
        pins.teams.insert(
            fp.to_string(),
            Pin {
                seq: head.roster.seq,
                hash: head.hash,
            },
        );
        std::fs::create_dir_all(&dir).with_context(|| {
            t!(
                "error-cannot-create",
                file = untrusted(&dir.display().to_string())
            )
        })?;
        let tmp = path.with_extension("json.tmp");
        std::fs::write(&tmp, serde_json::to_vec_pretty(&pins)?)?;
        std::fs::rename(&tmp, &path)?;
    }
    Ok(verified)
}

/// `--team-pgp`: the team's OpenPGP signature over roster #1, served by the
/// drop box, must verify with the certificate the reporter brought.
fn check_attestation(
    cert: &Path,
    chain: &VerifiedChain,
    client: Option<&Client>,
) -> anyhow::Result<()> {
    let bytes = std::fs::read(cert).with_context(|| {
        t!(
            "error-cannot-read",
            file = untrusted(&cert.display().to_string())
        )
    })?;
    let client = client.with_context(|| t!("error-pgp-needs-server"))?;
    let sig = client.attestation()?;
    let payload = chain.rosters[0]
        .envelope
        .parse(dropbox_crypto::dsse::ROSTER_TYPE)?
        .payload;
    let untrusted = |e: crate::attest::AttestError| UntrustedRoster(e.to_string());
    let sig = sig
        .ok_or(crate::attest::AttestError::Missing)
        .map_err(untrusted)?;
    crate::attest::verify(&cert.display().to_string(), &bytes, &payload, &sig)
        .map_err(untrusted)?;
    Ok(())
}

/// The path of a drop box's URL without a trailing slash (`""` for
/// `https://host`, `/acme` for `https://host/acme`): `endpoint_ok` has
/// refused queries, fragments and user info already.
fn path_of(base: &str) -> &str {
    let rest = base.split_once("://").map_or(base, |(_, r)| r);
    rest.find('/')
        .map_or("", |i| rest[i..].trim_end_matches('/'))
}

/// Whether the server URL is among the roster's endpoints.
pub fn origin_listed(base: &str, chain: &VerifiedChain) -> bool {
    chain
        .head()
        .roster
        .endpoints
        .iter()
        .any(|e| e.trim_end_matches('/') == base)
}

#[cfg(test)]
mod tests {
    /// A team at a path prefix is reached, and signs, under it, whether
    /// its URL was given with the trailing slash or without.
    #[test]
    fn the_url_path_is_kept_with_or_without_its_trailing_slash() {
        let p = |s: &str| super::path_of(s.trim_end_matches('/')).to_owned();
        assert_eq!(p("https://drop.example.org"), "");
        assert_eq!(p("https://drop.example.org/"), "");
        assert_eq!(p("https://drop.example.org/acme"), "/acme");
        assert_eq!(p("https://drop.example.org/acme/"), "/acme");
        assert_eq!(p("http://127.0.0.1:8080/acme/"), "/acme");
    }
}
