#!/usr/bin/env bash
# Builds every cargo-fuzz target in fuzz/ (its own workspace) so a change to
# dropbox-crypto that breaks a target is caught. The seed corpora are replayed
# separately, on stable, by `cargo test -p dropbox-crypto --test integration`
# (module fuzz_corpus).
#
# cargo-fuzz needs nightly flags (-Zsanitizer=address); RUSTC_BOOTSTRAP=1
# lets the stable toolchain accept them. `--dev` because CI only needs the
# targets to build, and an unoptimised build is the faster one here.
#
# FUZZ_SECONDS=N (default 0) also runs each target for N seconds on a copy of
# its seed corpus (so the committed seeds stay as they are), optimised: an
# unoptimised ed25519 under ASan manages only a few inputs a second. Crashes
# land in fuzz/artifacts/<target>/.
set -euo pipefail

cd "$(dirname "$0")/.."

CARGO_FUZZ_VERSION=0.13.2
if ! cargo fuzz --version >/dev/null 2>&1; then
    echo "fuzz.sh: installing cargo-fuzz $CARGO_FUZZ_VERSION"
    cargo install cargo-fuzz --locked --version "$CARGO_FUZZ_VERSION"
fi

cd fuzz
export RUSTC_BOOTSTRAP=1
cargo fuzz build --dev

seconds="${FUZZ_SECONDS:-0}"
if [ "$seconds" -gt 0 ]; then
    work="$(mktemp -d)"
    trap 'rm -rf "$work"' EXIT
    for target in $(cargo fuzz list); do
        cp -r "corpus/$target" "$work/$target"
        cargo fuzz run "$target" "$work/$target" -- -max_total_time="$seconds"
    done
fi
echo "fuzz.sh: every fuzz target builds"
