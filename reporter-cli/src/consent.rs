//! What a reporter agrees to before anything is encrypted (issue 23): the
//! facts come from the verified roster's policy as typed values, and the
//! text `send` and `followup` show is written from them here only, in the
//! language in use (web/locales/submit, `## consent`), so the text, the
//! `--json` facts (English keys, the same in every language) and the page's
//! messages (web/locales, `## consent`) say the same things. Nothing of the consent is sent: the
//! answer decides only whether this program goes on.

use std::io::{BufRead, IsTerminal};

use serde::Serialize;

use dropbox_crypto::MemberId;
use dropbox_crypto::roster::Roster;

use crate::l10n::untrusted;
use crate::output::MemberView;

/// `send` or `followup` without `--yes` and without a terminal to ask on:
/// a usage error (exit 2), whatever `--json` says.
#[derive(Debug, thiserror::Error)]
#[error("{}", t!("consent-needed"))]
pub struct ConsentNeeded;

/// The reporter answered anything but yes.
#[derive(Debug, thiserror::Error)]
#[error("{}", t!("consent-declined"))]
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
    /// entry, in plain words and the language in use (web/locales/submit,
    /// `## consent`).
    pub fn text(&self) -> Vec<String> {
        let s = &self.server_days;
        let days = |n: u32| untrusted(&t!("consent-days", count = n));
        let names = |v: &[MemberView]| {
            let joined = v
                .iter()
                .map(|m| format!("{} ({})", m.name, m.id))
                .collect::<Vec<_>>()
                .join(", ");
            untrusted(&joined)
        };
        let team = untrusted(&self.team);
        let mut p = vec![
            match self.what {
                What::Report => t!("consent-intro-report", team = team),
                What::Followup => t!("consent-intro-followup", team = team),
            },
            match &self.delivery {
                Delivery::Server { url } => t!("consent-where-server", url = untrusted(url)),
                Delivery::File { path } => t!("consent-where-file", file = untrusted(path)),
            },
            t!(
                "consent-how-long",
                all = days(s.all_collected),
                first = days(s.first_collected),
                unread = days(s.uncollected),
                read = days(s.reply_read),
                written = days(s.reply),
            ),
            t!(
                "consent-purge",
                days = days(self.purge_after_close_days),
                backup = days(self.backup_days),
            ),
        ];
        if let Some(w) = self.drop_key_days {
            p.push(t!("consent-drop-keys", count = w));
            // The upload carries a slot for the codename's key (and a kept
            // copy is that upload): the drop keys do not bound it.
            if self.codename || self.keep.is_some() {
                p.push(t!("consent-drop-keys-codename"));
            }
        }
        p.push(t!("consent-readers", names = names(&self.readers)));
        if !self.left_out.is_empty() {
            p.push(t!("consent-left-out", names = names(&self.left_out)));
        }
        if self.what == What::Report {
            p.push(if self.contact_given {
                t!("consent-contact-given")
            } else {
                t!("consent-contact-none")
            });
            p.push(if self.credit_given {
                t!("consent-credit-given")
            } else {
                t!("consent-credit-none")
            });
        }
        p.push(t!("consent-share"));
        if self.what == What::Report {
            p.push(if self.codename {
                t!("consent-codename")
            } else {
                t!("consent-no-codename")
            });
        }
        if let Some(k) = &self.keep {
            p.push(t!("consent-keep", file = untrusted(k)));
        }
        p.push(t!("consent-nothing-sent"));
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
        What::Report => t!("consent-ask-report"),
        What::Followup => t!("consent-ask-followup"),
    };
    // The question waits on the same line; errln! would end it.
    dropbox_term::err(format_args!("{question} "));
    let mut line = String::new();
    std::io::stdin().lock().read_line(&mut line).map_err(|e| {
        anyhow::anyhow!("{}", t!("error-answer", error = untrusted(&e.to_string())))
    })?;
    if is_yes(&line, &t!("consent-yes")) {
        Ok(())
    } else {
        Err(Declined.into())
    }
}

/// An answer is yes when it is `y` or `yes` (in any language: a keyboard
/// may be set to Latin letters) or one of the language's own words for it
/// (`consent-yes`, comma-separated), in any case.
fn is_yes(answer: &str, words: &str) -> bool {
    let answer = answer.trim().to_lowercase();
    ["y", "yes"]
        .into_iter()
        .map(str::to_owned)
        .chain(words.split(',').map(|w| w.trim().to_lowercase()))
        .any(|w| !w.is_empty() && w == answer)
}

#[cfg(test)]
mod tests {
    use super::is_yes;

    #[test]
    fn yes_is_y_or_yes_or_the_languages_own_word_and_nothing_else() {
        assert!(is_yes("y\n", "j, ja"));
        assert!(is_yes(" YES ", "j, ja"));
        assert!(is_yes("Ja\n", "j, ja"));
        assert!(is_yes("نعم", "ن, نعم"));
        assert!(!is_yes("\n", "j, ja"));
        assert!(!is_yes("", ""));
        assert!(!is_yes("n", "j, ja"));
        assert!(!is_yes("yes please", "j, ja"));
        assert!(!is_yes("ja", "y, yes"));
    }
}
