//! The registry of a host of many teams run as replicas (issue 21): which
//! teams it hosts, under which host names, with which settings, and which
//! PostgreSQL database (and place in the bucket) each team's drop box
//! lives in. Every `serve --hosting … --registry postgres://…` replica
//! reads it every few seconds, so a team added or removed through one
//! machine is served or dropped by all.
//!
//! Like every store here it keeps no time: a row is a team's name, its
//! random incarnation id (a team removed and added again under its name is
//! a new one, in a new database) and its settings.

use std::cell::RefCell;

use postgres::Client;

use super::{PgUrl, StoreError};

/// One hosted team as the registry holds it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Registered {
    /// The team's name on its host.
    pub name: String,
    /// Its random id: its database is `dropbox_<incarnation>` and its
    /// reports are under `teams/<incarnation>` in the bucket.
    pub incarnation: String,
    /// Its `team.json` settings (host names, quotas), as JSON.
    pub settings: String,
}

impl Registered {
    /// The team's own database.
    pub fn database(&self) -> String {
        database_of(&self.incarnation)
    }
}

/// The database a team of incarnation `id` lives in.
pub fn database_of(incarnation: &str) -> String {
    format!("dropbox_{incarnation}")
}

/// Whether `s` is an incarnation id this registry makes (16 lower-case
/// hex digits): database names are built from it, so nothing else passes.
pub fn is_incarnation(s: &str) -> bool {
    s.len() == 16
        && s.bytes()
            .all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b))
}

/// Why a team could not be registered.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum RegisterError {
    /// The name is taken.
    #[error("a team named {0} is already hosted here")]
    NameTaken(String),
    /// An address clashes with another team's (the same host name
    /// without a prefix, or the same host and prefix).
    #[error("{0}")]
    AddressTaken(String),
    /// The database failed.
    #[error(transparent)]
    Store(#[from] StoreError),
}

/// The registry, on one connection (re-made when it breaks).
pub struct Registry {
    url: PgUrl,
    client: RefCell<Option<Client>>,
}

impl Registry {
    /// Connects, creating the registry's table if it has none.
    pub fn open(url: &PgUrl) -> Result<Registry, StoreError> {
        let r = Registry {
            url: url.clone(),
            client: RefCell::new(None),
        };
        r.with(|c| {
            c.batch_execute(
                "CREATE TABLE IF NOT EXISTS hosted_teams (
                    name TEXT PRIMARY KEY,
                    incarnation TEXT NOT NULL UNIQUE,
                    settings TEXT NOT NULL
                 );
                 CREATE TABLE IF NOT EXISTS hosted_meta (
                    key TEXT PRIMARY KEY,
                    value TEXT NOT NULL
                 );",
            )?;
            Ok(())
        })?;
        Ok(r)
    }

    /// Whether `bucket` is where this registry's teams keep their reports:
    /// a replica started with another bucket would serve every team
    /// without its reports, and a remove would empty the wrong place. With
    /// `record` (a team being added) the first one is kept; a registry
    /// that never had a team accepts any.
    pub fn same_bucket(&self, bucket: &str, record: bool) -> Result<bool, StoreError> {
        self.with(|c| {
            if record {
                c.execute(
                    "INSERT INTO hosted_meta (key, value) VALUES ('bucket', $1) ON CONFLICT (key) DO NOTHING",
                    &[&bucket],
                )?;
            }
            let kept: Option<String> = c
                .query_opt("SELECT value FROM hosted_meta WHERE key = 'bucket'", &[])?
                .map(|r| r.try_get(0))
                .transpose()?;
            Ok(kept.is_none_or(|k| k == bucket))
        })
    }

    /// Runs `f` on the connection, (re)connecting first if there is none
    /// (off tokio's threads, as the metadata store does).
    fn with<T: Send>(
        &self,
        f: impl FnOnce(&mut Client) -> Result<T, StoreError> + Send,
    ) -> Result<T, StoreError> {
        super::pg::with_connection(&self.client, &self.url.config(), f)
    }

    /// Every hosted team, by name.
    pub fn teams(&self) -> Result<Vec<Registered>, StoreError> {
        self.with(|c| {
            c.query(
                "SELECT name, incarnation, settings FROM hosted_teams ORDER BY name",
                &[],
            )?
            .iter()
            .map(|r| {
                Ok(Registered {
                    name: r.try_get(0)?,
                    incarnation: r.try_get(1)?,
                    settings: r.try_get(2)?,
                })
            })
            .collect()
        })
    }

    /// Adds a team, unless its name is taken or one of its addresses
    /// clashes with a registered team's: checked and written under a table
    /// lock, so two adds never both pass. `clash(settings, name)` says why
    /// a registered team's addresses (in its settings) clash with the new
    /// team's, if they do.
    pub fn add(
        &self,
        team: &Registered,
        clash: impl Fn(&str, &str) -> Option<String> + Send + Sync,
    ) -> Result<(), RegisterError> {
        let out: Result<Result<(), RegisterError>, StoreError> = self.with(|c| {
            let mut tx = c.transaction()?;
            tx.batch_execute("LOCK TABLE hosted_teams IN SHARE ROW EXCLUSIVE MODE")?;
            for r in tx.query("SELECT name, settings FROM hosted_teams", &[])? {
                let (name, settings): (String, String) = (r.try_get(0)?, r.try_get(1)?);
                if name == team.name {
                    return Ok(Err(RegisterError::NameTaken(name)));
                }
                if let Some(why) = clash(&settings, &name) {
                    return Ok(Err(RegisterError::AddressTaken(why)));
                }
            }
            tx.execute(
                "INSERT INTO hosted_teams (name, incarnation, settings) VALUES ($1, $2, $3)",
                &[&team.name, &team.incarnation, &team.settings],
            )?;
            tx.commit()?;
            Ok(Ok(()))
        });
        out?
    }

    /// Removes a team's row: the replicas stop serving it at their next
    /// look. Returns what it was.
    pub fn remove(&self, name: &str) -> Result<Option<Registered>, StoreError> {
        self.with(|c| {
            let row = c.query_opt(
                "DELETE FROM hosted_teams WHERE name = $1 RETURNING name, incarnation, settings",
                &[&name],
            )?;
            row.map(|r| {
                Ok(Registered {
                    name: r.try_get(0)?,
                    incarnation: r.try_get(1)?,
                    settings: r.try_get(2)?,
                })
            })
            .transpose()
        })
    }

    /// The URL of incarnation `id`'s database.
    pub fn url_of(&self, id: &str) -> PgUrl {
        self.url.with_database(&database_of(id))
    }

    /// Creates the database of incarnation `id` (empty; `init` fills it).
    pub fn create_database(&self, id: &str) -> Result<(), StoreError> {
        // CREATE DATABASE takes no parameters: the name is built from a
        // checked incarnation id only.
        if !is_incarnation(id) {
            return Err(StoreError::Corrupt(format!(
                "not an incarnation id: {id:?}"
            )));
        }
        self.with(|c| {
            c.batch_execute(&format!("CREATE DATABASE \"{}\"", database_of(id)))?;
            Ok(())
        })
    }

    /// Drops the database of incarnation `id`, closing whatever still
    /// holds a connection to it (a replica that has not looked yet).
    pub fn drop_database(&self, id: &str) -> Result<(), StoreError> {
        if !is_incarnation(id) {
            return Err(StoreError::Corrupt(format!(
                "not an incarnation id: {id:?}"
            )));
        }
        self.with(|c| {
            c.batch_execute(&format!(
                "DROP DATABASE IF EXISTS \"{}\" WITH (FORCE)",
                database_of(id)
            ))?;
            Ok(())
        })
    }
}

impl Drop for Registry {
    fn drop(&mut self) {
        // As the metadata store: a client's runtime is not dropped on
        // tokio's threads.
        if let Some(c) = self.client.get_mut().take() {
            super::pg::off_runtime(move || drop(c));
        }
    }
}
