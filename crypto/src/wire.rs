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

/// Ids one `POST /v1/fetch` may ask for (PROTOCOL §15.10, protocol 1.11).
pub const FETCH_MAX: usize = 256;
/// What the items one `POST /v1/fetch` asks for may weigh together.
pub const FETCH_MAX_BYTES: u64 = 16 << 20;
/// The longest record line of a `POST /v1/fetch` response, its line feed
/// included.
pub const FETCH_LINE_MAX: usize = 256;

/// The body of `POST /v1/fetch` (PROTOCOL §15.10, protocol 1.11): the
/// items this member downloads in one signed request.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FetchBatch {
    /// 1 to [`FETCH_MAX`] submission ids.
    pub ids: Vec<SubmissionId>,
}

/// Why a `POST /v1/fetch` body was refused (400 `fetch`).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum FetchBatchError {
    /// Not the JSON object of the protocol (or an id that is not 32 hex).
    #[error("the body is not {{\"ids\":[…]}} of submission ids: {0}")]
    Malformed(String),
    /// No ids, or more than [`FETCH_MAX`].
    #[error("a fetch asks for 1 to {FETCH_MAX} items, not {0}")]
    Count(usize),
}

impl FetchBatch {
    /// Parses and bounds a request body.
    pub fn parse(body: &[u8]) -> Result<Self, FetchBatchError> {
        let b: FetchBatch =
            serde_json::from_slice(body).map_err(|e| FetchBatchError::Malformed(e.to_string()))?;
        if b.ids.is_empty() || b.ids.len() > FETCH_MAX {
            return Err(FetchBatchError::Count(b.ids.len()));
        }
        Ok(b)
    }
}

/// The line that starts each record of a `POST /v1/fetch` response: the
/// item's id, and its receipt and size, or `null` and 0 for an id that
/// names no stored item.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FetchRecord {
    /// The id asked for.
    pub id: SubmissionId,
    /// The stored item's receipt; `None`: not stored.
    pub receipt: Option<Sha256Digest>,
    /// How many bytes of ciphertext follow the line.
    pub size: u64,
}

impl FetchRecord {
    /// The record's line, as the server sends it: the JSON and a line feed.
    pub fn line(&self) -> Vec<u8> {
        let mut v = serde_json::to_vec(self).unwrap_or_default();
        v.push(b'\n');
        v
    }
}

/// One item of a `POST /v1/fetch` response as [`FetchedItems::parse`]
/// read it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FetchedItem<'a> {
    /// The id asked for.
    pub id: SubmissionId,
    /// The stored item: its receipt, and its ciphertext, which hashes to
    /// it; `None`: the drop box has no such item.
    pub stored: Option<(Sha256Digest, &'a [u8])>,
}

/// A `POST /v1/fetch` response, read and checked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FetchedItems<'a>(pub Vec<FetchedItem<'a>>);

/// Why a `POST /v1/fetch` response was refused: nothing of it is used.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum FetchedError {
    /// Record `n` (from 0) has no line feed within [`FETCH_LINE_MAX`]
    /// bytes, or the response ends before it.
    #[error("record {0} of the response has no line of at most {FETCH_LINE_MAX} bytes")]
    Line(usize),
    /// Record `n`'s line is not the protocol's JSON, exactly.
    #[error(
        "record {0} of the response is not {{\"id\",\"receipt\",\"size\"}} as the protocol writes it"
    )]
    Malformed(usize),
    /// Record `n` names another item than the one asked for in its place.
    #[error("record {0} of the response is for {1}, not an item asked for in that place")]
    WrongId(usize, SubmissionId),
    /// A record without a receipt says bytes follow.
    #[error("the response says {0} is not stored, yet sends its bytes")]
    Unstored(SubmissionId),
    /// The response ends inside an item's ciphertext.
    #[error("the response is cut short in {0}")]
    Cut(SubmissionId),
    /// An item's ciphertext does not hash to its receipt.
    #[error("{0} in the response does not match its receipt")]
    Receipt(SubmissionId),
    /// Bytes after the last record.
    #[error("the response goes on after its last record")]
    Trailing,
}

impl<'a> FetchedItems<'a> {
    /// Reads a `POST /v1/fetch` response to a request for `asked`: one
    /// record per id, in order, each ciphertext checked against the
    /// record's receipt, nothing after the last. The caller still checks
    /// each receipt against the one it expects.
    pub fn parse(body: &'a [u8], asked: &[SubmissionId]) -> Result<Self, FetchedError> {
        let mut rest = body;
        let mut items = Vec::with_capacity(asked.len());
        for (n, want) in asked.iter().enumerate() {
            let end = rest
                .iter()
                .take(FETCH_LINE_MAX)
                .position(|b| *b == b'\n')
                .ok_or(FetchedError::Line(n))?;
            let line = &rest[..=end];
            let rec: FetchRecord =
                serde_json::from_slice(&line[..end]).map_err(|_| FetchedError::Malformed(n))?;
            // Only the protocol's own spelling: no spaces, no other order,
            // no escapes, so one response has one reading.
            if rec.line() != line {
                return Err(FetchedError::Malformed(n));
            }
            if rec.id != *want {
                return Err(FetchedError::WrongId(n, rec.id));
            }
            rest = &rest[end + 1..];
            let stored = match rec.receipt {
                None if rec.size != 0 => return Err(FetchedError::Unstored(rec.id)),
                None => None,
                Some(receipt) => {
                    let size = usize::try_from(rec.size)
                        .ok()
                        .filter(|s| *s <= rest.len())
                        .ok_or(FetchedError::Cut(rec.id))?;
                    let (data, after) = rest.split_at(size);
                    if Sha256Digest::of(data) != receipt {
                        return Err(FetchedError::Receipt(rec.id));
                    }
                    rest = after;
                    Some((receipt, data))
                }
            };
            items.push(FetchedItem { id: rec.id, stored });
        }
        if !rest.is_empty() {
            return Err(FetchedError::Trailing);
        }
        Ok(FetchedItems(items))
    }
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

    /// A fetch response of `items` as the server writes it.
    fn fetched(items: &[(SubmissionId, Option<&[u8]>)]) -> Vec<u8> {
        let mut out = Vec::new();
        for (id, data) in items {
            let rec = FetchRecord {
                id: *id,
                receipt: data.map(Sha256Digest::of),
                size: data.map_or(0, |d| d.len() as u64),
            };
            out.extend(rec.line());
            out.extend(data.unwrap_or_default());
        }
        out
    }

    #[test]
    fn a_fetch_batch_is_exactly_its_ids_and_is_bounded() {
        let id: SubmissionId = ID.parse().unwrap();
        pins(
            &FetchBatch { ids: vec![id] },
            &format!(r#"{{"ids":["{ID}"]}}"#),
        );
        assert_eq!(
            FetchBatch::parse(br#"{"ids":[]}"#),
            Err(FetchBatchError::Count(0))
        );
        let many = format!(
            r#"{{"ids":[{}]}}"#,
            vec![format!("\"{ID}\""); FETCH_MAX + 1].join(",")
        );
        assert_eq!(
            FetchBatch::parse(many.as_bytes()),
            Err(FetchBatchError::Count(FETCH_MAX + 1))
        );
        assert!(matches!(
            FetchBatch::parse(format!(r#"{{"ids":["{ID}"],"x":1}}"#).as_bytes()),
            Err(FetchBatchError::Malformed(_))
        ));
        pins(
            &FetchRecord {
                id,
                receipt: Some(RECEIPT.parse().unwrap()),
                size: 3,
            },
            &format!(r#"{{"id":"{ID}","receipt":"{RECEIPT}","size":3}}"#),
        );
        pins(
            &FetchRecord {
                id,
                receipt: None,
                size: 0,
            },
            &format!(r#"{{"id":"{ID}","receipt":null,"size":0}}"#),
        );
    }

    #[test]
    fn a_fetch_response_reads_back_its_items_in_the_order_asked() {
        let a: SubmissionId = ID.parse().unwrap();
        let b = SubmissionId::random();
        let c = SubmissionId::random();
        let body = fetched(&[(a, Some(b"first")), (b, None), (c, Some(b""))]);
        let got = FetchedItems::parse(&body, &[a, b, c]).unwrap().0;
        assert_eq!(got.len(), 3);
        assert_eq!(got[0].id, a);
        assert_eq!(
            got[0].stored,
            Some((Sha256Digest::of(b"first"), &b"first"[..]))
        );
        assert_eq!(
            got[1],
            FetchedItem {
                id: b,
                stored: None
            }
        );
        assert_eq!(got[2].stored.map(|s| s.1), Some(&b""[..]));
        // A repeated id gets a record each time.
        let body = fetched(&[(a, Some(b"x")), (a, Some(b"x"))]);
        assert_eq!(FetchedItems::parse(&body, &[a, a]).unwrap().0.len(), 2);
    }

    #[test]
    fn a_fetch_response_that_is_not_exactly_the_protocol_s_is_refused_whole() {
        let a: SubmissionId = ID.parse().unwrap();
        let b = SubmissionId::random();
        let good = fetched(&[(a, Some(b"first")), (b, Some(b"second"))]);
        let asked = [a, b];
        assert!(FetchedItems::parse(&good, &asked).is_ok());
        // Every cut is refused, at every length.
        for n in 0..good.len() {
            assert!(
                FetchedItems::parse(&good[..n], &asked).is_err(),
                "cut at {n}"
            );
        }
        let mut more = good.clone();
        more.push(b'\n');
        assert_eq!(
            FetchedItems::parse(&more, &asked),
            Err(FetchedError::Trailing)
        );
        // Other items, or the right ones in another order.
        assert_eq!(
            FetchedItems::parse(&good, &[b, a]),
            Err(FetchedError::WrongId(0, a))
        );
        assert_eq!(
            FetchedItems::parse(&good, &[a]),
            Err(FetchedError::Trailing)
        );
        // A flipped byte of a ciphertext.
        let mut bad = good.clone();
        let at = good.iter().position(|x| *x == b'\n').unwrap() + 2;
        bad[at] ^= 1;
        assert_eq!(
            FetchedItems::parse(&bad, &asked),
            Err(FetchedError::Receipt(a))
        );
        // The same JSON spelled otherwise, an unknown key, a line too long.
        let text = String::from_utf8(good.clone()).unwrap();
        for other in [
            text.replacen(r#"{"id""#, r#"{ "id""#, 1),
            text.replacen(r#""size":5"#, r#""size":5,"x":1"#, 1),
            text.replacen(r#"{"id":"#, &format!(r#"{{"id":{}"#, " ".repeat(300)), 1),
        ] {
            assert!(
                matches!(
                    FetchedItems::parse(other.as_bytes(), &asked),
                    Err(FetchedError::Malformed(0) | FetchedError::Line(0))
                ),
                "{other}"
            );
        }
        // Not stored, yet with bytes.
        let lie = format!("{{\"id\":\"{ID}\",\"receipt\":null,\"size\":1}}\nx");
        assert_eq!(
            FetchedItems::parse(lie.as_bytes(), &[a]),
            Err(FetchedError::Unstored(a))
        );
        // A size past the end, however large.
        let huge = format!(
            "{{\"id\":\"{ID}\",\"receipt\":\"{RECEIPT}\",\"size\":{}}}\n",
            u64::MAX
        );
        assert_eq!(
            FetchedItems::parse(huge.as_bytes(), &[a]),
            Err(FetchedError::Cut(a))
        );
    }
}
