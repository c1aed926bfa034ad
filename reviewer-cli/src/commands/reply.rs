//! `reviewer reply ID (--message T | --file F)`: answer the reporter.

use std::path::Path;

use anyhow::bail;

use crate::services::reply::{self, Posted, Sent};
use crate::services::session::Session;

/// Runs `reviewer reply`.
pub fn reply(home: &Path, id: &str, message: &str, json: bool) -> anyhow::Result<()> {
    if message.trim().is_empty() {
        bail!("the reply is empty");
    }
    let sent = reply_in(Session::open(home)?, id, message)?;
    print(&sent, json);
    Ok(())
}

/// [`reply`] in a session already open, without printing.
pub fn reply_in(mut s: Session, id: &str, message: &str) -> anyhow::Result<Sent> {
    if message.trim().is_empty() {
        bail!("the reply is empty");
    }
    reply::send(&mut s, id, message)
}

fn print(sent: &Sent, json: bool) {
    let seq = sent.seq;
    if json {
        let (posted, why) = match &sent.posted {
            Posted::Now => (true, None),
            Posted::Unreachable(e) => (false, Some(e.as_str())),
            Posted::NoServer => (false, Some("no drop box URL set yet")),
        };
        jsonln!(
            "{}",
            serde_json::json!({"seq": seq, "posted": posted, "queued_because": why})
        );
        return;
    }
    match &sent.posted {
        Posted::Now => outln!("Reply #{seq} posted to the reporter's mailbox."),
        Posted::Unreachable(e) => outln!(
            "Reply #{seq} queued; the drop box is not reachable now ({e}), the next sync posts it."
        ),
        Posted::NoServer => outln!("Reply #{seq} queued; the next sync posts it."),
    }
}
