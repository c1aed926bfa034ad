//! deploy/: every config checked with Debian's own tools, and the real
//! server run behind the shipped proxies, by `.ci/deploy-check.sh`.

use std::path::Path;
use std::process::Command;

/// `bash .ci/deploy-check.sh` passes with this build's server binary:
/// `systemd-analyze verify` and `security` on the unit, `tor
/// --verify-config`, `nginx -t`, `caddy validate`, the container file's
/// text checks, and uploads through nginx and Caddy (installing what it
/// lacks with apt-get, as CI's root can).
#[test]
fn deploy_configs_pass_debians_own_checks_and_carry_real_uploads() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("the workspace root");
    let server = dropbox_e2e::binary("dropbox-server");
    let out = Command::new("bash")
        .arg(root.join(".ci/deploy-check.sh"))
        .env("DROPBOX_SERVER_BIN", &server)
        .current_dir(root)
        .output()
        .expect("run bash .ci/deploy-check.sh");
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        out.status.success(),
        "deploy-check.sh failed ({}):\n--- stdout\n{stdout}\n--- stderr\n{stderr}",
        out.status
    );
    assert!(stdout.contains("deploy check passed"), "{stdout}");
    assert!(stdout.contains("Overall exposure level"), "{stdout}");
}
