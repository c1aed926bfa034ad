//! The daily digest: at a fixed hour, tell the team that reports wait, and
//! nothing else (no count, no size, no time of arrival).
//!
//! The server hands a fixed JSON message to an operator-configured command
//! on its standard input, once a day at the configured UTC hour. The command
//! is the transport: `curl --data-binary @- https://hooks.example/…` for a
//! webhook, `sendmail -t` (with a fixed header) for an SMTP relay. Keeping
//! HTTP and SMTP clients (and their TLS stacks) out of the server keeps it
//! small, and the message can reveal nothing because it is constant.

use std::io::Write;
use std::process::{Child, Command, Stdio};

use dropbox_crypto::time::UnixTime;

/// The only message the digest ever sends.
pub const MESSAGE: &str =
    r#"{"text":"Reports are waiting in the drop box. Run `reviewer sync` to read them."}"#;

/// When and how to notify.
#[derive(Debug, Clone)]
pub struct Notify {
    /// A shell command that receives [`MESSAGE`] on stdin.
    pub command: String,
    /// Hour of the day (UTC) to send at.
    pub hour: u8,
    /// Send every day, whether or not anything waits (so that even the
    /// fact of a new report is not revealed by the notification's timing).
    pub daily: bool,
    /// On a host of many teams, the team it is for, given to the command
    /// as `DROPBOX_TEAM`: one command set on the replicas serves every
    /// team of a registry, and the message itself names no one.
    pub team: Option<String>,
}

impl Notify {
    /// Whether the digest is due at `now`, given the day it last went out
    /// (as days since the epoch) and whether anything waits.
    pub fn due(&self, now: UnixTime, last_sent_day: Option<i64>, waiting: bool) -> bool {
        let day = now.day().days_since_epoch();
        let hour = now.0.rem_euclid(86_400) / 3600;
        // Only within the configured hour: a report arriving later waits
        // for the next day's digest, so the digest's time says nothing
        // about when a report came in.
        hour == i64::from(self.hour) && last_sent_day != Some(day) && (waiting || self.daily)
    }

    /// Runs the command with the message on stdin.
    pub fn send(&self) -> std::io::Result<()> {
        deliver(self.command().spawn()?)
    }

    fn command(&self) -> Command {
        let mut command = Command::new("/bin/sh");
        command
            .arg("-c")
            .arg(&self.command)
            .stdin(Stdio::piped())
            .stdout(Stdio::null());
        // In the environment, never in the command line: a team's name is
        // not shell syntax to be quoted.
        match &self.team {
            Some(t) => command.env("DROPBOX_TEAM", t),
            None => command.env_remove("DROPBOX_TEAM"),
        };
        command
    }
}

/// Writes the message to a spawned command and waits for its verdict.
fn deliver(mut child: Child) -> std::io::Result<()> {
    let written = child
        .stdin
        .take()
        .expect("piped stdin")
        .write_all(MESSAGE.as_bytes());
    // A command need not read the message (a webhook with a fixed body, a
    // `touch` of a flag file): if it exits before reading, the write meets
    // a closed pipe, and only its exit status says whether the digest went
    // out.
    if let Err(e) = written
        && e.kind() != std::io::ErrorKind::BrokenPipe
    {
        let _ = child.wait();
        return Err(e);
    }
    let status = child.wait()?;
    if status.success() {
        Ok(())
    } else {
        Err(std::io::Error::other(format!(
            "notify command exited with {status}"
        )))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn due_once_a_day_within_the_hour() {
        let n = Notify {
            command: "true".into(),
            hour: 9,
            daily: false,
            team: None,
        };
        let day = 20_000;
        let at = |h: i64| UnixTime(day * 86_400 + h * 3600);
        assert!(!n.due(at(8), None, true), "before the hour");
        assert!(n.due(at(9), None, true));
        assert!(!n.due(at(9), Some(day), true), "already sent today");
        assert!(!n.due(at(9), None, false), "nothing waits");
        assert!(
            !n.due(at(10), None, true),
            "after the hour: wait for tomorrow"
        );
        let daily = Notify { daily: true, ..n };
        assert!(daily.due(at(9), None, false), "daily mode sends anyway");
    }

    #[test]
    fn the_command_receives_the_fixed_message() {
        let out = std::env::temp_dir().join(format!(
            "dropbox-notify-{}",
            dropbox_crypto::SubmissionId::random()
        ));
        let n = Notify {
            command: format!("cat > '{}'", out.display()),
            hour: 0,
            daily: true,
            team: None,
        };
        n.send().unwrap();
        assert_eq!(std::fs::read_to_string(&out).unwrap(), MESSAGE);
        let _ = std::fs::remove_file(&out);
        // A team's name reaches the command as data, not as shell words.
        let named = Notify {
            command: format!("printf '%s' \"$DROPBOX_TEAM\" > '{}'", out.display()),
            team: Some("acme".into()),
            ..n.clone()
        };
        named.send().unwrap();
        assert_eq!(std::fs::read_to_string(&out).unwrap(), "acme");
        let unnamed = Notify {
            team: None,
            ..named
        };
        unnamed.send().unwrap();
        assert_eq!(std::fs::read_to_string(&out).unwrap(), "");
        let _ = std::fs::remove_file(out);
        // A command that exits before the message is written (it never
        // reads its stdin) still succeeds, and one that fails so still
        // fails: the closed pipe does not decide (it did, at random, under
        // load).
        for (command, ok) in [("true", true), ("exit 3", false)] {
            let mut child = Notify {
                command: command.into(),
                ..n.clone()
            }
            .command()
            .spawn()
            .unwrap();
            while child.try_wait().unwrap().is_none() {
                std::thread::sleep(std::time::Duration::from_millis(5));
            }
            assert_eq!(deliver(child).is_ok(), ok, "{command}");
        }
        let failing = Notify {
            command: "exit 3".into(),
            hour: 0,
            daily: true,
            team: None,
        };
        assert!(failing.send().is_err());
    }
}
