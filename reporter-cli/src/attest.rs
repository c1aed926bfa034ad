//! `--team-pgp CERT`: the bridge from the OpenPGP key a team already
//! publishes (in its security.txt) to its drop box. The team signs roster
//! #1's payload, whose sha256 is the team fingerprint, with that key
//! (`reviewer team attest`); the drop box serves the detached signature at
//! `/v1/roster/attestation`; this checks it against the certificate the
//! reporter got from the team, with sequoia-openpgp under its standard
//! policy. The drop box stays untrusted: it can only withhold the
//! signature, never forge one.

use sequoia_openpgp as openpgp;

use openpgp::cert::Cert;
use openpgp::parse::Parse;
use openpgp::parse::stream::{
    DetachedVerifierBuilder, MessageLayer, MessageStructure, VerificationHelper,
};
use openpgp::policy::StandardPolicy;

/// Why an attestation does not hold.
#[derive(Debug, thiserror::Error)]
pub enum AttestError {
    /// The certificate file is not an OpenPGP certificate.
    #[error("{0} is not an OpenPGP certificate: {1}")]
    NotACertificate(String, String),
    /// The drop box serves no attestation.
    #[error("the drop box serves no OpenPGP attestation of the team's roster")]
    Missing,
    /// The signature is malformed, or not by the certificate, or not over
    /// roster #1.
    #[error("the OpenPGP attestation of roster #1 does not verify with {0}: {1}")]
    Invalid(String, String),
}

struct Helper {
    cert: Cert,
}

impl VerificationHelper for Helper {
    fn get_certs(&mut self, _ids: &[openpgp::KeyHandle]) -> openpgp::Result<Vec<Cert>> {
        Ok(vec![self.cert.clone()])
    }

    fn check(&mut self, structure: MessageStructure) -> openpgp::Result<()> {
        for layer in structure.into_iter() {
            if let MessageLayer::SignatureGroup { results } = layer
                && results.iter().any(|r| r.is_ok())
            {
                return Ok(());
            }
        }
        Err(
            openpgp::Error::InvalidOperation("no valid signature by this certificate".into())
                .into(),
        )
    }
}

/// Checks that `signature` (armored or binary, detached) is a valid
/// signature by `cert` over `payload`; returns the certificate's
/// fingerprint.
pub fn verify(
    cert_name: &str,
    cert: &[u8],
    payload: &[u8],
    signature: &[u8],
) -> Result<String, AttestError> {
    let cert = Cert::from_bytes(cert)
        .map_err(|e| AttestError::NotACertificate(cert_name.to_owned(), e.to_string()))?;
    let fpr = cert.fingerprint().to_hex();
    let policy = StandardPolicy::new();
    let invalid = |e: openpgp::anyhow::Error| AttestError::Invalid(fpr.clone(), e.to_string());
    let mut v = DetachedVerifierBuilder::from_bytes(signature)
        .map_err(invalid)?
        .with_policy(&policy, None, Helper { cert })
        .map_err(invalid)?;
    v.verify_bytes(payload).map_err(invalid)?;
    Ok(fpr)
}
