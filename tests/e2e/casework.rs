//! Case work across a team (issues #7 and #9), with the real binaries: team
//! events that converge whatever order members sync in and never reach a
//! member the reporter left out; forged, replayed, rewound and removed
//! members' events refused; grants; purges that propagate; retention with
//! crypto-shredding, expiring backups, deadlines and statistics. Time moves
//! with libfaketime (Debian `faketime`) for the reviewer and the server
//! alike, so signed requests stay within their window.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use dropbox_crypto::bundle::{self, Header, Kind};
use dropbox_crypto::messages::{Event, EventBody};
use dropbox_crypto::roster::{Member, Role};
use dropbox_crypto::time::UnixTime;
use dropbox_crypto::{CaseId, envelope};
use dropbox_e2e::homes::{Homes, arg as s, as_json, must, pass};
use dropbox_e2e::{Server, TempDir, TestMember, faketime, run};

/// A team of reviewers with homes, a roster (alice the only admin, so one
/// signature makes the next roster) and a running server. `mallory` is a
/// roster member whose keys the test holds, to forge with.
struct Desk {
    dir: TempDir,
    fp: String,
    chain: PathBuf,
    data: PathBuf,
    srv: Server,
    url: String,
    clock: Vec<(String, String)>,
    mallory: TestMember,
}

fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

fn stdout(out: &Output) -> String {
    String::from_utf8_lossy(&out.stdout).into_owned()
}

impl Desk {
    fn new(tag: &str, ids: &[&str]) -> Self {
        Self::with(tag, ids, &[])
    }

    /// With extra `team init` arguments.
    fn with(tag: &str, ids: &[&str], init: &[&str]) -> Self {
        let dir = TempDir::new(tag);
        let mallory = TestMember::new("mallory", 9, &[Role::Reviewer]);
        let Homes { fp, chain, data } = Homes::new(&dir, tag, ids, &[&mallory], init);
        let srv = Server::start(&data, &[]);
        let url = format!("http://{}", srv.addr);
        Desk {
            dir,
            fp,
            chain,
            data,
            srv,
            url,
            clock: Vec::new(),
            mallory,
        }
    }

    fn home(&self, who: &str) -> PathBuf {
        self.dir.join(who)
    }

    /// Moves the clock of the server (restarted on the same data) and of
    /// every later reviewer run.
    fn set_clock(&mut self, offset_days: i64) {
        self.srv.kill9();
        self.clock = faketime(&format!("{offset_days:+}d"));
        self.srv = Server::start_env(&self.data, &[], &self.clock);
        self.url = format!("http://{}", self.srv.addr);
    }

    /// `reviewer` as `who` (whose passphrase is `<id> passphrase`), in the
    /// home `home` (default: the member's own).
    fn try_at(&self, home: &Path, id: &str, args: &[&str]) -> Output {
        dropbox_e2e::command("reviewer")
            .arg("--home")
            .arg(home)
            .args(args)
            .env("REVIEWER_PASSPHRASE", pass(id))
            .envs(self.clock.iter().map(|(k, v)| (k, v)))
            .output()
            .unwrap()
    }

    fn try_rev(&self, who: &str, args: &[&str]) -> Output {
        self.try_at(&self.home(who), who, args)
    }

    fn rev(&self, who: &str, args: &[&str]) -> Output {
        must(
            self.try_rev(who, args),
            &format!("{who}: reviewer {args:?}"),
        )
    }

    fn json(&self, who: &str, args: &[&str]) -> serde_json::Value {
        as_json(&self.rev(who, args))
    }

    fn sync(&self, who: &str) -> serde_json::Value {
        self.json(
            who,
            &["sync", "--server", &self.url, "--team", &self.fp, "--json"],
        )
    }

    fn submit(&self, title: &str, body: &str, extra: &[&str]) -> serde_json::Value {
        let out = must(
            dropbox_e2e::command("dropbox-submit")
                .args(["send", "--yes", "--title", title, "--body", body])
                .args(extra)
                .args(["--server", &self.url, "--team", &self.fp, "--json"])
                .arg("--state")
                .arg(self.dir.join("submit-state"))
                .output()
                .unwrap(),
            "dropbox-submit",
        );
        as_json(&out)
    }

    fn case(&self, who: &str, title: &str) -> Option<String> {
        self.json(who, &["list", "--json"])
            .as_array()
            .unwrap()
            .iter()
            .find(|c| c["title"] == title)
            .map(|c| c["id"].as_str().unwrap().to_owned())
    }

    fn state(&self, who: &str, case: &str) -> serde_json::Value {
        self.json(who, &["show", case, "--json"])["state"].clone()
    }

    fn card(&self, id: &str) -> Member {
        serde_json::from_slice(&std::fs::read(self.dir.join(&format!("{id}.card.json"))).unwrap())
            .unwrap()
    }

    /// Appends an event straight into the server's log, as a compromised
    /// server (or a stolen database) could.
    fn inject(&self, data: &[u8], roster_seq: i64) {
        let db = rusqlite::Connection::open(self.data.join("dropbox.sqlite3")).unwrap();
        db.busy_timeout(std::time::Duration::from_secs(10)).unwrap();
        db.execute(
            "INSERT INTO events (data, day, roster_seq) VALUES (?1, ?2, ?3)",
            rusqlite::params![data, UnixTime::now().day().to_string(), roster_seq],
        )
        .unwrap();
    }

    /// An event bundle signed by `signer` claiming to be `member`,
    /// encrypted to `to`.
    fn forge(
        &self,
        case: &str,
        member: &str,
        signer: &dropbox_crypto::keys::SignSecretKey,
        roster_seq: u64,
        body: EventBody,
        to: &[&Member],
    ) -> Vec<u8> {
        let ev = Event::new(
            self.fp.parse().unwrap(),
            case.parse::<CaseId>().unwrap(),
            roster_seq,
            0,
            member.parse().unwrap(),
            UnixTime::now().day(),
            body,
        );
        let env = dropbox_crypto::dsse::Envelope::sign(
            dropbox_crypto::dsse::EVENT_TYPE,
            &dropbox_crypto::jcs::try_to_canonical(&ev).unwrap(),
            &[(member, signer)],
        );
        let mut h = Header::new(
            Kind::Event,
            UnixTime::now().day(),
            roster_seq,
            to.iter().map(|m| m.id.clone()).collect(),
        );
        h.signed = Some(env);
        let plain = bundle::encode_to_vec(h, &[]).unwrap();
        envelope::encrypt_vec(
            to.iter()
                .map(|m| envelope::Slot::Real(m.age.clone()))
                .collect(),
            &plain,
        )
        .unwrap()
    }
}

/// Every file under `dir` holding `needle`.
fn grep_tree(dir: &Path, needle: &[u8]) -> Vec<PathBuf> {
    let mut hits = Vec::new();
    let Ok(rd) = std::fs::read_dir(dir) else {
        return hits;
    };
    for e in rd {
        let p = e.unwrap().path();
        if p.is_dir() {
            hits.extend(grep_tree(&p, needle));
        } else if std::fs::read(&p)
            .unwrap_or_default()
            .windows(needle.len())
            .any(|w| w == needle)
        {
            hits.push(p);
        }
    }
    hits
}

/// A member's home made anew from the member's keys alone (a new machine).
fn fresh_home(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for f in ["keys.age", "card.json"] {
        std::fs::copy(from.join(f), to.join(f)).unwrap();
    }
}

#[test]
fn team_events_converge_and_reach_only_the_case_recipients() {
    let mut d = Desk::new("casework-events", &["alice", "bob", "carol"]);
    d.submit("r1-title", "r1-body-canary", &["--replies"]);
    d.submit("r2-title", "r2-body-canary", &["--leave-out", "carol"]);
    for w in ["alice", "bob", "carol"] {
        d.sync(w);
    }
    let c1 = d.case("alice", "r1-title").unwrap();
    let c2 = d.case("alice", "r2-title").unwrap();
    assert_eq!(d.case("bob", "r1-title").as_deref(), Some(c1.as_str()));
    assert_eq!(d.case("carol", "r1-title").as_deref(), Some(c1.as_str()));
    assert_eq!(
        d.case("carol", "r2-title"),
        None,
        "carol was left out of r2"
    );

    // Offline, concurrent edits; then syncs in an interleaved order.
    d.rev("alice", &["set", &c1, "--severity", "high"]);
    d.rev("bob", &["set", &c1, "--severity", "low", "--tlp", "GREEN"]);
    d.rev("carol", &["note", &c1, "carol-note-canary"]);
    d.rev("alice", &["note", &c1, "alice-note-canary"]);
    d.rev("alice", &["set", &c2, "--status", "triaged"]);
    d.rev("alice", &["assign", &c2, "bob"]);
    let refused = d.try_rev("alice", &["assign", &c2, "carol"]);
    assert!(
        !refused.status.success(),
        "carol cannot own a case she was left out of"
    );
    let first = d.sync("bob");
    assert_eq!(first["events_posted"], 2, "{first}");
    d.sync("alice");
    let carol = d.sync("carol");
    d.sync("bob");
    d.sync("alice");
    d.sync("carol");
    let states: Vec<_> = ["alice", "bob", "carol"]
        .iter()
        .map(|w| d.state(w, &c1))
        .collect();
    for st in &states[1..] {
        assert_eq!(st["severity"], states[0]["severity"]);
        assert_eq!(st["tlp"], states[0]["tlp"]);
        assert_eq!(st["notes"], states[0]["notes"]);
    }
    assert_eq!(
        states[0]["severity"], "high",
        "alice's change came later in the log"
    );
    assert_eq!(states[0]["tlp"], "GREEN");
    let notes: Vec<_> = states[0]["notes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|n| n["text"].as_str().unwrap().to_owned())
        .collect();
    assert_eq!(notes.len(), 2, "{notes:?}");
    assert!(notes.contains(&"carol-note-canary".to_owned()));
    let bob_c2 = d.state("bob", &c2);
    assert_eq!(bob_c2["status"], "triaged");
    assert_eq!(bob_c2["owner"], "bob");
    // carol received nothing she can read about r2: its events were not
    // encrypted to her.
    assert!(carol["events_not_for_me"].as_u64().unwrap() >= 2, "{carol}");
    assert_eq!(
        d.json("carol", &["list", "--json"])
            .as_array()
            .unwrap()
            .len(),
        1
    );
    let mine = d.json("bob", &["list", "--mine", "--json"]);
    assert_eq!(mine.as_array().unwrap().len(), 1);
    assert_eq!(mine[0]["id"], c2.as_str());
    let due = d.json("bob", &["due", "--mine", "--json"]);
    assert!(
        due["cases"]
            .as_array()
            .unwrap()
            .iter()
            .any(|c| c["id"] == c2.as_str()),
        "{due}"
    );

    // Forgeries in the log: alice's name with mallory's key; a replay of a
    // real event; an event placed under an older roster after a newer one.
    let alice = d.card("alice");
    let bob = d.card("bob");
    let forged = d.forge(
        &c1,
        "alice",
        &d.mallory.sign,
        1,
        EventBody::Severity {
            value: dropbox_crypto::bundle::Severity::Critical,
        },
        &[&alice, &bob],
    );
    d.inject(&forged, 1);
    let first_event: Vec<u8> = rusqlite::Connection::open(d.data.join("dropbox.sqlite3"))
        .unwrap()
        .query_row("SELECT data FROM events ORDER BY seq LIMIT 1", [], |r| {
            r.get(0)
        })
        .unwrap();
    d.inject(&first_event, 1);
    // mallory leaves the team; an event she signs afterwards is refused,
    // and so is one the log slips in under the old roster.
    let removed = d.dir.join("roster-2.json");
    d.rev(
        "alice",
        &[
            "team",
            "remove",
            "--chain",
            &s(&d.chain),
            "--member",
            "mallory",
            "--out",
            &s(&removed),
        ],
    );
    d.rev(
        "alice",
        &[
            "team",
            "publish",
            "--server",
            &d.url,
            "--chain",
            &s(&removed),
        ],
    );
    // Signed by mallory after her removal (roster #2), then the same under
    // the old roster #1 once the log has reached #2.
    for roster_seq in [2, 1] {
        let ev = d.forge(
            &c1,
            "mallory",
            &d.mallory.sign,
            roster_seq,
            EventBody::Note {
                text: "mallory-canary".into(),
            },
            &[&alice, &bob],
        );
        d.inject(&ev, roster_seq as i64);
    }
    let out = d.rev(
        "bob",
        &["sync", "--server", &d.url, "--team", &d.fp, "--json"],
    );
    let bob_sync = as_json(&out);
    let rejected: Vec<String> = bob_sync["events_rejected"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r.as_str().unwrap().to_owned())
        .collect();
    assert_eq!(rejected.len(), 4, "{rejected:?}");
    assert!(
        rejected.iter().any(|r| r.contains("forged")),
        "{rejected:?}"
    );
    assert!(
        rejected.iter().any(|r| r.contains("replay")),
        "{rejected:?}"
    );
    assert!(
        rejected.iter().any(|r| r.contains("roster #1 after")),
        "{rejected:?}"
    );
    assert!(stderr(&out).contains("ALERT"), "refusals are loud");
    assert!(stderr(&out).contains("new roster head"), "{}", stderr(&out));
    let st = d.state("bob", &c1);
    assert_eq!(st["severity"], "high", "the forged change did not apply");
    assert!(!st.to_string().contains("mallory-canary"));

    // A member on a new machine (keys only) gets, by grant, the open cases
    // whose recipients include them: carol gets r1, never r2.
    let carol2 = d.dir.join("carol-new");
    fresh_home(&d.home("carol"), &carol2);
    let sync2 = as_json(&must(
        d.try_at(
            &carol2,
            "carol",
            &["sync", "--server", &d.url, "--team", &d.fp, "--json"],
        ),
        "carol's new machine",
    ));
    assert_eq!(sync2["new_cases"], 0, "{sync2}");
    d.rev("alice", &["team", "grant", "carol"]);
    let sync3 = as_json(&must(
        d.try_at(
            &carol2,
            "carol",
            &["sync", "--server", &d.url, "--team", &d.fp, "--json"],
        ),
        "carol's sync after the grant",
    ));
    assert_eq!(sync3["granted"], 1, "{sync3}");
    let list = as_json(&must(
        d.try_at(&carol2, "carol", &["list", "--json"]),
        "list",
    ));
    assert_eq!(list.as_array().unwrap().len(), 1);
    assert_eq!(list[0]["id"], c1.as_str());
    let granted = as_json(&must(
        d.try_at(&carol2, "carol", &["show", &c1, "--json"]),
        "show",
    ));
    assert_eq!(granted["report"]["body"], "r1-body-canary");
    assert_eq!(granted["state"]["severity"], "high");
    assert_eq!(granted["state"]["notes"], st["notes"]);

    // Closing propagates; a week later the purge does too, even to a member
    // whose own automatic purge holds back after the clock jump.
    d.rev("alice", &["close", &c1, "--reason", "fixed"]);
    d.sync("alice");
    d.sync("bob");
    assert_eq!(
        d.case("bob", "r1-title"),
        None,
        "closed: out of bob's active store"
    );
    d.set_clock(8);
    let purged = d.json("alice", &["purge", "--trust-clock", "--json"]);
    assert_eq!(purged["purged"], serde_json::json!([c1]));
    d.sync("alice");
    let bob_late = d.sync("bob");
    assert_eq!(bob_late["purged"], serde_json::json!([c1]), "{bob_late}");
    let gone = d.try_rev("bob", &["log", &c1]);
    assert!(!gone.status.success(), "bob's copy is purged too");

    // The server holds no case id, annotation or plaintext.
    for needle in [
        c1.as_bytes(),
        c2.as_bytes(),
        b"carol-note-canary".as_slice(),
        b"alice-note-canary",
        b"r1-body-canary",
        b"fixed",
    ] {
        assert!(
            grep_tree(&d.data, needle).is_empty(),
            "the server's data holds {:?}",
            String::from_utf8_lossy(needle)
        );
    }
}

#[test]
fn closed_cases_are_purged_for_good_and_backups_expire() {
    let mut d = Desk::new("casework-retention", &["alice", "bob"]);
    let att = d.dir.join("evidence.txt");
    std::fs::write(&att, b"x-attachment-canary").unwrap();
    d.submit(
        "x-title",
        "x-body-canary",
        &["--attach", &s(&att), "--category", "vulnerability"],
    );
    d.submit("y-title", "y-body", &[]);
    d.submit("z-title", "z-body", &[]);
    d.sync("alice");
    let cx = d.case("alice", "x-title").unwrap();
    let today = UnixTime::now().day();

    // Deadlines: a vulnerability report's clocks, at their boundaries.
    // (clock, urgency) of case x's open clocks as of a day (None: now).
    let clocks = |as_of: Option<i64>| -> Vec<(String, String)> {
        let day = as_of.map(|n| today.add_days(n).to_string());
        let mut args = vec!["due", "--json"];
        if let Some(day) = &day {
            args.extend(["--as-of", day.as_str()]);
        }
        let due = d.json("alice", &args);
        let x = due["cases"]
            .as_array()
            .unwrap()
            .iter()
            .find(|c| c["id"] == cx.as_str())
            .unwrap_or_else(|| panic!("case x is not due: {due}"))
            .clone();
        let mut out: Vec<_> = x["deadlines"]
            .as_array()
            .unwrap()
            .iter()
            .map(|c| {
                let text = |k: &str| c[k].as_str().unwrap().to_owned();
                (text("clock"), text("urgency"))
            })
            .collect();
        out.sort();
        out
    };
    let now: Vec<_> = clocks(None).into_iter().map(|(c, _)| c).collect();
    assert_eq!(now, ["acknowledge", "next-steps", "notify-party"]);
    assert!(
        clocks(Some(3)).contains(&("acknowledge".into(), "overdue".into())),
        "acknowledgement is due within 48 hours"
    );
    d.rev("alice", &["step", &cx, "acknowledged"]);
    d.rev(
        "alice",
        &["step", &cx, "notified", "--detail", "vendor PSIRT"],
    );
    let overdue: Vec<_> = clocks(Some(15))
        .into_iter()
        .filter(|(_, u)| u == "overdue")
        .map(|(c, _)| c)
        .collect();
    assert!(
        overdue.contains(&"party-response".to_owned()),
        "{overdue:?}"
    );
    assert!(overdue.contains(&"escalate".to_owned()), "{overdue:?}");
    assert!(
        !overdue.contains(&"disclose".to_owned()),
        "due after three weeks"
    );
    let listed = d.json("alice", &["list", "--overdue", "--json"]);
    assert_eq!(
        listed.as_array().unwrap().len(),
        0,
        "nothing is overdue today"
    );

    // Close: the case leaves the active store at once.
    d.rev("alice", &["close", &cx, "--reason", "fixed"]);
    assert_eq!(
        d.json("alice", &["list", "--json"])
            .as_array()
            .unwrap()
            .len(),
        2
    );
    let shown = d.try_rev("alice", &["show", &cx]);
    assert!(stderr(&shown).contains("closed"), "{}", stderr(&shown));
    // A simulated date never purges for real.
    let sim = d.json(
        "alice",
        &["purge", "--as-of", &today.add_days(8).to_string(), "--json"],
    );
    assert_eq!(sim["would_purge"][0]["id"], cx.as_str(), "{sim}");
    d.rev("alice", &["reopen", &cx, "--reason", "more information"]);
    assert_eq!(
        d.json("alice", &["list", "--json"])
            .as_array()
            .unwrap()
            .len(),
        3
    );
    d.rev("alice", &["close", &cx, "--reason", "fixed"]);
    d.rev(
        "alice",
        &[
            "hold",
            &cx,
            "--reason",
            "legal",
            "--until",
            &today.add_days(20).to_string(),
        ],
    );
    let held = d.json(
        "alice",
        &[
            "purge",
            "--as-of",
            &today.add_days(10).to_string(),
            "--json",
        ],
    );
    assert_eq!(held["would_purge"], serde_json::json!([]), "held: {held}");
    d.rev("alice", &["reopen", &cx, "--reason", "hold released"]);
    d.rev("alice", &["close", &cx, "--reason", "fixed"]);
    let log = d.json("alice", &["log", &cx, "--json"]);
    let whats: Vec<_> = log
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["what"].as_str().unwrap().to_owned())
        .collect();
    for w in [
        "imported",
        "closed (fixed)",
        "reopened (hold released)",
        "held until",
    ] {
        assert!(whats.iter().any(|x| x.starts_with(w)), "{w}: {whats:?}");
    }

    // What must not survive the purge: a slice of the case's encrypted row.
    let db = d.home("alice").join("cases.sqlite3");
    let row: Vec<u8> = rusqlite::Connection::open(&db)
        .unwrap()
        .query_row("SELECT data FROM cases WHERE id = ?1", [&cx], |r| r.get(0))
        .unwrap();
    let fragment = row[row.len() / 2..row.len() / 2 + 48].to_vec();
    assert!(!grep_tree(&d.home("alice"), &fragment).is_empty());
    let stats_before = d.json("alice", &["stats", "--json"]);
    let b0 = d.dir.join("backup-0.bin");
    d.rev("alice", &["backup", "--out", &s(&b0), "--server", &d.url]);

    // A week later: the automatic purge holds back after the clock jump,
    // a backup taken now still holds the closed case, then the purge.
    d.set_clock(7);
    let listed = d.try_rev("alice", &["list"]);
    assert!(
        stderr(&listed).contains("clock moved"),
        "{}",
        stderr(&listed)
    );
    d.rev("alice", &["log", &cx]);
    let b7 = d.dir.join("backup-7.bin");
    d.rev("alice", &["backup", "--out", &s(&b7), "--server", &d.url]);
    let purged = d.json("alice", &["purge", "--trust-clock", "--json"]);
    assert_eq!(purged["purged"], serde_json::json!([cx]));
    for needle in [
        fragment.as_slice(),
        b"x-body-canary",
        b"x-attachment-canary",
        cx.as_bytes(),
    ] {
        let hits = grep_tree(&d.home("alice"), needle);
        assert!(
            hits.is_empty(),
            "{hits:?} hold {:?}",
            String::from_utf8_lossy(needle)
        );
    }
    assert!(!d.try_rev("alice", &["log", &cx]).status.success());
    let count = |table: &str| -> i64 {
        let sql = match table {
            "items" => "SELECT count(*) FROM items",
            _ => "SELECT count(*) FROM purged",
        };
        rusqlite::Connection::open(&db)
            .unwrap()
            .query_row(sql, [], |r| r.get(0))
            .unwrap()
    };
    assert_eq!(count("items"), 2, "the purged report's item row went too");
    assert_eq!(count("purged"), 1, "a hash holds the case out for now");
    // Only counts remain, and the figures do not move when a case is
    // purged; cells under 3 never show their value.
    let stats = d.json("alice", &["stats", "--json"]);
    assert_eq!(stats["cases"], stats_before["cases"], "{stats}");
    assert!(!stats["cases"]["total"].is_number(), "{stats}");
    let text = String::from_utf8_lossy(&d.rev("alice", &["stats"]).stdout).into_owned();
    assert!(text.contains("<3"), "{text}");
    let chart = d.dir.join("chart.svg");
    d.rev("alice", &["stats", "--chart", &s(&chart)]);
    assert!(std::fs::read_to_string(&chart).unwrap().contains("<svg"));

    // Restoring the later backup on a new machine, within its window,
    // leaves the purged case out.
    d.set_clock(8);
    let restored = d.dir.join("alice-restored");
    fresh_home(&d.home("alice"), &restored);
    for f in ["config.json", "roster.json"] {
        std::fs::copy(d.home("alice").join(f), restored.join(f)).unwrap();
    }
    let out = must(
        d.try_at(
            &restored,
            "alice",
            &["restore", &s(&b7), "--server", &d.url],
        ),
        "restore",
    );
    assert!(
        String::from_utf8_lossy(&out.stdout).contains("Restored 2 cases"),
        "{}",
        String::from_utf8_lossy(&out.stdout)
    );
    let list = as_json(&must(
        d.try_at(&restored, "alice", &["list", "--json"]),
        "list",
    ));
    let titles: Vec<_> = list
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["title"].as_str().unwrap().to_owned())
        .collect();
    assert_eq!(titles.len(), 2, "{titles:?}");
    assert!(!titles.contains(&"x-title".to_owned()));
    // The first backup's escrow share is gone: nobody can read it now.
    let expired = d.try_rev("alice", &["restore", &s(&b0), "--server", &d.url]);
    assert!(!expired.status.success());
    assert!(stderr(&expired).contains("expired"), "{}", stderr(&expired));
    // Two weeks on, the later one has expired too.
    d.set_clock(15);
    let expired = d.try_rev("alice", &["restore", &s(&b7), "--server", &d.url]);
    assert!(stderr(&expired).contains("expired"), "{}", stderr(&expired));
    // Past the event log's and the backups' windows, not even the hash of
    // the purged case stays: only the counters.
    d.set_clock(45);
    d.rev("alice", &["purge", "--trust-clock"]);
    assert_eq!(count("purged"), 0);
    assert_eq!(
        d.json("alice", &["stats", "--json"])["cases"],
        stats_before["cases"]
    );
    // A report nobody has acknowledged: `due --online` warns before the
    // server's cap (60 days) purges it.
    d.submit("w-title", "w-body", &[]);
    let arrived = today.add_days(45);
    let waiting = d.json(
        "alice",
        &[
            "due",
            "--online",
            "--server",
            &d.url,
            "--as-of",
            &arrived.add_days(50).to_string(),
            "--json",
        ],
    );
    assert_eq!(
        waiting["unacknowledged_items"],
        serde_json::json!([{"oldest": arrived.to_string(), "days_left": 10}]),
        "{waiting}"
    );
    // It says what the drop box answered, not only when a cap is near.
    assert_eq!(
        waiting["online"],
        serde_json::json!({"server": d.url, "waiting": 1, "oldest": arrived.to_string()}),
        "{waiting}"
    );
    let said = stdout(&d.rev("alice", &["due", "--online", "--server", &d.url]));
    assert!(
        said.contains(&format!(
            "The drop box at {} holds 1 item you have not synced, the oldest from {arrived}.",
            d.url
        )),
        "{said}"
    );
    d.sync("alice");
    let said = stdout(&d.rev("alice", &["due", "--online", "--server", &d.url]));
    assert!(
        said.contains(&format!(
            "The drop box at {} holds nothing you have not synced.",
            d.url
        )),
        "{said}"
    );
}

/// A throwaway GnuPG home for an outside party (Debian `gnupg`).
struct Gpg(PathBuf);

impl Gpg {
    fn new(dir: &Path, name: &str) -> Self {
        use std::os::unix::fs::PermissionsExt;
        dropbox_e2e::apt_need("gpg", "gnupg");
        let home = dir.join(name);
        std::fs::create_dir_all(&home).unwrap();
        std::fs::set_permissions(&home, std::fs::Permissions::from_mode(0o700)).unwrap();
        Gpg(home)
    }

    fn run(&self, args: &[&str], stdin: &[u8]) -> Vec<u8> {
        use std::io::Write;
        let mut child = Command::new("gpg")
            .arg("--homedir")
            .arg(&self.0)
            .args([
                "--batch",
                "--no-tty",
                "--pinentry-mode",
                "loopback",
                "--passphrase",
                "",
            ])
            .args(args)
            .stdin(std::process::Stdio::piped())
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .expect("run gpg (apt-get install gnupg)");
        child.stdin.take().unwrap().write_all(stdin).unwrap();
        let out = child.wait_with_output().unwrap();
        assert!(out.status.success(), "gpg {args:?}: {}", stderr(&out));
        out.stdout
    }

    /// Makes a key for `uid`; returns its fingerprint.
    fn key(&self, uid: &str) -> String {
        self.run(
            &["--quick-gen-key", uid, "default", "default", "never"],
            b"",
        );
        let listing =
            String::from_utf8(self.run(&["--with-colons", "--fingerprint", uid], b"")).unwrap();
        listing
            .lines()
            .find_map(|l| l.strip_prefix("fpr:"))
            .map(|l| l.trim_matches(':').to_owned())
            .unwrap()
    }
}

impl Drop for Gpg {
    fn drop(&mut self) {
        let _ = Command::new("gpgconf")
            .arg("--homedir")
            .arg(&self.0)
            .args(["--kill", "all"])
            .output();
    }
}

#[test]
fn tlp_decides_who_receives_a_share_and_mailed_reports_import() {
    let d = Desk::new("casework-tlp", &["alice", "bob"]);
    d.submit(
        "tlp-title",
        "tlp-body-canary",
        &[
            "--contact",
            "reporter@example.net",
            "--category",
            "vulnerability",
        ],
    );
    d.sync("alice");
    d.sync("bob");
    let c = d.case("alice", "tlp-title").unwrap();
    let vendor = Gpg::new(&d.dir.0, "gpg-vendor");
    let vfpr = vendor.key("Vendor PSIRT <psirt@vendor.example>");
    let vcert = d.dir.join("vendor.asc");
    std::fs::write(&vcert, vendor.run(&["--armor", "--export", &vfpr], b"")).unwrap();
    let other = Gpg::new(&d.dir.0, "gpg-other");
    let ofpr = other.key("Someone <someone@other.example>");
    let ocert = d.dir.join("other.asc");
    std::fs::write(&ocert, other.run(&["--armor", "--export", &ofpr], b"")).unwrap();
    let share = |cert: &Path, out: &str, extra: &[&str]| {
        let out = d.dir.join(out);
        let mut args = vec!["share", &c, "--pgp"];
        let cert = s(cert);
        let outs = s(&out);
        args.extend([cert.as_str(), "--out", outs.as_str()]);
        args.extend_from_slice(extra);
        (d.try_rev("alice", &args), out)
    };

    // AMBER (the default): need to know, so the reporter's contact stays
    // out unless asked for; GnuPG reads what was shared.
    let (ok, out) = share(&vcert, "amber.asc", &[]);
    must(ok, "share AMBER");
    let plain = String::from_utf8(vendor.run(&["--decrypt", &s(&out)], b"")).unwrap();
    assert!(plain.contains("TLP:AMBER"), "{plain}");
    assert!(plain.contains("tlp-body-canary"), "{plain}");
    assert!(!plain.contains("reporter@example.net"), "{plain}");
    let (ok, out) = share(&vcert, "fields.asc", &["--fields", "title,contact"]);
    must(ok, "share chosen fields");
    let plain = String::from_utf8(vendor.run(&["--decrypt", &s(&out)], b"")).unwrap();
    assert!(plain.contains("reporter@example.net") && !plain.contains("tlp-body-canary"));

    // RED: only to a party named on the case.
    d.rev("alice", &["set", &c, "--tlp", "RED"]);
    let (refused, out) = share(&vcert, "red.asc", &[]);
    assert!(!refused.status.success());
    assert!(stderr(&refused).contains("TLP:RED"), "{}", stderr(&refused));
    assert!(!out.exists(), "nothing is written when refused");
    d.rev("alice", &["set", &c, "--party", &vfpr]);
    must(
        share(&vcert, "red.asc", &[]).0,
        "share RED to a named party",
    );
    assert!(!share(&ocert, "red-other.asc", &[]).0.status.success());

    // AMBER+STRICT: only within the organisation named on the case.
    d.rev("alice", &["set", &c, "--tlp", "amber+strict"]);
    let (refused, _) = share(&vcert, "strict.asc", &[]);
    assert!(
        stderr(&refused).contains("AMBER+STRICT"),
        "{}",
        stderr(&refused)
    );
    d.rev("alice", &["set", &c, "--organisation", "vendor.example"]);
    must(
        share(&vcert, "strict.asc", &[]).0,
        "share within the organisation",
    );
    let (refused, _) = share(&ocert, "strict-other.asc", &[]);
    assert!(
        stderr(&refused).contains("vendor.example"),
        "{}",
        stderr(&refused)
    );

    // A community alert only from GREEN or CLEAR, with the shareable fields.
    let alert = d.dir.join("alert.txt");
    let refused = d.try_rev("alice", &["alert", &c, "--out", &s(&alert)]);
    assert!(stderr(&refused).contains("GREEN"), "{}", stderr(&refused));
    d.rev(
        "alice",
        &["set", &c, "--tlp", "WHITE", "--shareable", "title,category"],
    );
    d.rev("alice", &["alert", &c, "--out", &s(&alert)]);
    let text = std::fs::read_to_string(&alert).unwrap();
    assert!(
        text.contains("TLP:CLEAR") && text.contains("tlp-title"),
        "{text}"
    );
    assert!(!text.contains("tlp-body-canary") && !text.contains("reporter@example.net"));

    // Redaction: the contact leaves the case for every member.
    d.rev("alice", &["redact", &c, "contact"]);
    d.sync("alice");
    d.sync("bob");
    let bob_view = d.json("bob", &["show", &c, "--json"]);
    assert!(bob_view["report"]["contact"].is_null(), "{bob_view}");
    let shares = bob_view["state"]["shares"].as_array().unwrap();
    assert_eq!(
        shares.len(),
        5,
        "every share is recorded for the team: {bob_view}"
    );
    let log = d.json("alice", &["log", &c, "--json"]);
    assert!(
        log.as_array()
            .unwrap()
            .iter()
            .filter(|e| e["what"].as_str().unwrap().starts_with("shared"))
            .count()
            >= 5
    );

    // A report mailed to the team's OpenPGP key becomes a case, and the
    // other members get it with the next sync.
    let team = Gpg::new(&d.dir.0, "gpg-team");
    let tfpr = team.key("Security Team <security@team.example>");
    let secret = d.dir.join("team-secret.asc");
    std::fs::write(
        &secret,
        team.run(&["--armor", "--export-secret-keys", &tfpr], b""),
    )
    .unwrap();
    d.rev("alice", &["team", "pgp-key", &s(&secret)]);
    // The same key attests roster #1, so reporters can bridge from the key
    // in the team's security.txt (`dropbox-submit --team-pgp`).
    let tcert = d.dir.join("team-public.asc");
    std::fs::write(&tcert, team.run(&["--armor", "--export", &tfpr], b"")).unwrap();
    let verify = |cert: &Path| {
        dropbox_e2e::command("dropbox-submit")
            .args(["verify", "--server", &d.url, "--team", &d.fp, "--team-pgp"])
            .arg(cert)
            .arg("--state")
            .arg(d.dir.join("submit-state"))
            .output()
            .unwrap()
    };
    let none = verify(&tcert);
    assert_eq!(none.status.code(), Some(3), "{}", stderr(&none));
    assert!(
        stderr(&none).contains("no OpenPGP attestation"),
        "{}",
        stderr(&none)
    );
    d.rev("alice", &["team", "attest", "--server", &d.url]);
    let good = verify(&tcert);
    assert!(good.status.success(), "{}", stderr(&good));
    let wrong = verify(&ocert);
    assert_eq!(wrong.status.code(), Some(3), "{}", stderr(&wrong));
    assert!(
        stderr(&wrong).contains("does not verify"),
        "{}",
        stderr(&wrong)
    );
    let sender = Gpg::new(&d.dir.0, "gpg-sender");
    sender.run(
        &["--import"],
        &team.run(&["--armor", "--export", &tfpr], b""),
    );
    let armored = sender.run(
        &[
            "--trust-model",
            "always",
            "--armor",
            "--encrypt",
            "-r",
            &tfpr,
        ],
        b"mailed-report-canary: the staging server leaks tokens",
    );
    let mail = d.dir.join("mail.eml");
    let mut eml = b"From: someone@example.net\r\nTo: security@team.example\r\nSubject: Mailed report\r\nContent-Type: text/plain\r\n\r\n".to_vec();
    eml.extend_from_slice(&armored);
    std::fs::write(&mail, eml).unwrap();
    let imported = d.json("alice", &["import-pgp", &s(&mail), "--json"]);
    let mc = imported["case"].as_str().unwrap().to_owned();
    let shown = d.json("alice", &["show", &mc, "--json"]);
    assert_eq!(shown["report"]["title"], "Mailed report");
    assert!(
        shown["report"]["body"]
            .as_str()
            .unwrap()
            .contains("mailed-report-canary")
    );
    d.sync("alice");
    let got = d.sync("bob");
    assert_eq!(got["granted"], 1, "{got}");
    assert_eq!(d.case("bob", "Mailed report").as_deref(), Some(mc.as_str()));
    let wrong = d.dir.join("not-for-us.eml");
    std::fs::write(
        &wrong,
        other.run(
            &[
                "--trust-model",
                "always",
                "--armor",
                "--encrypt",
                "-r",
                &ofpr,
            ],
            b"x",
        ),
    )
    .unwrap();
    let refused = d.try_rev("alice", &["import-pgp", &s(&wrong)]);
    assert!(!refused.status.success());
}

/// Answers every request with `body` (a drop box that serves a roster chain
/// of its choosing), on a loopback port; returns its URL.
fn fake_drop_box(body: Vec<u8>) -> String {
    use std::io::{Read, Write};
    let l = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let url = format!("http://{}", l.local_addr().unwrap());
    std::thread::spawn(move || {
        for mut c in l.incoming().flatten() {
            let mut buf = [0u8; 8192];
            let _ = c.read(&mut buf);
            let head = format!(
                "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n",
                body.len()
            );
            let _ = c.write_all(head.as_bytes());
            let _ = c.write_all(&body);
        }
    });
    url
}

#[test]
fn roster_alerts_page_checks_and_an_interrupted_sync() {
    let d = Desk::with(
        "casework-alerts",
        &["alice", "bob"],
        &["--page-sha256", &"0".repeat(64)],
    );
    for i in 0..24 {
        d.submit(&format!("bulk-{i}"), "bulk body", &[]);
    }
    // Killed while filing, then run again: every report once, none lost.
    let mut child = dropbox_e2e::command("reviewer")
        .arg("--home")
        .arg(d.home("alice"))
        .args(["sync", "--server", &d.url, "--team", &d.fp, "--json"])
        .env("REVIEWER_PASSPHRASE", pass("alice"))
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()
        .unwrap();
    let db = d.home("alice").join("cases.sqlite3");
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(120);
    loop {
        let filed: i64 =
            rusqlite::Connection::open_with_flags(&db, rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY)
                .and_then(|c| c.query_row("SELECT count(*) FROM items", [], |r| r.get(0)))
                .unwrap_or(0);
        if filed >= 3 {
            break;
        }
        assert!(
            std::time::Instant::now() < deadline,
            "sync never filed anything"
        );
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
    child.kill().unwrap();
    child.wait().unwrap();
    let out = d.try_rev(
        "alice",
        &["sync", "--server", &d.url, "--team", &d.fp, "--json"],
    );
    let again = as_json(&must(out.clone(), "the rerun"));
    assert!(again["new_cases"].as_u64().unwrap() < 24, "{again}");
    assert_eq!(
        d.json("alice", &["list", "--json"])
            .as_array()
            .unwrap()
            .len(),
        24
    );
    let third = d.sync("alice");
    assert_eq!(third["new_cases"], 0, "nothing twice: {third}");
    // The roster names a page hash the drop box does not serve.
    assert!(
        stderr(&out).contains("ALERT") && stderr(&out).contains("serves a page other"),
        "{}",
        stderr(&out)
    );
    assert!(
        stderr(&out).contains("could not fetch the page at http://127.0.0.1:9"),
        "{}",
        stderr(&out)
    );

    // A drop box serving a head signed by too few admins: refused, loudly.
    let mut chain: Vec<serde_json::Value> =
        serde_json::from_slice(&std::fs::read(&d.chain).unwrap()).unwrap();
    let next = d.dir.join("roster-2.json");
    // The next roster names the page this drop box really serves.
    let real = run("dropbox-server", &["page-hash"]);
    let real = String::from_utf8_lossy(&real.stdout).trim().to_owned();
    d.rev(
        "alice",
        &[
            "team",
            "renew",
            "--chain",
            &s(&d.chain),
            "--out",
            &s(&next),
            "--page-sha256",
            &real,
        ],
    );
    let mut forged: Vec<serde_json::Value> =
        serde_json::from_slice(&std::fs::read(&next).unwrap()).unwrap();
    let head = forged.last_mut().unwrap();
    // bob is no admin: his signature does not count.
    head["signatures"][0]["keyid"] = serde_json::json!("bob");
    let fake = fake_drop_box(serde_json::to_vec(&forged).unwrap());
    let out = d.try_rev("alice", &["sync", "--server", &fake, "--team", &d.fp]);
    assert!(!out.status.success());
    assert!(
        stderr(&out).contains("ALERT") && stderr(&out).contains("does not verify"),
        "{}",
        stderr(&out)
    );
    // The real roster #2, published; then a drop box that rolls back to #1.
    d.rev(
        "alice",
        &["team", "publish", "--server", &d.url, "--chain", &s(&next)],
    );
    let out = d.rev(
        "alice",
        &["sync", "--server", &d.url, "--team", &d.fp, "--json"],
    );
    assert!(
        stderr(&out).contains("ALERT: new roster head #2"),
        "{}",
        stderr(&out)
    );
    assert!(
        !stderr(&out).contains("serves a page other"),
        "the new roster names the real page: {}",
        stderr(&out)
    );
    chain.truncate(1);
    let fake = fake_drop_box(serde_json::to_vec(&chain).unwrap());
    let out = d.try_rev("alice", &["sync", "--server", &fake, "--team", &d.fp]);
    // A roster alert has its own exit status (docs/CLI.md), --json or not.
    assert_eq!(out.status.code(), Some(3), "{}", stderr(&out));
    let json = d.try_rev(
        "alice",
        &["sync", "--server", &fake, "--team", &d.fp, "--json"],
    );
    assert_eq!(json.status.code(), Some(3), "{}", stderr(&json));
    assert!(
        stderr(&out).contains("rolled the roster back"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn a_member_rotates_their_keys_and_keeps_their_cases() {
    let d = Desk::new("casework-rekey", &["alice", "bob"]);
    d.submit("before-title", "before-body-canary", &[]);
    d.sync("alice");
    d.sync("bob");
    let c1 = d.case("bob", "before-title").unwrap();
    let card = d.rev("bob", &["key", "rotate", "--json"]).stdout;
    let new_card = d.dir.join("bob-new.card.json");
    std::fs::write(&new_card, &card).unwrap();
    let next = d.dir.join("roster-rekey.json");
    let st = d.json(
        "alice",
        &[
            "team",
            "rekey",
            "--chain",
            &s(&d.chain),
            "--member",
            &s(&new_card),
            "--out",
            &s(&next),
            "--json",
        ],
    );
    assert_eq!(st["waiting_for"], "bob", "{st}");
    let early = d.try_rev(
        "alice",
        &["team", "publish", "--server", &d.url, "--chain", &s(&next)],
    );
    assert!(
        !early.status.success(),
        "bob's old key must sign the change"
    );
    let too_early = d.try_rev("bob", &["key", "activate", "--server", &d.url]);
    assert!(
        stderr(&too_early).contains("does not name your new keys"),
        "{}",
        stderr(&too_early)
    );
    let signed = d.json("bob", &["team", "sign", &s(&next), "--json"]);
    assert_eq!(signed["complete"], true, "{signed}");
    d.rev(
        "alice",
        &["team", "publish", "--server", &d.url, "--chain", &s(&next)],
    );
    d.rev("bob", &["key", "activate", "--server", &d.url]);
    d.submit("after-title", "after-body-canary", &[]);
    let synced = d.sync("bob");
    assert_eq!(synced["new_cases"], 1, "{synced}");
    let shown = d.json("bob", &["show", &c1, "--json"]);
    assert_eq!(shown["report"]["body"], "before-body-canary");
    assert!(d.case("bob", "after-title").is_some());
    let mine = d.json("bob", &["key", "show", "--json"]);
    assert_eq!(
        mine["age"],
        serde_json::from_slice::<serde_json::Value>(&card).unwrap()["age"]
    );
    // Every request goes through REVIEWER_PROXY (Tor, for a .onion drop
    // box): with a proxy where nothing listens, the sync cannot reach the
    // drop box even though it is up.
    for (proxy, why) in [
        ("socks5h://127.0.0.1:9", "cannot reach"),
        ("not a proxy", "REVIEWER_PROXY"),
    ] {
        let out = dropbox_e2e::command("reviewer")
            .arg("--home")
            .arg(d.home("bob"))
            .args(["sync", "--server", &d.url, "--team", &d.fp])
            .env("REVIEWER_PASSPHRASE", pass("bob"))
            .env("REVIEWER_PROXY", proxy)
            .output()
            .unwrap();
        assert!(!out.status.success());
        assert!(stderr(&out).contains(why), "{}", stderr(&out));
    }
}

#[test]
fn a_member_who_syncs_rarely_converges_through_snapshots() {
    let mut d = Desk::new("casework-snapshots", &["alice", "bob"]);
    d.submit("slow-title", "slow-body", &[]);
    d.sync("alice");
    d.sync("bob");
    let c = d.case("alice", "slow-title").unwrap();
    d.rev(
        "alice",
        &["set", &c, "--severity", "medium", "--status", "triaged"],
    );
    d.rev("alice", &["note", &c, "early-note"]);
    d.sync("alice");
    // Two weeks on, alice's sync re-posts the case's state as a snapshot.
    d.set_clock(15);
    let st = d.sync("alice");
    assert_eq!(st["snapshots"], 1, "{st}");
    let again = d.sync("alice");
    assert_eq!(
        again["snapshots"], 0,
        "one snapshot covers the events: {again}"
    );
    // A month on, the drop box has dropped the first events; bob, who has
    // not synced since the start, still ends with alice's state.
    d.set_clock(32);
    let db = rusqlite::Connection::open(d.data.join("dropbox.sqlite3")).unwrap();
    db.busy_timeout(std::time::Duration::from_secs(10)).unwrap();
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(30);
    while db
        .query_row("SELECT count(*) FROM events", [], |r| r.get::<_, i64>(0))
        .unwrap()
        > 1
    {
        assert!(
            std::time::Instant::now() < deadline,
            "the server kept old events"
        );
        std::thread::sleep(std::time::Duration::from_millis(100));
    }
    let bob = d.sync("bob");
    assert_eq!(bob["events_applied"], 1, "only the snapshot is left: {bob}");
    assert_eq!(d.state("bob", &c), d.state("alice", &c));
    assert_eq!(d.state("bob", &c)["notes"][0]["text"], "early-note");
}

#[path = "promises.rs"]
mod promises;
