//! The `state` a snapshot event carries (PROTOCOL "Team events"): the
//! case's annotations and, in a grant, the case itself, under a version
//! number. A reader refuses, with an alert, a state it cannot read (an
//! unknown version, a field it does not know, a malformed grant) instead
//! of folding one it misread: a snapshot replaces the whole state, so a
//! field dropped on the way would silently differ from member to member.

use serde::{Deserialize, Serialize};
use serde_json::Value;

use dropbox_crypto::bundle::{Header, Kind};

use crate::domain::case::{Annotations, Followup};
use crate::domain::ingest::{case_id_of, thread_binding};

/// The version this reviewer writes and reads. A state without `v` was
/// written before versions existed, in the shape of version 1.
pub const SNAPSHOT_VERSION: u64 = 1;

/// Why a snapshot's state (or the grant in it) cannot be used.
#[derive(Debug, thiserror::Error)]
pub enum SnapshotError {
    /// Not a JSON object.
    #[error("its state is not a JSON object")]
    NotAnObject,
    /// A version this reviewer does not read.
    #[error("its state has version {0}; this reviewer reads version 1 (upgrade it)")]
    Version(String),
    /// The annotations do not parse (a missing or unknown field, a bad
    /// value).
    #[error("its state is malformed: {0}")]
    State(serde_json::Error),
    /// The grant does not parse.
    #[error("its grant is malformed: {0}")]
    Grant(serde_json::Error),
    /// The grant's case id is not the one its report's delete token makes.
    #[error("a grant whose case id is not its report's")]
    GrantCase,
    /// The grant's report is not a report, or its thread is not its reply
    /// keys'.
    #[error("a grant whose report is malformed: {0}")]
    GrantReport(String),
}

/// A grant, version 1: the case as the granting member holds it, so a
/// member who joined (or was restored) after the report gets it. Its
/// attachments travel as the event bundle's, in the case's order.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct GrantV1 {
    /// The first report's bundle header (a contact the team redacted
    /// removed; attachments left out when too large to carry).
    pub report: Header,
    /// sha256 of the report's ciphertext.
    pub receipt: String,
    /// The reporter's follow-ups.
    pub followups: Vec<Followup>,
}

impl GrantV1 {
    /// Whether this grant may be filed as case `case_id`: the id must be
    /// the one its report's delete token makes (a grant cannot plant a
    /// report under another case's id), and the report must be a report
    /// bound to its own thread.
    pub fn check(&self, case_id: &str) -> Result<(), SnapshotError> {
        if case_id_of(&self.report.delete_token).to_string() != case_id {
            return Err(SnapshotError::GrantCase);
        }
        if self.report.kind != Kind::Report {
            return Err(SnapshotError::GrantReport(format!(
                "a {:?} header",
                self.report.kind
            )));
        }
        thread_binding(&self.report).map_err(SnapshotError::GrantReport)
    }
}

/// A snapshot's state, version 1: the annotations (their fields at the
/// top level, as before versions existed), `v`, and a grant when the
/// snapshot grants the case.
#[derive(Debug, Clone)]
pub struct SnapshotState {
    /// The case's annotations as the author folded them.
    pub annotations: Annotations,
    /// The case itself, when this snapshot is a grant.
    pub grant: Option<GrantV1>,
}

impl SnapshotState {
    /// Reads a snapshot's state: version 1, or no version (today's
    /// clients before versions, the same shape). Unknown fields are
    /// refused, not dropped: a later shape comes with a later version.
    pub fn parse(state: &Value) -> Result<Self, SnapshotError> {
        let Value::Object(map) = state else {
            return Err(SnapshotError::NotAnObject);
        };
        let mut map = map.clone();
        match map.remove("v") {
            None => {}
            Some(v) if v.as_u64() == Some(SNAPSHOT_VERSION) => {}
            Some(v) => return Err(SnapshotError::Version(v.to_string())),
        }
        let grant = map
            .remove("grant")
            .map(serde_json::from_value::<GrantV1>)
            .transpose()
            .map_err(SnapshotError::Grant)?;
        let annotations =
            serde_json::from_value(Value::Object(map)).map_err(SnapshotError::State)?;
        Ok(SnapshotState { annotations, grant })
    }

    /// The state as it travels: the annotations' fields, `v`, and the
    /// grant if any (JCS-safe: integers only, no `null`).
    pub fn to_value(&self) -> Result<Value, serde_json::Error> {
        let mut map = match serde_json::to_value(&self.annotations)? {
            Value::Object(m) => m,
            other => {
                return Err(serde::ser::Error::custom(format!(
                    "annotations serialised as {other}, not an object"
                )));
            }
        };
        map.insert("v".into(), SNAPSHOT_VERSION.into());
        if let Some(g) = &self.grant {
            map.insert("grant".into(), serde_json::to_value(g)?);
        }
        Ok(Value::Object(map))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    use dropbox_crypto::messages::{Status, Tlp};
    use dropbox_crypto::time::Day;

    fn day() -> Day {
        Day::new(2026, 11, 24).unwrap()
    }

    fn annotations() -> Annotations {
        Annotations {
            status: Status::Triaged,
            tlp: Tlp::Red,
            ..Default::default()
        }
    }

    fn report() -> Header {
        Header::new(Kind::Report, day(), 1, vec!["alice".parse().unwrap()])
    }

    #[test]
    fn a_state_without_a_version_is_read_as_version_1() {
        // What clients wrote before versions: the annotations' fields.
        let old = serde_json::to_value(annotations()).unwrap();
        assert!(old.get("v").is_none());
        let s = SnapshotState::parse(&old).unwrap();
        assert_eq!(s.annotations, annotations());
        assert!(s.grant.is_none());
        // A grant then: the same, with `grant` beside them.
        let mut old_grant = old.clone();
        old_grant["grant"] = serde_json::json!({
            "report": report(), "receipt": "r", "followups": []
        });
        let s = SnapshotState::parse(&old_grant).unwrap();
        assert_eq!(s.grant.unwrap().receipt, "r");
    }

    #[test]
    fn a_written_state_says_version_1_and_reads_back() {
        let r = report();
        let g = GrantV1 {
            report: r.clone(),
            receipt: "r".into(),
            followups: vec![],
        };
        let s = SnapshotState {
            annotations: annotations(),
            grant: Some(g),
        };
        let v = s.to_value().unwrap();
        assert_eq!(v["v"], 1);
        assert!(!v.to_string().contains("null"), "JCS forbids null: {v}");
        // A reader from before versions parsed the state as its
        // annotations, ignoring fields it did not know (`v`, `grant`), and
        // took a `grant` key for a grant: it still reads this one.
        #[derive(Deserialize)]
        struct BeforeVersions {
            status: Status,
            tlp: Tlp,
        }
        let before: BeforeVersions = serde_json::from_value(v.clone()).unwrap();
        assert_eq!((before.status, before.tlp), (Status::Triaged, Tlp::Red));
        assert!(v.get("grant").is_some());
        let back = SnapshotState::parse(&v).unwrap();
        assert_eq!(back.annotations, annotations());
        assert_eq!(back.grant.unwrap().report, r);
    }

    #[test]
    fn what_does_not_parse_is_refused_not_ignored() {
        let good = SnapshotState {
            annotations: annotations(),
            grant: None,
        }
        .to_value()
        .unwrap();
        let with = |k: &str, v: Value| {
            let mut s = good.clone();
            s[k] = v;
            s
        };
        let err = |v: &Value| SnapshotState::parse(v).unwrap_err();
        assert!(matches!(
            err(&serde_json::json!([1])),
            SnapshotError::NotAnObject
        ));
        assert!(matches!(
            err(&with("v", 2.into())),
            SnapshotError::Version(_)
        ));
        assert!(matches!(
            err(&with("v", "1".into())),
            SnapshotError::Version(_)
        ));
        assert!(matches!(
            err(&with("status", "lost".into())),
            SnapshotError::State(_)
        ));
        // A field version 1 does not define: a later shape, not ours.
        assert!(matches!(
            err(&with("tags", serde_json::json!(["x"]))),
            SnapshotError::State(_)
        ));
        let mut no_status = good.clone();
        no_status.as_object_mut().unwrap().remove("status");
        assert!(matches!(err(&no_status), SnapshotError::State(_)));
        assert!(matches!(
            err(&with("grant", serde_json::json!({"report": 1}))),
            SnapshotError::Grant(_)
        ));
        assert!(matches!(
            err(&with(
                "grant",
                serde_json::json!({"report": report(), "receipt": "r", "followups": [], "extra": 1})
            )),
            SnapshotError::Grant(_)
        ));
    }

    #[test]
    fn a_grant_must_be_its_own_reports_case() {
        let g = GrantV1 {
            report: report(),
            receipt: "r".into(),
            followups: vec![],
        };
        let id = case_id_of(&g.report.delete_token).to_string();
        g.check(&id).unwrap();
        assert!(matches!(
            g.check(&"0".repeat(32)),
            Err(SnapshotError::GrantCase)
        ));
        let mut not_report = g.clone();
        not_report.report.kind = Kind::Followup;
        assert!(matches!(
            not_report.check(&id),
            Err(SnapshotError::GrantReport(_))
        ));
        let mut threadless = g;
        threadless.report.thread = Some(dropbox_crypto::Sha256Digest::of(b"x"));
        assert!(matches!(
            threadless.check(&id),
            Err(SnapshotError::GrantReport(_))
        ));
    }
}
