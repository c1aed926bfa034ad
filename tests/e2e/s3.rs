//! Reports' ciphertext in an S3-compatible bucket (issue 21 item 2, the
//! ciphertext half), against a real single-node Garage the tests start
//! themselves ([`Garage`]): `init`/`serve --blobs s3://…`, a report from
//! the CLI submitter and one through tus in several parts (a multipart
//! upload to the bucket), a reviewer's sync of both; a delete removes the
//! object; the bucket's listing holds random-id keys and no metadata but
//! the size; a bucket that is down fails the submission plainly and
//! leaves nothing listed; `check` finds a tampered object.

use std::path::Path;
use std::process::Output;

use dropbox_crypto::dsse;
use dropbox_crypto::httpsig::KeyId;
use dropbox_crypto::roster::{Policy, Roster};
use dropbox_e2e::garage::{Garage, Listed};
use dropbox_e2e::homes::{Homes, arg, as_json, must, pass};
use dropbox_e2e::{Server, TempDir, command, first_roster, http, sign_roster, signed, team};

use crate::uploads::{fetch, inbox_all, post_submission, sha256_hex, tus_upload};

/// `dropbox-server ARGS` with the bucket's environment.
fn server_cmd(garage: &Garage, args: &[&str]) -> Output {
    command("dropbox-server")
        .args(args)
        .envs(garage.env())
        .output()
        .unwrap()
}

fn init_on(garage: &Garage, data: &Path, chain: &Path, blobs: &str) -> Output {
    server_cmd(
        garage,
        &[
            "init",
            "--data",
            &arg(data),
            "--roster",
            &arg(chain),
            "--blobs",
            blobs,
        ],
    )
}

fn roster_of(chain: &Path) -> Roster {
    let envs = dropbox_crypto::roster::parse_chain_json(&std::fs::read(chain).unwrap()).unwrap();
    envs[0]
        .parse(dsse::ROSTER_TYPE)
        .unwrap()
        .payload_as()
        .unwrap()
}

/// The metadata scan of a bucket: every key is `prefix/` and a random
/// 32-hex id (no day, no size, nothing else), and a GET returns no user
/// metadata, tags or other attribute beyond the size and a content type the
/// store gives every object alike.
fn assert_bare(listing: &[Listed], prefix: &str) {
    let mut types = std::collections::HashSet::new();
    for o in listing {
        let id = o
            .key
            .strip_prefix(prefix)
            .unwrap_or_else(|| panic!("{} is not under {prefix}", o.key));
        assert!(
            id.len() == 32
                && id
                    .bytes()
                    .all(|c| c.is_ascii_hexdigit() && !c.is_ascii_uppercase()),
            "{} is not a random id",
            o.key
        );
        assert!(o.size > 0);
        for a in &o.attributes {
            // A content type or storage class the store gives every
            // object alike, never user metadata.
            assert!(
                a.starts_with("ContentType:") || a.starts_with("StorageClass:"),
                "{}: an attribute beyond the size: {a}",
                o.key
            );
            types.insert(a.clone());
        }
    }
    assert!(
        types.len() <= 2,
        "attributes differ between objects: {types:?}"
    );
    let ids: std::collections::HashSet<&str> =
        listing.iter().map(|o| &o.key[prefix.len()..]).collect();
    assert_eq!(ids.len(), listing.len(), "one object per report");
    for id in ids {
        assert!(id.parse::<dropbox_crypto::SubmissionId>().is_ok(), "{id}");
    }
}

/// (1) The CLI submitter's report and a ~10 MiB one through tus in two
/// parts go to the bucket, and a reviewer syncs both; the data directory
/// keeps no ciphertext; the bucket holds only random-id keys.
#[test]
fn a_server_on_a_bucket_takes_reports_by_cli_and_tus_and_a_reviewer_syncs_them() {
    let garage = Garage::start();
    garage.create_bucket("canary-bucket-1");
    let dir = TempDir::new("s3");
    let homes = Homes::new(&dir, "s3", &["alice"], &[], &[]);
    let data = dir.join("s3data");
    must(
        init_on(&garage, &data, &homes.chain, "s3://canary-bucket-1/team-a"),
        "init --blobs",
    );
    let srv = Server::start_env(
        &data,
        &["--blobs", "s3://canary-bucket-1/team-a"],
        &garage.env(),
    );
    let server = format!("http://{}", srv.addr);
    let sent = as_json(&must(
        command("dropbox-submit")
            .args(["send", "--yes", "--title", "Into the bucket", "--body", "b"])
            .args(["--server", &server, "--team", &homes.fp, "--json"])
            .arg("--state")
            .arg(dir.join("submit-state"))
            .output()
            .unwrap(),
        "dropbox-submit send",
    ));
    assert!(sent.is_object(), "{sent}");
    let roster = roster_of(&homes.chain);
    let big = crate::uploads::age_file(&roster, &["alice"], "Through tus parts", 10 << 20);
    assert!(
        big.len() > crate::uploads::PART,
        "two tus parts, two S3 parts"
    );
    let (tus_id, receipt) = tus_upload(srv.addr, &big, &[]);
    assert_eq!(receipt, sha256_hex(&big));

    let listing = garage.listing("canary-bucket-1");
    assert_eq!(listing.len(), 2, "{listing:?}");
    assert_bare(&listing, "team-a/");
    let tus_obj = listing
        .iter()
        .find(|o| o.key == format!("team-a/{tus_id}"))
        .expect("the tus report's object, under its id");
    assert_eq!(tus_obj.size, big.len() as u64);
    assert_eq!(
        garage.read("canary-bucket-1", &tus_obj.key),
        big,
        "the multipart object holds the upload byte for byte"
    );
    // Nothing of either report stays in the data directory.
    for sub in ["blobs", "tmp"] {
        let left: Vec<_> = std::fs::read_dir(data.join(sub)).unwrap().collect();
        assert!(left.is_empty(), "{sub}/ holds {left:?}");
    }

    let reviewer = |args: &[&str]| {
        as_json(&must(
            command("reviewer")
                .arg("--home")
                .arg(dir.join("alice"))
                .args(args)
                .env("REVIEWER_PASSPHRASE", pass("alice"))
                .output()
                .unwrap(),
            &format!("reviewer {args:?}"),
        ))
    };
    reviewer(&["sync", "--server", &server, "--team", &homes.fp, "--json"]);
    let cases = reviewer(&["list", "--json"]);
    for title in ["Into the bucket", "Through tus parts"] {
        assert!(
            cases
                .as_array()
                .unwrap()
                .iter()
                .any(|c| c["title"] == title),
            "{title} synced and decrypted: {cases}"
        );
    }
    // The drop box's own log names neither bucket nor endpoint.
    let log = srv.log_text();
    assert!(
        !log.contains("canary-bucket-1") && !log.contains(&garage.endpoint),
        "{log}"
    );
}

/// (2) A member's delete removes the object; `check` reads every object
/// against its receipt and names a tampered one (exit 4); without
/// `--blobs` it refuses rather than call every report missing.
#[test]
fn a_delete_removes_the_object_and_check_finds_a_tampered_one() {
    let garage = Garage::start();
    garage.create_bucket("drop");
    let dir = TempDir::new("s3-check");
    let t = team();
    let roster = first_roster(&t, Policy::default());
    let chain = dir.join("roster.json");
    std::fs::write(&chain, sign_roster(&roster, &t).to_json()).unwrap();
    let data = dir.join("data");
    must(init_on(&garage, &data, &chain, "s3://drop"), "init --blobs");
    let srv = Server::start_env(&data, &["--blobs", "s3://drop"], &garage.env());
    let (ct, token) = crate::api::report(&roster, &["alice", "bob"], "to be deleted");
    let hash = token.hash().to_string();
    let (gone, _) = post_submission(srv.addr, &ct, &[("Dropbox-Delete-Hash", &hash)]);
    let kept_ct = crate::uploads::age_file(&roster, &["alice"], "kept", 0);
    let (kept, kept_receipt) = post_submission(srv.addr, &kept_ct, &[]);
    assert_eq!(fetch(srv.addr, &t[0], &kept), kept_ct);
    assert_eq!(garage.listing("drop").len(), 2);
    // A second drop box given the same location is refused at init, and
    // the first one's objects stay.
    let second = init_on(&garage, &dir.join("second"), &chain, "s3://drop");
    assert!(!second.status.success());
    let err = String::from_utf8_lossy(&second.stderr);
    assert!(err.contains("already holds 2 objects"), "{err}");
    assert_eq!(garage.listing("drop").len(), 2);

    let r = signed(
        srv.addr,
        "DELETE",
        &format!("/v1/submissions/{gone}"),
        None,
        b"",
        &KeyId::Member(t[1].id.clone()),
        &t[1].transport,
        &[("Dropbox-Delete-Token", &token.expose_text())],
    );
    assert_eq!(r.status, 204, "{}", String::from_utf8_lossy(&r.body));
    let keys: Vec<String> = garage.listing("drop").into_iter().map(|o| o.key).collect();
    assert_eq!(
        keys,
        std::slice::from_ref(&kept),
        "the deleted report's object is gone"
    );

    let check = |extra: &[&str]| {
        let mut args = vec!["check", "--data", data.to_str().unwrap()];
        args.extend_from_slice(extra);
        server_cmd(&garage, &args)
    };
    let ok = must(check(&["--blobs", "s3://drop"]), "check --blobs");
    assert!(
        String::from_utf8_lossy(&ok.stdout).contains("1 reports: all intact"),
        "{}",
        String::from_utf8_lossy(&ok.stdout)
    );
    let bare = check(&[]);
    assert_eq!(bare.status.code(), Some(1));
    assert!(
        String::from_utf8_lossy(&bare.stderr).contains("--blobs"),
        "the refusal names the flag: {}",
        String::from_utf8_lossy(&bare.stderr)
    );

    let mut tampered = kept_ct.clone();
    let last = tampered.len() - 1;
    tampered[last] ^= 1;
    garage.overwrite("drop", &kept, tampered);
    let damaged = check(&["--blobs", "s3://drop"]);
    let out = String::from_utf8_lossy(&damaged.stdout);
    assert_eq!(damaged.status.code(), Some(4), "{out}");
    assert!(
        out.contains(&format!(
            "damaged: report {kept}: its contents do not match its receipt"
        )) && out.contains(&kept_receipt),
        "{out}"
    );
}

/// (3) A bucket that cannot take writes (its store stopped): the
/// submission fails with a plain 503, no row is committed, nothing is
/// listed once the store is back, and the spool is gone. `init` on a
/// bucket that does not exist is refused without naming it.
#[test]
fn a_bucket_that_refuses_writes_fails_the_submission_and_lists_nothing() {
    let mut garage = Garage::start();
    garage.create_bucket("down");
    let dir = TempDir::new("s3-down");
    let t = team();
    let roster = first_roster(&t, Policy::default());
    let chain = dir.join("roster.json");
    std::fs::write(&chain, sign_roster(&roster, &t).to_json()).unwrap();

    let missing = init_on(
        &garage,
        &dir.join("nowhere"),
        &chain,
        "s3://no-such-bucket-x",
    );
    assert!(!missing.status.success());
    let err = String::from_utf8_lossy(&missing.stderr);
    assert!(err.contains("cannot list the --blobs bucket"), "{err}");
    assert!(
        !err.contains("no-such-bucket-x"),
        "the bucket is named: {err}"
    );
    assert!(!err.contains(&garage.secret), "{err}");

    let data = dir.join("data");
    must(init_on(&garage, &data, &chain, "s3://down"), "init --blobs");
    let srv = Server::start_env(&data, &["--blobs", "s3://down"], &garage.env());
    garage.stop();
    let ct = crate::uploads::age_file(&roster, &["alice"], "while down", 0);
    let r = http(srv.addr, "POST", "/v1/submissions", &[], &ct);
    crate::uploads::assert_json_error(&r, 503, "a submission while the bucket is down");
    assert!(
        r.json()["message"]
            .as_str()
            .unwrap()
            .contains("cannot store"),
        "{}",
        r.json()
    );
    assert!(inbox_all(srv.addr, &t[0]).is_empty(), "a row was committed");
    assert!(
        std::fs::read_dir(data.join("tmp"))
            .unwrap()
            .next()
            .is_none(),
        "the spool stayed"
    );
    garage.restart();
    assert!(garage.listing("down").is_empty());
    // Back up: the next submission goes through.
    let (id, _) = post_submission(srv.addr, &ct, &[]);
    assert_eq!(fetch(srv.addr, &t[0], &id), ct);
    let log = srv.log_text();
    assert!(log.contains("the object store failed"), "{log}");
    assert!(
        !log.contains("down/") && !log.contains(&garage.endpoint),
        "{log}"
    );
}
