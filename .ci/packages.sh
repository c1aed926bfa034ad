# Sourced by demo.sh and test.sh: the Debian packages building the
# workspace and running its tests need beyond the Rust toolchain. Missing
# ones are installed with apt-get when run as root (as CI is), or named in
# one line. The page's and the deploy configs' tests install their own
# (.ci/web.sh, .ci/deploy-check.sh); .ci/run installs everything up front.

missing=()

# A Debian package is installed; off Debian nothing is assumed missing
# (the build then names what it lacks).
has_package() {
  command -v dpkg-query >/dev/null || return 0
  dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q 'ok installed'
}

# sequoia-openpgp's OpenSSL backend (reviewer, dropbox-submit): headers,
# pkg-config to find them, libclang for its generated bindings; a C
# compiler for SQLite and ring.
build_needs() {
  command -v cargo >/dev/null || {
    echo "$0: cargo is missing: install the Rust toolchain (https://rustup.rs)" >&2
    exit 1
  }
  command -v cc >/dev/null || missing+=(gcc libc6-dev)
  command -v pkg-config >/dev/null || missing+=(pkg-config)
  has_package libssl-dev || missing+=(libssl-dev)
  has_package libclang-dev || missing+=(libclang-dev)
}

# The Go age CLI (interop tests), GnuPG (OpenPGP sharing), faketime (the
# retention tests move the real clock).
test_needs() {
  command -v age >/dev/null || missing+=(age)
  command -v gpg >/dev/null || missing+=(gnupg)
  command -v faketime >/dev/null || missing+=(faketime)
}

install_missing() {
  [ ${#missing[@]} -gt 0 ] || return 0
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    echo "$0: installing ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq -o DPkg::Lock::Timeout=600 --no-install-recommends "${missing[@]}"
  else
    echo "$0: missing ${missing[*]}: install them (sudo apt-get install ${missing[*]}) or run this as root" >&2
    exit 1
  fi
}
