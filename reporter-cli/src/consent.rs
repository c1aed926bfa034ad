//! What a reporter agrees to before anything is encrypted (issue 23): the
//! facts come from the verified roster's policy as typed values, and the
//! English text `send` and `followup` show is written from them here only,
//! so the text, the `--json` facts and the page's messages (web/locales,
//! `## consent`) say the same things. Nothing of the consent is sent: the
//! answer decides only whether this program goes on.

use std::io::{BufRead, IsTerminal};

use serde::Serialize;

use dropbox_crypto::MemberId;
use dropbox_crypto::roster::Roster;

use crate::output::MemberView;

/// `send` or `followup` without `--yes` and without a terminal to ask on:
/// a usage error (exit 2), whatever `--json` says.
#[derive(Debug, thiserror::Error)]
#[error(
    "no terminal to ask for your consent on: run it on a terminal to read what is kept, for how long and who can read it, or add --yes to agree to it (the text is printed on standard error, the facts with --json)"
)]
pub struct ConsentNeeded;

/// The reporter answered anything but yes.
#[derive(Debug, thiserror::Error)]
#[error("you did not agree, so nothing was encrypted or sent")]
pub struct Declined;

/// What is being sent.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum What {
    /// A new report.
    Report,
    /// A follow-up in an existing conversation.
    Followup,
}

/// Where the encrypted copy goes first.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(tag = "to", rename_all = "lowercase")]
pub enum Delivery {
    /// Uploaded to the drop box at this address.
    Server {
        /// The drop box's URL.
        url: String,
    },
    /// Written to a file the reporter delivers (`--output`).
    File {
        /// The file.
        path: String,
    },
}

/// How long the drop box keeps what it holds (days, from the policy's
/// `retention`, which the server applies: PROTOCOL §15.12).
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct ServerDays {
    /// Deleted this long after every reader collected it…
    pub all_collected: u32,
    /// …or this long after the first did, whichever is earlier.
    pub first_collected: u32,
    /// Deleted this long after arrival if nobody collected it.
    pub uncollected: u32,
    /// A reply to the reporter: deleted this long after they read it…
    pub reply_read: u32,
    /// …or this long after it was posted.
    pub reply: u32,
}

/// Everything the reporter is asked to agree to.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Facts {
    /// Report or follow-up.
    pub what: What,
    /// The team's name, from the roster.
    pub team: String,
    /// Where the encrypted copy goes.
    pub delivery: Delivery,
    /// The drop box's retention.
    pub server_days: ServerDays,
    /// The team deletes a closed case this many days after closing it.
    pub purge_after_close_days: u32,
    /// The team's backups stay readable this many days.
    pub backup_days: u32,
    /// Drop-key windows in days when the roster turns them on (the
    /// encrypted copy becomes unreadable once its window and one more have
    /// passed and the readers destroyed the key).
    pub drop_key_days: Option<u32>,
    /// The members who can read it.
    pub readers: Vec<MemberView>,
    /// The members left out, who cannot.
    pub left_out: Vec<MemberView>,
    /// Whether contact details are given.
    pub contact_given: bool,
    /// Whether a credit is asked for.
    pub credit_given: bool,
    /// Whether a codename goes with it (reply, withdraw, open a kept copy).
    pub codename: bool,
    /// A saved copy, with `--keep`.
    pub keep: Option<String>,
}

impl Facts {
    /// The facts for sending to `to` under `roster`.
    pub fn new(what: What, roster: &Roster, to: &[MemberId], delivery: Delivery) -> Facts {
        let r = &roster.policy.retention;
        let view = |m: &dropbox_crypto::roster::Member| MemberView {
            id: m.id.to_string(),
            name: m.name.clone(),
        };
        Facts {
            what,
            team: roster.team.clone(),
            delivery,
            server_days: ServerDays {
                all_collected: r.all_acked_days,
                first_collected: r.first_ack_days,
                uncollected: r.unacked_days,
                reply_read: r.reply_read_days,
                reply: r.reply_days,
            },
            // A closed case is purged `backup_days` after its close day
            // (reviewer `case.rs` `purge_after`): one number, two promises.
            purge_after_close_days: r.backup_days,
            backup_days: r.backup_days,
            drop_key_days: roster.policy.drop_key_days,
            readers: roster
                .members
                .iter()
                .filter(|m| to.contains(&m.id))
                .map(view)
                .collect(),
            left_out: roster
                .members
                .iter()
                .filter(|m| !to.contains(&m.id))
                .map(view)
                .collect(),
            contact_given: false,
            credit_given: false,
            codename: what == What::Followup,
            keep: None,
        }
    }

    /// The text shown before anything is encrypted, one paragraph per
    /// entry, in plain words.
    pub fn text(&self) -> Vec<String> {
        let it = match self.what {
            What::Report => "your report",
            What::Followup => "your follow-up",
        };
        let s = &self.server_days;
        let names = |v: &[MemberView]| {
            v.iter()
                .map(|m| format!("{} ({})", m.name, m.id))
                .collect::<Vec<_>>()
                .join(", ")
        };
        let mut p = Vec::new();
        p.push(format!(
            "Before {it} is encrypted and sent to {}, please read what happens to it.",
            self.team
        ));
        p.push(match &self.delivery {
            Delivery::Server { url } => format!(
                "Where it is kept: encrypted on this computer first, then encrypted on the drop box at {url} until the team collects it, then in the encrypted case store of each member who can read it. The drop box's operator cannot read it."
            ),
            Delivery::File { path } => format!(
                "Where it is kept: encrypted in {path}, which you deliver yourself; once the team imports it, in the encrypted case store of each member who can read it."
            ),
        });
        p.push(format!(
            "How long: the drop box deletes it {} days after every reader has collected it, or {} days after the first did, whichever is earlier, and after {} days if nobody collects it. The team's replies to you are deleted from the drop box {} days after you read them, or {} days after they were written.",
            s.all_collected, s.first_collected, s.uncollected, s.reply_read, s.reply
        ));
        p.push(format!(
            "The team deletes the case {} days after closing it (unless a member must keep it longer, for a legal hold or an ongoing disclosure), and its backups stay readable for {} days.",
            self.purge_after_close_days, self.backup_days
        ));
        if let Some(w) = self.drop_key_days {
            p.push(format!(
                "It is encrypted to short-lived keys that each reader destroys once their {w}-day window and one more have passed: after that, no copy of the encrypted upload (on the drop box or in its backups) can be opened by anyone, the team included."
            ));
        }
        p.push(format!("Who can read it: {}.", names(&self.readers)));
        if !self.left_out.is_empty() {
            p.push(format!(
                "Left out: {}. They cannot read it or anything the team derives from it.",
                names(&self.left_out)
            ));
        }
        if self.what == What::Report {
            p.push(String::from(if self.contact_given {
                "Your contact details are used only by the team, to reach you about this report."
            } else {
                "You give no contact details: the team can reach you only through replies to a codename."
            }));
            p.push(String::from(if self.credit_given {
                "Your credit line is how the team names you if it credits you publicly for this report."
            } else {
                "You ask for no credit: the team will not name you."
            }));
        }
        p.push(String::from(
            "The team may share the report with an affected party (for example the maker of the software or the organisation concerned), encrypted to that party and only as its TLP label allows; your contact details and credit go only if the team chooses to include them.",
        ));
        if self.what == What::Report {
            p.push(String::from(if self.codename {
                "With your codename you can read the team's replies, send follow-ups, and withdraw the report later (`dropbox-submit withdraw`)."
            } else {
                "Without a codename (--replies) you cannot withdraw this report later, read replies or send follow-ups."
            }));
        }
        if let Some(k) = &self.keep {
            p.push(format!(
                "A copy of exactly what is uploaded is kept in {k}; it opens only with your codename (`dropbox-submit open`)."
            ));
        }
        p.push(String::from(
            "Nothing of this consent is sent: only the encrypted report itself.",
        ));
        p
    }
}

/// Refuses early, before any network or encryption, when there is no
/// terminal to ask on and `--yes` was not given.
pub fn check_can_ask(yes: bool) -> anyhow::Result<()> {
    if yes || std::io::stdin().is_terminal() {
        Ok(())
    } else {
        Err(ConsentNeeded.into())
    }
}

/// Shows the facts on standard error (not in `--json` mode with `--yes`,
/// where the facts go into the JSON object) and, without `--yes`, asks on
/// the terminal. Runs before anything is encrypted.
pub fn confirm(facts: &Facts, yes: bool, json: bool) -> anyhow::Result<()> {
    check_can_ask(yes)?;
    if !(json && yes) {
        for para in facts.text() {
            errln!("{para}");
        }
    }
    if yes {
        return Ok(());
    }
    let question = match facts.what {
        What::Report => "Send this report? [y/N] ",
        What::Followup => "Send this follow-up? [y/N] ",
    };
    // The question waits on the same line; errln! would end it.
    dropbox_term::err(format_args!("{question}"));
    let mut line = String::new();
    std::io::stdin()
        .lock()
        .read_line(&mut line)
        .map_err(|e| anyhow::anyhow!("cannot read your answer: {e}"))?;
    if matches!(line.trim().to_lowercase().as_str(), "y" | "yes") {
        Ok(())
    } else {
        Err(Declined.into())
    }
}
