//! The OpenPGP module against real GnuPG (`gpg`, Debian's `gnupg`): what
//! `encrypt_to` writes GnuPG must decrypt, and what GnuPG encrypts to a key
//! it exported `decrypt_mail` must read, bare, as inline PGP mail and as
//! PGP/MIME. Each test has its own GNUPGHOME (0700) under the temp
//! directory, removed (agent stopped) on drop. No network.

use std::io::Write;
use std::os::unix::fs::PermissionsExt;
use std::path::PathBuf;
use std::process::{Command, Output, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};

use dropbox_reviewer::pgp::{
    Certificate, PgpError, PgpFingerprint, TeamKey, decrypt_mail, encrypt_to,
};

/// A throwaway GnuPG home.
struct GnuPg {
    home: PathBuf,
}

impl GnuPg {
    fn new() -> Self {
        static COUNTER: AtomicUsize = AtomicUsize::new(0);
        let n = COUNTER.fetch_add(1, Ordering::SeqCst);
        let home =
            std::env::temp_dir().join(format!("dropbox-pgp-test-{}-{n}", std::process::id()));
        let _ = std::fs::remove_dir_all(&home);
        std::fs::create_dir(&home).expect("create GNUPGHOME");
        std::fs::set_permissions(&home, std::fs::Permissions::from_mode(0o700))
            .expect("chmod GNUPGHOME");
        GnuPg { home }
    }

    /// Runs gpg in batch mode on `stdin`; returns its output, successful or
    /// not.
    fn try_run(&self, args: &[&str], stdin: &[u8]) -> Output {
        let mut child = Command::new("gpg")
            .arg("--homedir")
            .arg(&self.home)
            .args(["--batch", "--no-tty", "--pinentry-mode", "loopback"])
            .args(args)
            .env("GNUPGHOME", &self.home)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("run gpg (install gnupg)");
        let mut input = child.stdin.take().unwrap();
        let data = stdin.to_vec();
        let writer = std::thread::spawn(move || {
            let _ = input.write_all(&data);
        });
        let out = child.wait_with_output().unwrap();
        writer.join().unwrap();
        out
    }

    /// Runs gpg and insists it succeeds, printing the command and its
    /// output otherwise.
    fn run(&self, args: &[&str], stdin: &[u8]) -> Vec<u8> {
        let out = self.try_run(args, stdin);
        assert!(
            out.status.success(),
            "gpg {args:?} failed ({})\nstdout: {}\nstderr: {}",
            out.status,
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        );
        out.stdout
    }

    /// Generates a key with an encryption subkey; returns its fingerprint.
    fn gen_key(&self, userid: &str, algo: &str, passphrase: &str) -> String {
        self.run(
            &[
                "--passphrase",
                passphrase,
                "--quick-gen-key",
                userid,
                algo,
                "default",
                "never",
            ],
            b"",
        );
        let listing =
            String::from_utf8(self.run(&["--with-colons", "--list-keys", userid], b"")).unwrap();
        listing
            .lines()
            .find_map(|l| l.strip_prefix("fpr:"))
            .map(|rest| rest.trim_matches(':').to_owned())
            .expect("gpg listed no fingerprint")
    }

    fn export(&self, fpr: &str) -> Vec<u8> {
        self.run(&["--export", "--armor", fpr], b"")
    }

    fn export_secret(&self, fpr: &str, passphrase: &str) -> Vec<u8> {
        self.run(
            &[
                "--passphrase",
                passphrase,
                "--export-secret-keys",
                "--armor",
                fpr,
            ],
            b"",
        )
    }

    fn encrypt(&self, fpr: &str, plaintext: &[u8], extra: &[&str]) -> String {
        let mut args = vec!["--trust-model", "always", "--encrypt", "--armor", "-r", fpr];
        args.extend_from_slice(extra);
        String::from_utf8(self.run(&args, plaintext)).unwrap()
    }

    fn decrypt(&self, message: &[u8]) -> Vec<u8> {
        self.run(&["--passphrase", "", "--decrypt"], message)
    }
}

impl Drop for GnuPg {
    fn drop(&mut self) {
        let _ = Command::new("gpgconf")
            .arg("--homedir")
            .arg(&self.home)
            .args(["--kill", "all"])
            .env("GNUPGHOME", &self.home)
            .output();
        let _ = std::fs::remove_dir_all(&self.home);
    }
}

/// A plaintext that is not UTF-8 and has every byte value, so nothing can
/// be silently re-encoded.
fn binary_plaintext() -> Vec<u8> {
    let mut data: Vec<u8> = (0..=255u8).collect();
    data.extend_from_slice(b"\r\n-----BEGIN PGP MESSAGE-----\nnot really\n");
    data
}

fn check_gnupg_decrypts_encrypt_to(algo: &str) {
    let gpg = GnuPg::new();
    let fpr = gpg.gen_key("Outside <sec@example.org>", algo, "");
    let cert = Certificate::from_bytes(&gpg.export(&fpr)).unwrap();
    assert_eq!(cert.fingerprint(), fpr.parse::<PgpFingerprint>().unwrap());
    let plaintext = binary_plaintext();
    let armored = encrypt_to(&cert, &plaintext, Some("/home/me/case-7.bin")).unwrap();
    assert!(armored.starts_with("-----BEGIN PGP MESSAGE-----"));
    assert_eq!(gpg.decrypt(armored.as_bytes()), plaintext);
    // The literal packet carries the name without its directories.
    let packets = gpg.try_run(&["--passphrase", "", "--list-packets"], armored.as_bytes());
    let listing = String::from_utf8_lossy(&packets.stdout);
    assert!(listing.contains("name=\"case-7.bin\""), "{listing}");
}

#[test]
fn gnupg_decrypts_encrypt_to_for_cv25519() {
    check_gnupg_decrypts_encrypt_to("future-default");
}

#[test]
fn gnupg_decrypts_encrypt_to_for_rsa() {
    // GnuPG 2.2's "default": RSA 3072 with an RSA encryption subkey.
    check_gnupg_decrypts_encrypt_to("default");
}

#[test]
fn gnupg_sign_only_key_gets_nothing() {
    // With an explicit algorithm GnuPG makes only a primary key (sign and
    // certify), no encryption subkey.
    let gpg = GnuPg::new();
    let fpr = gpg.gen_key("Signer <sign@example.org>", "ed25519", "");
    let cert = Certificate::from_bytes(&gpg.export(&fpr)).unwrap();
    assert!(matches!(
        encrypt_to(&cert, b"x", None),
        Err(PgpError::NoEncryptionKey)
    ));
}

#[test]
fn gnupg_certificate_user_ids_and_domains() {
    let gpg = GnuPg::new();
    let fpr = gpg.gen_key("Outside CERT <Sec@CERT.Example.org>", "future-default", "");
    gpg.run(&["--quick-add-uid", &fpr, "Second <x@other.example>"], b"");
    let cert = Certificate::from_bytes(&gpg.export(&fpr)).unwrap();
    let mut uids = cert.user_ids();
    uids.sort();
    assert_eq!(
        uids,
        [
            "Outside CERT <Sec@CERT.Example.org>",
            "Second <x@other.example>"
        ]
    );
    assert_eq!(cert.domains(), ["cert.example.org", "other.example"]);
}

#[test]
fn gnupg_revoked_certificate_gets_nothing() {
    let gpg = GnuPg::new();
    let fpr = gpg.gen_key("Gone <gone@example.org>", "future-default", "");
    // GnuPG wrote a revocation certificate beside the key; import it.
    let rev_path = gpg.home.join("openpgp-revocs.d").join(format!("{fpr}.rev"));
    let rev = std::fs::read_to_string(&rev_path).unwrap();
    // GnuPG prefixes the armor with ':' so it is not imported by accident.
    let rev = rev.replace(
        ":-----BEGIN PGP PUBLIC KEY BLOCK-----",
        "-----BEGIN PGP PUBLIC KEY BLOCK-----",
    );
    gpg.run(&["--import"], rev.as_bytes());
    let cert = Certificate::from_bytes(&gpg.export(&fpr)).unwrap();
    assert!(matches!(
        encrypt_to(&cert, b"x", None),
        Err(PgpError::CertificateRevoked)
    ));
}

/// A GnuPG key exported as the team key, and GnuPG to encrypt to it.
fn gnupg_team(passphrase: &str) -> (GnuPg, String, TeamKey) {
    let gpg = GnuPg::new();
    let fpr = gpg.gen_key("Team <security@example.net>", "future-default", passphrase);
    let secret = gpg.export_secret(&fpr, passphrase);
    let pass = (!passphrase.is_empty()).then_some(passphrase);
    let team = TeamKey::from_bytes(&secret, pass).unwrap();
    assert_eq!(team.fingerprint().to_string(), fpr);
    (gpg, fpr, team)
}

#[test]
fn decrypts_bare_armored_message_from_gnupg() {
    let (gpg, fpr, team) = gnupg_team("");
    let text = "A report: the login form leaks the session id.\nLine 2, ünïcode.\n";
    let armored = gpg.encrypt(&fpr, text.as_bytes(), &[]);
    let mail = decrypt_mail(&team, armored.as_bytes()).unwrap();
    assert_eq!(mail.body.as_str(), text);
    assert!(mail.subject.is_none());
    assert!(mail.attachments.is_empty());
}

#[test]
fn decrypts_hidden_recipient_message_from_gnupg() {
    let (gpg, fpr, team) = gnupg_team("");
    let armored = gpg.encrypt(&fpr, b"hidden recipient", &["--throw-keyids"]);
    assert_eq!(
        decrypt_mail(&team, armored.as_bytes())
            .unwrap()
            .body
            .as_str(),
        "hidden recipient"
    );
}

#[test]
fn message_for_another_gnupg_key_is_not_for_team_key() {
    let (gpg, _fpr, team) = gnupg_team("");
    let other = gpg.gen_key("Other <other@example.net>", "future-default", "");
    let armored = gpg.encrypt(&other, b"not for the team", &[]);
    assert!(matches!(
        decrypt_mail(&team, armored.as_bytes()),
        Err(PgpError::NotForTeamKey)
    ));
}

#[test]
fn decrypts_inline_pgp_mail_quoted_printable_from_gnupg() {
    let (gpg, fpr, team) = gnupg_team("");
    let text = "Inline report body.\n";
    let armored = gpg.encrypt(&fpr, text.as_bytes(), &[]);
    // Quoted-printable: '=' (armor padding and checksum) becomes "=3D".
    let qp = armored.replace('=', "=3D").replace('\n', "\r\n");
    let mail_text = format!(
        "Return-Path: <reporter@example.com>\r\nFrom: Reporter <reporter@example.com>\r\n\
         To: security@example.net\r\nSubject: Vulnerability in the portal\r\nMIME-Version: 1.0\r\n\
         Content-Type: text/plain; charset=us-ascii\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n\
         Hello,\r\n\r\n{qp}\r\n"
    );
    let mail = decrypt_mail(&team, mail_text.as_bytes()).unwrap();
    assert_eq!(mail.body.as_str(), text);
    assert_eq!(mail.subject.as_deref(), Some("Vulnerability in the portal"));
    assert_eq!(
        mail.from.as_deref(),
        Some("Reporter <reporter@example.com>")
    );
}

#[test]
fn decrypts_inline_pgp_mail_base64_from_gnupg() {
    use base64::Engine as _;
    let (gpg, fpr, team) = gnupg_team("");
    let armored = gpg.encrypt(&fpr, b"base64 wrapped", &[]);
    let b64 = base64::engine::general_purpose::STANDARD.encode(format!("Hi,\n\n{armored}\nBye\n"));
    let lines: Vec<&str> = b64
        .as_bytes()
        .chunks(76)
        .map(|c| std::str::from_utf8(c).unwrap())
        .collect();
    let mail_text = format!(
        "From: r@example.com\nSubject: b64\nMIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n\
         Content-Transfer-Encoding: base64\n\n{}\n",
        lines.join("\n")
    );
    let mail = decrypt_mail(&team, mail_text.as_bytes()).unwrap();
    assert_eq!(mail.body.as_str(), "base64 wrapped");
    assert_eq!(mail.subject.as_deref(), Some("b64"));
}

#[test]
fn decrypts_pgp_mime_mail_from_gnupg() {
    use base64::Engine as _;
    let (gpg, fpr, team) = gnupg_team("");
    let attachment: Vec<u8> = (0..=255u8).rev().collect();
    let b64 = base64::engine::general_purpose::STANDARD.encode(&attachment);
    let inner = format!(
        "Content-Type: multipart/mixed; boundary=\"mixed-1\"; protected-headers=\"v1\"\r\n\
         Subject: Protected: RCE in the upload handler\r\n\
         From: Reporter <reporter@example.com>\r\n\r\n\
         --mixed-1\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n\
         Steps to reproduce:\r\n1. upload\r\n2. profit\r\n\
         --mixed-1\r\nContent-Type: application/x-sh; name=\"exploit.sh\"\r\n\
         Content-Disposition: attachment; filename=\"/tmp/work/exploit.sh\"\r\n\
         Content-Transfer-Encoding: base64\r\n\r\n{b64}\r\n--mixed-1--\r\n"
    );
    let armored = gpg.encrypt(&fpr, inner.as_bytes(), &[]);
    let mail_text = format!(
        "From: Reporter <reporter@example.com>\r\nTo: security@example.net\r\nSubject: ...\r\n\
         MIME-Version: 1.0\r\n\
         Content-Type: multipart/encrypted; protocol=\"application/pgp-encrypted\";\r\n boundary=\"enc-b\"\r\n\r\n\
         This is an OpenPGP/MIME encrypted message (RFC 4880 and 3156)\r\n\
         --enc-b\r\nContent-Type: application/pgp-encrypted\r\nContent-Description: PGP/MIME version identification\r\n\r\n\
         Version: 1\r\n\r\n\
         --enc-b\r\nContent-Type: application/octet-stream; name=\"encrypted.asc\"\r\n\
         Content-Description: OpenPGP encrypted message\r\nContent-Disposition: inline; filename=\"encrypted.asc\"\r\n\r\n\
         {armored}\r\n--enc-b--\r\n"
    );
    let mail = decrypt_mail(&team, mail_text.as_bytes()).unwrap();
    assert_eq!(
        mail.subject.as_deref(),
        Some("Protected: RCE in the upload handler")
    );
    assert_eq!(
        mail.body.replace("\r\n", "\n").trim_end(),
        "Steps to reproduce:\n1. upload\n2. profit"
    );
    assert_eq!(mail.attachments.len(), 1, "{:?}", mail.attachments);
    let a = &mail.attachments[0];
    assert_eq!(a.name, "exploit.sh");
    assert_eq!(a.media_type, "application/x-sh");
    assert_eq!(&a.data[..], &attachment[..]);
}

#[test]
fn passphrase_protected_gnupg_key() {
    let gpg = GnuPg::new();
    let passphrase = "correct horse battery staple";
    let fpr = gpg.gen_key(
        "Locked Team <locked@example.net>",
        "future-default",
        passphrase,
    );
    let secret = gpg.export_secret(&fpr, passphrase);
    assert!(matches!(
        TeamKey::from_bytes(&secret, None),
        Err(PgpError::SecretKeyLocked)
    ));
    assert!(matches!(
        TeamKey::from_bytes(&secret, Some("wrong passphrase")),
        Err(PgpError::WrongPassphrase)
    ));
    let team = TeamKey::from_bytes(&secret, Some(passphrase)).unwrap();
    let armored = gpg.encrypt(&fpr, b"for the locked key", &[]);
    assert_eq!(
        decrypt_mail(&team, armored.as_bytes())
            .unwrap()
            .body
            .as_str(),
        "for the locked key"
    );
}

#[test]
fn gnupg_reads_a_generated_team_certificate() {
    // A reporter with GnuPG 2.2 encrypts to the team's published
    // certificate; the team key decrypts it.
    let gpg = GnuPg::new();
    let team = TeamKey::generate("Team <security@example.net>").unwrap();
    gpg.run(&["--import"], team.certificate().to_armored().as_bytes());
    let fpr = team.fingerprint().to_string();
    let armored = gpg.encrypt(&fpr, b"to a sequoia team key", &[]);
    assert_eq!(
        decrypt_mail(&team, armored.as_bytes())
            .unwrap()
            .body
            .as_str(),
        "to a sequoia team key"
    );
}
