//! The age format's post-quantum hybrid recipient type, `mlkem768x25519`
//! (https://c2sp.org/age#the-mlkem768x25519-recipient-type), which the age
//! crate 0.12 does not ship and the page's `age-encryption` package does.
//!
//! The KEM is X-Wing (ML-KEM-768 combined with X25519, HPKE KEM id
//! 0x647a): the 32-byte seed is expanded with SHAKE256 into the ML-KEM-768
//! seeds and the X25519 scalar, and the shared secret is SHA3-256 over both
//! shared secrets, the X25519 ciphertext and public key and the X-Wing label.
//! The file key is sealed with HPKE base mode (HKDF-SHA256, ChaCha20Poly1305)
//! through age-core's `hpke_seal`/`hpke_open`. Every primitive comes from
//! RustCrypto (`ml-kem`, `sha3`) or dalek (`x25519-dalek`); this module only
//! wires them together as the specs say.
//!
//! Encodings, as typage writes them: identities are upper-case bech32
//! `AGE-SECRET-KEY-PQ-1…` of the 32-byte seed, recipients are bech32
//! `age1pq1…` of the 1216-byte public key, without bech32's length limit.
//! The stanza is `-> mlkem768x25519 <base64 of the 1120-byte enc>` with a
//! 32-byte body. The shared vectors under `tests/vectors/age-hybrid/` (from
//! C2SP's CCTV) and the interop test with the npm package pin all of it.

use std::collections::HashSet;
use std::fmt;
use std::str::FromStr;

use age_core::format::{FileKey, Stanza};
use age_core::primitives::{bech32_decode, bech32_encode, hpke_open, hpke_seal};
use age_core::secrecy::ExposeSecret;
use base64::Engine;
use base64::engine::general_purpose::STANDARD_NO_PAD;
use hpke::generic_array::typenum::{self, U32, Unsigned};
use hpke::kem::SharedSecret;
use hpke::{Deserializable, HpkeError, Serializable};
use ml_kem::kem::{Decapsulate, Encapsulate};
use ml_kem::{Ciphertext, EncodedSizeUser, KemCore, MlKem768};
use rand::RngCore;
use sha3::digest::{ExtendableOutput, FixedOutput, Update, XofReader};
use sha3::{Sha3_256, Shake256};
use zeroize::{Zeroize, Zeroizing};

/// The stanza tag of the hybrid recipient type.
pub const HYBRID_TAG: &str = "mlkem768x25519";
/// The HPKE info string (the age spec calls it the label).
const HYBRID_LABEL: &[u8] = b"age-encryption.org/mlkem768x25519";
/// X-Wing's domain separator, `\.//^\`.
const XWING_LABEL: &[u8] = b"\\.//^\\";
/// Bytes of a public key: ML-KEM-768 encapsulation key and X25519 point.
pub const PUBLIC_KEY_BYTES: usize = 1184 + 32;
/// Bytes of the encapsulated key (the stanza's argument): ML-KEM-768
/// ciphertext and X25519 ephemeral share.
pub const ENC_BYTES: usize = 1088 + 32;
/// Bytes of the stanza body: the sealed 16-byte file key and its tag.
pub const BODY_BYTES: usize = 32;
/// Characters of the stanza's base64 argument.
pub const ENC_B64_LEN: usize = (ENC_BYTES * 4).div_ceil(3);

const RECIPIENT_HRP: bech32::Hrp = bech32::Hrp::parse_unchecked("age1pq");
const IDENTITY_HRP: bech32::Hrp = bech32::Hrp::parse_unchecked("AGE-SECRET-KEY-PQ-");

type MlKemEk = <MlKem768 as KemCore>::EncapsulationKey;
type MlKemDk = <MlKem768 as KemCore>::DecapsulationKey;
type KemNek = <MlKemEk as EncodedSizeUser>::EncodedSize;
type KemNct = <MlKem768 as KemCore>::CiphertextSize;

/// Why a hybrid key could not be parsed.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum HybridKeyError {
    /// Not an `age1pq1…` recipient of 1216 bytes with a valid ML-KEM key.
    #[error("invalid post-quantum recipient: expected \"age1pq1...\"")]
    Recipient,
    /// Not an `AGE-SECRET-KEY-PQ-1…` identity.
    #[error("invalid post-quantum identity")]
    Identity,
}

/// The X-Wing public key.
#[derive(Clone, Debug, PartialEq)]
struct PublicKey {
    ek_m: MlKemEk,
    ek_x: x25519_dalek::PublicKey,
}

impl Eq for PublicKey {}

impl Serializable for PublicKey {
    type OutputSize = typenum::Sum<KemNek, U32>;

    fn write_exact(&self, buf: &mut [u8]) {
        let n = KemNek::USIZE;
        buf[..n].copy_from_slice(&self.ek_m.as_bytes());
        buf[n..].copy_from_slice(self.ek_x.as_bytes());
    }
}

impl Deserializable for PublicKey {
    fn from_bytes(encoded: &[u8]) -> Result<Self, HpkeError> {
        if encoded.len() != PUBLIC_KEY_BYTES {
            return Err(HpkeError::IncorrectInputLength(
                PUBLIC_KEY_BYTES,
                encoded.len(),
            ));
        }
        let (m, x) = encoded.split_at(KemNek::USIZE);
        let m_arr = m.try_into().map_err(|_| HpkeError::ValidationError)?;
        let ek_m = MlKemEk::from_bytes(m_arr);
        // FIPS 203's encapsulation key check: every coefficient reduced,
        // i.e. decoding then encoding gives the same bytes.
        if ek_m.as_bytes().as_slice() != m {
            return Err(HpkeError::ValidationError);
        }
        let x: [u8; 32] = x.try_into().map_err(|_| HpkeError::ValidationError)?;
        Ok(PublicKey {
            ek_m,
            ek_x: x25519_dalek::PublicKey::from(x),
        })
    }
}

/// The X-Wing private key: the seed, and the keys expanded from it.
#[derive(Clone)]
struct PrivateKey {
    seed: Zeroizing<[u8; 32]>,
    dk_m: MlKemDk,
    dk_x: x25519_dalek::StaticSecret,
}

impl PartialEq for PrivateKey {
    fn eq(&self, other: &Self) -> bool {
        *self.seed == *other.seed
    }
}
impl Eq for PrivateKey {}

impl Serializable for PrivateKey {
    type OutputSize = U32;

    fn write_exact(&self, buf: &mut [u8]) {
        buf.copy_from_slice(&*self.seed);
    }
}

impl Deserializable for PrivateKey {
    fn from_bytes(encoded: &[u8]) -> Result<Self, HpkeError> {
        let seed: [u8; 32] = encoded
            .try_into()
            .map_err(|_| HpkeError::IncorrectInputLength(32, encoded.len()))?;
        Ok(PrivateKey::expand(Zeroizing::new(seed)))
    }
}

impl PrivateKey {
    /// X-Wing's key expansion: SHAKE256(seed, 96) = d ‖ z ‖ sk_X.
    fn expand(seed: Zeroizing<[u8; 32]>) -> Self {
        let mut expanded = Zeroizing::new([0u8; 96]);
        Shake256::default()
            .chain(seed.as_slice())
            .finalize_xof()
            .read(&mut *expanded);
        let d: [u8; 32] = expanded[..32].try_into().expect("32 bytes");
        let z: [u8; 32] = expanded[32..64].try_into().expect("32 bytes");
        let mut sk_x: [u8; 32] = expanded[64..].try_into().expect("32 bytes");
        let (dk_m, _) = MlKem768::generate_deterministic(&d.into(), &z.into());
        let dk_x = x25519_dalek::StaticSecret::from(sk_x);
        sk_x.zeroize();
        PrivateKey { seed, dk_m, dk_x }
    }

    fn public(&self) -> PublicKey {
        PublicKey {
            ek_m: self.dk_m.encapsulation_key().clone(),
            ek_x: x25519_dalek::PublicKey::from(&self.dk_x),
        }
    }
}

/// The encapsulated key: ML-KEM ciphertext and X25519 ephemeral share.
#[derive(Clone)]
struct EncappedKey {
    ct_m: Ciphertext<MlKem768>,
    ct_x: [u8; 32],
}

impl Serializable for EncappedKey {
    type OutputSize = typenum::Sum<KemNct, U32>;

    fn write_exact(&self, buf: &mut [u8]) {
        let n = KemNct::USIZE;
        buf[..n].copy_from_slice(&self.ct_m);
        buf[n..].copy_from_slice(&self.ct_x);
    }
}

impl Deserializable for EncappedKey {
    fn from_bytes(encoded: &[u8]) -> Result<Self, HpkeError> {
        if encoded.len() != ENC_BYTES {
            return Err(HpkeError::IncorrectInputLength(ENC_BYTES, encoded.len()));
        }
        let (m, x) = encoded.split_at(KemNct::USIZE);
        Ok(EncappedKey {
            ct_m: m.try_into().map_err(|_| HpkeError::ValidationError)?,
            ct_x: x.try_into().map_err(|_| HpkeError::ValidationError)?,
        })
    }
}

/// X-Wing as an HPKE KEM (MLKEM768-X25519, id 0x647a).
struct XWing;

/// X-Wing's combiner: SHA3-256(ss_M ‖ ss_X ‖ ct_X ‖ pk_X ‖ label).
fn combine(ss_m: &[u8], ss_x: &[u8], ct_x: &[u8], pk_x: &[u8]) -> [u8; 32] {
    let mut h = Sha3_256::default();
    h.update(ss_m);
    h.update(ss_x);
    h.update(ct_x);
    h.update(pk_x);
    h.update(XWING_LABEL);
    h.finalize_fixed().into()
}

impl hpke::Kem for XWing {
    type PublicKey = PublicKey;
    type PrivateKey = PrivateKey;
    type EncappedKey = EncappedKey;
    type NSecret = U32;
    const KEM_ID: u16 = 0x647a;

    fn sk_to_pk(sk: &PrivateKey) -> PublicKey {
        sk.public()
    }

    /// Keys are only ever made from a random seed here, so the input keying
    /// material is used as the seed itself when it has a seed's length, as
    /// draft-ietf-hpke-pq does for X-Wing; other lengths are hashed down.
    fn derive_keypair(ikm: &[u8]) -> (PrivateKey, PublicKey) {
        let mut seed = Zeroizing::new([0u8; 32]);
        if ikm.len() == 32 {
            seed.copy_from_slice(ikm);
        } else {
            Shake256::default()
                .chain(ikm)
                .finalize_xof()
                .read(&mut *seed);
        }
        let sk = PrivateKey::expand(seed);
        let pk = sk.public();
        (sk, pk)
    }

    fn decap(
        sk: &PrivateKey,
        pk_sender_id: Option<&PublicKey>,
        enc: &EncappedKey,
    ) -> Result<SharedSecret<Self>, HpkeError> {
        if pk_sender_id.is_some() {
            return Err(HpkeError::DecapError);
        }
        let ss_m = sk
            .dk_m
            .decapsulate(&enc.ct_m)
            .map_err(|()| HpkeError::DecapError)?;
        let ss_x = sk
            .dk_x
            .diffie_hellman(&x25519_dalek::PublicKey::from(enc.ct_x));
        // The age spec refuses the all-zero X25519 output (low-order shares).
        if !ss_x.was_contributory() {
            return Err(HpkeError::DecapError);
        }
        let pk_x = x25519_dalek::PublicKey::from(&sk.dk_x);
        let ss = combine(&ss_m, ss_x.as_bytes(), &enc.ct_x, pk_x.as_bytes());
        Ok(SharedSecret(ss.into()))
    }

    fn encap<R: rand::CryptoRng + RngCore>(
        pk: &PublicKey,
        sender_id_keypair: Option<(&PrivateKey, &PublicKey)>,
        csprng: &mut R,
    ) -> Result<(SharedSecret<Self>, EncappedKey), HpkeError> {
        if sender_id_keypair.is_some() {
            return Err(HpkeError::EncapError);
        }
        let (ct_m, ss_m) = pk
            .ek_m
            .encapsulate(csprng)
            .map_err(|()| HpkeError::EncapError)?;
        let ek_x = x25519_dalek::EphemeralSecret::random_from_rng(&mut *csprng);
        let ct_x = x25519_dalek::PublicKey::from(&ek_x);
        let ss_x = ek_x.diffie_hellman(&pk.ek_x);
        if !ss_x.was_contributory() {
            return Err(HpkeError::EncapError);
        }
        let ss = combine(&ss_m, ss_x.as_bytes(), ct_x.as_bytes(), pk.ek_x.as_bytes());
        Ok((
            SharedSecret(ss.into()),
            EncappedKey {
                ct_m,
                ct_x: ct_x.to_bytes(),
            },
        ))
    }
}

/// A hybrid recipient, `age1pq1…`.
#[derive(Clone, PartialEq, Eq)]
pub struct HybridRecipient(PublicKey);

impl fmt::Display for HybridRecipient {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&bech32_encode(RECIPIENT_HRP, &self.0.to_bytes()))
    }
}

impl fmt::Debug for HybridRecipient {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let s = self.to_string();
        write!(f, "HybridRecipient({}…)", &s[..20])
    }
}

impl FromStr for HybridRecipient {
    type Err = HybridKeyError;

    fn from_str(s: &str) -> Result<Self, HybridKeyError> {
        // Lower case only, as age and typage write it.
        if !s.starts_with("age1pq1") || s.bytes().any(|b| b.is_ascii_uppercase()) {
            return Err(HybridKeyError::Recipient);
        }
        bech32_decode(
            s,
            |_| HybridKeyError::Recipient,
            |hrp| {
                (hrp == RECIPIENT_HRP)
                    .then_some(())
                    .ok_or(HybridKeyError::Recipient)
            },
            |_, bytes| {
                PublicKey::from_bytes(&bytes.collect::<Vec<u8>>())
                    .map(HybridRecipient)
                    .map_err(|_| HybridKeyError::Recipient)
            },
        )
    }
}

impl serde::Serialize for HybridRecipient {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.to_string())
    }
}

impl<'de> serde::Deserialize<'de> for HybridRecipient {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        s.parse().map_err(serde::de::Error::custom)
    }
}

/// The label set of post-quantum recipients: the age crate then refuses to
/// mix them with classical ones in one file, as the age spec asks (one
/// classical stanza would make the file only as strong as X25519).
fn pq_label() -> HashSet<String> {
    HashSet::from(["postquantum".to_owned()])
}

impl age::Recipient for HybridRecipient {
    fn wrap_file_key(
        &self,
        file_key: &FileKey,
    ) -> Result<(Vec<Stanza>, HashSet<String>), age::EncryptError> {
        let (enc, body) = hpke_seal::<XWing, _>(
            &self.0,
            HYBRID_LABEL,
            file_key.expose_secret(),
            &mut rand::rngs::OsRng,
        );
        Ok((
            vec![Stanza {
                tag: HYBRID_TAG.to_owned(),
                args: vec![STANDARD_NO_PAD.encode(enc.to_bytes())],
                body,
            }],
            pq_label(),
        ))
    }
}

/// A decoy hybrid stanza: for a member left out, the same tag, an argument
/// of the same length and a body of the same length as a real stanza. The
/// argument is a real encapsulation to a fresh throwaway key (so it has the
/// structure of a real one: an ML-KEM ciphertext and an X25519 point on the
/// curve), the body 32 random bytes, like a sealed file key.
pub struct HybridDecoy;

impl age::Recipient for HybridDecoy {
    fn wrap_file_key(
        &self,
        _file_key: &FileKey,
    ) -> Result<(Vec<Stanza>, HashSet<String>), age::EncryptError> {
        let throwaway = HybridIdentity::generate().recipient();
        let mut rng = rand::rngs::OsRng;
        let (_, enc) = <XWing as hpke::Kem>::encap(&throwaway.0, None, &mut rng)
            .map_err(|_| age::EncryptError::Io(std::io::ErrorKind::Other.into()))?;
        let mut body = vec![0u8; BODY_BYTES];
        rng.fill_bytes(&mut body);
        Ok((
            vec![Stanza {
                tag: HYBRID_TAG.to_owned(),
                args: vec![STANDARD_NO_PAD.encode(enc.to_bytes())],
                body,
            }],
            pq_label(),
        ))
    }
}

/// A hybrid identity, `AGE-SECRET-KEY-PQ-1…`. Zeroized on drop, printed
/// redacted, not `Clone`.
pub struct HybridIdentity(PrivateKey);

impl HybridIdentity {
    /// A fresh identity from the OS's randomness.
    pub fn generate() -> Self {
        let mut seed = Zeroizing::new([0u8; 32]);
        rand::rngs::OsRng.fill_bytes(&mut *seed);
        HybridIdentity(PrivateKey::expand(seed))
    }

    /// The identity of this 32-byte seed.
    pub fn from_seed(seed: &[u8; 32]) -> Self {
        HybridIdentity(PrivateKey::expand(Zeroizing::new(*seed)))
    }

    /// The seed, for the keys file.
    pub fn expose_seed(&self) -> Zeroizing<[u8; 32]> {
        self.0.seed.clone()
    }

    /// The `AGE-SECRET-KEY-PQ-1…` string.
    pub fn expose_string(&self) -> Zeroizing<String> {
        Zeroizing::new(bech32_encode(IDENTITY_HRP, &*self.0.seed).to_ascii_uppercase())
    }

    /// The matching recipient.
    pub fn recipient(&self) -> HybridRecipient {
        HybridRecipient(self.0.public())
    }
}

impl fmt::Debug for HybridIdentity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "HybridIdentity({:?}, secret redacted)", self.recipient())
    }
}

impl FromStr for HybridIdentity {
    type Err = HybridKeyError;

    fn from_str(s: &str) -> Result<Self, HybridKeyError> {
        if !s.starts_with("AGE-SECRET-KEY-PQ-1") || s.bytes().any(|b| b.is_ascii_lowercase()) {
            return Err(HybridKeyError::Identity);
        }
        let lower = Zeroizing::new(s.to_ascii_lowercase());
        bech32_decode(
            &lower,
            |_| HybridKeyError::Identity,
            |hrp| {
                (hrp == IDENTITY_HRP)
                    .then_some(())
                    .ok_or(HybridKeyError::Identity)
            },
            |_, bytes| {
                let bytes = Zeroizing::new(bytes.collect::<Vec<u8>>());
                let seed: [u8; 32] = bytes
                    .as_slice()
                    .try_into()
                    .map_err(|_| HybridKeyError::Identity)?;
                Ok(HybridIdentity::from_seed(&seed))
            },
        )
    }
}

impl age::Identity for HybridIdentity {
    fn unwrap_stanza(&self, stanza: &Stanza) -> Option<Result<FileKey, age::DecryptError>> {
        if stanza.tag != HYBRID_TAG {
            return None;
        }
        let enc = match parse_stanza(stanza) {
            Ok(enc) => enc,
            Err(()) => return Some(Err(age::DecryptError::InvalidHeader)),
        };
        let pt = match hpke_open::<XWing>(&enc, &self.0, HYBRID_LABEL, &stanza.body) {
            Ok(pt) => Zeroizing::new(pt),
            // Low-order shares are a malformed header, as the spec says;
            // any other failure means the stanza is someone else's.
            Err(HpkeError::DecapError) if is_low_order(&enc) => {
                return Some(Err(age::DecryptError::InvalidHeader));
            }
            Err(_) => return None,
        };
        if pt.len() != 16 {
            return Some(Err(age::DecryptError::InvalidHeader));
        }
        Some(Ok(FileKey::init_with_mut(|k| k.copy_from_slice(&pt))))
    }
}

/// Whether the X25519 share gives the all-zero output with every scalar.
fn is_low_order(enc: &EncappedKey) -> bool {
    let any = x25519_dalek::StaticSecret::from([0x42; 32]);
    !any.diffie_hellman(&x25519_dalek::PublicKey::from(enc.ct_x))
        .was_contributory()
}

/// The strict form of a hybrid stanza: one argument, the canonical unpadded
/// base64 of exactly [`ENC_BYTES`] bytes, and a body of [`BODY_BYTES`].
fn parse_stanza(stanza: &Stanza) -> Result<EncappedKey, ()> {
    let [arg] = stanza.args.as_slice() else {
        return Err(());
    };
    if stanza.body.len() != BODY_BYTES {
        return Err(());
    }
    let bytes = decode_enc(arg).ok_or(())?;
    EncappedKey::from_bytes(&bytes).map_err(|_| ())
}

/// Decodes a hybrid stanza's argument: canonical unpadded base64 of exactly
/// [`ENC_BYTES`] bytes. The server's header check uses it too.
pub fn decode_enc(arg: &str) -> Option<Vec<u8>> {
    if arg.len() != ENC_B64_LEN {
        return None;
    }
    let bytes = STANDARD_NO_PAD.decode(arg).ok()?;
    (bytes.len() == ENC_BYTES && STANDARD_NO_PAD.encode(&bytes) == arg).then_some(bytes)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::{Read, Write};

    fn encrypt(recipients: &[&dyn age::Recipient], pt: &[u8]) -> Vec<u8> {
        let enc = age::Encryptor::with_recipients(recipients.iter().copied()).unwrap();
        let mut out = Vec::new();
        let mut w = enc.wrap_output(&mut out).unwrap();
        w.write_all(pt).unwrap();
        w.finish().unwrap();
        out
    }

    fn decrypt(id: &HybridIdentity, ct: &[u8]) -> Result<Vec<u8>, age::DecryptError> {
        let dec = age::Decryptor::new(ct)?;
        let mut r = dec.decrypt(std::iter::once(id as &dyn age::Identity))?;
        let mut out = Vec::new();
        r.read_to_end(&mut out)?;
        Ok(out)
    }

    #[test]
    fn round_trip_encodings_and_wrong_key() {
        let id = HybridIdentity::generate();
        let r = id.recipient();
        let s = r.to_string();
        assert!(s.starts_with("age1pq1"));
        assert_eq!(s.parse::<HybridRecipient>().unwrap(), r);
        assert!(s.to_uppercase().parse::<HybridRecipient>().is_err());
        let again: HybridIdentity = id.expose_string().parse().unwrap();
        assert_eq!(again.recipient(), r);
        assert!(
            id.expose_string()
                .to_lowercase()
                .parse::<HybridIdentity>()
                .is_err()
        );
        assert!(!format!("{id:?}").contains("AGE-SECRET"));

        let ct = encrypt(&[&r], b"secret");
        assert_eq!(decrypt(&id, &ct).unwrap(), b"secret");
        let other = HybridIdentity::generate();
        assert!(matches!(
            decrypt(&other, &ct),
            Err(age::DecryptError::NoMatchingKeys)
        ));
    }

    #[test]
    fn refuses_mixing_with_x25519() {
        let r = HybridIdentity::generate().recipient();
        let x = age::x25519::Identity::generate().to_public();
        let recipients: [&dyn age::Recipient; 2] = [&r, &x];
        assert!(age::Encryptor::with_recipients(recipients.into_iter()).is_err());
    }

    /// A recipient whose ML-KEM key has an unreduced coefficient (FIPS 203's
    /// modulus check) is refused.
    #[test]
    fn refuses_unreduced_mlkem_key() {
        let mut pk = HybridIdentity::generate().recipient().0.to_bytes().to_vec();
        pk[0] = 0xff;
        pk[1] |= 0x0f;
        let s = bech32_encode(RECIPIENT_HRP, &pk);
        assert_eq!(s.parse::<HybridRecipient>(), Err(HybridKeyError::Recipient));
    }

    /// Decoy and real stanzas have the same tag, argument length, body
    /// length, and an X25519 share on the curve.
    #[test]
    fn decoys_have_the_shape_of_real_stanzas() {
        let r = HybridIdentity::generate().recipient();
        let fk = FileKey::new(Box::new([7; 16]));
        let (real, _) = age::Recipient::wrap_file_key(&r, &fk).unwrap();
        let (decoy, _) = age::Recipient::wrap_file_key(&HybridDecoy, &fk).unwrap();
        for s in [&real[0], &decoy[0]] {
            assert_eq!(s.tag, HYBRID_TAG);
            assert_eq!(s.args.len(), 1);
            assert_eq!(s.args[0].len(), ENC_B64_LEN);
            assert_eq!(s.body.len(), BODY_BYTES);
            let enc = decode_enc(&s.args[0]).unwrap();
            let share: [u8; 32] = enc[1088..].try_into().unwrap();
            assert!(
                curve25519_dalek::montgomery::MontgomeryPoint(share)
                    .to_edwards(0)
                    .is_some()
            );
        }
    }
}
