//! The member's secret keys, encrypted at rest.
//!
//! `HOME/keys.age` is an age file encrypted with the member's passphrase
//! (scrypt), holding the age identity and the `sign` and `transport` seeds;
//! `HOME/card.json` is the public member card. Secrets are zeroized after
//! use and never printed.

use std::io::{Read, Write};
use std::path::{Path, PathBuf};

use age::secrecy::SecretString;
use anyhow::{Context, bail};
use base64::Engine;
use base64::engine::general_purpose::STANDARD;
use serde::{Deserialize, Serialize};
use zeroize::{Zeroize, Zeroizing};

use dropbox_crypto::MemberId;
use dropbox_crypto::keys::{AgeIdentity, SignSecretKey};
use dropbox_crypto::roster::Member;

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

/// The key files of a home directory.
pub struct KeyStore {
    dir: PathBuf,
}

/// The passphrase: REVIEWER_PASSPHRASE, else asked on the terminal.
pub fn passphrase(confirm: bool) -> anyhow::Result<SecretString> {
    if let Ok(p) = std::env::var("REVIEWER_PASSPHRASE") {
        return Ok(SecretString::from(p));
    }
    let p = Zeroizing::new(
        rpassword::prompt_password("Passphrase for your reviewer keys: ")
            .context("cannot read the passphrase")?,
    );
    if confirm {
        let again = Zeroizing::new(
            rpassword::prompt_password("Again: ").context("cannot read the passphrase")?,
        );
        if *again != *p {
            bail!("the passphrases differ; run the command again");
        }
        if p.chars().count() < 8 {
            bail!("choose a passphrase of at least 8 characters");
        }
    }
    Ok(SecretString::from(p.to_string()))
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
        self.dir.join("keys.age")
    }

    /// The public card's path.
    pub fn card_path(&self) -> PathBuf {
        self.dir.join("card.json")
    }

    /// Creates new keys, encrypted under `pass`; returns the card.
    pub fn create(&self, id: MemberId, name: &str, pass: SecretString) -> anyhow::Result<Member> {
        if self.secret_path().exists() {
            bail!(
                "{} already holds keys; use another --home to make a second member",
                self.dir.display()
            );
        }
        std::fs::create_dir_all(&self.dir)
            .with_context(|| format!("cannot create {}", self.dir.display()))?;
        let keys = MemberKeys::generate(id);
        self.write(&self.secret_path(), &keys, pass)?;
        let card = keys.card(name);
        std::fs::write(self.card_path(), serde_json::to_vec_pretty(&card)?)?;
        Ok(card)
    }

    fn write(&self, path: &Path, keys: &MemberKeys, pass: SecretString) -> anyhow::Result<()> {
        let stored = Stored {
            id: keys.id.to_string(),
            age: keys.age.expose_string().to_string(),
            sign: STANDARD.encode(*keys.sign.expose_seed()),
            transport: STANDARD.encode(*keys.transport.expose_seed()),
        };
        let plain = Zeroizing::new(serde_json::to_vec(&stored)?);
        let enc = age::Encryptor::with_user_passphrase(pass);
        let tmp = path.with_extension("tmp");
        let mut w = enc.wrap_output(std::fs::File::create(&tmp)?)?;
        w.write_all(&plain)?;
        w.finish()?.sync_all()?;
        std::fs::rename(&tmp, path)?;
        Ok(())
    }

    fn next_path(&self) -> PathBuf {
        self.dir.join("keys.next.age")
    }

    /// Makes the next keys (same id and name), encrypted under the same
    /// passphrase, beside the current ones; returns their card.
    pub fn rotate(&self, pass: SecretString) -> anyhow::Result<Member> {
        let current = self.unlock(pass.clone())?;
        if self.next_path().exists() {
            bail!(
                "a rotation is already pending: `reviewer key activate` once the roster names the new keys"
            );
        }
        let next = MemberKeys::generate(current.id.clone());
        self.write(&self.next_path(), &next, pass)?;
        let card = next.card(&self.card()?.name);
        std::fs::write(
            self.dir.join("card.next.json"),
            serde_json::to_vec_pretty(&card)?,
        )?;
        Ok(card)
    }

    /// The pending keys from `rotate`.
    pub fn unlock_next(&self, pass: SecretString) -> anyhow::Result<MemberKeys> {
        if !self.next_path().exists() {
            bail!("no rotation is pending: run `reviewer key rotate` first");
        }
        self.unlock_file(&self.next_path(), pass)
    }

    /// Makes the pending keys the member's keys, destroying the old ones.
    pub fn activate(&self) -> anyhow::Result<()> {
        std::fs::rename(self.next_path(), self.secret_path())?;
        std::fs::rename(self.dir.join("card.next.json"), self.card_path())?;
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

    /// Decrypts the keys with `pass`.
    pub fn unlock(&self, pass: SecretString) -> anyhow::Result<MemberKeys> {
        self.unlock_file(&self.secret_path(), pass)
    }

    fn unlock_file(&self, path: &Path, pass: SecretString) -> anyhow::Result<MemberKeys> {
        let f = std::fs::File::open(path).with_context(|| {
            format!(
                "no keys in {}: run `reviewer key new` first",
                self.dir.display()
            )
        })?;
        let dec =
            age::Decryptor::new(std::io::BufReader::new(f)).context("the key file is corrupt")?;
        let id = age::scrypt::Identity::new(pass);
        let mut r = dec
            .decrypt(std::iter::once(&id as &dyn age::Identity))
            .map_err(|_| anyhow::anyhow!("wrong passphrase (or a damaged key file); try again"))?;
        let mut plain = Zeroizing::new(Vec::new());
        r.read_to_end(&mut plain)
            .context("the key file is corrupt")?;
        let s: Stored = serde_json::from_slice(&plain).context("the key file is corrupt")?;
        Ok(MemberKeys {
            id: s.id.parse().context("the key file is corrupt")?,
            age: s.age.parse().context("the key file is corrupt")?,
            sign: SignSecretKey::from_seed(&seed(&s.sign)?),
            transport: SignSecretKey::from_seed(&seed(&s.transport)?),
        })
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
