#!/usr/bin/env bash
# The page's size (issue 19: "the page bundle's size recorded before and
# after"): the bytes of web/dist's files as committed at HEAD, raw and
# gzip -9n, next to the same files at a base revision (default c5e454b, the
# English-only page before the languages). Writes the `bundle` section of
# bench/RESULTS.md. `bash bench/run.sh bundle`, or BUNDLE_BASE=REV to
# compare with another revision. Nothing is built: web/dist is the
# committed page whose hash the roster pins.
set -euo pipefail

BENCH=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$BENCH/.." && pwd)
# shellcheck source=section.sh
. "$BENCH/section.sh"
BASE=${BUNDLE_BASE:-c5e454b}
HEAD_REV=$(git -C "$ROOT" rev-parse --short HEAD)

# size REV FILE: "raw gzip" of web/dist/FILE at REV (0 0 when absent).
size() {
  if git -C "$ROOT" cat-file -e "$1:web/dist/$2" 2>/dev/null; then
    printf '%s %s\n' \
      "$(git -C "$ROOT" show "$1:web/dist/$2" | wc -c)" \
      "$(git -C "$ROOT" show "$1:web/dist/$2" | gzip -9n | wc -c)"
  else
    printf '0 0\n'
  fi
}

mapfile -t FILES < <(
  { git -C "$ROOT" ls-tree --name-only "$BASE" web/dist/
    git -C "$ROOT" ls-tree --name-only HEAD web/dist/; } |
    sed 's|^web/dist/||' | sort -u
)
OUT=$(mktemp)
trap 'rm -f "$OUT"' EXIT
{
  printf '## Page bundle size (`bench/bundle.sh`, issue 19)\n\n'
  printf 'Written by `bench/bundle.sh` (%s UTC): `web/dist/` as committed at %s against %s. ' \
    "$(date -u '+%Y-%m-%d %H:%M')" "$HEAD_REV" "$BASE"
  printf 'Bytes of each file; gzip is `gzip -9n` of the same bytes (the server sends them uncompressed, so the raw figure is what a reporter downloads).\n\n'
  printf '| file | %s | %s, gzip | %s | %s, gzip | change (gzip) |\n' "$BASE" "$BASE" "$HEAD_REV" "$HEAD_REV"
  printf '| --- | --- | --- | --- | --- | --- |\n'
  tb=0 tbg=0 ta=0 tag=0
  for f in "${FILES[@]}"; do
    read -r b bg <<< "$(size "$BASE" "$f")"
    read -r a ag <<< "$(size HEAD "$f")"
    tb=$((tb + b)) tbg=$((tbg + bg)) ta=$((ta + a)) tag=$((tag + ag))
    printf '| `%s` | %s | %s | %s | %s | %+d |\n' "$f" "$b" "$bg" "$a" "$ag" $((ag - bg))
  done
  pct=$(awk -v a="$tag" -v b="$tbg" 'BEGIN { if (b > 0) printf "%+.0f %%", (a - b) * 100 / b; else print "n/a" }')
  printf '| all | %s | %s | %s | %s | %+d (%s) |\n' "$tb" "$tbg" "$ta" "$tag" $((tag - tbg)) "$pct"
} > "$OUT"
put_section bundle "$OUT"
cat "$OUT"
