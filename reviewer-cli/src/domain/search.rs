//! Search over decrypted cases, in memory only: no plaintext index ever
//! reaches the disk.

use zeroize::Zeroizing;

use crate::domain::case::{Annotations, Case};

/// Whether the case's text (report, attachment names, follow-ups, notes,
/// replies) contains every term, ignoring case. `terms` are lower case.
pub fn matches(c: &Case, st: &Annotations, terms: &[String]) -> bool {
    let r = &c.report;
    let mut text = Zeroizing::new(String::new());
    for part in [&r.title, &r.body, &r.category, &r.contact, &r.credit]
        .into_iter()
        .flatten()
    {
        text.push_str(part);
        text.push('\n');
    }
    for a in c.all_attachments() {
        text.push_str(&a.name);
        text.push('\n');
    }
    for f in &c.followups {
        text.push_str(&f.body);
        text.push('\n');
    }
    for n in &st.notes {
        text.push_str(&n.text);
        text.push('\n');
    }
    for r in &st.replies {
        text.push_str(&r.body);
        text.push('\n');
    }
    let lower = Zeroizing::new(text.to_lowercase());
    terms.iter().all(|t| lower.contains(t.as_str()))
}
