//! `dropbox-submit replies`: read the team's replies with the codename,
//! verifying each one's signature against the roster.

use std::io::IsTerminal;

use anyhow::Context;

use dropbox_crypto::bundle::{self, Kind};
use dropbox_crypto::codename::{Codename, CodenameKeys};
use dropbox_crypto::httpsig::KeyId;
use dropbox_crypto::messages::{self, ChainReply, Standing};
use dropbox_crypto::roster::VerifiedChain;
use dropbox_crypto::wire::MailboxItem;
use dropbox_crypto::{MailboxId, envelope};

use crate::cli::Replies;
use crate::client::{self, Client};
use crate::commands::shown as path_arg;
use crate::l10n::untrusted;
use crate::output::{EntryView, ExportView, RepliesView, ReplyView};
use dropbox_crypto::text::escape_line;

/// Reads the codename from a file, DROPBOX_CODENAME, or the terminal
/// (without echo).
pub fn read_codename(file: Option<&std::path::Path>) -> anyhow::Result<Codename> {
    let text = zeroize::Zeroizing::new(match file {
        Some(f) => std::fs::read_to_string(f).with_context(|| {
            t!(
                "error-cannot-read",
                file = untrusted(&f.display().to_string())
            )
        })?,
        None => match std::env::var("DROPBOX_CODENAME") {
            Ok(c) => c,
            Err(_) if !std::io::stdin().is_terminal() => {
                let mut line = String::new();
                std::io::stdin()
                    .read_line(&mut line)
                    .with_context(|| t!("error-codename-stdin"))?;
                line
            }
            Err(_) => rpassword::prompt_password(format!("{} ", t!("codename-prompt")))
                .with_context(|| t!("error-codename-terminal"))?,
        },
    });
    Ok(Codename::parse(&text)?)
}

/// Fetches and verifies the mailbox's replies, each against the roster in
/// force when it was posted (`messages::verify_reply_in_chain`); bad ones
/// are reported, not shown as genuine. Sorted by seq.
pub fn fetch(
    client: &Client,
    chain: &VerifiedChain,
    keys: &CodenameKeys,
) -> anyhow::Result<(Vec<ChainReply>, Vec<String>)> {
    let mailbox: MailboxId = keys.mailbox();
    let (status, v) = client.signed_get(
        &format!("/v1/mailboxes/{mailbox}"),
        &KeyId::Mailbox(mailbox),
        &keys.mailbox_key,
    )?;
    if status != 200 {
        anyhow::bail!(
            "{}",
            t!(
                "error-mailbox",
                code = status.to_string(),
                detail = untrusted(&client::error_message(&v))
            )
        );
    }
    let mut shown = Vec::new();
    let mut problems = Vec::new();
    // Each item is parsed on its own, so a malformed one is reported
    // without hiding the others.
    for item in v.as_array().cloned().unwrap_or_default() {
        let verified = (|| -> Result<ChainReply, String> {
            let item: MailboxItem = client::parse(item).map_err(|e| format!("malformed: {e}"))?;
            // A server that does not say which roster was in force answers
            // for its head: a key no longer in it is then refused.
            let posted = item.roster_seq.unwrap_or(chain.head().roster.seq);
            let plain =
                envelope::decrypt_vec(&item.data, &[&keys.identity]).map_err(|e| e.to_string())?;
            let d = bundle::decode_slice(&plain, 16 << 20).map_err(|e| e.to_string())?;
            if d.header.kind != Kind::Reply {
                return Err("not a reply".into());
            }
            let env = d.header.signed.ok_or("unsigned")?;
            messages::verify_reply_in_chain(&env, chain, &mailbox, posted)
                .map_err(|e| e.to_string())
        })();
        match verified {
            Ok(s) => shown.push(s),
            Err(e) => problems.push(format!(
                "a message that failed verification was ignored ({e})"
            )),
        }
    }
    shown.sort_by_key(|s| s.reply.seq);
    Ok((shown, problems))
}

/// The author as shown: name, and whether they have left the team or
/// changed keys since (escaped for one line).
pub fn author(s: &ChainReply) -> String {
    match s.standing {
        Standing::Member => escape_line(&s.name).into_owned(),
        Standing::FormerKey => t!("author-former-key", name = untrusted(&s.name)),
        Standing::FormerMember => t!("author-former-member", name = untrusted(&s.name)),
    }
}

/// The replies as `--json` gives them.
pub fn json_of(shown: &[ChainReply]) -> Vec<ReplyView> {
    shown.iter().map(ReplyView::of).collect()
}

/// Prints the replies for a person, oldest first.
pub fn print(shown: &[ChainReply]) {
    for s in shown {
        outln!(
            "{}",
            t!(
                "reply-heading",
                seq = s.reply.seq.to_string(),
                author = author(s),
                member = s.reply.member.as_str(),
                day = s.reply.created.to_string()
            )
        );
        for line in s.reply.body.lines() {
            outln!("    {line}");
        }
        outln!();
    }
}

/// The conversation, oldest first (on one day, the reporter's messages
/// before the team's, follow-ups and replies by number): the reporter's
/// report and follow-ups from kept copies, follow-ups the copies do not
/// hold from the mailbox's own log (text only), then the replies.
pub fn conversation(
    copies: &[crate::commands::open::Copy],
    own: &[dropbox_crypto::messages::Followup],
    shown: &[ChainReply],
) -> Vec<EntryView> {
    let mut mine: Vec<EntryView> = copies
        .iter()
        .map(|c| EntryView {
            kind: if c.seq.is_some() {
                "followup"
            } else {
                "report"
            },
            from: "you".into(),
            seq: c.seq,
            day: c.header.created.to_string(),
            title: c.header.title.clone(),
            body: c.body.clone(),
            attachments: c
                .header
                .attachments
                .iter()
                .map(|m| m.name.clone())
                .collect(),
        })
        .collect();
    for f in own {
        if !mine
            .iter()
            .any(|e| e.kind == "followup" && e.seq == Some(f.seq))
        {
            mine.push(EntryView {
                kind: "followup",
                from: "you".into(),
                seq: Some(f.seq),
                day: f.created.to_string(),
                title: None,
                body: f.body.clone(),
                attachments: Vec::new(),
            });
        }
    }
    let theirs = shown.iter().map(|s| EntryView {
        kind: "reply",
        from: s.reply.member.to_string(),
        seq: Some(s.reply.seq),
        day: s.reply.created.to_string(),
        title: None,
        body: s.reply.body.clone(),
        attachments: Vec::new(),
    });
    let mut all: Vec<EntryView> = mine.into_iter().chain(theirs).collect();
    // Days are YYYY-MM-DD, so they sort as text.
    all.sort_by(|a, b| {
        (&a.day, a.kind == "reply", a.kind != "report", a.seq).cmp(&(
            &b.day,
            b.kind == "reply",
            b.kind != "report",
            b.seq,
        ))
    });
    all
}

/// Runs the command.
pub fn run(a: &Replies) -> anyhow::Result<()> {
    let client = Client::new(&a.team)?;
    let chain = client::verified_chain(&a.team, Some(&client))?;
    let codename = read_codename(a.codename_file.as_deref())?;
    let keys = codename.derive(&chain.fingerprint);
    let copies = a
        .copies
        .iter()
        .map(|p| crate::commands::open::read_copy(p, &chain.fingerprint, &keys, None))
        .collect::<anyhow::Result<Vec<_>>>()?;
    let (shown, mut problems) = fetch(&client, &chain, &keys)?;
    // The own log only adds the reporter's follow-ups to the conversation:
    // the replies are shown without it.
    let own = match crate::thread::read_own(&client, &chain, &keys) {
        Ok(own) => own,
        Err(e) => {
            problems.push(format!(
                "your own follow-ups could not be read from the drop box ({e:#})"
            ));
            crate::thread::OwnLog::default()
        }
    };
    problems.extend(own.problems.iter().cloned());
    let conv = conversation(&copies, &own.followups, &shown);
    if let Some(path) = &a.export {
        let text = zeroize::Zeroizing::new(serde_json::to_vec_pretty(&ExportView {
            team: chain.fingerprint.to_string(),
            mailbox: keys.mailbox().to_string(),
            conversation: conv.clone(),
        })?);
        std::fs::write(path, &text[..])
            .with_context(|| t!("error-cannot-write", file = crate::commands::shown(path)))?;
    }
    let seqs: Vec<u64> = shown.iter().map(|s| s.reply.seq).collect();
    let gaps = messages::reply_gaps(&seqs);
    if a.team.json {
        dropbox_term::print_json(&RepliesView {
            replies: json_of(&shown),
            missing: gaps,
            problems,
            conversation: conv,
        })?;
        return Ok(());
    }
    if shown.is_empty() {
        outln!("{}", t!("replies-none"));
    }
    if conv.iter().any(|e| e.from == "you") {
        print_conversation(&conv, &shown);
    } else {
        print(&shown);
    }
    if let Some(path) = &a.export {
        outln!("{}", t!("replies-exported", file = path_arg(path)));
    }
    if !gaps.is_empty() {
        let missing: Vec<String> = gaps.iter().map(u64::to_string).collect();
        errln!(
            "{}",
            t!(
                "warn-replies-missing",
                count = gaps.len(),
                missing = missing.join(", ")
            )
        );
    }
    for p in problems {
        errln!("{}", t!("warn-problem", problem = untrusted(&p)));
    }
    Ok(())
}

/// Prints the conversation with the reporter's own messages among the
/// replies (each reply as [`print`] shows it).
fn print_conversation(conv: &[EntryView], shown: &[ChainReply]) {
    for e in conv {
        match e.kind {
            "reply" => {
                if let Some(s) = shown.iter().find(|s| Some(s.reply.seq) == e.seq) {
                    print(std::slice::from_ref(s));
                }
            }
            kind => {
                let day = e.day.to_string();
                match (kind, e.seq) {
                    ("report", _) => outln!("{}", t!("conversation-report", day = day)),
                    (_, Some(n)) => outln!(
                        "{}",
                        t!("conversation-followup", seq = n.to_string(), day = day)
                    ),
                    _ => outln!("{}", t!("conversation-followup-unnumbered", day = day)),
                }
                if let Some(t) = &e.title {
                    outln!("    {t}");
                }
                for line in e.body.lines() {
                    outln!("    {line}");
                }
                if !e.attachments.is_empty() {
                    outln!(
                        "    {}",
                        t!(
                            "conversation-attached",
                            names = untrusted(&e.attachments.join(", "))
                        )
                    );
                }
                outln!();
            }
        }
    }
}
