//! The agent (issue 17 item 1): the first command unlocks the keys and
//! leaves them with `reviewer agent`; later commands need no passphrase
//! until `reviewer lock`, the idle time, a killed agent or a deleted home.
//! The agent refuses other uids, a client refuses a socket others could
//! reach, and the agent's memory is locked and not dumpable.

use std::io::{Read, Write};
use std::os::unix::fs::{MetadataExt, PermissionsExt};
use std::os::unix::net::UnixStream;
use std::os::unix::process::CommandExt;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::time::{Duration, Instant};

use dropbox_e2e::TempDir;

const PASS: &str = "agent test passphrase";

/// Runs `reviewer` with `pass` as REVIEWER_PASSPHRASE (None: unset), stdin
/// from /dev/null, and `env` added.
fn reviewer(home: &Path, pass: Option<&str>, env: &[(&str, &str)], args: &[&str]) -> Output {
    let mut cmd = dropbox_e2e::command("reviewer");
    cmd.arg("--home").arg(home).args(args);
    cmd.env_remove("REVIEWER_PASSPHRASE")
        .env_remove("REVIEWER_AGENT")
        .env_remove("REVIEWER_AGENT_IDLE")
        .stdin(std::process::Stdio::null());
    if let Some(p) = pass {
        cmd.env("REVIEWER_PASSPHRASE", p);
    }
    for (k, v) in env {
        cmd.env(k, v);
    }
    cmd.output().expect("run reviewer")
}

fn text(b: &[u8]) -> String {
    String::from_utf8_lossy(b).into_owned()
}

fn ok(out: Output) -> Output {
    assert!(
        out.status.success(),
        "reviewer failed: {}",
        text(&out.stderr)
    );
    out
}

/// Fails like a command with no passphrase and no terminal.
fn needs_passphrase(out: &Output) {
    assert_eq!(out.status.code(), Some(1), "{out:?}");
    assert!(
        text(&out.stderr).contains("no terminal to ask for the passphrase"),
        "{}",
        text(&out.stderr)
    );
}

/// A member with keys, and a home path.
fn member(dir: &TempDir) -> PathBuf {
    let home = dir.join("alice");
    ok(reviewer(
        &home,
        Some(PASS),
        &[],
        &["key", "new", "--name", "Alice", "--json"],
    ));
    home
}

fn socket(home: &Path) -> PathBuf {
    home.join("agent").join("socket")
}

/// One raw exchange with the agent, as the protocol's own client does.
fn ask(home: &Path, request: &str) -> serde_json::Value {
    let mut s = UnixStream::connect(socket(home)).expect("an agent listening");
    s.write_all(request.as_bytes()).unwrap();
    s.shutdown(std::net::Shutdown::Write).unwrap();
    let mut out = Vec::new();
    s.read_to_end(&mut out).unwrap();
    serde_json::from_slice(&out).unwrap_or_else(|_| panic!("not JSON: {}", text(&out)))
}

fn agent_pid(home: &Path) -> u32 {
    let st = ask(home, r#"{"v":1,"op":"status"}"#);
    assert_eq!(st["ok"], true, "{st}");
    st["pid"].as_u64().unwrap() as u32
}

/// Gone: no such process, or a zombie waiting for whoever adopted it.
fn gone(pid: u32) -> bool {
    match std::fs::read_to_string(format!("/proc/{pid}/stat")) {
        Err(_) => true,
        Ok(s) => s
            .rsplit_once(')')
            .is_some_and(|(_, rest)| rest.trim_start().starts_with('Z')),
    }
}

/// Waits (generously: the machine may be busy) for `pid` to end.
fn wait_gone(pid: u32, within: Duration) -> bool {
    let start = Instant::now();
    while start.elapsed() < within {
        if gone(pid) {
            return true;
        }
        std::thread::sleep(Duration::from_millis(100));
    }
    gone(pid)
}

#[test]
fn the_second_command_needs_no_passphrase_until_lock() {
    let dir = TempDir::new("agent-lock");
    let home = member(&dir);
    // `key new` makes keys; the first command that opens them starts it.
    ok(reviewer(&home, Some(PASS), &[], &["list"]));
    let mode = std::fs::symlink_metadata(socket(&home)).unwrap().mode();
    assert_eq!(mode & 0o777, 0o600, "{mode:o}");
    let dmode = std::fs::metadata(home.join("agent")).unwrap().mode();
    assert_eq!(dmode & 0o777, 0o700, "{dmode:o}");
    let pid = agent_pid(&home);

    // No passphrase, no terminal: the agent is the unlock.
    let list = ok(reviewer(&home, None, &[], &["list", "--json"]));
    assert_eq!(text(&list.stdout).trim(), "[]");
    ok(reviewer(&home, None, &[], &["search", "anything"]));
    // A wrong passphrase still fails as it always did, and the agent
    // stays for the right one.
    let wrong = reviewer(&home, Some("not the passphrase"), &[], &["list"]);
    assert_eq!(wrong.status.code(), Some(1));
    assert!(
        text(&wrong.stderr).contains("wrong passphrase"),
        "{wrong:?}"
    );
    ok(reviewer(&home, Some(PASS), &[], &["list"]));
    assert_eq!(agent_pid(&home), pid, "one agent for the whole session");

    let locked = ok(reviewer(&home, None, &[], &["lock", "--json"]));
    let j: serde_json::Value = serde_json::from_slice(&locked.stdout).unwrap();
    assert_eq!(j["was_running"], true, "{j}");
    assert!(
        wait_gone(pid, Duration::from_secs(20)),
        "agent {pid} still runs"
    );
    assert!(!socket(&home).exists());
    needs_passphrase(&reviewer(&home, None, &[], &["list"]));
    let again = ok(reviewer(&home, None, &[], &["lock"]));
    assert!(text(&again.stdout).contains("No agent was running"));
    let j: serde_json::Value =
        serde_json::from_slice(&ok(reviewer(&home, None, &[], &["lock", "--json"])).stdout)
            .unwrap();
    assert_eq!(j["was_running"], false);
}

#[test]
fn an_idle_agent_ends_itself_and_the_opt_outs_start_none() {
    let dir = TempDir::new("agent-idle");
    let home = member(&dir);
    let idle = [("REVIEWER_AGENT_IDLE", "3s")];
    ok(reviewer(&home, Some(PASS), &idle, &["list"]));
    let pid = agent_pid(&home);
    assert!(
        wait_gone(pid, Duration::from_secs(30)),
        "agent {pid} outlived its idle time"
    );
    assert!(!socket(&home).exists());
    needs_passphrase(&reviewer(&home, None, &[], &["list"]));

    // REVIEWER_AGENT=off, or config.json's agent_idle_minutes 0: none.
    ok(reviewer(
        &home,
        Some(PASS),
        &[("REVIEWER_AGENT", "off")],
        &["list"],
    ));
    assert!(!socket(&home).exists());
    needs_passphrase(&reviewer(&home, None, &[], &["list"]));
    let cfg = home.join("config.json");
    let mut c: serde_json::Value = match std::fs::read(&cfg) {
        Ok(b) => serde_json::from_slice(&b).unwrap(),
        Err(_) => serde_json::json!({}),
    };
    c["agent_idle_minutes"] = 0.into();
    std::fs::write(&cfg, serde_json::to_vec(&c).unwrap()).unwrap();
    ok(reviewer(&home, Some(PASS), &[], &["list"]));
    assert!(!socket(&home).exists());
    // The setting survives the commands that rewrite config.json.
    let kept: serde_json::Value = serde_json::from_slice(&std::fs::read(&cfg).unwrap()).unwrap();
    assert_eq!(kept["agent_idle_minutes"], 0, "{kept}");
}

#[test]
fn a_socket_others_could_reach_is_not_trusted() {
    let dir = TempDir::new("agent-mode");
    let home = member(&dir);
    ok(reviewer(&home, Some(PASS), &[], &["list"]));
    let pid = agent_pid(&home);
    std::fs::set_permissions(socket(&home), std::fs::Permissions::from_mode(0o666)).unwrap();
    let out = reviewer(&home, None, &[], &["list"]);
    needs_passphrase(&out);
    let err = text(&out.stderr);
    assert!(
        err.contains("not using the agent") && err.contains("0666"),
        "{err}"
    );

    // The next unlock replaces it; the agent behind the old one ends.
    ok(reviewer(&home, Some(PASS), &[], &["list"]));
    assert!(
        wait_gone(pid, Duration::from_secs(20)),
        "agent {pid} still runs"
    );
    let mode = std::fs::symlink_metadata(socket(&home)).unwrap().mode();
    assert_eq!(mode & 0o777, 0o600);
    ok(reviewer(&home, None, &[], &["list"]));

    // The same for a directory others can enter.
    std::fs::set_permissions(home.join("agent"), std::fs::Permissions::from_mode(0o755)).unwrap();
    let out = reviewer(&home, None, &[], &["list"]);
    needs_passphrase(&out);
    assert!(text(&out.stderr).contains("0755"), "{}", text(&out.stderr));
    std::fs::set_permissions(home.join("agent"), std::fs::Permissions::from_mode(0o700)).unwrap();
    ok(reviewer(&home, None, &[], &["lock"]));
}

/// A raw client (perl, present wherever git is) as uid `uid`: the reply.
fn ask_as(uid: u32, home: &Path, request: &str) -> String {
    let script = r#"use IO::Socket::UNIX; my $s = IO::Socket::UNIX->new(Peer => $ARGV[0]) or die "connect: $!"; print $s $ARGV[1]; shutdown($s, 1); local $/; print <$s>;"#;
    let mut cmd = Command::new("perl");
    cmd.args(["-e", script])
        .arg(socket(home))
        .arg(request)
        .uid(uid)
        .gid(uid);
    let out = cmd.output().expect("run perl");
    assert!(out.status.success(), "{out:?}");
    text(&out.stdout)
}

#[test]
fn the_agent_refuses_another_uid() {
    let dir = TempDir::new("agent-uid");
    let home = member(&dir);
    ok(reviewer(&home, Some(PASS), &[], &["list"]));
    let me = std::fs::metadata(&home).unwrap().uid();
    // The same raw client as this uid gets the keys: the refusal below is
    // the agent's, not the client's.
    let mine = ask_as(me, &home, r#"{"v":1,"op":"keys"}"#);
    assert!(
        mine.contains(r#""ok":true"#) && mine.contains("keys"),
        "{mine}"
    );
    if me != 0 {
        // Switching uid needs root (CI runs as root).
        ok(reviewer(&home, None, &[], &["lock"]));
        return;
    }
    // Let uid 65534 reach the socket: the agent's own check must refuse it.
    for d in [&dir.0, &home, &home.join("agent")] {
        std::fs::set_permissions(d, std::fs::Permissions::from_mode(0o711)).unwrap();
    }
    std::fs::set_permissions(socket(&home), std::fs::Permissions::from_mode(0o666)).unwrap();
    for op in ["keys", "lock", "status"] {
        let theirs = ask_as(65534, &home, &format!(r#"{{"v":1,"op":"{op}"}}"#));
        assert!(
            theirs.contains("refused: another user") && !theirs.contains(r#""keys""#),
            "{theirs}"
        );
    }
    std::fs::set_permissions(socket(&home), std::fs::Permissions::from_mode(0o600)).unwrap();
    std::fs::set_permissions(home.join("agent"), std::fs::Permissions::from_mode(0o700)).unwrap();
    // Still running and serving its member.
    ok(reviewer(&home, None, &[], &["list"]));
    ok(reviewer(&home, None, &[], &["lock"]));
}

#[test]
fn a_killed_agent_costs_one_quiet_unlock() {
    let dir = TempDir::new("agent-kill");
    let home = member(&dir);
    ok(reviewer(&home, Some(PASS), &[], &["list"]));
    let pid = agent_pid(&home);
    let kill = Command::new("kill")
        .args(["-KILL", &pid.to_string()])
        .status()
        .unwrap();
    assert!(kill.success());
    assert!(wait_gone(pid, Duration::from_secs(20)));
    // The socket is left behind, stale.
    assert!(socket(&home).exists());
    needs_passphrase(&reviewer(&home, None, &[], &["list"]));
    let out = ok(reviewer(&home, Some(PASS), &[], &["list"]));
    assert!(text(&out.stderr).is_empty(), "{}", text(&out.stderr));
    let new = agent_pid(&home);
    assert_ne!(new, pid);
    ok(reviewer(&home, None, &[], &["list"]));
    ok(reviewer(&home, None, &[], &["lock"]));
}

#[test]
fn the_agent_ends_with_its_home_and_on_sigterm() {
    let dir = TempDir::new("agent-home");
    let home = member(&dir);
    ok(reviewer(&home, Some(PASS), &[], &["list"]));
    let pid = agent_pid(&home);
    std::fs::remove_dir_all(&home).unwrap();
    assert!(
        wait_gone(pid, Duration::from_secs(30)),
        "agent {pid} outlived its home"
    );

    let home = member(&dir);
    ok(reviewer(&home, Some(PASS), &[], &["list"]));
    let pid = agent_pid(&home);
    let term = Command::new("kill")
        .args(["-TERM", &pid.to_string()])
        .status()
        .unwrap();
    assert!(term.success());
    assert!(wait_gone(pid, Duration::from_secs(20)));
    // An orderly end: it removed its socket.
    assert!(!socket(&home).exists());
    needs_passphrase(&reviewer(&home, None, &[], &["list"]));
}

#[test]
fn the_agent_is_locked_in_memory_and_not_dumpable() {
    let dir = TempDir::new("agent-mem");
    let home = member(&dir);
    ok(reviewer(&home, Some(PASS), &[], &["list"]));
    let st = ask(&home, r#"{"v":1,"op":"status"}"#);
    assert_eq!(st["dumpable"], false, "{st}");
    assert_eq!(st["locked"], true, "{st}");
    let pid = st["pid"].as_u64().unwrap();
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).unwrap();
    let locked_kb: u64 = status
        .lines()
        .find_map(|l| l.strip_prefix("VmLck:"))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok())
        .unwrap_or_else(|| panic!("no VmLck in {status}"));
    assert!(locked_kb > 0, "{status}");
    // Every locked mapping (the vault) is also kept out of core dumps:
    // smaps' VmFlags "lo" and "dd" (THREAT_MODEL residual risk 31).
    assert_eq!(st["dontdump"], true, "{st}");
    let smaps = std::fs::read_to_string(format!("/proc/{pid}/smaps"))
        .unwrap_or_else(|e| panic!("cannot read the agent's smaps (run as root or its uid): {e}"));
    let flags: Vec<Vec<&str>> = smaps
        .lines()
        .filter_map(|l| l.strip_prefix("VmFlags:"))
        .map(|f| f.split_whitespace().collect())
        .collect();
    let locked: Vec<&Vec<&str>> = flags.iter().filter(|f| f.contains(&"lo")).collect();
    assert!(!locked.is_empty(), "no locked mapping in {smaps}");
    for f in locked {
        assert!(
            f.contains(&"dd"),
            "a locked mapping that a core dump would hold: {f:?}"
        );
    }
    // Never attached to the caller: its own session, no pipe of ours.
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).unwrap();
    let fields: Vec<&str> = stat
        .rsplit_once(')')
        .unwrap()
        .1
        .split_whitespace()
        .collect();
    assert_eq!(fields[3], pid.to_string(), "not a session leader: {stat}");
    for fd in ["0", "1", "2"] {
        let target = std::fs::read_link(format!("/proc/{pid}/fd/{fd}")).unwrap();
        assert_eq!(target, Path::new("/dev/null"), "fd {fd}");
    }
    ok(reviewer(&home, None, &[], &["lock"]));
}

#[test]
fn changed_keys_end_the_agent() {
    let dir = TempDir::new("agent-rekey");
    let home = member(&dir);
    ok(reviewer(&home, Some(PASS), &[], &["list"]));
    let pid = agent_pid(&home);
    // A new passphrase rewrites keys.age: the agent's copy is no longer
    // the member's keys as locked now.
    ok(reviewer(
        &home,
        Some(PASS),
        &[("REVIEWER_NEW_PASSPHRASE", "another long passphrase")],
        &["key", "lock"],
    ));
    needs_passphrase(&reviewer(&home, None, &[], &["list"]));
    assert!(wait_gone(pid, Duration::from_secs(20)));
    ok(reviewer(
        &home,
        Some("another long passphrase"),
        &[],
        &["list"],
    ));
    ok(reviewer(&home, None, &[], &["lock"]));
}
