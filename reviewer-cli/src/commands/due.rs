//! `reviewer due`: the policy's clocks for every open case (see
//! `deadlines`), most urgent first, with what to do next; and the items on
//! the drop box this member has not acknowledged, before the server's cap
//! purges them.

use dropbox_crypto::time::{Day, UnixTime};

use crate::domain::deadlines::{self, Urgency};
use crate::services::session::Session;

/// How many days ahead `due` warns of a drop key about to be destroyed.
const DROP_WARN_DAYS: i64 = 3;

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
    let (rows, pending, withdrawn) = (q.rows, q.pending, q.withdrawn);
    let answer = q.online;
    let drop_risk = crate::services::dropkeys::at_risk(s, now.day(), DROP_WARN_DAYS)?;
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
        let mut doc = serde_json::json!({"as_of": now.day().to_string(), "cases": out,
            "unacknowledged_items": pending.iter().map(|(d, left)| serde_json::json!({"oldest": d, "days_left": left})).collect::<Vec<_>>(),
            "drop_keys_at_risk": drop_risk,
            "withdrawn": withdrawn.iter().map(|(w, title)| serde_json::json!({
                "id": w.id, "title": title, "withdrawn": w.day.to_string(),
                "purge": w.purge.map(|d| d.to_string()),
                "hold": w.hold.as_ref().map(|(d, r)| serde_json::json!({"until": d.to_string(), "reason": r})),
            })).collect::<Vec<_>>()});
        if let Some((server, waiting, oldest)) = &answer {
            doc["online"] =
                serde_json::json!({"server": server, "waiting": waiting, "oldest": oldest});
        }
        jsonln!("{doc}");
        return Ok(());
    }
    if let Some((server, waiting, oldest)) = &answer {
        let server = dropbox_crypto::text::Line(server.as_str());
        match oldest {
            Some(day) => outln!(
                "The drop box at {server} holds {} you have not synced, the oldest from {day}.",
                dropbox_term::count(*waiting as u64, "item", "items")
            ),
            None => outln!("The drop box at {server} holds nothing you have not synced."),
        }
    }
    for r in &drop_risk {
        outln!(
            "warning: your drop key for {} to {} is destroyed on {} (in {}): items sent to it since your last sync become unreadable; run `reviewer sync` before then",
            r.not_before,
            r.not_after,
            r.destroyed_on,
            dropbox_term::count(r.days_left.unsigned_abs(), "day", "days")
        );
    }
    if rows.is_empty() && pending.is_empty() && drop_risk.is_empty() && withdrawn.is_empty() {
        outln!("Nothing due as of {}.", now.day());
    }
    for (w, title) in &withdrawn {
        let what = match (&w.hold, w.purge) {
            (Some((d, r)), _) => format!(
                "kept by a hold until {d} ({})",
                dropbox_crypto::text::Line(r)
            ),
            (None, Some(p)) => format!(
                "closed, purged on {p} unless a member keeps it (`reviewer hold {} --reason …`)",
                w.id
            ),
            (None, None) => "kept open by a member".to_owned(),
        };
        outln!(
            "{}  {}  WITHDRAWN by the reporter on {}: {what}",
            w.id,
            dropbox_crypto::text::Line(title.as_deref().unwrap_or("(no title)")),
            w.day
        );
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
