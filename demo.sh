#!/usr/bin/env bash
# A demo drop box from a fresh clone: builds dropbox-server, reviewer and
# dropbox-submit side by side (installing the system packages they need
# when run as root, else naming them in one line), then runs
# `dropbox-server demo` with any arguments given here (e.g. --listen).
set -euo pipefail
cd "$(dirname "$0")"
. .ci/packages.sh
build_needs
install_missing
cargo build --release -p dropbox-server -p dropbox-reviewer -p dropbox-submit
exec "${CARGO_TARGET_DIR:-target}/release/dropbox-server" demo "$@"
