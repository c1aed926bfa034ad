//! The server's commands and API, end to end: init, the public routes, a
//! submission through inbox, fetch, ack and delete, mailboxes and replies,
//! the event log and escrow shares.

use dropbox_crypto::bundle::{self, DeleteToken, Header, Kind};
use dropbox_crypto::codename::Codename;
use dropbox_crypto::envelope::{self, Slot};
use dropbox_crypto::httpsig::KeyId;
use dropbox_crypto::roster::Policy;
use dropbox_crypto::time::UnixTime;
use dropbox_crypto::{MemberId, Sha256Digest};
use dropbox_e2e::{Server, TempDir, as_member, first_roster, http, init_data, run, signed, team};

/// A report bundle encrypted to `to`, with its delete token.
pub fn report(
    roster: &dropbox_crypto::roster::Roster,
    to: &[&str],
    text: &str,
) -> (Vec<u8>, DeleteToken) {
    let ids: Vec<MemberId> = to.iter().map(|s| s.parse().unwrap()).collect();
    let mut h = Header::new(Kind::Report, UnixTime::now().day(), roster.seq, ids.clone());
    h.title = Some(text.into());
    h.body = Some(text.into());
    let token = h.delete_token.clone();
    let plain = bundle::encode_to_vec(h, &[]).unwrap();
    let slots = envelope::submission_slots(roster, &ids, None).unwrap();
    (envelope::encrypt_vec(slots, &plain).unwrap(), token)
}

#[test]
fn init_refuses_a_tampered_roster_and_a_second_init() {
    let dir = TempDir::new("init");
    let t = team();
    let roster = first_roster(&t, Policy::default());
    let (data, fp) = init_data(&dir, &roster, &t);
    assert_eq!(fp.to_string().len(), 64);
    let again = run(
        "dropbox-server",
        &[
            "init",
            "--data",
            data.to_str().unwrap(),
            "--roster",
            dir.join("roster.json").to_str().unwrap(),
        ],
    );
    assert!(!again.status.success());
    assert!(String::from_utf8_lossy(&again.stderr).contains("already holds a drop box"));
    // Only alice signs: below the threshold of 2.
    let lone = roster.sign(&[(&t[0].id, &t[0].sign)]);
    let p = dir.join("lone.json");
    std::fs::write(&p, lone.to_json()).unwrap();
    let out = run(
        "dropbox-server",
        &[
            "init",
            "--data",
            dir.join("d2").to_str().unwrap(),
            "--roster",
            p.to_str().unwrap(),
        ],
    );
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(
        err.trim().lines().count(),
        1,
        "one line a person can act on: {err}"
    );
    assert!(err.contains("too few admin signatures"), "{err}");
}

#[test]
fn public_routes_serve_page_roster_and_security_txt() {
    let dir = TempDir::new("public");
    let t = team();
    let roster = first_roster(&t, Policy::default());
    let (data, _) = init_data(&dir, &roster, &t);
    let srv = Server::start(&data, &[]);
    let page = http(srv.addr, "GET", "/", &[], b"");
    assert_eq!(page.status, 200);
    let hash = run("dropbox-server", &["page-hash"]);
    assert_eq!(
        String::from_utf8_lossy(&hash.stdout).trim(),
        Sha256Digest::of(&page.body).to_string()
    );
    let chain = http(srv.addr, "GET", "/v1/roster", &[], b"").json();
    assert_eq!(chain.as_array().unwrap().len(), 1);
    assert_eq!(http(srv.addr, "GET", "/v1/roster/1", &[], b"").status, 200);
    let missing = http(srv.addr, "GET", "/v1/roster/2", &[], b"");
    assert_eq!(missing.status, 404);
    assert_eq!(missing.json()["error"], "not-found");
    let sec = http(srv.addr, "GET", "/.well-known/security.txt", &[], b"");
    let text = String::from_utf8_lossy(&sec.body);
    assert!(
        text.contains(&format!("Expires: {}T00:00:00.000Z", roster.expires)),
        "{text}"
    );
    assert!(text.contains("Contact: "));
}

#[test]
fn a_submission_goes_through_inbox_fetch_ack_and_delete() {
    let dir = TempDir::new("flow");
    let t = team();
    let roster = first_roster(&t, Policy::default());
    let (data, _) = init_data(&dir, &roster, &t);
    let srv = Server::start(&data, &[]);
    let (ct, token) = report(&roster, &["alice", "bob"], "canary-flow");
    let hash = token.hash().to_string();
    let r = http(
        srv.addr,
        "POST",
        "/v1/submissions",
        &[("Dropbox-Delete-Hash", &hash)],
        &ct,
    );
    assert_eq!(r.status, 201, "{}", String::from_utf8_lossy(&r.body));
    let id = r.json()["id"].as_str().unwrap().to_owned();
    assert_eq!(r.json()["receipt"], Sha256Digest::of(&ct).to_string());

    let inbox = as_member(srv.addr, &t[0], "GET", "/v1/inbox", None, b"").json();
    assert_eq!(inbox["items"][0]["id"], id);
    assert_eq!(inbox["items"][0]["deletable"], true);
    let got = as_member(
        srv.addr,
        &t[2],
        "GET",
        &format!("/v1/submissions/{id}"),
        None,
        b"",
    );
    assert_eq!(got.status, 200);
    assert_eq!(
        got.body, ct,
        "carol (left out) fetches the same ciphertext but cannot open it"
    );
    assert!(envelope::decrypt_vec(&got.body, &[&t[2].age]).is_err());
    let plain = envelope::decrypt_vec(&got.body, &[&t[0].age]).unwrap();
    let d = bundle::decode_slice(&plain, 0).unwrap();
    assert_eq!(d.header.title.as_deref(), Some("canary-flow"));

    let ack = as_member(
        srv.addr,
        &t[0],
        "POST",
        &format!("/v1/submissions/{id}/ack"),
        None,
        b"",
    );
    assert_eq!(ack.status, 204);
    assert_eq!(
        as_member(srv.addr, &t[0], "GET", "/v1/inbox", None, b"").json()["items"],
        serde_json::json!([])
    );
    assert_eq!(
        as_member(srv.addr, &t[1], "GET", "/v1/inbox", None, b"").json()["items"][0]["id"],
        id
    );
    assert_eq!(
        as_member(
            srv.addr,
            &t[0],
            "POST",
            "/v1/submissions/00000000000000000000000000000000/ack",
            None,
            b""
        )
        .status,
        404
    );

    let path = format!("/v1/submissions/{id}");
    let kid = KeyId::Member(t[1].id.clone());
    let wrong = DeleteToken::generate().expose_text();
    let r = signed(
        srv.addr,
        "DELETE",
        &path,
        None,
        b"",
        &kid,
        &t[1].transport,
        &[("Dropbox-Delete-Token", &wrong)],
    );
    assert_eq!(r.status, 403);
    let r = signed(
        srv.addr,
        "DELETE",
        &path,
        None,
        b"",
        &kid,
        &t[1].transport,
        &[("Dropbox-Delete-Token", &token.expose_text())],
    );
    assert_eq!(r.status, 204, "{}", String::from_utf8_lossy(&r.body));
    assert_eq!(
        as_member(srv.addr, &t[0], "GET", &path, None, b"").status,
        404
    );
    assert!(!data.join("blobs").join(&id).exists());
}

#[test]
fn non_age_and_armored_uploads_are_refused_with_json_errors() {
    let dir = TempDir::new("refuse");
    let t = team();
    let roster = first_roster(&t, Policy::default());
    let (data, _) = init_data(&dir, &roster, &t);
    let srv = Server::start(&data, &[]);
    for body in [
        &b"plain text report"[..],
        b"-----BEGIN AGE ENCRYPTED FILE-----\nYWdl\n-----END AGE ENCRYPTED FILE-----\n",
    ] {
        let r = http(srv.addr, "POST", "/v1/submissions", &[], body);
        assert_eq!(r.status, 422);
        assert_eq!(r.json()["error"], "bad-age-header");
    }
    // Too many recipients: members + 3 X25519 stanzas.
    let slots = (0..t.len() + 3)
        .map(|_| Slot::Decoy)
        .chain([Slot::Real(t[0].age.recipient())])
        .collect();
    let many = envelope::encrypt_vec(slots, b"x").unwrap();
    assert_eq!(
        http(srv.addr, "POST", "/v1/submissions", &[], &many).status,
        422
    );
    assert_eq!(std::fs::read_dir(data.join("blobs")).unwrap().count(), 0);
    assert_eq!(std::fs::read_dir(data.join("tmp")).unwrap().count(), 0);
}

#[test]
fn mailbox_replies_events_and_escrow() {
    let dir = TempDir::new("mailbox");
    let t = team();
    let roster = first_roster(&t, Policy::default());
    let (data, fp) = init_data(&dir, &roster, &t);
    let srv = Server::start(&data, &[]);
    let keys = Codename::generate().derive(&fp);
    let mbx = keys.mailbox().to_string();
    let mpath = format!("/v1/mailboxes/{mbx}");
    let mkid = KeyId::Mailbox(keys.mailbox());
    let empty = signed(
        srv.addr,
        "GET",
        &mpath,
        None,
        b"",
        &mkid,
        &keys.mailbox_key,
        &[],
    );
    assert_eq!(empty.status, 200);
    assert_eq!(empty.json(), serde_json::json!([]));
    // Another mailbox's key cannot read this one.
    let other = Codename::generate().derive(&fp);
    let r = signed(
        srv.addr,
        "GET",
        &mpath,
        None,
        b"",
        &KeyId::Mailbox(other.mailbox()),
        &other.mailbox_key,
        &[],
    );
    assert_eq!(r.status, 403);
    // A member posts a reply encrypted to the codename and the case's recipients.
    let reply = envelope::encrypt_vec(
        vec![
            Slot::Real(keys.identity.recipient()),
            Slot::Real(t[0].age.recipient()),
        ],
        b"reply bundle",
    )
    .unwrap();
    let r = as_member(
        srv.addr,
        &t[2],
        "POST",
        &format!("{mpath}/replies"),
        None,
        &reply,
    );
    assert_eq!(r.status, 201, "{}", String::from_utf8_lossy(&r.body));
    let list = signed(
        srv.addr,
        "GET",
        &mpath,
        None,
        b"",
        &mkid,
        &keys.mailbox_key,
        &[],
    )
    .json();
    let data_b64 = list[0]["data"].as_str().unwrap();
    use base64::Engine;
    let got = base64::engine::general_purpose::STANDARD
        .decode(data_b64)
        .unwrap();
    assert_eq!(
        envelope::decrypt_vec(&got, &[&keys.identity]).unwrap(),
        b"reply bundle"
    );
    // Unsigned reads are refused.
    assert_eq!(http(srv.addr, "GET", &mpath, &[], b"").status, 401);

    let ev = envelope::encrypt_vec(vec![Slot::Real(t[0].age.recipient())], b"event").unwrap();
    let r = as_member(srv.addr, &t[0], "POST", "/v1/events", None, &ev);
    assert_eq!(r.status, 201);
    let seq = r.json()["seq"].as_u64().unwrap();
    let log = as_member(
        srv.addr,
        &t[1],
        "GET",
        "/v1/events",
        Some(&format!("after={}", seq - 1)),
        b"",
    )
    .json();
    assert_eq!(log["events"][0]["seq"], seq);

    let share = [7u8; 32];
    assert_eq!(
        as_member(srv.addr, &t[0], "PUT", "/v1/escrow/2026-W48", None, &share).status,
        201
    );
    let back = as_member(srv.addr, &t[0], "GET", "/v1/escrow/2026-W48", None, b"");
    assert_eq!(back.body, share);
    assert_eq!(
        as_member(srv.addr, &t[1], "GET", "/v1/escrow/2026-W48", None, b"").status,
        404,
        "shares are per member"
    );
}

#[test]
fn tus_requests_without_the_protocol_version_get_412() {
    let dir = TempDir::new("tus412");
    let t = team();
    let roster = first_roster(&t, Policy::default());
    let (data, _) = init_data(&dir, &roster, &t);
    let srv = Server::start(&data, &[]);
    let r = http(
        srv.addr,
        "POST",
        "/v1/uploads",
        &[("Upload-Length", "100")],
        b"",
    );
    assert_eq!(r.status, 412);
    assert_eq!(r.header("tus-version"), Some("1.0.0"));
    assert_eq!(r.json()["error"], "tus-version");
}
