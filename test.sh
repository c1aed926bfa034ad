#!/usr/bin/env bash
# Every test of the workspace from a fresh clone: installs the system
# packages the build and the tests need when run as root (the page's and
# the deploy configs' tests install theirs themselves), else names them in
# one line; then `cargo test --workspace` with any arguments given here.
# .ci/run runs exactly this, as README.md says.
set -euo pipefail
cd "$(dirname "$0")"
. .ci/packages.sh
build_needs
test_needs
install_missing
exec cargo test --workspace "$@"
