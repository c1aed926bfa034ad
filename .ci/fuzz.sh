#!/usr/bin/env bash
# Fuzzes every cargo-fuzz target in fuzz/ (its own workspace) for a time
# budget, each starting from a copy of its committed seed corpus (so the
# committed seeds stay as they are). The seed corpora are also replayed on
# stable, without cargo-fuzz, by `cargo test` (crypto's `fuzz_corpus`
# module, the reviewer's and the server's corpus tests).
#
# FUZZ_SECONDS=N (default 60) is each target's budget; .ci/run passes it.
# FUZZ_SECONDS=0 only builds the targets (unoptimised, the fastest build).
#
# A crash, a leak, an out-of-memory or a timeout fails this script (after
# the other targets have had their turn): each input libFuzzer wrote to
# fuzz/artifacts/<target>/ is copied to fuzz/corpus/<target>/regression-<name>
# (the directory `cargo test` replays, so commit it with the fix) and
# printed in base64, so it survives a CI run whose files are thrown away.
#
# cargo-fuzz needs nightly flags (-Zsanitizer=address); RUSTC_BOOTSTRAP=1
# lets the stable toolchain accept them. The fuzzing build is optimised
# (cargo-fuzz's default, with debug assertions): an unoptimised ed25519
# under ASan manages only a few inputs a second.
set -euo pipefail

cd "$(dirname "$0")/.."

CARGO_FUZZ_VERSION=0.13.2
if ! cargo fuzz --version >/dev/null 2>&1; then
    echo "fuzz.sh: installing cargo-fuzz $CARGO_FUZZ_VERSION"
    cargo install cargo-fuzz --locked --version "$CARGO_FUZZ_VERSION"
fi

cd fuzz
export RUSTC_BOOTSTRAP=1

seconds="${FUZZ_SECONDS:-60}"
if [ "$seconds" -eq 0 ]; then
    cargo fuzz build --dev
    echo "fuzz.sh: every fuzz target builds (FUZZ_SECONDS=0: not fuzzed)"
    exit 0
fi

cargo fuzz build
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
failed=()
for target in $(cargo fuzz list); do
    cp -r "corpus/$target" "$work/$target"
    rm -rf "artifacts/$target"
    echo "fuzz.sh: fuzzing $target for $seconds s"
    if ! cargo fuzz run "$target" "$work/$target" -- \
        -max_total_time="$seconds" -timeout=25 -rss_limit_mb=2560 -print_final_stats=1; then
        failed+=("$target")
        for input in "artifacts/$target"/*; do
            [ -f "$input" ] || continue
            kept="corpus/$target/regression-$(basename "$input")"
            cp "$input" "$kept"
            echo "fuzz.sh: $target failed on this input, kept as fuzz/$kept (base64):"
            base64 -w 76 "$input"
        done
    fi
done
if [ ${#failed[@]} -gt 0 ]; then
    echo "fuzz.sh: FAILED: ${failed[*]}; fix, then commit the regression-* inputs above" >&2
    exit 1
fi
echo "fuzz.sh: every fuzz target ran $seconds s without a failure"
