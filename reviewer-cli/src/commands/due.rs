//! `reviewer due`: the policy's clocks for every open case (see
//! `deadlines`), most urgent first, with what to do next; and the items on
//! the drop box this member has not acknowledged, before the server's cap
//! purges them.

use dropbox_crypto::time::{Day, UnixTime};

use crate::domain::deadlines::{self, Urgency};
use crate::services::session::Session;

/// `reviewer due [--as-of DATE] [--mine] [--online [--server URL]] [--json]`;
/// `online` is the drop box to ask for the items waiting unacknowledged.
pub fn run(
    s: &Session,
    as_of: Option<&str>,
    mine: bool,
    online: Option<&str>,
    json: bool,
) -> anyhow::Result<()> {
    let now = match as_of {
        Some(d) => {
            let day: Day = d
                .parse()
                .map_err(|e| anyhow::anyhow!("--as-of must be YYYY-MM-DD: {e}"))?;
            // The end of that day, so everything due on it shows.
            UnixTime(day.start().0 + 86_399)
        }
        None => UnixTime::now(),
    };
    let q = crate::services::due::queue(s, now, mine, online)?;
    let (rows, pending) = (q.rows, q.pending);
    if json {
        let out: Vec<_> = rows
            .iter()
            .map(|(c, st, ds)| {
                serde_json::json!({
                    "id": c.id, "title": c.report.title, "status": st.status, "owner": st.owner,
                    "severity": st.severity, "severity_guess": c.report.severity,
                    "deadlines": ds.iter().map(|d| serde_json::json!({
                        "clock": d.clock.to_string(), "due": crate::output::when(d.due.0),
                        "due_unix": d.due.0,
                        "urgency": format!("{:?}", deadlines::urgency(d, now)).to_lowercase(),
                        "action": d.action,
                    })).collect::<Vec<_>>(),
                })
            })
            .collect();
        jsonln!(
            "{}",
            serde_json::json!({"as_of": now.day().to_string(), "cases": out,
                "unacknowledged_items": pending.iter().map(|(d, left)| serde_json::json!({"oldest": d, "days_left": left})).collect::<Vec<_>>()})
        );
        return Ok(());
    }
    if rows.is_empty() && pending.is_empty() {
        outln!("Nothing due as of {}.", now.day());
    }
    for (c, st, ds) in &rows {
        outln!(
            "{}  {}  [{}{}]",
            c.id,
            dropbox_crypto::text::Line(c.report.title.as_deref().unwrap_or("(no title)")),
            st.status,
            st.owner
                .as_ref()
                .map_or(String::from(", unowned"), |o| format!(", owner {o}"))
        );
        for d in ds {
            let u = deadlines::urgency(d, now);
            let tag = match u {
                Urgency::Overdue => "OVERDUE ",
                Urgency::DueToday => "due soon",
                _ => "        ",
            };
            outln!(
                "    {tag} {:<16} {}  {}",
                d.clock.to_string(),
                crate::output::when(d.due.0),
                d.action
            );
        }
    }
    for (d, left) in &pending {
        outln!(
            "Items on the drop box waiting since {d} have not been synced: the server purges them in {}. Run `reviewer sync`.",
            dropbox_term::count(*left as u64, "day", "days")
        );
    }
    Ok(())
}
