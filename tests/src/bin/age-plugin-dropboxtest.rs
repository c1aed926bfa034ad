//! A stand-in for a hardware key, so the tests can drive the reviewer's
//! age plugin path (`reviewer key new --plugin-identity`) for real: the age
//! crate starts this binary and speaks the age plugin protocol with it,
//! exactly as it would with `age-plugin-yubikey`.
//!
//! The "token" is a file named by DROPBOX_TEST_TOKEN holding a serial and an
//! X25519 secret; the identity only names the serial, as a YubiKey identity
//! names a slot. With the file missing the token is "unplugged"; with
//! another serial it is "the wrong key". Stanzas are age's X25519 stanzas
//! under this plugin's tag.
//!
//! `age-plugin-dropboxtest --generate` makes a token and prints its identity
//! file (`# recipient: age1dropboxtest1…` and `AGE-PLUGIN-DROPBOXTEST-1…`).

use std::collections::{HashMap, HashSet};
use std::io;
use std::str::FromStr;

use age::secrecy::ExposeSecret;
use age_core::format::{FileKey, Stanza};
use age_plugin::identity::{self, IdentityPluginV1};
use age_plugin::recipient::{self, RecipientPluginV1};
use age_plugin::{Callbacks, PluginHandler, print_new_identity, run_state_machine};

const NAME: &str = "dropboxtest";

/// The token file: "SERIAL-HEX AGE-SECRET-KEY-1…".
struct Token {
    serial: Vec<u8>,
    secret: age::x25519::Identity,
}

fn hex(b: &[u8]) -> String {
    b.iter().map(|x| format!("{x:02x}")).collect()
}

fn token_path() -> Result<String, String> {
    std::env::var("DROPBOX_TEST_TOKEN").map_err(|_| "DROPBOX_TEST_TOKEN is not set".to_owned())
}

impl Token {
    fn read() -> Result<Token, String> {
        let path = token_path()?;
        let text = std::fs::read_to_string(&path)
            .map_err(|_| "the test token is not plugged in".to_owned())?;
        let (serial, secret) = text
            .trim()
            .split_once(' ')
            .ok_or("the test token is damaged")?;
        let serial = (0..serial.len())
            .step_by(2)
            .map(|i| u8::from_str_radix(&serial[i..i + 2], 16))
            .collect::<Result<Vec<u8>, _>>()
            .map_err(|_| "the test token is damaged")?;
        let secret = age::x25519::Identity::from_str(secret).map_err(|e| e.to_string())?;
        Ok(Token { serial, secret })
    }

    /// The token named by `serial`, as a hardware key answers for its slot.
    fn for_serial(serial: &[u8]) -> Result<Token, String> {
        let t = Token::read()?;
        if t.serial != serial {
            return Err(format!(
                "the plugged-in test token is {}, not {}",
                hex(&t.serial),
                hex(serial)
            ));
        }
        Ok(t)
    }
}

struct Handler;

impl PluginHandler for Handler {
    type RecipientV1 = Recipients;
    type IdentityV1 = Identities;

    fn recipient_v1(self) -> io::Result<Recipients> {
        Ok(Recipients(Vec::new()))
    }

    fn identity_v1(self) -> io::Result<Identities> {
        Ok(Identities(Vec::new()))
    }
}

/// Who to wrap to: each is (serial, X25519 recipient).
struct Recipients(Vec<(Vec<u8>, age::x25519::Recipient)>);

impl RecipientPluginV1 for Recipients {
    fn add_recipient(
        &mut self,
        index: usize,
        plugin_name: &str,
        bytes: &[u8],
    ) -> Result<(), recipient::Error> {
        let bad = || recipient::Error::Recipient {
            index,
            message: "not a dropboxtest recipient".into(),
        };
        if plugin_name != NAME || bytes.len() < 8 {
            return Err(bad());
        }
        let r = std::str::from_utf8(&bytes[8..])
            .ok()
            .and_then(|s| age::x25519::Recipient::from_str(s).ok())
            .ok_or_else(bad)?;
        self.0.push((bytes[..8].to_vec(), r));
        Ok(())
    }

    fn add_identity(
        &mut self,
        index: usize,
        plugin_name: &str,
        bytes: &[u8],
    ) -> Result<(), recipient::Error> {
        if plugin_name != NAME {
            return Err(recipient::Error::Identity {
                index,
                message: "not a dropboxtest identity".into(),
            });
        }
        // Like a hardware key, the token tells the public key of its slot.
        let t = Token::for_serial(bytes)
            .map_err(|message| recipient::Error::Identity { index, message })?;
        self.0.push((t.serial, t.secret.to_public()));
        Ok(())
    }

    fn labels(&mut self) -> HashSet<String> {
        HashSet::new()
    }

    fn wrap_file_keys(
        &mut self,
        file_keys: Vec<FileKey>,
        _callbacks: impl Callbacks<recipient::Error>,
    ) -> io::Result<Result<Vec<Vec<Stanza>>, Vec<recipient::Error>>> {
        let mut out = Vec::new();
        for key in file_keys {
            let mut stanzas = Vec::new();
            for (serial, r) in &self.0 {
                let (wrapped, _) = age::Recipient::wrap_file_key(r, &key)
                    .map_err(|e| io::Error::other(format!("cannot wrap the file key: {e}")))?;
                for s in wrapped {
                    let mut args = vec![hex(serial)];
                    args.extend(s.args);
                    stanzas.push(Stanza {
                        tag: NAME.into(),
                        args,
                        body: s.body,
                    });
                }
            }
            out.push(stanzas);
        }
        Ok(Ok(out))
    }
}

/// The serials of the identities asked to unwrap.
struct Identities(Vec<Vec<u8>>);

impl IdentityPluginV1 for Identities {
    fn add_identity(
        &mut self,
        index: usize,
        plugin_name: &str,
        bytes: &[u8],
    ) -> Result<(), identity::Error> {
        if plugin_name != NAME || bytes.len() != 8 {
            return Err(identity::Error::Identity {
                index,
                message: "not a dropboxtest identity".into(),
            });
        }
        self.0.push(bytes.to_vec());
        Ok(())
    }

    fn unwrap_file_keys(
        &mut self,
        files: Vec<Vec<Stanza>>,
        mut callbacks: impl Callbacks<identity::Error>,
    ) -> io::Result<HashMap<usize, Result<FileKey, Vec<identity::Error>>>> {
        let mut keys = HashMap::new();
        for (file_index, stanzas) in files.into_iter().enumerate() {
            for (index, serial) in self.0.iter().enumerate() {
                let ours: Vec<_> = stanzas
                    .iter()
                    .filter(|s| s.tag == NAME && s.args.first() == Some(&hex(serial)))
                    .collect();
                if ours.is_empty() {
                    continue;
                }
                let token = match Token::for_serial(serial) {
                    Ok(t) => t,
                    Err(message) => {
                        keys.insert(
                            file_index,
                            Err(vec![identity::Error::Identity { index, message }]),
                        );
                        continue;
                    }
                };
                // What a real key would ask: shown to the user by the client.
                let _ = callbacks.message("Touch the dropboxtest token to unlock.")?;
                let found = ours.iter().find_map(|s| {
                    let x = Stanza {
                        tag: "X25519".into(),
                        args: s.args[1..].to_vec(),
                        body: s.body.clone(),
                    };
                    age::Identity::unwrap_stanza(&token.secret, &x).and_then(Result::ok)
                });
                if let Some(k) = found {
                    keys.insert(file_index, Ok(k));
                    break;
                }
            }
        }
        Ok(keys)
    }
}

fn generate() -> io::Result<()> {
    let path = token_path().map_err(io::Error::other)?;
    let serial: [u8; 8] = rand_serial();
    let secret = age::x25519::Identity::generate();
    std::fs::write(
        &path,
        format!("{} {}\n", hex(&serial), secret.to_string().expose_secret()),
    )?;
    let mut recipient = serial.to_vec();
    recipient.extend(secret.to_public().to_string().as_bytes());
    print_new_identity(NAME, &serial, &recipient);
    Ok(())
}

fn rand_serial() -> [u8; 8] {
    let mut b = [0u8; 8];
    rand::RngCore::fill_bytes(&mut rand::rngs::OsRng, &mut b);
    b
}

fn main() -> io::Result<()> {
    let mut args = std::env::args().skip(1);
    match args.next().as_deref() {
        Some(a) if a.starts_with("--age-plugin=") => {
            run_state_machine(&a["--age-plugin=".len()..], Handler)
        }
        Some("--age-plugin") => {
            let sm = args
                .next()
                .ok_or_else(|| io::Error::other("--age-plugin needs a value"))?;
            run_state_machine(&sm, Handler)
        }
        Some("--generate") => generate(),
        _ => Err(io::Error::other(
            "usage: age-plugin-dropboxtest --generate (with DROPBOX_TEST_TOKEN=FILE)",
        )),
    }
}
