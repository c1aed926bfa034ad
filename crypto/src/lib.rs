//! `dropbox-crypto`: every format the drop box's parts must agree on byte for
//! byte (DESIGN.md's "fixed" sections, specified in docs/PROTOCOL.md).
//!
//! The crate is pure: no sockets, no SQL, no files of its own, no async. The
//! server, the reviewer, `dropbox-submit` and the browser page's test suite all
//! build on it, and the shared vectors under `tests/vectors/` pin its output.
//!
//! - [`bundle`]: the plaintext container (header, attachments, trailer, padding).
//! - [`envelope`]: the age encryption around a bundle, with the fixed stanza shape.
//! - [`hybrid`]: the age format's post-quantum `mlkem768x25519` recipient.
//! - [`agehdr`]: a parser for age headers, for the server's header check.
//! - [`jcs`], [`dsse`], [`keys`]: canonical JSON, signed envelopes, strict ed25519.
//! - [`dropkey`]: members' signed, expiring post-quantum drop keys.
//! - [`roster`]: the team's signed roster and its chain.
//! - [`codename`]: reporter codenames and the keys derived from them.
//! - [`messages`]: replies, follow-ups and team events.
//! - [`httpsig`]: the RFC 9421 request-signature profile.
//! - [`text`]: untrusted text escaped for terminals; the member-name rules.
//! - [`wire`]: the JSON bodies of the HTTP API, shared by server and clients.

pub mod agehdr;
pub mod bundle;
pub mod codename;
pub mod dropkey;
pub mod dsse;
pub mod envelope;
pub mod fuzzing;
pub mod httpsig;
pub mod hybrid;
pub mod ids;
pub mod jcs;
pub mod keys;
pub mod messages;
pub mod padme;
pub mod pow;
pub mod roster;
pub mod text;
pub mod time;
pub mod wire;

pub use ids::{CaseId, EventId, MailboxId, MemberId, Sha256Digest, SubmissionId, TeamFingerprint};
