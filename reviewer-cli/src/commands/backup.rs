//! `reviewer backup --out FILE` and `reviewer restore FILE`: backups that
//! expire (DESIGN "Reviewer").
//!
//! A backup's key mixes a member secret (from the member's age identity)
//! with a random escrow share that the drop box keeps for this member and
//! ISO week (signed `PUT /v1/escrow/{week}`) and deletes after the backup
//! window. Without the share nobody, the member included, can read the
//! backup, so a closed case purged here cannot come back from an old
//! backup once the window has passed. Within the window, `restore` still
//! leaves out every case purged since (by its purge day, and by this
//! store's record of purged cases).
//!
//! File layout: one text line `dropbox-backup/1 <week>\n`, then an age
//! file whose plaintext is a `backup` bundle: attachment 0 is `store.json`
//! (the store key, each case's row, the counters), then each case's
//! attachment files exactly as stored (sealed under their case keys, or
//! age files to them if stored before issue 17).

use std::io::{BufRead, Read, Write};
use std::path::Path;

use anyhow::{Context, bail};
use base64::Engine;
use base64::engine::general_purpose::STANDARD;
use hkdf::Hkdf;
use serde::{Deserialize, Serialize};
use sha2::Sha256;
use zeroize::Zeroizing;

use dropbox_crypto::bundle::{AttachmentMeta, BundleReader, BundleWriter, Header, Kind};
use dropbox_crypto::envelope;
use dropbox_crypto::keys::AgeIdentity;
use dropbox_crypto::time::{Day, UnixTime};

use crate::remote::Api;
use crate::services::session::Session;
use crate::services::session::server_url;
use crate::store::{CaseStore, Counter};

const MAGIC: &str = "dropbox-backup/1";

/// The ISO 8601 week of a day, `YYYY-Www`, as the escrow API names weeks.
pub fn iso_week(d: Day) -> String {
    // The week belongs to the year of its Thursday.
    let thursday = d.add_days(4 - i64::from(d.weekday()));
    let (y, _, _) = thursday.ymd();
    let jan1 = Day::new(y, 1, 1).expect("January 1st exists");
    let week = jan1.days_until(thursday) / 7 + 1;
    format!("{y:04}-W{week:02}")
}

fn backup_key(member: &AgeIdentity, share: &[u8], week: &str) -> AgeIdentity {
    let mut ikm = Zeroizing::new(member.expose_string().as_bytes().to_vec());
    ikm.extend_from_slice(share);
    let hk = Hkdf::<Sha256>::new(Some(b"dropbox/v1/backup"), &ikm);
    let mut okm = Zeroizing::new([0u8; 32]);
    hk.expand(week.as_bytes(), &mut *okm)
        .expect("32 bytes is a valid HKDF length");
    AgeIdentity::from_secret_bytes(&okm)
}

#[derive(Serialize, Deserialize)]
struct RawCase {
    id: String,
    wrapped_key: String,
    data: String,
    purge_after: Option<String>,
    attachments: usize,
}

#[derive(Serialize, Deserialize)]
struct Dump {
    store_key: String,
    cases: Vec<RawCase>,
    counters: Vec<(String, String, String, u64)>,
}

impl Drop for Dump {
    fn drop(&mut self) {
        zeroize::Zeroize::zeroize(&mut self.store_key);
    }
}

/// Fetches this member's escrow share for a week, creating it if asked.
fn share(api: &Api<'_>, week: &str, create: bool) -> anyhow::Result<Option<Vec<u8>>> {
    let path = format!("/v1/escrow/{week}");
    let (status, body) = api.call("GET", &path, None, b"")?;
    match status {
        200 => return Ok(Some(body)),
        404 if !create => return Ok(None),
        404 => {}
        _ => bail!(
            "the drop box refused the escrow share ({status}): {}",
            String::from_utf8_lossy(&body)
        ),
    }
    let mut fresh = Zeroizing::new([0u8; 32]);
    rand::RngCore::fill_bytes(&mut rand::rngs::OsRng, &mut *fresh);
    let (status, body) = api.call("PUT", &path, None, &*fresh)?;
    // 409: another run stored this week's share first; use that one.
    if status != 201 && status != 409 {
        bail!(
            "the drop box refused the escrow share ({status}): {}",
            String::from_utf8_lossy(&body)
        );
    }
    // Read back what it keeps: the first share stored for a week wins.
    let (status, body) = api.call("GET", &path, None, b"")?;
    if status != 200 {
        bail!("the drop box did not keep the escrow share ({status})");
    }
    Ok(Some(body))
}

/// `reviewer backup --out FILE`.
pub fn backup(home: &Path, server: Option<&str>, out: &Path, json: bool) -> anyhow::Result<()> {
    let server = server_url(home, server)?;
    let s = Session::open(home)?;
    let api = Api::new(&server, &s.keys)?;
    let today = UnixTime::now().day();
    let week = iso_week(today);
    let share = share(&api, &week, true)?.context("no escrow share")?;
    let key = backup_key(&s.keys.age, &share, &week);

    let mut cases = Vec::new();
    let mut files = Vec::new();
    for (id, _) in s.store.all_ids()? {
        let (wrapped, data, purge_after) = s.store.raw_case(&id)?;
        let dir = s.store.attachment_dir(&id);
        let mut n = 0;
        while dir.join(format!("{n}.age")).exists() {
            files.push(dir.join(format!("{n}.age")));
            n += 1;
        }
        cases.push(RawCase {
            id,
            wrapped_key: STANDARD.encode(wrapped),
            data: STANDARD.encode(data),
            purge_after,
            attachments: n,
        });
    }
    let dump = Dump {
        store_key: s.store.store_key().expose_string().to_string(),
        cases,
        counters: s
            .store
            .counters()?
            .into_iter()
            .map(|c| (c.month, c.metric, c.key, c.count))
            .collect(),
    };
    let dump_json = Zeroizing::new(serde_json::to_vec(&dump)?);
    let mut header = Header::new(
        Kind::Backup,
        today,
        s.chain.as_ref().map_or(1, |c| c.head().roster.seq),
        vec![s.keys.id.clone()],
    );
    header.attachments.push(AttachmentMeta::new(
        "store.json",
        "application/json",
        dump_json.len() as u64,
    ));
    for f in &files {
        header.attachments.push(AttachmentMeta::new(
            &f.strip_prefix(s.store.attachment_dir(""))
                .unwrap_or(f)
                .to_string_lossy()
                .replace('/', "_"),
            "application/octet-stream",
            std::fs::metadata(f)?.len(),
        ));
    }
    let tmp = out.with_extension("tmp");
    let mut file = std::io::BufWriter::new(
        std::fs::File::create(&tmp).with_context(|| format!("cannot create {}", tmp.display()))?,
    );
    writeln!(file, "{MAGIC} {week}")?;
    let sink = envelope::encrypt_to(file, &[key.recipient()])?;
    let mut w = BundleWriter::new(sink, header)?;
    w.write_attachment(&dump_json[..])?;
    for f in &files {
        w.write_attachment(std::fs::File::open(f)?)?;
    }
    let mut file = w.finish()?.finish()?;
    file.flush()?;
    file.get_ref().sync_all()?;
    drop(file);
    std::fs::rename(&tmp, out).with_context(|| format!("cannot write {}", out.display()))?;
    crate::output::said(
        json,
        serde_json::json!({
            "file": out, "cases": dump.cases.len(), "restorable_days": s.store.backup_days,
        }),
        format_args!(
            "Wrote a backup of {} to {}. It can be restored until the drop box deletes this week's escrow share ({}).",
            dropbox_term::count(dump.cases.len() as u64, "case", "cases"),
            out.display(),
            dropbox_term::count(u64::from(s.store.backup_days), "day", "days")
        ),
    );
    Ok(())
}

/// `reviewer restore FILE`.
pub fn restore(home: &Path, server: Option<&str>, file: &Path, json: bool) -> anyhow::Result<()> {
    let server = server_url(home, server)?;
    let mut s = Session::open(home)?;
    let mut r = std::io::BufReader::new(
        std::fs::File::open(file).with_context(|| format!("cannot read {}", file.display()))?,
    );
    let mut line = String::new();
    r.by_ref().take(64).read_line(&mut line)?;
    let week = line
        .trim_end()
        .strip_prefix(MAGIC)
        .map(str::trim)
        .filter(|w| w.len() == 8)
        .with_context(|| format!("{} is not a reviewer backup", file.display()))?
        .to_owned();
    let api = Api::new(&server, &s.keys)?;
    let share = share(&api, &week, false)?.with_context(|| {
        format!("this backup ({week}) has expired: the drop box no longer holds its escrow share, so it cannot be read")
    })?;
    let key = backup_key(&s.keys.age, &share, &week);
    let plain = envelope::decrypt(r, &[&key])
        .context("the backup does not open (made by another member, or damaged)")?;
    let mut reader = BundleReader::new(plain).context("the backup is malformed")?;
    if reader.header().kind != Kind::Backup {
        bail!("not a backup bundle");
    }
    let mut dump_json = Zeroizing::new(Vec::new());
    reader.copy_attachment(&mut *dump_json)?;
    let dump: Dump =
        serde_json::from_slice(&dump_json).context("the backup's store.json is malformed")?;
    let old_key: AgeIdentity = dump.store_key.parse().context("the backup's store key")?;
    let today = UnixTime::now().day();
    let (mut restored, mut skipped) = (0, 0);
    for c in &dump.cases {
        let gone = s.store.was_purged(&c.id)?
            || c.purge_after
                .as_deref()
                .and_then(|d| d.parse::<Day>().ok())
                .is_some_and(|d| d <= today);
        let keep = !gone && !s.store.has_case(&c.id)?;
        if keep {
            let case_key =
                CaseStore::unwrap_with(&old_key, &c.id, &STANDARD.decode(&c.wrapped_key)?)?;
            s.store.insert_raw_case(
                &c.id,
                &case_key,
                &STANDARD.decode(&c.data)?,
                c.purge_after.as_deref(),
            )?;
            restored += 1;
        } else if gone {
            skipped += 1;
        }
        let dir = s.store.attachment_dir(&c.id);
        for n in 0..c.attachments {
            if keep {
                std::fs::create_dir_all(&dir)?;
                let mut f = std::fs::File::create(dir.join(format!("{n}.age")))?;
                reader.copy_attachment(&mut f)?;
                f.sync_all()?;
            } else {
                reader.copy_attachment(&mut std::io::sink())?;
            }
        }
    }
    reader
        .finish()
        .context("the backup is truncated or altered")?;
    s.store.backfill_thread_tags()?;
    s.store.merge_counters(
        &dump
            .counters
            .iter()
            .map(|(month, metric, key, count)| Counter {
                month: month.clone(),
                metric: metric.clone(),
                key: key.clone(),
                count: *count,
            })
            .collect::<Vec<_>>(),
    )?;
    crate::output::said(
        json,
        serde_json::json!({"file": file, "restored": restored, "skipped": skipped}),
        format_args!(
            "Restored {} from {}; {} purged since {} left out.",
            dropbox_term::count(restored as u64, "case", "cases"),
            file.display(),
            skipped,
            if skipped == 1 { "was" } else { "were" }
        ),
    );
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn iso_weeks() {
        let w = |y, m, d| iso_week(Day::new(y, m, d).unwrap());
        assert_eq!(w(2026, 11, 24), "2026-W48");
        assert_eq!(
            w(2021, 1, 3),
            "2020-W53",
            "a Sunday in the last week of 2020"
        );
        assert_eq!(w(2024, 12, 30), "2025-W01", "a Monday in 2025's first week");
        assert_eq!(w(2026, 1, 1), "2026-W01");
    }

    #[test]
    fn the_key_needs_both_halves() {
        let m = AgeIdentity::generate();
        let a = backup_key(&m, b"share-a", "2026-W48");
        assert_eq!(
            a.recipient(),
            backup_key(&m, b"share-a", "2026-W48").recipient()
        );
        assert_ne!(
            a.recipient(),
            backup_key(&m, b"share-b", "2026-W48").recipient()
        );
        assert_ne!(
            a.recipient(),
            backup_key(&m, b"share-a", "2026-W49").recipient()
        );
        assert_ne!(
            a.recipient(),
            backup_key(&AgeIdentity::generate(), b"share-a", "2026-W48").recipient()
        );
    }
}
