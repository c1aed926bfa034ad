#!/usr/bin/env bash
# The post-quantum recipients' cost (issue 18): see bench/pq/pq-bench.mjs.
# Needs Node and web/node_modules (npm ci in web/). Writes the "pq" section
# of bench/RESULTS.md (the others are left as they are) and prints it.
set -euo pipefail

BENCH=$(cd "$(dirname "$0")" && pwd)
# shellcheck source=section.sh
source "$BENCH/section.sh"
out=$(mktemp)
trap 'rm -f "$out"' EXIT
node "$BENCH/pq/pq-bench.mjs" > "$out"
put_section pq "$out"
cat "$out"
