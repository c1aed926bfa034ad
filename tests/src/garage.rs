//! A throwaway single-node Garage (the S3-compatible object store,
//! `cargo install garage`) for the tests: a config with the sqlite
//! metadata engine in a temporary directory, `garage server` on loopback
//! ports, a layout of one node, an access key and buckets; the server is
//! killed and the directory removed on drop. Nothing of S3 is mocked: the
//! drop box talks to the real engine.
//!
//! When `garage` is not installed, [`Garage::start`] panics with how to
//! install it: a test that needs it fails, it never skips.

use std::net::TcpListener;
use std::path::PathBuf;
use std::process::{Child, Command, Output, Stdio};
use std::time::{Duration, Instant};

use object_store::aws::{AmazonS3, AmazonS3Builder};
use object_store::path::Path as ObjectPath;
use object_store::{ObjectStore, ObjectStoreExt, PutPayload};

/// How CI installs Garage (.ci/run), and how a developer can.
pub const INSTALL: &str = "cargo install garage --version 2.5.0 --locked --no-default-features --features bundled-libs,sqlite";

/// The region the test cluster answers to.
pub const REGION: &str = "garage";

/// A running single-node Garage.
pub struct Garage {
    /// Its directory: config, metadata, data, log.
    pub dir: PathBuf,
    /// The S3 endpoint, `http://127.0.0.1:PORT`.
    pub endpoint: String,
    /// The access key id allowed on every bucket made by
    /// [`Garage::create_bucket`].
    pub key_id: String,
    /// Its secret.
    pub secret: String,
    /// The admin API's address.
    admin: String,
    bin: PathBuf,
    child: Option<Child>,
}

/// `garage`: on PATH, or where `cargo install` puts it.
fn garage_bin() -> Option<PathBuf> {
    let on_path = Command::new("sh")
        .args(["-c", "command -v garage"])
        .output()
        .ok()
        .filter(|o| o.status.success())
        .map(|o| PathBuf::from(String::from_utf8_lossy(&o.stdout).trim()));
    on_path.or_else(|| {
        let home = std::env::var_os("CARGO_HOME")
            .map(PathBuf::from)
            .or_else(|| std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".cargo")))?;
        let p = home.join("bin/garage");
        p.exists().then_some(p)
    })
}

fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

fn text(out: &Output) -> String {
    format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    )
}

impl Garage {
    /// Starts a node, gives it a layout and makes an access key; panics
    /// (failing the test) when Garage is missing or does not come up.
    pub fn start() -> Self {
        let bin = garage_bin().unwrap_or_else(|| {
            panic!("Garage is not installed (no `garage` on PATH or in ~/.cargo/bin): `{INSTALL}` (CI's .ci/run installs it)")
        });
        // The ports are picked free, then bound by Garage a moment later:
        // meanwhile another socket may take one (a test's outgoing
        // connection gets a port from the same range), and Garage then
        // runs on without that API. Such a start is tried again on other
        // ports.
        let mut attempt = 1;
        let (mut g, node) = loop {
            let mut g = Self::configure(bin.clone());
            g.spawn();
            match g.wait_up() {
                Ok(node) => break (g, node),
                Err(why) if attempt < 5 => {
                    eprintln!("garage start {attempt}: {why}; again on other ports");
                    attempt += 1;
                }
                Err(why) => panic!("garage did not come up: {why}; log: {}", g.log()),
            }
        };
        let node = node.split('@').next().unwrap().to_owned();
        g.must(&["layout", "assign", "-z", "dc1", "-c", "1GB", &node]);
        g.must(&["layout", "apply", "--version", "1"]);
        let out = g.must(&["key", "create", "dropbox-test"]);
        let field = |name: &str| {
            out.lines()
                .find_map(|l| l.trim().strip_prefix(name).map(|v| v.trim().to_owned()))
                .unwrap_or_else(|| panic!("no {name} in `garage key create`: {out}"))
        };
        g.key_id = field("Key ID:");
        g.secret = field("Secret key:");
        g
    }

    /// A node's directory and config on ports free a moment ago; not
    /// started.
    fn configure(bin: PathBuf) -> Self {
        let dir = std::env::temp_dir().join(format!(
            "dropbox-garage-{}",
            &dropbox_crypto::SubmissionId::random().to_string()[..12]
        ));
        std::fs::create_dir(&dir).unwrap();
        let (rpc, s3, admin) = (free_port(), free_port(), free_port());
        let secret: String = (0..32)
            .map(|_| format!("{:02x}", rand::random::<u8>()))
            .collect();
        // fsync on: a PUT's success is what the drop box calls durable.
        let config = format!(
            r#"metadata_dir = "{d}/meta"
data_dir = "{d}/data"
db_engine = "sqlite"
metadata_fsync = true
data_fsync = true
replication_factor = 1
rpc_bind_addr = "127.0.0.1:{rpc}"
rpc_public_addr = "127.0.0.1:{rpc}"
rpc_secret = "{secret}"

[s3_api]
s3_region = "{REGION}"
api_bind_addr = "127.0.0.1:{s3}"
root_domain = ".s3.garage.localhost"

[admin]
api_bind_addr = "127.0.0.1:{admin}"
"#,
            d = dir.display()
        );
        std::fs::write(dir.join("garage.toml"), config).unwrap();
        Garage {
            endpoint: format!("http://127.0.0.1:{s3}"),
            admin: format!("127.0.0.1:{admin}"),
            dir,
            key_id: String::new(),
            secret: String::new(),
            bin,
            child: None,
        }
    }

    /// Waits until the started node answers on its RPC port (its id) and
    /// listens on its S3 and admin ports; an error when one of its ports
    /// was taken (it says so in its log, or exits), a panic when it does
    /// not come up within a minute for another reason.
    fn wait_up(&mut self) -> Result<String, String> {
        let deadline = Instant::now() + Duration::from_secs(60);
        let s3 = self.endpoint.trim_start_matches("http://").to_owned();
        loop {
            if self.log().contains("Address already in use") {
                return Err("a port was taken".into());
            }
            if let Some(st) = self.child.as_mut().and_then(|c| c.try_wait().unwrap()) {
                return Err(format!("it exited ({st})"));
            }
            let out = self.cli(&["node", "id", "-q"]);
            if out.status.success()
                && std::net::TcpStream::connect(&s3).is_ok()
                && std::net::TcpStream::connect(&self.admin).is_ok()
            {
                // Listening, but perhaps only just failing to: the log
                // says which.
                if self.log().contains("Address already in use") {
                    return Err("a port was taken".into());
                }
                return Ok(String::from_utf8_lossy(&out.stdout).trim().to_owned());
            }
            assert!(
                Instant::now() < deadline,
                "garage did not come up: {}; log: {}",
                text(&out),
                self.log()
            );
            std::thread::sleep(Duration::from_millis(200));
        }
    }

    fn spawn(&mut self) {
        let log = std::fs::File::create(self.dir.join("log")).unwrap();
        let child = Command::new(&self.bin)
            .arg("-c")
            .arg(self.dir.join("garage.toml"))
            .arg("server")
            .env("RUST_LOG", "garage=warn")
            .stdout(Stdio::null())
            .stderr(log)
            .spawn()
            .unwrap_or_else(|e| panic!("cannot start {}: {e}", self.bin.display()));
        self.child = Some(child);
    }

    /// Runs a `garage` command against this node.
    pub fn cli(&self, args: &[&str]) -> Output {
        Command::new(&self.bin)
            .arg("-c")
            .arg(self.dir.join("garage.toml"))
            .args(args)
            .output()
            .unwrap_or_else(|e| panic!("cannot run {}: {e}", self.bin.display()))
    }

    /// Runs a `garage` command that must succeed; its output.
    pub fn must(&self, args: &[&str]) -> String {
        let out = self.cli(args);
        assert!(
            out.status.success(),
            "garage {args:?} failed: {}; log: {}",
            text(&out),
            self.log()
        );
        text(&out)
    }

    /// Creates bucket `name`, readable and writable with the test's key.
    pub fn create_bucket(&self, name: &str) {
        self.must(&["bucket", "create", name]);
        self.must(&[
            "bucket",
            "allow",
            "--read",
            "--write",
            "--owner",
            name,
            "--key",
            "dropbox-test",
        ]);
    }

    /// The environment a drop box needs to reach this node: endpoint,
    /// region, plain HTTP on loopback, the key.
    pub fn env(&self) -> Vec<(String, String)> {
        [
            ("AWS_ENDPOINT_URL", self.endpoint.as_str()),
            ("AWS_REGION", REGION),
            ("AWS_ALLOW_HTTP", "true"),
            ("AWS_ACCESS_KEY_ID", self.key_id.as_str()),
            ("AWS_SECRET_ACCESS_KEY", self.secret.as_str()),
        ]
        .into_iter()
        .map(|(k, v)| (k.to_owned(), v.to_owned()))
        .collect()
    }

    /// Starts the server again after [`Garage::stop`], once its S3 port
    /// answers.
    pub fn restart(&mut self) {
        self.stop();
        self.spawn();
        let addr = self.endpoint.trim_start_matches("http://").to_owned();
        let deadline = Instant::now() + Duration::from_secs(60);
        while std::net::TcpStream::connect(&addr).is_err() {
            assert!(
                Instant::now() < deadline,
                "garage did not come back: {}",
                self.log()
            );
            std::thread::sleep(Duration::from_millis(100));
        }
    }

    /// Kills the server (as a crash or an outage would); the data stays.
    pub fn stop(&mut self) {
        if let Some(mut c) = self.child.take() {
            let _ = c.kill();
            let _ = c.wait();
        }
    }

    /// The server's log so far.
    pub fn log(&self) -> String {
        std::fs::read_to_string(self.dir.join("log")).unwrap_or_default()
    }

    fn client(&self, bucket: &str) -> AmazonS3 {
        let _ = rustls::crypto::ring::default_provider().install_default();
        AmazonS3Builder::new()
            .with_endpoint(&self.endpoint)
            .with_region(REGION)
            .with_allow_http(true)
            .with_bucket_name(bucket)
            .with_access_key_id(&self.key_id)
            .with_secret_access_key(&self.secret)
            .build()
            .unwrap()
    }

    fn block_on<T>(f: impl std::future::Future<Output = T>) -> T {
        tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .unwrap()
            .block_on(f)
    }

    /// The bucket's listing: every object's key, size, and what a GET
    /// returns with it besides its bytes (content type, user metadata and
    /// other attributes, as `name: value`).
    pub fn listing(&self, bucket: &str) -> Vec<Listed> {
        let store = self.client(bucket);
        Self::block_on(async {
            use futures_util::TryStreamExt;
            let metas: Vec<object_store::ObjectMeta> =
                store.list(None).try_collect().await.unwrap();
            let mut out = Vec::new();
            for m in metas {
                let got = store.get(&m.location).await.unwrap();
                let attributes = got
                    .attributes
                    .iter()
                    .map(|(k, v)| format!("{k:?}: {}", v.as_ref()))
                    .collect();
                out.push(Listed {
                    key: m.location.to_string(),
                    size: m.size,
                    attributes,
                });
            }
            out
        })
    }

    /// The bytes stored under `key`.
    pub fn read(&self, bucket: &str, key: &str) -> Vec<u8> {
        let store = self.client(bucket);
        Self::block_on(async {
            let got = store.get(&ObjectPath::from(key)).await.unwrap();
            got.bytes().await.unwrap().to_vec()
        })
    }

    /// Replaces the bytes under `key` (a tampering attacker with the key).
    pub fn overwrite(&self, bucket: &str, key: &str, bytes: Vec<u8>) {
        let store = self.client(bucket);
        Self::block_on(async {
            store
                .put(&ObjectPath::from(key), PutPayload::from(bytes))
                .await
                .unwrap();
        });
    }
}

/// One object of a listing.
#[derive(Debug, Clone)]
pub struct Listed {
    /// Its key.
    pub key: String,
    /// Its size.
    pub size: u64,
    /// What a GET returns besides the bytes, as `name: value`.
    pub attributes: Vec<String>,
}

impl Drop for Garage {
    fn drop(&mut self) {
        self.stop();
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}
