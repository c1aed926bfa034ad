//! The member's secret keys, encrypted at rest.
//!
//! `HOME/keys.age` is an age file holding the age identity and the `sign`
//! and `transport` seeds, locked either with the member's passphrase
//! (scrypt) or to an age plugin identity (a hardware key such as a YubiKey
//! through `age-plugin-yubikey`), whose identity file is kept beside it as
//! `HOME/keys.plugin` (it names the key, it holds no secret).
//! `HOME/card.json` is the public member card. For the air gap's online
//! side, `key transport` makes a home holding only `transport.age` (the id
//! and transport key, locked the same two ways), which can fetch and post
//! but never decrypt or sign as the member. Secrets are zeroized after use
//! and never printed.

use std::io::{Read, Write};
use std::path::{Path, PathBuf};

use age::secrecy::{ExposeSecret, SecretString};
use anyhow::{Context, bail};
use base64::Engine;
use base64::engine::general_purpose::STANDARD;
use serde::{Deserialize, Serialize};
use zeroize::{Zeroize, Zeroizing};

use dropbox_crypto::MemberId;
use dropbox_crypto::keys::{AgeIdentity, SignSecretKey};
use dropbox_crypto::roster::Member;

use crate::{agent, home};

/// The secret keys of one member.
pub struct MemberKeys {
    /// The member id.
    pub id: MemberId,
    /// Decrypts reports.
    pub age: AgeIdentity,
    /// Signs rosters, replies, events.
    pub sign: SignSecretKey,
    /// Signs HTTP requests.
    pub transport: SignSecretKey,
}

impl MemberKeys {
    /// Fresh keys for `id`.
    pub fn generate(id: MemberId) -> Self {
        MemberKeys {
            id,
            age: AgeIdentity::generate(),
            sign: SignSecretKey::generate(),
            transport: SignSecretKey::generate(),
        }
    }

    /// The public member card.
    pub fn card(&self, name: &str) -> Member {
        Member {
            id: self.id.clone(),
            name: name.to_owned(),
            roles: Vec::new(),
            age: self.age.recipient(),
            sign: self.sign.public(),
            transport: Some(self.transport.public()),
        }
    }
}

#[derive(Serialize, Deserialize)]
struct Stored {
    id: String,
    age: String,
    sign: String,
    transport: String,
}

impl Drop for Stored {
    fn drop(&mut self) {
        self.age.zeroize();
        self.sign.zeroize();
        self.transport.zeroize();
    }
}

/// The transport key alone: signs HTTP requests, reads nothing.
pub struct TransportKeys {
    /// The member id.
    pub id: MemberId,
    /// Signs HTTP requests.
    pub transport: SignSecretKey,
}

#[derive(Serialize, Deserialize)]
struct StoredTransport {
    id: String,
    transport: String,
}

impl Drop for StoredTransport {
    fn drop(&mut self) {
        self.transport.zeroize();
    }
}

/// The key files of a home directory.
pub struct KeyStore {
    dir: PathBuf,
}

/// The shortest passphrase `key new`, `key lock` and `key transport` accept
/// for new keys, however it is given.
pub const MIN_PASSPHRASE_CHARS: usize = 8;

/// The passphrase: REVIEWER_PASSPHRASE, else asked on the terminal. A new
/// one (`confirm`) comes from REVIEWER_NEW_PASSPHRASE first, so a script
/// can change it. A new passphrase must have [`MIN_PASSPHRASE_CHARS`]
/// characters wherever it comes from: a script is no reason for a weaker
/// lock. An existing one is taken as it is, so a short one can be replaced.
pub fn passphrase(confirm: bool) -> anyhow::Result<SecretString> {
    let too_short = |from: &str| {
        anyhow::anyhow!(
            "{from} is shorter than {MIN_PASSPHRASE_CHARS} characters: choose a passphrase of at least {MIN_PASSPHRASE_CHARS} characters"
        )
    };
    let vars: &[&str] = if confirm {
        &["REVIEWER_NEW_PASSPHRASE", "REVIEWER_PASSPHRASE"]
    } else {
        &["REVIEWER_PASSPHRASE"]
    };
    if let Some((var, p)) = vars
        .iter()
        .find_map(|v| std::env::var(v).ok().map(|p| (v, SecretString::from(p))))
    {
        if confirm && p.expose_secret().chars().count() < MIN_PASSPHRASE_CHARS {
            return Err(too_short(var));
        }
        return Ok(p);
    }
    // Without a terminal rpassword fails with "No such device or address":
    // name the variable that works instead.
    #[cfg(unix)]
    if std::fs::OpenOptions::new()
        .read(true)
        .write(true)
        .open("/dev/tty")
        .is_err()
    {
        if confirm {
            bail!(
                "no terminal to ask for a new passphrase: set REVIEWER_NEW_PASSPHRASE (or REVIEWER_PASSPHRASE) for scripts"
            );
        }
        bail!("no terminal to ask for the passphrase: set REVIEWER_PASSPHRASE for scripts");
    }
    let mut ask = |prompt: &str| {
        rpassword::prompt_password(prompt)
            .map(Zeroizing::new)
            .context("cannot read the passphrase")
    };
    if !confirm {
        let p = ask("Passphrase for your reviewer keys: ")?;
        return Ok(SecretString::from(p.to_string()));
    }
    new_passphrase(&mut ask, &mut |m| errln!("{m}"))
}

/// How many times a new passphrase is asked for before giving up.
const NEW_PASSPHRASE_TRIES: usize = 3;

/// Asks for a new passphrase twice until both entries agree and it is long
/// enough: a typo in the second entry costs a retry, not the command.
fn new_passphrase(
    ask: &mut dyn FnMut(&str) -> anyhow::Result<Zeroizing<String>>,
    tell: &mut dyn FnMut(&str),
) -> anyhow::Result<SecretString> {
    for _ in 0..NEW_PASSPHRASE_TRIES {
        let p = ask("New passphrase for your reviewer keys: ")?;
        if p.chars().count() < MIN_PASSPHRASE_CHARS {
            tell(&format!(
                "That is shorter than {MIN_PASSPHRASE_CHARS} characters; choose a longer one."
            ));
            continue;
        }
        let again = ask("Again: ")?;
        if *again != *p {
            tell("The two entries differ; once more.");
            continue;
        }
        return Ok(SecretString::from(p.to_string()));
    }
    bail!(
        "no matching passphrase of at least {MIN_PASSPHRASE_CHARS} characters after {NEW_PASSPHRASE_TRIES} tries; run the command again"
    )
}

/// An age plugin identity file, as `age-plugin-yubikey` (or any plugin's
/// generator) prints it: the `AGE-PLUGIN-…` line names the hardware key and
/// slot, a `# recipient: age1…` comment gives the recipient to lock to.
#[derive(Clone)]
pub struct PluginKey {
    text: String,
    identity: age::plugin::Identity,
    recipient: Option<age::plugin::Recipient>,
}

impl std::fmt::Debug for PluginKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("PluginKey")
            .field("plugin", &self.identity.plugin())
            .finish_non_exhaustive()
    }
}

impl PluginKey {
    /// Parses an identity file's text: exactly one plugin identity, and
    /// `recipient` (from the command line) or the file's recipient comment.
    pub fn parse(text: &str, recipient: Option<&str>) -> anyhow::Result<Self> {
        let mut identities = Vec::new();
        let mut commented = None;
        for line in text.lines().map(str::trim) {
            if let Some(comment) = line.strip_prefix('#') {
                let comment = comment.trim();
                // `get`, not slicing: a comment may hold any UTF-8.
                if let (Some(key), Some(value)) = (comment.get(..10), comment.get(10..))
                    && key.eq_ignore_ascii_case("recipient:")
                {
                    commented = Some(value.trim().to_owned());
                }
            } else if line.starts_with("AGE-SECRET-KEY-") {
                bail!(
                    "this is a plain age secret key, not a plugin identity: a passphrase protects better than a key file beside the keys"
                );
            } else if !line.is_empty() {
                identities.push(line.parse::<age::plugin::Identity>().map_err(|e| {
                    anyhow::anyhow!("not an age plugin identity (AGE-PLUGIN-…): {e}")
                })?);
            }
        }
        let identity = match identities.len() {
            1 => identities.remove(0),
            0 => bail!("the identity file holds no AGE-PLUGIN-… identity"),
            _ => bail!("the identity file holds several identities; give a file with one"),
        };
        let recipient = match recipient.map(str::to_owned).or(commented) {
            None => None,
            Some(r) => {
                let r: age::plugin::Recipient = r.parse().map_err(|e| {
                    anyhow::anyhow!("{r:?} is not an age plugin recipient (age1NAME1…): {e}")
                })?;
                if r.plugin() != identity.plugin() {
                    bail!(
                        "the recipient is for age-plugin-{} but the identity for age-plugin-{}",
                        r.plugin(),
                        identity.plugin()
                    );
                }
                Some(r)
            }
        };
        Ok(PluginKey {
            text: text.to_owned(),
            identity,
            recipient,
        })
    }

    /// The plugin's name (its binary is `age-plugin-NAME`).
    pub fn plugin(&self) -> &str {
        self.identity.plugin()
    }

    fn encryptor(&self) -> anyhow::Result<age::Encryptor> {
        // Without a recipient, the plugin is asked to lock to the identity
        // itself (recipient-v1 accepts identities).
        let (recipients, identities) = match &self.recipient {
            Some(r) => (vec![r.clone()], vec![]),
            None => (vec![], vec![self.identity.clone()]),
        };
        let plugin =
            age::plugin::RecipientPluginV1::new(self.plugin(), &recipients, &identities, Terminal)
                .map_err(|e| missing_plugin(self.plugin(), e))?;
        age::Encryptor::with_recipients(std::iter::once(&plugin as &dyn age::Recipient))
            .map_err(|e| anyhow::anyhow!("age-plugin-{}: {}", self.plugin(), one_line(&e)))
    }
}

fn missing_plugin(name: &str, e: age::plugin::ResolveError) -> anyhow::Error {
    match e {
        age::plugin::ResolveError::MissingPlugin { .. } => anyhow::anyhow!(
            "your keys are locked to a hardware key through age-plugin-{name}, which is not on PATH: install it (or fix PATH) and try again"
        ),
        other => anyhow::anyhow!("age-plugin-{name}: {}", one_line(&other)),
    }
}

/// age's plugin errors span several lines; a CLI error is one.
fn one_line(e: &dyn std::fmt::Display) -> String {
    // Fluent wraps arguments in Unicode isolation marks, which terminals
    // show as boxes.
    e.to_string()
        .replace(['\u{2068}', '\u{2069}'], "")
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect::<Vec<_>>()
        .join("; ")
}

/// What `keys.age` is locked with.
#[derive(Clone)]
pub enum Lock {
    /// scrypt under the member's passphrase.
    Passphrase(SecretString),
    /// An age plugin identity (a hardware key).
    Plugin(PluginKey),
}

/// The plugin's requests (touch the key, enter the PIN) go to the
/// terminal; without one, the plugin is told no answer can be given.
#[derive(Clone, Copy)]
struct Terminal;

impl Terminal {
    fn read_line(prompt: &str) -> Option<String> {
        use std::io::BufRead;
        let tty = std::fs::OpenOptions::new()
            .read(true)
            .write(true)
            .open("/dev/tty")
            .ok()?;
        let mut out = tty.try_clone().ok()?;
        write!(out, "{prompt} ").ok()?;
        let mut line = String::new();
        std::io::BufReader::new(tty).read_line(&mut line).ok()?;
        Some(line.trim_end_matches(['\r', '\n']).to_owned())
    }
}

impl age::Callbacks for Terminal {
    fn display_message(&self, message: &str) {
        errln!("{message}");
    }

    fn confirm(&self, message: &str, yes_string: &str, no_string: Option<&str>) -> Option<bool> {
        let no = no_string.unwrap_or("no");
        let answer = Self::read_line(&format!("{message} [{yes_string}/{no}]"))?;
        Some(answer.trim().eq_ignore_ascii_case(yes_string) || answer.trim() == "y")
    }

    fn request_public_string(&self, description: &str) -> Option<String> {
        Self::read_line(description)
    }

    fn request_passphrase(&self, description: &str) -> Option<SecretString> {
        rpassword::prompt_password(format!("{description} "))
            .ok()
            .map(SecretString::from)
    }
}

/// The key file's plaintext: what keys.age seals and the agent keeps.
fn stored_bytes(keys: &MemberKeys) -> anyhow::Result<Zeroizing<Vec<u8>>> {
    let stored = Stored {
        id: keys.id.to_string(),
        age: keys.age.expose_string().to_string(),
        sign: STANDARD.encode(*keys.sign.expose_seed()),
        transport: STANDARD.encode(*keys.transport.expose_seed()),
    };
    Ok(Zeroizing::new(serde_json::to_vec(&stored)?))
}

fn parse_stored(plain: &[u8]) -> anyhow::Result<MemberKeys> {
    let s: Stored = serde_json::from_slice(plain).context("the key file is corrupt")?;
    Ok(MemberKeys {
        id: s.id.parse().context("the key file is corrupt")?,
        age: s.age.parse().context("the key file is corrupt")?,
        sign: SignSecretKey::from_seed(&seed(&s.sign)?),
        transport: SignSecretKey::from_seed(&seed(&s.transport)?),
    })
}

fn seed(s: &str) -> anyhow::Result<[u8; 32]> {
    let b = Zeroizing::new(STANDARD.decode(s).context("corrupt key file")?);
    b.as_slice().try_into().context("corrupt key file")
}

impl KeyStore {
    /// The key store in `home`.
    pub fn new(home: &Path) -> Self {
        KeyStore {
            dir: home.to_owned(),
        }
    }

    fn secret_path(&self) -> PathBuf {
        self.dir.join(home::KEYS)
    }

    fn plugin_path(&self) -> PathBuf {
        self.dir.join(home::KEYS_PLUGIN)
    }

    /// The public card's path.
    pub fn card_path(&self) -> PathBuf {
        self.dir.join(home::CARD)
    }

    /// Creates new keys, locked with `lock`; returns the card.
    pub fn create(&self, id: MemberId, name: &str, lock: &Lock) -> anyhow::Result<Member> {
        if self.secret_path().exists() {
            bail!(
                "{} already holds keys; use another --home to make a second member",
                self.dir.display()
            );
        }
        std::fs::create_dir_all(&self.dir)
            .with_context(|| format!("cannot create {}", self.dir.display()))?;
        let keys = MemberKeys::generate(id);
        self.write(&self.secret_path(), &keys, lock)?;
        self.keep_lock(lock)?;
        let card = keys.card(name);
        std::fs::write(self.card_path(), serde_json::to_vec_pretty(&card)?)?;
        Ok(card)
    }

    /// Keeps (or forgets) the plugin identity file the lock needs.
    fn keep_lock(&self, lock: &Lock) -> anyhow::Result<()> {
        match lock {
            Lock::Plugin(key) => home::write_atomic(&self.plugin_path(), key.text.as_bytes()),
            Lock::Passphrase(_) => match std::fs::remove_file(self.plugin_path()) {
                Err(e) if e.kind() != std::io::ErrorKind::NotFound => Err(e.into()),
                _ => Ok(()),
            },
        }
    }

    fn write(&self, path: &Path, keys: &MemberKeys, lock: &Lock) -> anyhow::Result<()> {
        seal(path, &stored_bytes(keys)?, lock)
    }

    fn transport_path(&self) -> PathBuf {
        self.dir.join(home::TRANSPORT)
    }

    /// Writes a home for the air gap's online side in `out`: the transport
    /// key alone, locked with `lock`, and the public card.
    pub fn export_transport(
        &self,
        keys: &MemberKeys,
        out: &Path,
        lock: &Lock,
    ) -> anyhow::Result<()> {
        if out.join(home::KEYS).exists() || out.join(home::TRANSPORT).exists() {
            bail!(
                "{} already holds keys; give an empty directory for the online machine's home",
                out.display()
            );
        }
        std::fs::create_dir_all(out).with_context(|| format!("cannot create {}", out.display()))?;
        let online = KeyStore::new(out);
        let stored = StoredTransport {
            id: keys.id.to_string(),
            transport: STANDARD.encode(*keys.transport.expose_seed()),
        };
        let plain = Zeroizing::new(serde_json::to_vec(&stored)?);
        if let Lock::Plugin(key) = lock {
            home::write_atomic(&out.join(home::TRANSPORT_PLUGIN), key.text.as_bytes())?;
        }
        seal(&online.transport_path(), &plain, lock)?;
        std::fs::copy(self.card_path(), online.card_path()).context("cannot copy card.json")?;
        Ok(())
    }

    /// The transport key: from `transport.age` in a home made by
    /// `export_transport`, else from the member's full keys.
    pub fn unlock_transport(&self) -> anyhow::Result<TransportKeys> {
        if !self.transport_path().exists() {
            let keys = self.unlock()?;
            return Ok(TransportKeys {
                id: keys.id,
                transport: keys.transport,
            });
        }
        let lock = self.lock_for(
            &self.transport_path(),
            &self.dir.join(home::TRANSPORT_PLUGIN),
        )?;
        let plain = self.decrypt_file(&self.transport_path(), &lock)?;
        let s: StoredTransport =
            serde_json::from_slice(&plain).context("transport.age is corrupt")?;
        Ok(TransportKeys {
            id: s.id.parse().context("transport.age is corrupt")?,
            transport: SignSecretKey::from_seed(&seed(&s.transport)?),
        })
    }
}

/// Encrypts `plain` to `path` with `lock`, whole or not at all.
fn seal(path: &Path, plain: &[u8], lock: &Lock) -> anyhow::Result<()> {
    let enc = match lock {
        Lock::Passphrase(pass) => age::Encryptor::with_user_passphrase(pass.clone()),
        Lock::Plugin(key) => key.encryptor()?,
    };
    let mut ct = Vec::new();
    let mut w = enc
        .wrap_output(&mut ct)
        .map_err(|e| anyhow::anyhow!("cannot lock the keys: {}", one_line(&e)))?;
    w.write_all(plain)?;
    w.finish()?;
    home::write_atomic(path, &ct)
}

impl KeyStore {
    fn next_path(&self) -> PathBuf {
        self.dir.join(home::KEYS_NEXT)
    }

    /// What `keys.age` is locked with: asks for the passphrase, or reads the
    /// plugin identity kept beside it.
    pub fn lock(&self) -> anyhow::Result<Lock> {
        self.lock_for(&self.secret_path(), &self.plugin_path())
    }

    fn lock_for(&self, secret: &Path, plugin: &Path) -> anyhow::Result<Lock> {
        let f = self.open_secret(secret)?;
        if f.is_scrypt() {
            return Ok(Lock::Passphrase(passphrase(false)?));
        }
        let text = std::fs::read_to_string(plugin).with_context(|| {
            format!(
                "{} is not locked with a passphrase and {} is missing: restore that identity file (the one given with --plugin-identity)",
                secret.display(),
                plugin.display()
            )
        })?;
        Ok(Lock::Plugin(PluginKey::parse(&text, None).with_context(
            || format!("{} is damaged", plugin.display()),
        )?))
    }

    /// Makes the next keys (same id and name), locked like the current ones,
    /// beside them; returns their card.
    pub fn rotate(&self) -> anyhow::Result<Member> {
        let lock = self.lock()?;
        let current = self.unlock_with(&lock)?;
        if self.next_path().exists() {
            bail!(
                "a rotation is already pending: `reviewer key activate` once the roster names the new keys"
            );
        }
        let next = MemberKeys::generate(current.id.clone());
        self.write(&self.next_path(), &next, &lock)?;
        let card = next.card(&self.card()?.name);
        std::fs::write(
            self.dir.join(home::CARD_NEXT),
            serde_json::to_vec_pretty(&card)?,
        )?;
        Ok(card)
    }

    /// Locks the keys (and pending rotated keys) with `new` instead: from a
    /// passphrase to a hardware key, back, or to another one.
    pub fn relock(&self, old: &Lock, new: &Lock) -> anyhow::Result<()> {
        let keys = self.unlock_with(old)?;
        let next = if self.next_path().exists() {
            Some(self.unlock_file(&self.next_path(), old)?)
        } else {
            None
        };
        // The new lock must open what it locked before the old files go: a
        // hardware key that cannot decrypt would lose the keys. lock() reads
        // keys.plugin only for a keys.age not locked by passphrase, so the
        // identity file is written first and removed last.
        let trial = self.dir.join(home::KEYS_RELOCK);
        let trial_next = self.dir.join(home::KEYS_NEXT_RELOCK);
        self.write(&trial, &keys, new)?;
        if let Some(next) = &next {
            self.write(&trial_next, next, new)?;
        }
        if let Err(e) = self.unlock_file(&trial, new) {
            let _ = std::fs::remove_file(&trial);
            let _ = std::fs::remove_file(&trial_next);
            return Err(e.context("the new lock cannot open what it locked; nothing changed"));
        }
        if let Lock::Plugin(_) = new {
            self.keep_lock(new)?;
        }
        if next.is_some() {
            std::fs::rename(&trial_next, self.next_path())?;
        }
        std::fs::rename(&trial, self.secret_path())?;
        self.keep_lock(new)
    }

    /// The pending keys from `rotate`.
    pub fn unlock_next(&self, lock: &Lock) -> anyhow::Result<MemberKeys> {
        if !self.next_path().exists() {
            bail!("no rotation is pending: run `reviewer key rotate` first");
        }
        self.unlock_file(&self.next_path(), lock)
    }

    /// Makes the pending keys the member's keys, destroying the old ones.
    pub fn activate(&self) -> anyhow::Result<()> {
        std::fs::rename(self.next_path(), self.secret_path())?;
        std::fs::rename(self.dir.join(home::CARD_NEXT), self.card_path())?;
        Ok(())
    }

    /// The public card.
    pub fn card(&self) -> anyhow::Result<Member> {
        let b = std::fs::read(self.card_path()).with_context(|| {
            format!(
                "no keys in {}: run `reviewer key new` first",
                self.dir.display()
            )
        })?;
        serde_json::from_slice(&b).context("card.json is corrupt")
    }

    /// Decrypts the keys, asking for what their lock needs, unless the
    /// agent holds them; the first unlock starts the agent (crate::agent).
    pub fn unlock(&self) -> anyhow::Result<MemberKeys> {
        let Some(agent) = agent::Client::for_home(&self.dir) else {
            return self.unlock_with(&self.lock()?);
        };
        // Only a passphrase given by the environment is shown to the agent:
        // a member at the terminal is not asked while it runs.
        let given = std::env::var("REVIEWER_PASSPHRASE")
            .ok()
            .map(SecretString::from);
        if let Some(plain) = agent.keys(given.as_ref())
            && let Ok(keys) = parse_stored(&plain)
        {
            return Ok(keys);
        }
        let lock = self.lock()?;
        let keys = self.unlock_with(&lock)?;
        let passphrase = match &lock {
            Lock::Passphrase(p) => Some(p),
            Lock::Plugin(_) => None,
        };
        agent.start(&stored_bytes(&keys)?, passphrase);
        Ok(keys)
    }

    /// Decrypts the keys with `lock`.
    pub fn unlock_with(&self, lock: &Lock) -> anyhow::Result<MemberKeys> {
        self.unlock_file(&self.secret_path(), lock)
    }

    fn open_secret(
        &self,
        path: &Path,
    ) -> anyhow::Result<age::Decryptor<std::io::BufReader<std::fs::File>>> {
        if !path.exists() && self.transport_path().exists() {
            bail!(
                "{} holds only the transport key (the air gap's online side): it can `fetch`, not read or sign",
                self.dir.display()
            );
        }
        let f = std::fs::File::open(path).with_context(|| {
            format!(
                "no keys in {}: run `reviewer key new` first",
                self.dir.display()
            )
        })?;
        age::Decryptor::new(std::io::BufReader::new(f)).context("the key file is corrupt")
    }

    fn unlock_file(&self, path: &Path, lock: &Lock) -> anyhow::Result<MemberKeys> {
        parse_stored(&self.decrypt_file(path, lock)?)
    }

    fn decrypt_file(&self, path: &Path, lock: &Lock) -> anyhow::Result<Zeroizing<Vec<u8>>> {
        let dec = self.open_secret(path)?;
        let mut r = match lock {
            Lock::Passphrase(pass) => {
                if !dec.is_scrypt() {
                    bail!("the keys are locked to a hardware key, not a passphrase");
                }
                let id = age::scrypt::Identity::new(pass.clone());
                dec.decrypt(std::iter::once(&id as &dyn age::Identity))
                    .map_err(|_| {
                        anyhow::anyhow!("wrong passphrase (or a damaged key file); try again")
                    })?
            }
            Lock::Plugin(key) => {
                let id = age::plugin::IdentityPluginV1::new(
                    key.plugin(),
                    std::slice::from_ref(&key.identity),
                    Terminal,
                )
                .map_err(|e| missing_plugin(key.plugin(), e))?;
                dec.decrypt(std::iter::once(&id as &dyn age::Identity))
                    .map_err(|e| {
                        anyhow::anyhow!(
                            "the hardware key did not unlock your keys (age-plugin-{}): {}; is it plugged in, and the right one?",
                            key.plugin(),
                            one_line(&e)
                        )
                    })?
            }
        };
        let mut plain = Zeroizing::new(Vec::new());
        r.read_to_end(&mut plain)
            .context("the key file is corrupt")?;
        Ok(plain)
    }
}

/// A member id from a display name: lowercase letters and digits, other
/// characters become '-'.
pub fn id_from_name(name: &str) -> String {
    let mut id: String = name
        .to_lowercase()
        .chars()
        .map(|c| {
            if c.is_ascii_lowercase() || c.is_ascii_digit() {
                c
            } else {
                '-'
            }
        })
        .collect();
    while id.contains("--") {
        id = id.replace("--", "-");
    }
    let id = id.trim_matches('-').chars().take(64).collect::<String>();
    if id.is_empty() { "member".into() } else { id }
}

/// The file of the member's drop identities (protocol 1.4), beside
/// `keys.age`: encrypted to the member's own long-term age recipient, so
/// that `sync` can rewrite it without asking for the passphrase. Holding
/// only identities whose window and grace have not passed, it is what
/// crypto-shredding a drop key means: once an identity is gone from here it
/// is nowhere (backups never hold drop identities).
pub const DROP_KEYS: &str = "dropkeys.age";

/// One drop identity and the days its key is valid.
pub struct DropIdentity {
    /// First day reporters may encrypt to it.
    pub not_before: dropbox_crypto::time::Day,
    /// Last day reporters may encrypt to it.
    pub not_after: dropbox_crypto::time::Day,
    /// The post-quantum identity.
    pub identity: dropbox_crypto::hybrid::HybridIdentity,
}

#[derive(Serialize, Deserialize)]
struct StoredDrop {
    not_before: String,
    not_after: String,
    seed: String,
}

impl Drop for StoredDrop {
    fn drop(&mut self) {
        self.seed.zeroize();
    }
}

impl KeyStore {
    fn drop_path(&self) -> PathBuf {
        self.dir.join(DROP_KEYS)
    }

    /// The member's drop identities; none before the first rotation.
    pub fn load_drop(&self, age_id: &AgeIdentity) -> anyhow::Result<Vec<DropIdentity>> {
        let path = self.drop_path();
        let ct = match std::fs::read(&path) {
            Ok(ct) => ct,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Vec::new()),
            Err(e) => return Err(e).with_context(|| format!("cannot read {}", path.display())),
        };
        let plain = Zeroizing::new(
            dropbox_crypto::envelope::decrypt_vec(&ct, &[age_id])
                .with_context(|| format!("{} does not open with your keys", path.display()))?,
        );
        let stored: Vec<StoredDrop> = serde_json::from_slice(&plain)
            .with_context(|| format!("{} is corrupt", path.display()))?;
        stored
            .iter()
            .map(|d| {
                Ok(DropIdentity {
                    not_before: d.not_before.parse().context("dropkeys.age is corrupt")?,
                    not_after: d.not_after.parse().context("dropkeys.age is corrupt")?,
                    identity: dropbox_crypto::hybrid::HybridIdentity::from_seed(&seed(&d.seed)?),
                })
            })
            .collect()
    }

    /// Replaces the drop identities file with exactly `ids`, encrypted to
    /// `to` (the member's own recipient); an identity left out is gone.
    pub fn save_drop(
        &self,
        to: &dropbox_crypto::keys::AgeRecipient,
        ids: &[DropIdentity],
    ) -> anyhow::Result<()> {
        let stored: Vec<StoredDrop> = ids
            .iter()
            .map(|d| StoredDrop {
                not_before: d.not_before.to_string(),
                not_after: d.not_after.to_string(),
                seed: STANDARD.encode(*d.identity.expose_seed()),
            })
            .collect();
        let plain = Zeroizing::new(serde_json::to_vec(&stored)?);
        let ct = dropbox_crypto::envelope::encrypt_vec(
            vec![dropbox_crypto::envelope::Slot::Real(to.clone())],
            &plain,
        )?;
        home::write_atomic(&self.drop_path(), &ct)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const RECIPIENT: &str = "age1dropboxtest105h93wz4q3gyuct8v5ck5etkwfaxgctj0ycrwcmxwgmrsaek0perxuntxp6kscfcw3jhz63ndqmnvunxwa4xuempxuuhvurkwqenjumtveaxser43jmzsz";
    const IDENTITY: &str = "AGE-PLUGIN-DROPBOXTEST-105H93WZ4Q3GYU2J2QNQ";

    #[test]
    fn plugin_identity_files_parse_with_their_recipient() {
        // The generator's own layout, and age-plugin-yubikey's indented one.
        for text in [
            format!("# created: 2026-11-24T20:24:38Z\n# recipient: {RECIPIENT}\n{IDENTITY}\n"),
            format!("#       Serial: 1, Slot: 1\n#    Recipient: {RECIPIENT}\n\n{IDENTITY}"),
            // A comment whose 10th byte falls inside a character.
            format!("# aéééééé (a note)\n# recipient: {RECIPIENT}\n{IDENTITY}"),
        ] {
            let k = PluginKey::parse(&text, None).unwrap();
            assert_eq!(k.plugin(), "dropboxtest");
            assert_eq!(k.recipient.unwrap().to_string(), RECIPIENT);
        }
        // No recipient comment: the identity itself is locked to.
        let k = PluginKey::parse(IDENTITY, None).unwrap();
        assert!(k.recipient.is_none());
        let k = PluginKey::parse(IDENTITY, Some(RECIPIENT)).unwrap();
        assert!(k.recipient.is_some());
    }

    #[test]
    fn files_that_are_not_one_plugin_identity_are_refused() {
        let err = |text: &str, r: Option<&str>| PluginKey::parse(text, r).unwrap_err().to_string();
        assert!(err("", None).contains("no AGE-PLUGIN"));
        assert!(err(&format!("{IDENTITY}\n{IDENTITY}"), None).contains("several"));
        assert!(err("AGE-SECRET-KEY-1QQQ", None).contains("plain age secret key"));
        assert!(err("hello", None).contains("not an age plugin identity"));
        let yubikey = age::plugin::Identity::default_for_plugin("yubikey")
            .unwrap()
            .to_string();
        assert!(err(&yubikey, Some(RECIPIENT)).contains("age-plugin-dropboxtest"));
        assert!(err(IDENTITY, Some("age1notarecipient")).contains("not an age plugin recipient"));
    }

    /// A mistyped second entry asks again instead of ending the command;
    /// three failed rounds do end it.
    #[test]
    fn a_new_passphrase_is_asked_again_until_both_entries_agree() {
        let run = |answers: &[&str]| {
            let mut given = answers.iter().map(|a| a.to_string()).collect::<Vec<_>>();
            given.reverse();
            let mut prompts = Vec::new();
            let mut told = Vec::new();
            let r = new_passphrase(
                &mut |p| {
                    prompts.push(p.to_owned());
                    Ok(Zeroizing::new(given.pop().expect("asked too often")))
                },
                &mut |m| told.push(m.to_owned()),
            );
            (r.map(|p| p.expose_secret().to_owned()), prompts.len(), told)
        };
        let (p, asked, told) = run(&[
            "correct horse",
            "correct hosre",
            "correct horse",
            "correct horse",
        ]);
        assert_eq!(p.unwrap(), "correct horse");
        assert_eq!(asked, 4);
        assert_eq!(told, ["The two entries differ; once more."]);
        let (p, asked, told) = run(&["short", "long enough", "long enough"]);
        assert_eq!(p.unwrap(), "long enough");
        assert_eq!(asked, 3);
        assert!(told[0].contains("shorter than 8"));
        let (p, asked, _) = run(&["aaaaaaaa", "b", "aaaaaaaa", "c", "aaaaaaaa", "d"]);
        assert!(p.unwrap_err().to_string().contains("after 3 tries"));
        assert_eq!(asked, 6);
    }
}
