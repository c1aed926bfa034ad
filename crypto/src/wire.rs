//! The JSON bodies of the HTTP API (docs/PROTOCOL.md §15) as typed structs,
//! shared by the server, which builds its responses from them, and the
//! clients, which parse them.
//!
//! Field names and shapes are the protocol's: each type names its section,
//! and the tests below pin the exact JSON. Fields are declared in
//! alphabetical order, so serde_json writes them in the order the protocol's
//! examples show (and the server wrote before these types existed).
//!
//! Base64 `data` fields are carried as bytes; a `roster_seq` a server before
//! protocol 1.1 (events) or 1.3 (replies) did not send parses as `None`, and
//! what a client takes then is its own rule.

use serde::{Deserialize, Serialize};

use crate::time::Day;
use crate::{Sha256Digest, SubmissionId};

/// Standard padded base64 for `data` fields (PROTOCOL §1.1).
mod b64 {
    use base64::Engine;
    use base64::engine::general_purpose::STANDARD;
    use serde::{Deserialize, Deserializer, Serializer};

    pub fn serialize<S: Serializer>(data: &[u8], s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&STANDARD.encode(data))
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Vec<u8>, D::Error> {
        let text = String::deserialize(d)?;
        STANDARD.decode(text).map_err(serde::de::Error::custom)
    }
}

/// Every error response: `{"error": code, "message": text}` (PROTOCOL §15.4).
/// `error` is a stable code; `message` is for people, and clients must not
/// parse it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ErrorBody {
    /// The stable code (`offset`, `sig-replay`, `disk-full`, …).
    pub error: String,
    /// English text for people (`internal error` for any 5xx).
    #[serde(default)]
    pub message: String,
}

impl ErrorBody {
    /// An error body.
    pub fn new(error: impl Into<String>, message: impl Into<String>) -> Self {
        ErrorBody {
            error: error.into(),
            message: message.into(),
        }
    }

    /// The error body of a response, if it is one (a proxy's HTML page, an
    /// empty body or a success body is `None`).
    pub fn parse(body: &[u8]) -> Option<Self> {
        serde_json::from_slice(body).ok()
    }
}

/// One item of an inbox page (PROTOCOL §15.10, `GET /v1/inbox`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct InboxItem {
    /// The day it arrived.
    pub day: Day,
    /// Whether a delete hash was stored with it.
    pub deletable: bool,
    /// The submission id.
    pub id: SubmissionId,
    /// sha256 of its ciphertext.
    pub receipt: Sha256Digest,
    /// Its size in bytes.
    pub size: u64,
}

/// `GET /v1/inbox` (PROTOCOL §15.10): at most 100 items this member has not
/// acked, and the cursor of the next page (`null` when this page is not
/// full).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct InboxPage {
    /// Opaque to clients: sent back as `?cursor=`.
    pub cursor: Option<String>,
    /// The items, in order of arrival.
    pub items: Vec<InboxItem>,
}

/// One team event (PROTOCOL §15.10, `GET /v1/events`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct EventItem {
    /// The age file of the event bundle.
    #[serde(with = "b64")]
    pub data: Vec<u8>,
    /// The roster head when the server appended it (protocol 1.1).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub roster_seq: Option<u64>,
    /// The server's sequence number, which orders the log.
    pub seq: u64,
}

/// `GET /v1/events?after=N` (PROTOCOL §15.10): at most 100 events after N,
/// in order; an empty page is the end of the log.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct EventPage {
    /// The events.
    pub events: Vec<EventItem>,
}

/// One reply in a mailbox (PROTOCOL §15.9, `GET /v1/mailboxes/{id}`, whose
/// body is a JSON array of these: [`ReplyList`]).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct MailboxItem {
    /// The age file of the reply bundle.
    #[serde(with = "b64")]
    pub data: Vec<u8>,
    /// The day it was posted.
    pub day: Day,
    /// Its id.
    pub id: SubmissionId,
    /// The roster head when it was posted (protocol 1.3).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub roster_seq: Option<u64>,
}

/// The body of `GET /v1/mailboxes/{id}` (PROTOCOL §15.9): every reply
/// still stored, in the order posted.
pub type ReplyList = Vec<MailboxItem>;

/// One item of a mailbox's own log (PROTOCOL §15.9, `GET
/// /v1/mailboxes/{id}/own`, whose body is a JSON array of these).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct OwnItem {
    /// The age file of the `own` bundle.
    #[serde(with = "b64")]
    pub data: Vec<u8>,
    /// The day it was posted.
    pub day: Day,
    /// Its id.
    pub id: SubmissionId,
}

/// `201 {"id": …}`: a reply or own-log item stored (PROTOCOL §15.9).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Created {
    /// The new item's id.
    pub id: SubmissionId,
}

/// `{"seq": n}`: an event appended (`POST /v1/events`, 201) or a roster
/// accepted (`PUT /v1/roster`, 200) (PROTOCOL §15.10).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Seq {
    /// The event's sequence number, or the roster's.
    pub seq: u64,
}

/// `201` of `POST /v1/submissions` (PROTOCOL §15.6).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SubmissionReceipt {
    /// The submission id.
    pub id: SubmissionId,
    /// sha256 of exactly the bytes received.
    pub receipt: Sha256Digest,
    /// Their number.
    pub size: u64,
}

/// `GET /v1/pow` (PROTOCOL §15.6.1): `{"bits": 0}` when proof of work is
/// off, else the bits and a challenge.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PowChallenge {
    /// Leading zero bits required (0: off; the server allows 1 to 32, and
    /// a client refuses more).
    pub bits: u32,
    /// The challenge, when on.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub challenge: Option<String>,
}

/// The body of `POST /v1/pow` (PROTOCOL §15.6.1).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PowSolution {
    /// The challenge solved.
    pub challenge: String,
    /// The nonce that solves it.
    pub nonce: String,
}

/// `POST /v1/pow`'s answer (PROTOCOL §15.6.1).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PowToken {
    /// The upload token.
    pub token: String,
    /// Uploads it allows.
    pub uploads: u32,
}

/// The most ids one `POST /v1/acks` may carry (PROTOCOL §15.10, protocol
/// 1.4).
pub const ACK_BATCH_MAX: usize = 1000;

/// The body of `POST /v1/acks` (PROTOCOL §15.10, protocol 1.6): the items
/// this member acks, in one signed request.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AckBatch {
    /// 1 to [`ACK_BATCH_MAX`] submission ids (repeats are harmless).
    pub ids: Vec<SubmissionId>,
}

/// Why a `POST /v1/acks` body was refused (400 `acks`).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum AckBatchError {
    /// Not the JSON object of the protocol (or an id that is not 32 hex).
    #[error("the body is not {{\"ids\":[…]}} of submission ids: {0}")]
    Malformed(String),
    /// No ids, or more than [`ACK_BATCH_MAX`].
    #[error("a batch acks 1 to {ACK_BATCH_MAX} items, not {0}")]
    Count(usize),
}

impl AckBatch {
    /// Parses and bounds a request body.
    pub fn parse(body: &[u8]) -> Result<Self, AckBatchError> {
        let b: AckBatch =
            serde_json::from_slice(body).map_err(|e| AckBatchError::Malformed(e.to_string()))?;
        if b.ids.is_empty() || b.ids.len() > ACK_BATCH_MAX {
            return Err(AckBatchError::Count(b.ids.len()));
        }
        Ok(b)
    }
}

/// `200` of `POST /v1/acks` (PROTOCOL §15.10, protocol 1.6): which ids were
/// recorded as acked and which name no stored item, each in the order
/// sent.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AckOutcome {
    /// Acked (now or before).
    pub acked: Vec<SubmissionId>,
    /// No such item (never stored, or deleted or purged since).
    pub unknown: Vec<SubmissionId>,
}

#[cfg(test)]
mod tests {
    use super::*;

    use serde::de::DeserializeOwned;

    const ID: &str = "8f14e45fceea167a5a36dedd4bea2543";
    const RECEIPT: &str = "94279436ad0b223a9e8b730524d69a6576d05555309e07ea751b05abc86f1b60";

    /// `value` serializes to exactly `json` and parses back to itself.
    fn pins<T: Serialize + DeserializeOwned + PartialEq + std::fmt::Debug>(value: &T, json: &str) {
        assert_eq!(serde_json::to_string(value).unwrap(), json);
        assert_eq!(&serde_json::from_str::<T>(json).unwrap(), value);
    }

    fn day() -> Day {
        "2026-11-24".parse().unwrap()
    }

    #[test]
    fn error_body_is_exactly_error_and_message() {
        pins(
            &ErrorBody::new("offset", "Upload-Offset is 13388608, not 16777216"),
            r#"{"error":"offset","message":"Upload-Offset is 13388608, not 16777216"}"#,
        );
        assert_eq!(ErrorBody::parse(b"<html>bad gateway</html>"), None);
        assert_eq!(
            ErrorBody::parse(br#"{"error":"not-found"}"#),
            Some(ErrorBody::new("not-found", "")),
            "a body without a message still names its code"
        );
    }

    #[test]
    fn inbox_page_has_the_protocol_s_fields_and_a_null_cursor_on_the_last_page() {
        let item = InboxItem {
            day: day(),
            deletable: true,
            id: ID.parse().unwrap(),
            receipt: RECEIPT.parse().unwrap(),
            size: 66090,
        };
        pins(
            &InboxPage {
                cursor: Some(ID.into()),
                items: vec![item.clone()],
            },
            &format!(
                r#"{{"cursor":"{ID}","items":[{{"day":"2026-11-24","deletable":true,"id":"{ID}","receipt":"{RECEIPT}","size":66090}}]}}"#
            ),
        );
        pins(
            &InboxPage {
                cursor: None,
                items: vec![],
            },
            r#"{"cursor":null,"items":[]}"#,
        );
        let bad_id = format!(
            r#"{{"cursor":null,"items":[{{"day":"2026-11-24","deletable":true,"id":"../x","receipt":"{RECEIPT}","size":1}}]}}"#
        );
        assert!(serde_json::from_str::<InboxPage>(&bad_id).is_err());
    }

    #[test]
    fn event_page_carries_data_in_padded_base64_and_the_roster_seq() {
        pins(
            &EventPage {
                events: vec![EventItem {
                    data: b"age".to_vec(),
                    roster_seq: Some(2),
                    seq: 7,
                }],
            },
            r#"{"events":[{"data":"YWdl","roster_seq":2,"seq":7}]}"#,
        );
        // From a server before protocol 1.1.
        let old: EventPage =
            serde_json::from_str(r#"{"events":[{"data":"YQ==","seq":1}]}"#).unwrap();
        assert_eq!(old.events[0].roster_seq, None);
        assert_eq!(old.events[0].data, b"a");
        assert!(serde_json::from_str::<EventPage>(r#"{"events":[{"data":"*","seq":1}]}"#).is_err());
    }

    #[test]
    fn reply_list_is_an_array_of_mailbox_items() {
        let list: ReplyList = vec![MailboxItem {
            data: b"age".to_vec(),
            day: day(),
            id: ID.parse().unwrap(),
            roster_seq: Some(1),
        }];
        pins(
            &list,
            &format!(r#"[{{"data":"YWdl","day":"2026-11-24","id":"{ID}","roster_seq":1}}]"#),
        );
        pins(&ReplyList::new(), "[]");
        let old: ReplyList = serde_json::from_str(&format!(
            r#"[{{"data":"","day":"2026-11-24","id":"{ID}"}}]"#
        ))
        .unwrap();
        assert_eq!(old[0].roster_seq, None, "a reply stored before 1.3");
    }

    #[test]
    fn own_log_items_are_data_day_and_id() {
        pins(
            &vec![OwnItem {
                data: b"age".to_vec(),
                day: day(),
                id: ID.parse().unwrap(),
            }],
            &format!(r#"[{{"data":"YWdl","day":"2026-11-24","id":"{ID}"}}]"#),
        );
    }

    #[test]
    fn small_answers_have_their_one_or_two_fields() {
        pins(
            &Created {
                id: ID.parse().unwrap(),
            },
            &format!(r#"{{"id":"{ID}"}}"#),
        );
        pins(&Seq { seq: 3 }, r#"{"seq":3}"#);
        pins(
            &SubmissionReceipt {
                id: ID.parse().unwrap(),
                receipt: RECEIPT.parse().unwrap(),
                size: 66090,
            },
            &format!(r#"{{"id":"{ID}","receipt":"{RECEIPT}","size":66090}}"#),
        );
        pins(
            &PowChallenge {
                bits: 0,
                challenge: None,
            },
            r#"{"bits":0}"#,
        );
        pins(
            &PowChallenge {
                bits: 12,
                challenge: Some("Yw".into()),
            },
            r#"{"bits":12,"challenge":"Yw"}"#,
        );
        pins(
            &PowSolution {
                challenge: "Yw".into(),
                nonce: "17".into(),
            },
            r#"{"challenge":"Yw","nonce":"17"}"#,
        );
        pins(
            &PowToken {
                token: "dA".into(),
                uploads: 3,
            },
            r#"{"token":"dA","uploads":3}"#,
        );
    }

    #[test]
    fn an_ack_batch_is_exactly_its_ids_and_is_bounded() {
        let id: SubmissionId = ID.parse().unwrap();
        pins(
            &AckBatch { ids: vec![id] },
            &format!(r#"{{"ids":["{ID}"]}}"#),
        );
        pins(
            &AckOutcome {
                acked: vec![id],
                unknown: vec![],
            },
            &format!(r#"{{"acked":["{ID}"],"unknown":[]}}"#),
        );
        assert_eq!(
            AckBatch::parse(format!(r#"{{"ids":["{ID}","{ID}"]}}"#).as_bytes()),
            Ok(AckBatch { ids: vec![id, id] })
        );
        assert_eq!(
            AckBatch::parse(br#"{"ids":[]}"#),
            Err(AckBatchError::Count(0))
        );
        let many = format!(
            r#"{{"ids":[{}]}}"#,
            vec![format!("\"{ID}\""); ACK_BATCH_MAX + 1].join(",")
        );
        assert_eq!(
            AckBatch::parse(many.as_bytes()),
            Err(AckBatchError::Count(ACK_BATCH_MAX + 1))
        );
        for bad in [
            r#"{"ids":["../x"]}"#.to_owned(),
            format!(r#"{{"ids":["{ID}"],"more":1}}"#),
            r#"["x"]"#.to_owned(),
            String::new(),
        ] {
            assert!(
                matches!(
                    AckBatch::parse(bad.as_bytes()),
                    Err(AckBatchError::Malformed(_))
                ),
                "{bad}"
            );
        }
    }
}
