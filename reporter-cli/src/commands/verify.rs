//! `dropbox-submit verify`: check the roster and show who would receive a
//! report.

use crate::cli::Team;
use crate::client::{self, Client};
use crate::l10n::untrusted;
use crate::output::{MemberView, VerifyView};

/// Runs the command.
pub fn run(team: &Team) -> anyhow::Result<()> {
    let c = if team.roster_file.is_none() {
        Some(Client::new(team)?)
    } else {
        None
    };
    let chain = client::verified_chain(team, c.as_ref())?;
    let head = chain.head();
    let r = &head.roster;
    let listed = c.as_ref().map(|c| client::origin_listed(&c.base, &chain));
    if team.json {
        dropbox_term::print_json(&VerifyView {
            team: r.team.clone(),
            seq: r.seq,
            head: head.hash.to_string(),
            expires: r.expires.to_string(),
            members: r
                .members
                .iter()
                .map(|m| MemberView {
                    id: m.id.to_string(),
                    name: m.name.clone(),
                })
                .collect(),
            categories: r.policy.categories.clone(),
            endpoint_listed: listed,
        })?;
        return Ok(());
    }
    outln!("{}", t!("verify-team", team = untrusted(&r.team)));
    outln!(
        "{}",
        t!(
            "verify-roster",
            seq = r.seq.to_string(),
            hash = head.hash.short().to_string(),
            expires = r.expires.to_string()
        )
    );
    outln!("{}", t!("verify-members", count = r.members.len()));
    for m in &r.members {
        outln!("  {:<16} {}", m.id.as_str(), m.name);
    }
    outln!(
        "{}",
        t!(
            "verify-categories",
            categories = untrusted(&r.policy.categories.join(", "))
        )
    );
    if listed == Some(false) {
        errln!(
            "{}",
            t!(
                "warn-endpoints",
                endpoints = untrusted(&r.endpoints.join(", "))
            )
        );
    }
    Ok(())
}
