//! dropbox-server's integration tests, in-process: the router driven with
//! `oneshot`, the real SQLite store and files on disk, and an injected
//! clock so retention can be tested through the same durable delete path
//! the daily task uses.

use std::sync::Arc;
use std::sync::atomic::{AtomicI64, Ordering};

use axum::body::Body;
use axum::http::{Request, StatusCode};
use tower::ServiceExt;

use dropbox_crypto::envelope::{self, Slot};
use dropbox_crypto::keys::{AgeIdentity, SignSecretKey};
use dropbox_crypto::roster::{Member, Policy, Role, Roster};
use dropbox_crypto::time::{Day, UnixTime};
use dropbox_server::state::{AppState, Clock, Config};
use dropbox_server::{commands, retention};

struct Fixture {
    dir: std::path::PathBuf,
    members: Vec<(String, AgeIdentity)>,
}

impl Drop for Fixture {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}

fn fixture(tag: &str) -> Fixture {
    let dir = std::env::temp_dir().join(format!(
        "dropbox-server-{tag}-{}",
        dropbox_crypto::SubmissionId::random()
    ));
    std::fs::create_dir_all(&dir).unwrap();
    let ids = ["alice", "bob"];
    let signs: Vec<SignSecretKey> = (0..2)
        .map(|i| SignSecretKey::from_seed(&[i + 1; 32]))
        .collect();
    let ages: Vec<AgeIdentity> = (0..2)
        .map(|i| AgeIdentity::from_secret_bytes(&[i + 10; 32]))
        .collect();
    let members = ids
        .iter()
        .zip(&signs)
        .zip(&ages)
        .map(|((id, s), a)| Member {
            id: id.parse().unwrap(),
            name: id.to_uppercase(),
            roles: vec![Role::Admin, Role::Reviewer],
            age: a.recipient(),
            sign: s.public(),
            transport: None,
        })
        .collect();
    let r = Roster::first(
        "T",
        members,
        vec!["https://x.example".into()],
        UnixTime::now().day().add_days(80),
        Policy::default(),
    );
    let a = "alice".parse().unwrap();
    let b = "bob".parse().unwrap();
    let env = r.sign(&[(&a, &signs[0]), (&b, &signs[1])]);
    std::fs::write(dir.join("roster.json"), env.to_json()).unwrap();
    commands::init(&dir.join("data"), &dir.join("roster.json"), UnixTime::now()).unwrap();
    Fixture {
        dir,
        members: ids.iter().map(|s| s.to_string()).zip(ages).collect(),
    }
}

fn clock_at(day: &Arc<AtomicI64>) -> Clock {
    let day = day.clone();
    Arc::new(move || UnixTime(day.load(Ordering::SeqCst) * 86_400 + 43_200))
}

async fn submit(state: &dropbox_server::state::Shared, to: &AgeIdentity) -> String {
    let ct =
        envelope::encrypt_vec(vec![Slot::Real(to.recipient()), Slot::Decoy], b"bundle").unwrap();
    let resp = dropbox_server::app(state.clone())
        .oneshot(
            Request::post("/v1/submissions")
                .body(Body::from(ct))
                .unwrap(),
        )
        .await
        .unwrap();
    assert_eq!(resp.status(), StatusCode::CREATED);
    let body = axum::body::to_bytes(resp.into_body(), 1 << 20)
        .await
        .unwrap();
    let v: serde_json::Value = serde_json::from_slice(&body).unwrap();
    v["id"].as_str().unwrap().to_owned()
}

#[tokio::test]
async fn retention_purges_by_the_rules_through_the_durable_delete_path() {
    let f = fixture("retention");
    let start: Day = UnixTime::now().day();
    let today = Arc::new(AtomicI64::new(start.days_since_epoch()));
    let state = AppState::open(Config::new(f.dir.join("data")), clock_at(&today)).unwrap();
    let all = submit(&state, &f.members[0].1).await;
    let one = submit(&state, &f.members[0].1).await;
    let none = submit(&state, &f.members[0].1).await;
    let (a, b) = (all.clone(), one.clone());
    state
        .db(move |s| {
            s.ack(&a, "alice", start)?;
            s.ack(&a, "bob", start.add_days(1))?;
            s.ack(&b, "alice", start)?;
            Ok(())
        })
        .await
        .unwrap();
    let exists = |id: &str| f.dir.join("data/blobs").join(id).exists();
    // Day +7: nothing yet (bob acked "all" on day +1).
    let p = retention::purge(&state, start.add_days(7)).await.unwrap();
    assert_eq!(p.submissions, 0);
    // Day +8: every member acked "all" 7 days ago.
    let p = retention::purge(&state, start.add_days(8)).await.unwrap();
    assert_eq!(p.submissions, 1);
    assert!(!exists(&all) && exists(&one) && exists(&none));
    // Day +30: "one" was first acked 30 days ago.
    retention::purge(&state, start.add_days(30)).await.unwrap();
    assert!(!exists(&one) && exists(&none));
    // Day +60: nobody ever acked "none".
    retention::purge(&state, start.add_days(59)).await.unwrap();
    assert!(exists(&none));
    retention::purge(&state, start.add_days(60)).await.unwrap();
    assert!(!exists(&none));
    let rows = state.db(|s| s.submission_ids()).await.unwrap();
    assert!(rows.is_empty());
}

#[tokio::test]
async fn a_corrupt_database_is_refused_with_a_clear_message() {
    let f = fixture("corrupt");
    let db = f.dir.join("data/dropbox.sqlite3");
    let mut bytes = std::fs::read(&db).unwrap();
    for b in bytes.iter_mut().skip(100).take(4000) {
        *b = 0xA5;
    }
    std::fs::write(&db, bytes).unwrap();
    let err = AppState::open(Config::new(f.dir.join("data")), Arc::new(UnixTime::now))
        .err()
        .expect("a corrupt database must not open");
    let msg = err.to_string();
    assert!(msg.contains("database"), "{msg}");
}

#[tokio::test]
async fn uninitialised_directories_say_what_to_run() {
    let dir = std::env::temp_dir().join(format!(
        "dropbox-server-empty-{}",
        dropbox_crypto::SubmissionId::random()
    ));
    std::fs::create_dir_all(&dir).unwrap();
    let err = AppState::open(Config::new(dir.clone()), Arc::new(UnixTime::now))
        .err()
        .unwrap();
    assert!(err.to_string().contains("dropbox-server init"), "{err}");
    assert!(
        !dir.join("dropbox.sqlite3").exists(),
        "serve must not create a database that init then refuses"
    );
    let _ = std::fs::remove_dir_all(dir);
}

#[tokio::test]
async fn the_nojs_form_is_off_by_default_and_encrypts_to_every_member() {
    let f = fixture("nojs");
    let off = AppState::open(Config::new(f.dir.join("data")), Arc::new(UnixTime::now)).unwrap();
    let resp = dropbox_server::app(off.clone())
        .oneshot(Request::get("/nojs").body(Body::empty()).unwrap())
        .await
        .unwrap();
    assert_eq!(resp.status(), StatusCode::NOT_FOUND);
    drop(off);

    let mut cfg = Config::new(f.dir.join("data"));
    cfg.nojs_form = true;
    let state = AppState::open(cfg, Arc::new(UnixTime::now)).unwrap();
    let page = dropbox_server::app(state.clone())
        .oneshot(Request::get("/nojs").body(Body::empty()).unwrap())
        .await
        .unwrap();
    assert_eq!(page.status(), StatusCode::OK);
    let html = axum::body::to_bytes(page.into_body(), 1 << 20)
        .await
        .unwrap();
    assert!(String::from_utf8_lossy(&html).contains("the server operator could read"));
    let resp = dropbox_server::app(state.clone())
        .oneshot(
            Request::post("/nojs")
                .header("content-type", "application/x-www-form-urlencoded")
                .body(Body::from(
                    "title=Hello&body=Something+happened&category=other",
                ))
                .unwrap(),
        )
        .await
        .unwrap();
    assert_eq!(resp.status(), StatusCode::CREATED);
    let ids = state.db(|s| s.submission_ids()).await.unwrap();
    assert_eq!(ids.len(), 1);
    let ct = std::fs::read(f.dir.join("data/blobs").join(&ids[0])).unwrap();
    for (_, id) in &f.members {
        let plain = envelope::decrypt_vec(&ct, &[id]).unwrap();
        let d = dropbox_crypto::bundle::decode_slice(&plain, 0).unwrap();
        assert_eq!(d.header.via, dropbox_crypto::bundle::Via::Server);
        assert_eq!(d.header.body.as_deref(), Some("Something happened"));
    }
    let big = format!("body={}", "a".repeat(70_000));
    let resp = dropbox_server::app(state.clone())
        .oneshot(
            Request::post("/nojs")
                .header("content-type", "application/x-www-form-urlencoded")
                .body(Body::from(big))
                .unwrap(),
        )
        .await
        .unwrap();
    assert_eq!(resp.status(), StatusCode::PAYLOAD_TOO_LARGE);
    assert_eq!(state.db(|s| s.submission_ids()).await.unwrap().len(), 1);
}

/// The form and its answers in the page's languages: the `?lang=` link
/// first, then `Accept-Language`, else English; right to left for Arabic
/// and Persian; refusals are pages a person can read, in the same
/// language, with the way back; nothing is stored for a refusal.
#[tokio::test]
async fn the_nojs_form_speaks_the_reporters_language() {
    let f = fixture("nojs-l10n");
    let mut cfg = Config::new(f.dir.join("data"));
    cfg.nojs_form = true;
    let state = AppState::open(cfg, Arc::new(UnixTime::now)).unwrap();
    let get = |uri: &str, accept: Option<&str>| {
        let mut r = Request::get(uri);
        if let Some(a) = accept {
            r = r.header("accept-language", a);
        }
        let state = state.clone();
        let r = r.body(Body::empty()).unwrap();
        async move {
            let resp = dropbox_server::app(state).oneshot(r).await.unwrap();
            let status = resp.status();
            let lang = resp.headers()["content-language"]
                .to_str()
                .unwrap()
                .to_owned();
            let body = axum::body::to_bytes(resp.into_body(), 1 << 20)
                .await
                .unwrap();
            (status, lang, String::from_utf8(body.to_vec()).unwrap())
        }
    };
    let (status, lang, en) = get("/nojs", None).await;
    assert_eq!((status, lang.as_str()), (StatusCode::OK, "en"));
    assert!(en.contains("<html lang=\"en\" dir=\"ltr\">"), "{en}");
    assert!(en.contains("the server operator could read"), "{en}");
    // Every other language is one link away (Tor Browser sends one
    // Accept-Language for everyone).
    for code in [
        "ar", "de", "es", "fa", "fr", "pt", "ru", "tr", "uk", "zh-CN",
    ] {
        assert!(
            en.contains(&format!("href=\"/nojs?lang={code}\"")),
            "{code}"
        );
    }
    let (_, lang, de) = get("/nojs?lang=de", Some("fr")).await;
    assert_eq!(lang, "de");
    assert!(de.contains("Der Serverbetreiber könnte lesen"), "{de}");
    assert!(de.contains("action=\"/nojs?lang=de\""), "{de}");
    assert!(!de.contains("the server operator could read"), "{de}");
    let (_, lang, fr) = get("/nojs", Some("nl;q=0.9, fr-CA;q=0.8")).await;
    assert_eq!(lang, "fr");
    assert!(fr.contains("l’opérateur du serveur pourrait lire"), "{fr}");
    let (_, lang, ar) = get("/nojs", Some("ar-EG")).await;
    assert_eq!(lang, "ar");
    assert!(ar.contains("<html lang=\"ar\" dir=\"rtl\">"), "{ar}");
    let (_, lang, fa) = get("/nojs?lang=fa", None).await;
    assert_eq!(lang, "fa");
    assert!(fa.contains("dir=\"rtl\""), "{fa}");
    let (_, lang, _) = get("/nojs?lang=xx", Some("tlh")).await;
    assert_eq!(lang, "en");

    let post = |uri: &str, form: String| {
        let state = state.clone();
        let r = Request::post(uri)
            .header("content-type", "application/x-www-form-urlencoded")
            .body(Body::from(form))
            .unwrap();
        async move {
            let resp = dropbox_server::app(state).oneshot(r).await.unwrap();
            let status = resp.status();
            let body = axum::body::to_bytes(resp.into_body(), 1 << 20)
                .await
                .unwrap();
            (status, String::from_utf8(body.to_vec()).unwrap())
        }
    };
    let (status, page) = post("/nojs?lang=es", "title=t&body=+++".into()).await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert!(
        page.contains("El texto de la denuncia está vacío"),
        "{page}"
    );
    assert!(
        page.contains("href=\"/nojs?lang=es\">Volver al formulario"),
        "{page}"
    );
    let (status, page) = post("/nojs?lang=uk", format!("body={}", "a".repeat(70_000))).await;
    assert_eq!(status, StatusCode::PAYLOAD_TOO_LARGE);
    assert!(page.contains("Форма приймає не більше 64 КіБ"), "{page}");
    assert!(state.db(|s| s.submission_ids()).await.unwrap().is_empty());
    let (status, page) = post("/nojs?lang=zh-CN", "body=something".into()).await;
    assert_eq!(status, StatusCode::CREATED);
    assert!(page.contains("举报已收到"), "{page}");
    let ids = state.db(|s| s.submission_ids()).await.unwrap();
    assert_eq!(ids.len(), 1);
    let receipt = dropbox_crypto::Sha256Digest::of(
        &std::fs::read(f.dir.join("data/blobs").join(&ids[0])).unwrap(),
    );
    assert!(page.contains(&receipt.to_string()), "{page}");
}

#[tokio::test]
async fn replies_are_purged_after_being_read_or_after_their_time() {
    let f = fixture("replies");
    let start: Day = UnixTime::now().day();
    let state = AppState::open(Config::new(f.dir.join("data")), Arc::new(UnixTime::now)).unwrap();
    state
        .db(move |s| {
            s.insert_reply("r1", "mbx-a", b"read soon", start)?;
            s.insert_reply("r2", "mbx-b", b"never read", start)?;
            s.read_mailbox("mbx-a", start.add_days(1))?;
            Ok(())
        })
        .await
        .unwrap();
    let count = |state: &dropbox_server::state::Shared, m: &'static str, day: Day| {
        let state = state.clone();
        async move {
            state
                .db(move |s| Ok(s.read_mailbox(m, day)?.len()))
                .await
                .unwrap()
        }
    };
    assert_eq!(
        retention::purge(&state, start.add_days(7))
            .await
            .unwrap()
            .replies,
        0
    );
    assert_eq!(
        retention::purge(&state, start.add_days(8))
            .await
            .unwrap()
            .replies,
        1,
        "read 7 days ago"
    );
    assert_eq!(count(&state, "mbx-a", start.add_days(8)).await, 0);
    assert_eq!(count(&state, "mbx-b", start.add_days(8)).await, 1);
    // Reading mbx-b above marked it read on day 8; posted 30 days ago wins first.
    assert_eq!(
        retention::purge(&state, start.add_days(30))
            .await
            .unwrap()
            .replies,
        1
    );
    assert_eq!(count(&state, "mbx-b", start.add_days(30)).await, 0);
}

#[test]
fn storage_errors_become_503_not_data_loss() {
    use axum::response::IntoResponse;
    for kind in [
        std::io::ErrorKind::StorageFull,
        std::io::ErrorKind::ReadOnlyFilesystem,
    ] {
        let e: dropbox_server::error::ApiError = std::io::Error::from(kind).into();
        let resp = e.into_response();
        assert_eq!(resp.status(), StatusCode::SERVICE_UNAVAILABLE, "{kind:?}");
        assert!(resp.headers().contains_key("retry-after"));
    }
}

/// `POST`/`GET /v1/mailboxes/{id}/own` (protocol 1.3): only the mailbox's
/// own key writes or reads its log, and an item must be encrypted to one
/// recipient only (so the log cannot carry something members could read).
#[tokio::test]
async fn the_own_log_takes_items_for_the_codename_only_signed_by_its_mailbox() {
    use dropbox_crypto::httpsig::{self, KeyId, Signer};
    let f = fixture("own");
    let state = AppState::open(Config::new(f.dir.join("data")), Arc::new(UnixTime::now)).unwrap();
    let app = dropbox_server::app(state);
    let key = SignSecretKey::from_seed(&[42; 32]);
    let mailbox = dropbox_crypto::MailboxId::from_key_bytes(key.public().to_bytes());
    let other = SignSecretKey::from_seed(&[43; 32]);
    let path = format!("/v1/mailboxes/{mailbox}/own");
    let request = |method: &str, signer: &SignSecretKey, body: Vec<u8>| {
        let keyid = KeyId::Mailbox(dropbox_crypto::MailboxId::from_key_bytes(
            signer.public().to_bytes(),
        ));
        let h = Signer::new(&keyid, signer).sign(
            method,
            &path,
            None,
            (!body.is_empty()).then_some(&body[..]),
            UnixTime::now(),
            &httpsig::new_nonce(),
        );
        let mut b = Request::builder()
            .method(method)
            .uri(&path)
            .header("host", "x.example")
            .header("signature-input", h.signature_input)
            .header("signature", h.signature);
        if let Some(d) = h.content_digest {
            b = b.header("content-digest", d);
        }
        b.body(Body::from(body)).unwrap()
    };
    let codename = AgeIdentity::from_secret_bytes(&[50; 32]).recipient();
    let one = envelope::encrypt_vec(vec![Slot::Real(codename.clone())], b"record").unwrap();
    let two = envelope::encrypt_vec(
        vec![Slot::Real(codename), Slot::Real(f.members[0].1.recipient())],
        b"record",
    )
    .unwrap();
    let status = |r: axum::response::Response| r.status();
    let resp = app
        .clone()
        .oneshot(request("POST", &key, two))
        .await
        .unwrap();
    assert_eq!(
        status(resp),
        StatusCode::UNPROCESSABLE_ENTITY,
        "two recipients"
    );
    let resp = app
        .clone()
        .oneshot(request("POST", &other, one.clone()))
        .await
        .unwrap();
    assert_eq!(status(resp), StatusCode::FORBIDDEN, "another mailbox's key");
    let resp = app
        .clone()
        .oneshot(request("POST", &key, one.clone()))
        .await
        .unwrap();
    assert_eq!(status(resp), StatusCode::CREATED);
    let resp = app
        .clone()
        .oneshot(request("GET", &other, vec![]))
        .await
        .unwrap();
    assert_eq!(status(resp), StatusCode::FORBIDDEN);
    let resp = app
        .clone()
        .oneshot(request("GET", &key, vec![]))
        .await
        .unwrap();
    assert_eq!(resp.status(), StatusCode::OK);
    let body = axum::body::to_bytes(resp.into_body(), 1 << 20)
        .await
        .unwrap();
    let items: serde_json::Value = serde_json::from_slice(&body).unwrap();
    assert_eq!(items.as_array().unwrap().len(), 1);
    use base64::Engine;
    assert_eq!(
        base64::engine::general_purpose::STANDARD
            .decode(items[0]["data"].as_str().unwrap())
            .unwrap(),
        one
    );
}

/// The extractors in front of every signed handler, on a router of their
/// own: what they accept, and each way a signature is refused.
mod extractors {
    use super::*;

    use axum::Router;
    use axum::body::Bytes;
    use axum::routing::get;
    use dropbox_crypto::codename::keys_from_seed;
    use dropbox_crypto::httpsig::{KeyId, SignedHeaders, Signer};
    use dropbox_server::auth::{SignedMailbox, SignedMember};
    use dropbox_server::state::Shared;

    fn alice() -> (KeyId, SignSecretKey) {
        (
            KeyId::Member("alice".parse().unwrap()),
            SignSecretKey::from_seed(&[1; 32]),
        )
    }

    fn router(state: Shared) -> Router {
        Router::new()
            .route(
                "/m",
                get(|s: SignedMember| async move { s.member.to_string() }).post(
                    |s: SignedMember<Bytes>| async move {
                        format!("{} {}", s.member, String::from_utf8_lossy(&s.body))
                    },
                ),
            )
            .route(
                "/mbx/{id}",
                get(|s: SignedMailbox| async move { s.mailbox.to_string() }).post(
                    |s: SignedMailbox<Bytes>| async move {
                        format!("{} {}", s.mailbox, String::from_utf8_lossy(&s.body))
                    },
                ),
            )
            .with_state(state)
    }

    fn signed(
        method: &str,
        path: &str,
        body: Option<&[u8]>,
        (keyid, key): &(KeyId, SignSecretKey),
        created: UnixTime,
    ) -> SignedHeaders {
        Signer::new(keyid, key).sign(
            method,
            path,
            None,
            body,
            created,
            &dropbox_crypto::httpsig::new_nonce(),
        )
    }

    fn request(method: &str, path: &str, h: Option<&SignedHeaders>, body: &[u8]) -> Request<Body> {
        let mut r = Request::builder().method(method).uri(path);
        if let Some(h) = h {
            r = r
                .header("signature-input", &h.signature_input)
                .header("signature", &h.signature);
            if let Some(d) = &h.content_digest {
                r = r.header("content-digest", d);
            }
        }
        r.body(Body::from(body.to_vec())).unwrap()
    }

    /// Status, and the body (for an error, its `error` code).
    async fn send(state: &Shared, req: Request<Body>) -> (StatusCode, String) {
        let resp = router(state.clone()).oneshot(req).await.unwrap();
        let status = resp.status();
        let body = axum::body::to_bytes(resp.into_body(), 1 << 20)
            .await
            .unwrap();
        let text = String::from_utf8_lossy(&body).into_owned();
        if status.is_success() {
            return (status, text);
        }
        let v: serde_json::Value = serde_json::from_str(&text).unwrap();
        (status, v["error"].as_str().unwrap().to_owned())
    }

    #[tokio::test]
    async fn a_member_signature_is_accepted_once_and_refused_missing_stale_replayed_or_wrong_key() {
        let f = fixture("member-extractor");
        let state =
            AppState::open(Config::new(f.dir.join("data")), Arc::new(UnixTime::now)).unwrap();
        let now = UnixTime::now();
        let h = signed("GET", "/m", None, &alice(), now);
        assert_eq!(
            send(&state, request("GET", "/m", Some(&h), b"")).await,
            (StatusCode::OK, "alice".into())
        );
        assert_eq!(
            send(&state, request("GET", "/m", Some(&h), b"")).await,
            (StatusCode::UNAUTHORIZED, "sig-replay".into())
        );
        assert_eq!(
            send(&state, request("GET", "/m", None, b"")).await,
            (StatusCode::UNAUTHORIZED, "sig-missing".into())
        );
        let stale = signed("GET", "/m", None, &alice(), UnixTime(now.0 - 400));
        assert_eq!(
            send(&state, request("GET", "/m", Some(&stale), b"")).await,
            (StatusCode::UNAUTHORIZED, "sig-stale".into())
        );
        // alice's id with bob's key.
        let forged = (alice().0, SignSecretKey::from_seed(&[2; 32]));
        let h = signed("GET", "/m", None, &forged, now);
        assert_eq!(
            send(&state, request("GET", "/m", Some(&h), b"")).await,
            (StatusCode::UNAUTHORIZED, "sig-bad-signature".into())
        );
        // Not in the roster.
        let stranger = (
            KeyId::Member("mallory".parse().unwrap()),
            SignSecretKey::from_seed(&[9; 32]),
        );
        let h = signed("GET", "/m", None, &stranger, now);
        assert_eq!(
            send(&state, request("GET", "/m", Some(&h), b"")).await,
            (StatusCode::UNAUTHORIZED, "sig-unknown-key".into())
        );
        // A mailbox key is no member's.
        let k = keys_from_seed(&[7; 32]);
        let mbx = (
            KeyId::Mailbox(k.mailbox()),
            SignSecretKey::from_seed(&k.mailbox_key.expose_seed()),
        );
        let h = signed("GET", "/m", None, &mbx, now);
        assert_eq!(
            send(&state, request("GET", "/m", Some(&h), b"")).await,
            (StatusCode::UNAUTHORIZED, "sig-unknown-key".into())
        );
    }

    #[tokio::test]
    async fn a_signed_body_reaches_the_handler_only_if_its_digest_matches() {
        let f = fixture("body-extractor");
        let state =
            AppState::open(Config::new(f.dir.join("data")), Arc::new(UnixTime::now)).unwrap();
        let h = signed("POST", "/m", Some(b"hello"), &alice(), UnixTime::now());
        assert_eq!(
            send(&state, request("POST", "/m", Some(&h), b"hellO")).await,
            (StatusCode::UNAUTHORIZED, "sig-digest-mismatch".into())
        );
        let h = signed("POST", "/m", Some(b"hello"), &alice(), UnixTime::now());
        assert_eq!(
            send(&state, request("POST", "/m", Some(&h), b"hello")).await,
            (StatusCode::OK, "alice hello".into())
        );
        // A body the signature does not cover at all.
        let h = signed("POST", "/m", None, &alice(), UnixTime::now());
        assert_eq!(
            send(&state, request("POST", "/m", Some(&h), b"hello")).await,
            (StatusCode::UNAUTHORIZED, "sig-missing-component".into())
        );
    }

    #[tokio::test]
    async fn a_mailbox_request_needs_that_mailbox_s_own_key() {
        let f = fixture("mailbox-extractor");
        let state =
            AppState::open(Config::new(f.dir.join("data")), Arc::new(UnixTime::now)).unwrap();
        let now = UnixTime::now();
        let k = keys_from_seed(&[7; 32]);
        let mine = (
            KeyId::Mailbox(k.mailbox()),
            SignSecretKey::from_seed(&k.mailbox_key.expose_seed()),
        );
        let path = format!("/mbx/{}", k.mailbox());
        let h = signed("GET", &path, None, &mine, now);
        assert_eq!(
            send(&state, request("GET", &path, Some(&h), b"")).await,
            (StatusCode::OK, k.mailbox().to_string())
        );
        let h = signed("POST", &path, Some(b"item"), &mine, now);
        assert_eq!(
            send(&state, request("POST", &path, Some(&h), b"item")).await,
            (StatusCode::OK, format!("{} item", k.mailbox()))
        );
        // Another mailbox's key, and a member's: signed, but not this one.
        let other = keys_from_seed(&[8; 32]);
        let theirs = (
            KeyId::Mailbox(other.mailbox()),
            SignSecretKey::from_seed(&other.mailbox_key.expose_seed()),
        );
        for key in [theirs, alice()] {
            let h = signed("GET", &path, None, &key, now);
            assert_eq!(
                send(&state, request("GET", &path, Some(&h), b"")).await,
                (StatusCode::FORBIDDEN, "mailbox".into())
            );
        }
        // The path id is checked before the signature.
        assert_eq!(
            send(&state, request("GET", "/mbx/not-a-mailbox", None, b"")).await,
            (StatusCode::NOT_FOUND, "not-found".into())
        );
        assert_eq!(
            send(&state, request("GET", &path, None, b"")).await,
            (StatusCode::UNAUTHORIZED, "sig-missing".into())
        );
        let stale = signed("GET", &path, None, &mine, UnixTime(now.0 - 400));
        assert_eq!(
            send(&state, request("GET", &path, Some(&stale), b"")).await,
            (StatusCode::UNAUTHORIZED, "sig-stale".into())
        );
    }
}

/// The server's answers parse as the wire types clients use, field for
/// field.
#[tokio::test]
async fn answers_parse_as_the_wire_types() {
    use dropbox_crypto::httpsig::{KeyId, Signer};
    use dropbox_crypto::wire::{ErrorBody, EventPage, InboxPage, PowChallenge};

    let f = fixture("wire");
    let state = AppState::open(Config::new(f.dir.join("data")), Arc::new(UnixTime::now)).unwrap();
    let id = submit(&state, &f.members[0].1).await;
    let key = SignSecretKey::from_seed(&[1; 32]);
    let get = |path: &'static str, signed: bool| {
        let mut r = Request::get(path);
        if signed {
            let h = Signer::new(&KeyId::Member("alice".parse().unwrap()), &key).sign(
                "GET",
                path,
                None,
                None,
                UnixTime::now(),
                &dropbox_crypto::httpsig::new_nonce(),
            );
            r = r
                .header("signature-input", h.signature_input)
                .header("signature", h.signature);
        }
        r.body(Body::empty()).unwrap()
    };
    let body = |resp: axum::response::Response| async move {
        let status = resp.status();
        let b = axum::body::to_bytes(resp.into_body(), 1 << 20)
            .await
            .unwrap();
        (status, b)
    };
    let app = || dropbox_server::app(state.clone());

    let (status, b) = body(app().oneshot(get("/v1/inbox", true)).await.unwrap()).await;
    assert_eq!(status, StatusCode::OK);
    let page: InboxPage = serde_json::from_slice(&b).unwrap();
    assert_eq!(page.cursor, None);
    assert_eq!(page.items.len(), 1);
    assert_eq!(page.items[0].id.to_string(), id);
    assert!(!page.items[0].deletable);
    assert_eq!(serde_json::to_vec(&page).unwrap(), b, "the same bytes back");

    let (status, b) = body(app().oneshot(get("/v1/events", true)).await.unwrap()).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(
        serde_json::from_slice::<EventPage>(&b).unwrap(),
        EventPage { events: vec![] }
    );

    let (status, b) = body(app().oneshot(get("/v1/inbox", false)).await.unwrap()).await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
    assert_eq!(ErrorBody::parse(&b).unwrap().error, "sig-missing");

    let (status, b) = body(app().oneshot(get("/v1/pow", false)).await.unwrap()).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(
        serde_json::from_slice::<PowChallenge>(&b).unwrap(),
        PowChallenge {
            bits: 0,
            challenge: None
        }
    );
    assert_eq!(&b[..], br#"{"bits":0}"#);
}
