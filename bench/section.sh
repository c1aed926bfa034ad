# Sourced by run.sh and reviewer.sh: RESULTS.md holds one section per
# benchmark between `<!-- NAME:begin -->` and `<!-- NAME:end -->` lines, so
# each script rewrites its own figures and leaves the other's as they are.

# put_section NAME FILE: replaces section NAME of bench/RESULTS.md with
# FILE's text, or appends it (the file is created with a title if missing).
put_section() {
  local name=$1 file=$2 results=$BENCH/RESULTS.md
  [ -e "$results" ] || printf '# Benchmark results\n' > "$results"
  if grep -q "^<!-- $name:begin -->\$" "$results"; then
    awk -v f="$file" -v b="<!-- $name:begin -->" -v e="<!-- $name:end -->" '
      $0 == b { print; while ((getline l < f) > 0) print l; skip = 1; next }
      $0 == e { skip = 0 }
      !skip { print }' "$results" > "$results.tmp"
  else
    { cat "$results"; printf '\n<!-- %s:begin -->\n' "$name"; cat "$file"; printf '<!-- %s:end -->\n' "$name"; } > "$results.tmp"
  fi
  mv "$results.tmp" "$results"
}
