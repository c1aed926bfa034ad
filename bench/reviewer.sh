#!/usr/bin/env bash
# The reviewer client's benchmark (issue #6): see bench/README.md, "Reviewer".
#
# Builds the release binaries (reviewer, dropbox-server, dropbox-submit)
# and bench/'s helper, then, on loopback only, against a real dropbox-server:
#   1. `reviewer sync` of BENCH_REPORTS reports of BENCH_REPORT_BYTES each
#      (real report bundles, encrypted to the team and uploaded with
#      POST /v1/submissions before the clock starts): total time, per-report
#      cost, the reviewer's peak RSS, next to the server's own listing cost
#      (paging through GET /v1/inbox for the same items with signed
#      requests, as the reviewer does) measured in the same run; the same at
#      the smaller sizes of BENCH_SCALING, to show how the cost grows;
#   2. a report with one BENCH_ATTACH_MIB MiB attachment: `reviewer sync`
#      it, then `reviewer attachment ID 0 --out FILE`, next to
#      `age -d -i KEY` of an age file of the same plaintext (to a fresh
#      `age-keygen` key), in the same run.
# Writes the "Reviewer" section of bench/RESULTS.md (the server's section is
# left as it is) and prints it. Removes its scratch directory at the end.
#
# Knobs (environment): BENCH_REPORTS (10000), BENCH_REPORT_BYTES (4096),
# BENCH_REPORT_ATTACH_BYTES (0: with N > 0, each report of part 1 also
# carries one attachment of N bytes),
# BENCH_SCALING ("1000 2000 5000": extra sync runs, each on a fresh team;
# "" for none), BENCH_SUBMIT_THREADS (8), BENCH_ATTACH_MIB (1024),
# BENCH_ATTACH_REPEAT (3), BENCH_PARTS ("sync attach agent": which parts to
# run; the Reviewer section is written only when sync and attach both ran,
# the Reviewer agent section by the agent part alone), BENCH_AGENT_CASES
# (1000), BENCH_AGENT_ATTACH_MIB (BENCH_ATTACH_MIB), BENCH_AGENT_REPEAT (5), BENCH_WRAP (a command prefix
# for the timed syncs, for profiling), BENCH_TMP, BENCH_BIN (a directory holding release
# builds of reviewer, dropbox-server and dropbox-submit, instead of building
# them), BENCH_KEEP=1 (keep the scratch directory).
set -euo pipefail

BENCH=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$BENCH/.." && pwd)
# shellcheck source=section.sh
. "$BENCH/section.sh"
# shellcheck source=common.sh
. "$BENCH/common.sh"
REPORTS=${BENCH_REPORTS:-10000}
REPORT_BYTES=${BENCH_REPORT_BYTES:-4096}
REPORT_ATTACH_BYTES=${BENCH_REPORT_ATTACH_BYTES:-0}
# How part 1's reports are described in the section.
if [ "$REPORT_ATTACH_BYTES" -gt 0 ]; then
  REPORT_WHAT="$REPORT_BYTES-byte body and a $REPORT_ATTACH_BYTES-byte attachment each"
  REPORT_ATTACH_WHAT="one attachment of $REPORT_ATTACH_BYTES bytes of text"
else
  REPORT_WHAT="$REPORT_BYTES-byte body each"
  REPORT_ATTACH_WHAT="no attachment"
fi
SCALING=${BENCH_SCALING-1000 2000 5000}
SUBMIT_THREADS=${BENCH_SUBMIT_THREADS:-8}
ATTACH_MIB=${BENCH_ATTACH_MIB:-1024}
ATTACH_REPEAT=${BENCH_ATTACH_REPEAT:-3}
PARTS=${BENCH_PARTS:-sync attach agent}
# A command prefix for the timed syncs, for profiling (e.g.
# "perf record -g -o /tmp/sync.perf --"); their times then include its cost.
read -r -a WRAP <<< "${BENCH_WRAP:-}"
# The reviewer's passphrase for the throw-away keys (never a real one).
export REVIEWER_PASSPHRASE="bench passphrase, not secret"

for tool in cargo age age-keygen curl awk git cmp jq /usr/bin/time; do
  command -v "$tool" >/dev/null || die "$tool is not installed (age: apt-get install age; /usr/bin/time: apt-get install time)"
done

# --- build -------------------------------------------------------------------
if [ -n "${BENCH_BIN:-}" ]; then
  BIN=$BENCH_BIN
else
  say "building reviewer, dropbox-server and dropbox-submit (release)"
  (cd "$ROOT" && cargo build --release -p dropbox-reviewer -p dropbox-server -p dropbox-submit) ||
    die "cargo build --release failed"
  BIN=$ROOT/target/release
fi
for b in reviewer dropbox-server dropbox-submit; do
  [ -x "$BIN/$b" ] || die "$BIN/$b is not an executable"
done
REVIEWER=$BIN/reviewer
SERVER=$BIN/dropbox-server
SUBMIT=$BIN/dropbox-submit
build_helper

# --- scratch directory, processes, clean-up ---------------------------------
scratch dropbox-bench-reviewer

# The attachment part holds about 7 copies of the attachment at once
# (plaintext, the report, the server's copy, the case store's, the export,
# age's file and its output); the reports about 100 KiB each, three times.
need_kib=$(( ATTACH_MIB * 1024 * 7 + REPORTS * 300 + 512 * 1024 ))
need_space "$need_kib"

# From `/usr/bin/time -v` output: peak RSS (KiB), user and system seconds.
tv() { # FIELD FILE
  case $1 in
    rss) awk -F': ' '/Maximum resident set size/ { print $2 }' "$2" ;;
    cpu) awk -F': ' '/User time/ { u = $2 } /System time/ { s = $2 } END { print u + s }' "$2" ;;
  esac
}
CLK_TCK=$(getconf CLK_TCK)
cpu_ticks() { awk '{ print $14 + $15 }' "/proc/$SERVER_PID/stat"; }

# A throw-away team in DIR: alice, whose keys `reviewer key new` made
# (encrypted at rest, as for a real member), and `lister`, made by the
# helper with plain keys so it can sign inbox requests; roster #1 by
# `reviewer team init`; a data directory; a running server; a first
# `reviewer sync` of the empty inbox (which saves the server and the team
# fingerprint, and is timed as the fixed cost of a sync). Sets HOME_DIR,
# TEAM_FP, URL, EMPTY_SYNC.
make_team() { # DIR
  local dir=$1 t0 t1
  mkdir -p "$dir"
  HOME_DIR=$dir/alice
  # alice's keys, made once by `reviewer key new` (below), copied into
  # every team's home as a member copies them to a second machine: every
  # run then unlocks the same keys.age, with the same scrypt work factor.
  mkdir -p "$HOME_DIR"
  chmod 700 "$HOME_DIR"
  cp "$WORK/alice-keys/keys.age" "$WORK/alice-keys/card.json" "$HOME_DIR/"
  cp "$WORK/alice-keys/card.json" "$dir/alice.card.json"
  "$HELPER" member "$dir/lister" --id lister > /dev/null
  "$REVIEWER" --home "$HOME_DIR" team init --name "Bench Team" \
    --member "$dir/alice.card.json" --member "$dir/lister/card.json" \
    --endpoint "http://127.0.0.1:1" --out "$dir/roster.json" --json > "$dir/init.json" ||
    die "reviewer team init failed"
  TEAM_FP=$(sed -n 's/.*"fingerprint":"\([0-9a-f]*\)".*/\1/p' "$dir/init.json")
  [ -n "$TEAM_FP" ] || die "no fingerprint from reviewer team init: $(cat "$dir/init.json")"
  "$SERVER" init --data "$dir/data" --roster "$dir/roster.json" --json > /dev/null ||
    die "dropbox-server init failed"
  start_server "$dir/data"
  URL=http://$ADDR
  "$REVIEWER" --home "$HOME_DIR" sync --server "$URL" --team "$TEAM_FP" --json > /dev/null ||
    die "the first reviewer sync failed"
  t0=$(now)
  "$REVIEWER" --home "$HOME_DIR" sync --json > "$dir/empty-sync.json" ||
    die "reviewer sync of an empty inbox failed"
  t1=$(now)
  EMPTY_SYNC=$(calc "$t1 - $t0")
}

# --- machine facts -------------------------------------------------------------
machine_info
FS_TYPE=$(df -PT "$WORK" | awk 'NR==2 {print $2}')
FS_DEV=$(df -PT "$WORK" | awk 'NR==2 {print $1}')
AGE_VERSION=$(age --version)
RUSTC_VERSION=$(rustc --version | awk '{print $2}')

"$REVIEWER" --home "$WORK/alice-keys" key new --name Alice --id alice --json > /dev/null ||
  die "reviewer key new failed"
# The scrypt work factor of alice's keys.age: age picks it at `key new` so
# that one unlock takes about a second on this machine at that moment; each
# unlock needs 2^logN KiB of memory.
LOGN=$(sed -n 's/^-> scrypt [^ ]* \([0-9]*\)$/\1/p' "$WORK/alice-keys/keys.age" | head -n1)

sample > "$WORK/sampler.txt" &
SAMPLER_PID=$!

# --- 1. sync of many small reports -------------------------------------------
# One run: a fresh team, N reports uploaded, the inbox listed as `lister`
# (3 times, median), then one timed `reviewer sync` as alice. Appends a
# line to $WORK/sync-runs.txt:
#   N sync_s list_s list_pages rss_kib reviewer_cpu_s server_cpu_s empty_sync_s ct_bytes upload_s scrypt_logn
#   then_empty_s then_one_report_s then_followup_s
sync_run() { # N
  local n=$1 dir=$WORK/sync-$1 t0 t1 c0 c1
  say "sync of $n reports: team, server, uploads"
  make_team "$dir"
  "$HELPER" submit --addr "$ADDR" --chain "$dir/roster.json" --team "$TEAM_FP" \
    --count "$n" --body-bytes "$REPORT_BYTES" --attach-bytes "$REPORT_ATTACH_BYTES" \
    --threads "$SUBMIT_THREADS" > "$dir/submit.txt" ||
    die "uploading the reports failed"
  say "listing the inbox as lister (3 times)"
  "$HELPER" inbox --addr "$ADDR" --id lister --seed "$dir/lister/transport.hex" --repeat 3 \
    > "$dir/inbox.txt" || die "listing the inbox failed"
  [ "$(kv items "$dir/inbox.txt")" -eq "$n" ] ||
    die "the inbox lists $(kv items "$dir/inbox.txt") items, not $n"
  say "reviewer sync of $n reports"
  sync; sleep 1
  c0=$(cpu_ticks)
  t0=$(now)
  /usr/bin/time -v -o "$dir/sync.time" ${WRAP[@]+"${WRAP[@]}"} \
    "$REVIEWER" --home "$HOME_DIR" sync --json > "$dir/sync.json" 2> "$dir/sync.err" ||
    die "reviewer sync failed: $(cat "$dir/sync.err")"
  t1=$(now)
  c1=$(cpu_ticks)
  grep -q "\"new_cases\":$n," "$dir/sync.json" ||
    die "reviewer sync did not file $n new cases: $(head -c 2000 "$dir/sync.json")"
  grep -q '"errors":\[\]' "$dir/sync.json" ||
    die "reviewer sync reported errors: $(head -c 2000 "$dir/sync.json")"
  # Nothing is left for alice: every item was acked.
  "$REVIEWER" --home "$HOME_DIR" list --json > "$dir/list.json"
  [ "$(grep -o '"id":' "$dir/list.json" | wc -l)" -eq "$n" ] || die "reviewer list does not show $n cases"
  # The store now holds n cases. What the next syncs cost in it: with an
  # empty inbox; with one new report (sent with dropbox-submit, asking for
  # replies); with one follow-up to that report (filing a follow-up looks
  # for the case of its conversation).
  local e0 e1 r0 r1 f0 f1 codename
  e0=$(now)
  "$REVIEWER" --home "$HOME_DIR" sync --json > "$dir/again.json" || die "the next reviewer sync failed"
  e1=$(now)
  "$SUBMIT" send --yes --server "$URL" --team "$TEAM_FP" --state "$dir/submit-state" \
    --title "one more" --body "one more report" --replies --json > "$dir/send.json" 2> "$dir/send.err" ||
    die "dropbox-submit send failed: $(cat "$dir/send.err")"
  codename=$(sed -n 's/.*"codename":"\([^"]*\)".*/\1/p' "$dir/send.json")
  r0=$(now)
  "$REVIEWER" --home "$HOME_DIR" sync --json > "$dir/one.json" || die "reviewer sync of one report failed"
  r1=$(now)
  grep -q '"new_cases":1,' "$dir/one.json" || die "the one report was not filed: $(cat "$dir/one.json")"
  DROPBOX_CODENAME=$codename "$SUBMIT" followup --yes --server "$URL" --team "$TEAM_FP" \
    --state "$dir/submit-state" --message "a follow-up" --json > /dev/null 2> "$dir/followup.err" ||
    die "dropbox-submit followup failed: $(cat "$dir/followup.err")"
  f0=$(now)
  "$REVIEWER" --home "$HOME_DIR" sync --json > "$dir/followup.json" || die "reviewer sync of a follow-up failed"
  f1=$(now)
  grep -q '"followups":1,' "$dir/followup.json" || die "the follow-up was not filed: $(cat "$dir/followup.json")"
  stop_server
  printf '%s %s %s %s %s %s %s %s %s %s %s %s %s %s\n' "$n" "$(calc "$t1 - $t0")" \
    "$(kv elapsed_s "$dir/inbox.txt")" "$(kv pages "$dir/inbox.txt")" \
    "$(tv rss "$dir/sync.time")" "$(tv cpu "$dir/sync.time")" \
    "$(calc "($c1 - $c0) / $CLK_TCK")" "$EMPTY_SYNC" \
    "$(kv ciphertext_bytes_each "$dir/submit.txt")" "$(kv elapsed_s "$dir/submit.txt")" \
    "${LOGN:-?}" "$(calc "$e1 - $e0")" "$(calc "$r1 - $r0")" "$(calc "$f1 - $f0")" \
    >> "$WORK/sync-runs.txt"
  say "$(tail -n1 "$WORK/sync-runs.txt")"
  if [ "${BENCH_KEEP:-0}" != 1 ]; then rm -rf "$dir"; fi
}

# --- 3. the agent (issue 17 item 1) ------------------------------------------------
# A store of BENCH_AGENT_CASES cases (4 KiB reports, synced) plus one case
# with a BENCH_AGENT_ATTACH_MIB MiB attachment; then `reviewer list`,
# `show` and `set` with the agent running (median of BENCH_AGENT_REPEAT)
# and without it (REVIEWER_AGENT=off: every command unlocks keys.age;
# median of 3), and `reviewer attachment` of that attachment with the
# agent running next to `age -d` of the same plaintext (median of
# BENCH_ATTACH_REPEAT). Writes the "Reviewer agent" section of RESULTS.md.
AGENT_CASES=${BENCH_AGENT_CASES:-1000}
AGENT_ATTACH_MIB=${BENCH_AGENT_ATTACH_MIB:-$ATTACH_MIB}
AGENT_REPEAT=${BENCH_AGENT_REPEAT:-5}
# timed_cmd LABEL CMD...: appends "LABEL seconds rss_kib" to agent-runs.txt.
timed_cmd() {
  local label=$1 t0 t1
  shift
  t0=$(now)
  /usr/bin/time -v -o "$WORK/agent/cmd.time" "$@" > "$WORK/agent/cmd.out" 2> "$WORK/agent/cmd.err" ||
    die "$* failed: $(cat "$WORK/agent/cmd.err")"
  t1=$(now)
  printf '%s %s %s\n' "$label" "$(calc "$t1 - $t0")" "$(tv rss "$WORK/agent/cmd.time")" >> "$WORK/agent-runs.txt"
}
# shellcheck disable=SC2046 # one number a word
agent_med() { median $(awk -v l="$1" '$1 == l { print $2 }' "$WORK/agent-runs.txt"); }
agent_rss() { awk -v l="$1" '$1 == l && $3 > m { m = $3 } END { print m + 0 }' "$WORK/agent-runs.txt"; }
agent_part() {
  local dir=$WORK/agent plain code ids case acase i sev sum
  local off=(env REVIEWER_AGENT=off)
  : > "$WORK/agent-runs.txt"
  say "agent: a store of $AGENT_CASES cases and one ${AGENT_ATTACH_MIB} MiB attachment"
  make_team "$dir"
  "$HELPER" submit --addr "$ADDR" --chain "$dir/roster.json" --team "$TEAM_FP" \
    --count "$AGENT_CASES" --body-bytes 4096 --threads "$SUBMIT_THREADS" > "$dir/submit.txt" ||
    die "uploading the reports failed"
  mkdir -p "$dir/files"
  plain=$dir/files/plain.bin
  head -c "$(( AGENT_ATTACH_MIB << 20 ))" /dev/urandom > "$plain"
  "$HELPER" report --chain "$dir/roster.json" --team "$TEAM_FP" --attach "$plain" \
    --out "$dir/files/report.age" > "$dir/report.txt" || die "making the report failed"
  code=$(curl -sS -o "$dir/resp.json" -w '%{http_code}' -X POST -T "$dir/files/report.age" \
    -H 'Content-Type: application/octet-stream' -H 'Expect:' \
    -H "Dropbox-Delete-Hash: $(kv delete_hash "$dir/report.txt")" "$URL/v1/submissions")
  [ "$code" = 201 ] || die "uploading the report answered $code: $(cat "$dir/resp.json")"
  rm -f "$dir/files/report.age"
  age-keygen -o "$dir/files/age-key.txt" 2> /dev/null
  age -r "$(age-keygen -y "$dir/files/age-key.txt")" -o "$dir/files/baseline.age" "$plain"
  sum=$(sha256sum "$plain" | awk '{print $1}')
  rm -f "$plain"
  "$REVIEWER" --home "$HOME_DIR" sync --json > "$dir/sync.json" || die "reviewer sync failed"
  grep -q "\"new_cases\":$((AGENT_CASES + 1))," "$dir/sync.json" ||
    die "reviewer sync did not file $((AGENT_CASES + 1)) cases: $(head -c 2000 "$dir/sync.json")"
  stop_server
  ids=$("$REVIEWER" --home "$HOME_DIR" list --json)
  [ "$(jq length <<< "$ids")" -eq $((AGENT_CASES + 1)) ] || die "reviewer list does not show every case"
  case=$(jq -r '[.[] | select(.attachments == 0)][0].id' <<< "$ids")
  acase=$(jq -r '[.[] | select(.attachments > 0)][0].id' <<< "$ids")
  cat "$HOME_DIR"/attachments/*/0.age "$dir/files/baseline.age" > /dev/null

  say "agent: list, show, set without the agent (3 each)"
  "$REVIEWER" --home "$HOME_DIR" lock > /dev/null
  for i in 1 2 3; do
    if [ $((i % 2)) = 1 ]; then sev=high; else sev=low; fi
    timed_cmd list-off "${off[@]}" "$REVIEWER" --home "$HOME_DIR" list --json
    timed_cmd show-off "${off[@]}" "$REVIEWER" --home "$HOME_DIR" show "$case" --json
    timed_cmd set-off "${off[@]}" "$REVIEWER" --home "$HOME_DIR" set "$case" --severity "$sev" --json
  done
  say "agent: list, show, set with the agent running ($AGENT_REPEAT each)"
  timed_cmd start "$REVIEWER" --home "$HOME_DIR" list --json
  for i in $(seq "$AGENT_REPEAT"); do
    if [ $((i % 2)) = 1 ]; then sev=medium; else sev=low; fi
    timed_cmd list-on "$REVIEWER" --home "$HOME_DIR" list --json
    timed_cmd show-on "$REVIEWER" --home "$HOME_DIR" show "$case" --json
    timed_cmd set-on "$REVIEWER" --home "$HOME_DIR" set "$case" --severity "$sev" --json
  done
  say "agent: ${AGENT_ATTACH_MIB} MiB attachment with the agent running, and age -d ($ATTACH_REPEAT each)"
  for i in $(seq "$ATTACH_REPEAT"); do
    rm -f "$dir/files/out.bin"; sync
    timed_cmd export-on "$REVIEWER" --home "$HOME_DIR" attachment "$acase" 0 --out "$dir/files/out.bin"
    [ "$(sha256sum "$dir/files/out.bin" | awk '{print $1}')" = "$sum" ] || die "reviewer attachment wrote other bytes"
    rm -f "$dir/files/out.bin"; sync
    timed_cmd age-d age -d -i "$dir/files/age-key.txt" -o "$dir/files/out.bin" "$dir/files/baseline.age"
    [ "$(sha256sum "$dir/files/out.bin" | awk '{print $1}')" = "$sum" ] || die "age -d wrote other bytes"
  done
  rm -f "$dir/files/out.bin"; sync
  timed_cmd export-off "${off[@]}" "$REVIEWER" --home "$HOME_DIR" attachment "$acase" 0 --out "$dir/files/out.bin"
  rm -f "$dir/files/out.bin"
  "$REVIEWER" --home "$HOME_DIR" lock > /dev/null
  agent_section
}
agent_section() {
  local label
  ams() { calc "sprintf(\"%.1f\", $1 * 1000)"; }
  amib() { calc "sprintf(\"%.1f\", $1 / 1024)"; }
  af2() { calc "sprintf(\"%.2f\", $1)"; }
  goal() { # VALUE LIMIT: met or not
    if awk "BEGIN { exit !($1 <= $2) }"; then echo "met"; else echo "**not met**"; fi
  }
  row() { # LABEL NAME: a list/show/set row
    printf '| %s | %s ms, %s MiB | %s ms, %s MiB | %sx | ≤ 50 ms, < 40 MiB | %s, %s |\n' "$1" \
      "$(ams "$(agent_med "$2-on")")" "$(amib "$(agent_rss "$2-on")")" \
      "$(ams "$(agent_med "$2-off")")" "$(amib "$(agent_rss "$2-off")")" \
      "$(af2 "$(agent_med "$2-on") / $(agent_med "$2-off")")" \
      "$(goal "$(agent_med "$2-on")" 0.050)" "$(goal "$(agent_rss "$2-on")" 40959)"
  }
  contention
  label=$([ "$AGENT_ATTACH_MIB" -eq 1024 ] && echo "1 GiB" || echo "$AGENT_ATTACH_MIB MiB")
  {
  cat <<EOF
## Reviewer agent (\`bench/reviewer.sh\`, part \`agent\`; issue 17 item 1)

Measured $DATE at $TREE, release build. A store of $AGENT_CASES synced
4 KiB reports plus one report with a $label attachment; keys.age under
scrypt logN ${LOGN:-?}. "Without" is \`REVIEWER_AGENT=off\` (every command
unlocks keys.age, as before the agent), median of 3; "with" is the agent
running (started by one untimed command before), median of $AGENT_REPEAT.
Wall time from start to exit; peak RSS from \`/usr/bin/time -v\` (the
largest of the runs).

| command | with the agent | without (same run) | ratio | goal | |
| --- | --- | --- | --- | --- | --- |
EOF
  row "\`reviewer list --json\` ($((AGENT_CASES + 1)) cases)" list
  row "\`reviewer show ID --json\`" show
  row "\`reviewer set ID --severity …\` (a change each time)" set
  cat <<EOF
| the first command, which unlocks and starts the agent (\`list\`) | $(ams "$(agent_med start)") ms, $(amib "$(agent_rss start)") MiB | | | | |
| $label attachment, \`reviewer attachment ID 0 --out FILE\` (median of $ATTACH_REPEAT) | $(af2 "$(agent_med export-on)") s, $(amib "$(agent_rss export-on)") MiB | without the agent (once): $(af2 "$(agent_med export-off)") s, $(amib "$(agent_rss export-off)") MiB | | | |
| baseline: \`age -d -i KEY -o FILE\` of the same plaintext's age file | $(af2 "$(agent_med age-d)") s, $(amib "$(agent_rss age-d)") MiB | | export with the agent / \`age -d\`: $(af2 "$(agent_med export-on) / $(agent_med age-d)")x | ≤ 1.1x | $(goal "$(agent_med export-on) / $(agent_med age-d)" 1.1) |

- Every run (label, seconds, peak RSS KiB): $(awk '{ printf "%s%s %.3f %s", (NR > 1 ? "; " : ""), $1, $2, $3 }' "$WORK/agent-runs.txt").
- Another session compiling during the measurements: $CONTENTION
EOF
  } > "$WORK/agent-section.md"
  put_section reviewer-agent "$WORK/agent-section.md"
  cat "$WORK/agent-section.md"
}

: > "$WORK/sync-runs.txt"
if [[ " $PARTS " == *" sync "* ]]; then
  for n in $SCALING; do
    if [ "$n" -lt "$REPORTS" ]; then sync_run "$n"; fi
  done
  sync_run "$REPORTS"
  cat "$WORK/sync-runs.txt"
fi
if [[ " $PARTS " == *" agent "* ]]; then
  agent_part
fi
if [[ " $PARTS " != *" attach "* ]]; then
  say "BENCH_PARTS=$PARTS: the Reviewer section of RESULTS.md is left as it is"
  exit 0
fi

# --- 2. a large attachment -------------------------------------------------------
say "attachment of ${ATTACH_MIB} MiB: plaintext, report, age baseline file"
ADIR=$WORK/attach
make_team "$ADIR"
mkdir -p "$ADIR/files"
PLAIN=$ADIR/files/plain.bin
head -c "$(( ATTACH_MIB << 20 ))" /dev/urandom > "$PLAIN"
"$HELPER" report --chain "$ADIR/roster.json" --team "$TEAM_FP" --attach "$PLAIN" \
  --out "$ADIR/files/report.age" > "$ADIR/report.txt" || die "making the report failed"
code=$(curl -sS -o "$ADIR/resp.json" -w '%{http_code}' -X POST -T "$ADIR/files/report.age" \
  -H 'Content-Type: application/octet-stream' -H 'Expect:' \
  -H "Dropbox-Delete-Hash: $(kv delete_hash "$ADIR/report.txt")" \
  "$URL/v1/submissions")
[ "$code" = 201 ] || die "uploading the report answered $code: $(cat "$ADIR/resp.json")"
rm -f "$ADIR/files/report.age"
age-keygen -o "$ADIR/files/age-key.txt" 2> /dev/null
age -r "$(age-keygen -y "$ADIR/files/age-key.txt")" -o "$ADIR/files/baseline.age" "$PLAIN"
PLAIN_BYTES=$(stat -c %s "$PLAIN")
PLAIN_SUM=$(sha256sum "$PLAIN" | awk '{print $1}')
rm -f "$PLAIN" # from here on, the plaintext exists only as the outputs checked below

say "reviewer sync of the report with the ${ATTACH_MIB} MiB attachment"
sync; sleep 1
c0=$(cpu_ticks)
t0=$(now)
/usr/bin/time -v -o "$ADIR/sync.time" ${WRAP[@]+"${WRAP[@]}"} \
  "$REVIEWER" --home "$HOME_DIR" sync --json > "$ADIR/sync.json" 2> "$ADIR/sync.err" ||
  die "reviewer sync failed: $(cat "$ADIR/sync.err")"
t1=$(now)
grep -q '"new_cases":1,' "$ADIR/sync.json" || die "the report was not filed: $(cat "$ADIR/sync.json")"
A_SYNC=$(calc "$t1 - $t0")
A_SYNC_RSS=$(tv rss "$ADIR/sync.time")
A_SYNC_CPU=$(tv cpu "$ADIR/sync.time")
A_SERVER_CPU=$(calc "($(cpu_ticks) - $c0) / $(getconf CLK_TCK)")
say "reviewer sync of the ${ATTACH_MIB} MiB report: $A_SYNC s (CPU $A_SYNC_CPU s, peak RSS $A_SYNC_RSS KiB; server CPU $A_SERVER_CPU s)"
stop_server
CASE=$("$REVIEWER" --home "$HOME_DIR" list --json | grep -o '"id":"[0-9a-f]*"' | head -n1 | cut -d'"' -f4)
[ -n "$CASE" ] || die "no case id from reviewer list"

# Each prints its seconds (they run in a command substitution, a subshell:
# the caller reads the RSS and CPU from the `time -v` file afterwards).
export_run() { # checks the output
  local t0 t1
  rm -f "$ADIR/files/out.bin"; sync; sleep 1
  t0=$(now)
  /usr/bin/time -v -o "$ADIR/export.time" \
    "$REVIEWER" --home "$HOME_DIR" attachment "$CASE" 0 --out "$ADIR/files/out.bin" \
    > /dev/null 2> "$ADIR/export.err" || die "reviewer attachment failed: $(cat "$ADIR/export.err")"
  t1=$(now)
  [ "$(sha256sum "$ADIR/files/out.bin" | awk '{print $1}')" = "$PLAIN_SUM" ] ||
    die "reviewer attachment wrote other bytes than the attachment"
  rm -f "$ADIR/files/out.bin"
  calc "$t1 - $t0"
}
age_run() {
  local t0 t1
  rm -f "$ADIR/files/out.bin"
  cat "$ADIR/files/baseline.age" > /dev/null; sync; sleep 1
  t0=$(now)
  /usr/bin/time -v -o "$ADIR/age.time" \
    age -d -i "$ADIR/files/age-key.txt" -o "$ADIR/files/out.bin" "$ADIR/files/baseline.age" ||
    die "age -d failed"
  t1=$(now)
  [ "$(sha256sum "$ADIR/files/out.bin" | awk '{print $1}')" = "$PLAIN_SUM" ] ||
    die "age -d wrote other bytes than the plaintext"
  rm -f "$ADIR/files/out.bin"
  calc "$t1 - $t0"
}
EXPORT_RSS=(); EXPORT_CPU=(); AGE_RSS=(); EXPORTS=(); AGES=()
# What any command on this store costs before it does its work (unlocking
# keys.age, opening the store): `reviewer list` of its one case.
t0=$(now)
"$REVIEWER" --home "$HOME_DIR" list --json > /dev/null || die "reviewer list failed"
t1=$(now)
LIST_FIXED=$(calc "$t1 - $t0")
# The case store's attachment file is read from the page cache too.
cat "$HOME_DIR"/attachments/*/0.age > /dev/null
for i in $(seq "$ATTACH_REPEAT"); do
  if [ $((i % 2)) = 1 ]; then
    # Command substitution runs in a subshell: collect RSS from the files.
    e=$(export_run); EXPORT_RSS+=("$(tv rss "$ADIR/export.time")"); EXPORT_CPU+=("$(tv cpu "$ADIR/export.time")")
    a=$(age_run); AGE_RSS+=("$(tv rss "$ADIR/age.time")")
  else
    a=$(age_run); AGE_RSS+=("$(tv rss "$ADIR/age.time")")
    e=$(export_run); EXPORT_RSS+=("$(tv rss "$ADIR/export.time")"); EXPORT_CPU+=("$(tv cpu "$ADIR/export.time")")
  fi
  say "attachment run $i: reviewer attachment ${e} s, age -d ${a} s"
  EXPORTS+=("$e"); AGES+=("$a")
done
STORED_BYTES=$(stat -c %s "$HOME_DIR"/attachments/*/0.age)
BASE_BYTES=$(stat -c %s "$ADIR/files/baseline.age")

kill "$SAMPLER_PID" 2>/dev/null || true
wait "$SAMPLER_PID" 2>/dev/null || true
SAMPLER_PID=

# --- results -------------------------------------------------------------------
[ -s "$WORK/sync-runs.txt" ] || { say "BENCH_PARTS=$PARTS: RESULTS.md is left as it is"; exit 0; }
f1() { calc "sprintf(\"%.1f\", $1)"; }
f2() { calc "sprintf(\"%.2f\", $1)"; }
f3() { calc "sprintf(\"%.3f\", $1)"; }
mib() { calc "sprintf(\"%.1f\", $1 / 1024)"; }
mibps() { calc "sprintf(\"%.0f\", $1 / 1048576 / $2)"; }
max() { printf '%s\n' "$@" | sort -g | tail -n1; }

read -r N SYNC_S LIST_S LIST_PAGES SYNC_RSS SYNC_CPU SRV_CPU EMPTY_S CT_EACH UPLOAD_S _ \
  < <(tail -n1 "$WORK/sync-runs.txt")
PER_REPORT_MS=$(calc "sprintf(\"%.3f\", $SYNC_S / $N * 1000)")
PER_ITEM_MS=$(calc "sprintf(\"%.4f\", $LIST_S / $N * 1000)")
EXPORT_S=$(median "${EXPORTS[@]}")
AGE_S=$(median "${AGES[@]}")
ATTACH_LABEL=$([ "$ATTACH_MIB" -eq 1024 ] && echo "1 GiB" || echo "$ATTACH_MIB MiB")

contention

# --- issue 17 item 2 (a sync that streams): its goals -------------------------
# Kept in this one function (other items' figures live elsewhere): the
# marginal cost of a small report, and the large report's sync against
# `age -d`, both from the runs above, against the issue's goals.
STREAM_MARGINAL_GOAL_MS=0.5
STREAM_ATTACH_GOAL=1.5
stream_yes_no() { if [ "$(calc "($1) ? 1 : 0")" = 1 ]; then echo yes; else echo "**no**"; fi; }
stream_goals() {
  local marginal ratio
  marginal=$(f3 "($SYNC_S - $EMPTY_S) / $N * 1000")
  ratio=$(f2 "$A_SYNC / $AGE_S")
  cat <<EOF

Issue 17, "a sync that streams" (kept-alive connections, downloads ahead of
the filing, one store transaction and one \`POST /v1/acks\` per batch):

| measurement | figure | goal | met |
| --- | --- | --- | --- |
| per report, less the fixed cost ($N reports, $REPORT_WHAT) | $marginal ms | at most $STREAM_MARGINAL_GOAL_MS ms | $(stream_yes_no "$marginal <= $STREAM_MARGINAL_GOAL_MS") |
| \`reviewer sync\` of one $ATTACH_LABEL report / \`age -d\` of it | ${ratio}x | at most ${STREAM_ATTACH_GOAL}x | $(stream_yes_no "$ratio <= $STREAM_ATTACH_GOAL") |
EOF
}

SECTION=$WORK/section.md
{
cat <<EOF
## Reviewer (\`bench/reviewer.sh\`, issue #6)

Measured $DATE at $TREE; see [README.md](README.md#reviewer) for what
each figure means. Every baseline was measured in the same run. Loopback
only; one fresh team and server per sync run.

| measurement | figure | baseline (same run) | ratio |
| --- | --- | --- | --- |
| \`reviewer sync\` of $N reports ($REPORT_WHAT), total | $(f3 "$SYNC_S") s | paging \`GET /v1/inbox\` for the same $N items, signed ($LIST_PAGES pages, median of 3): $(f3 "$LIST_S") s | $(f1 "$SYNC_S / $LIST_S")x |
| per report | $PER_REPORT_MS ms | per listed item: $PER_ITEM_MS ms | $(f1 "$PER_REPORT_MS / $PER_ITEM_MS")x |
| per report, less the fixed cost (a sync of the empty inbox just before: $(f3 "$EMPTY_S") s) | $(f3 "($SYNC_S - $EMPTY_S) / $N * 1000") ms | per listed item: $PER_ITEM_MS ms | $(f1 "($SYNC_S - $EMPTY_S) / $N * 1000 / $PER_ITEM_MS")x |
| reviewer peak RSS during that sync (\`/usr/bin/time -v\`) | $(mib "$SYNC_RSS") MiB | scrypt's memory for one unlock of keys.age (logN $LOGN): $(calc "2 ^ ($LOGN - 10)") MiB | |
| $ATTACH_LABEL attachment: \`reviewer attachment ID 0 --out FILE\` (median of $ATTACH_REPEAT) | $(f3 "$EXPORT_S") s, $(mibps "$PLAIN_BYTES" "$EXPORT_S") MiB/s | \`age -d -i KEY -o FILE\` of the same plaintext's age file: $(f3 "$AGE_S") s, $(mibps "$PLAIN_BYTES" "$AGE_S") MiB/s | $(f2 "$EXPORT_S / $AGE_S")x the time |
| the same, less the cost of opening the store (\`reviewer list\` of its one case: $(f3 "$LIST_FIXED") s) | $(f3 "$EXPORT_S - $LIST_FIXED") s, $(mibps "$PLAIN_BYTES" "($EXPORT_S - $LIST_FIXED)") MiB/s | $(f3 "$AGE_S") s | $(f2 "($EXPORT_S - $LIST_FIXED) / $AGE_S")x the time |
| reviewer peak RSS, \`reviewer attachment\` | $(mib "$(max "${EXPORT_RSS[@]}")") MiB | \`age -d\`: $(mib "$(max "${AGE_RSS[@]}")") MiB | |
| \`reviewer sync\` of that one report (download, check, decrypt, re-encrypt into the case store) | $(f3 "$A_SYNC") s, $(mibps "$PLAIN_BYTES" "$A_SYNC") MiB/s | \`age -d\` as above: $(f3 "$AGE_S") s | $(f2 "$A_SYNC / $AGE_S")x the time |
| reviewer peak RSS during that sync | $(mib "$A_SYNC_RSS") MiB | $ATTACH_LABEL attachment | $(f2 "$A_SYNC_RSS / ($PLAIN_BYTES / 1024)")x the attachment |
EOF
stream_goals
cat <<EOF

How the sync cost grows with the number of reports (one run each, each on
a fresh team, server and case store):

| reports | \`reviewer sync\` | per report | per report, less the empty sync | inbox listing | per item | sync / listing | reviewer CPU (user+sys) | server CPU | reviewer peak RSS |
| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |
EOF
while read -r n s l p rss cpu scpu empty ct up logn _; do
  printf '| %s | %s s | %s ms | %s ms (empty sync %s s) | %s s | %s ms | %sx | %s s | %s s | %s MiB |\n' \
    "$n" "$(f3 "$s")" "$(f3 "$s / $n * 1000")" "$(f3 "($s - $empty) / $n * 1000")" "$(f3 "$empty")" \
    "$(f3 "$l")" "$(calc "sprintf(\"%.4f\", $l / $n * 1000)")" \
    "$(f1 "$s / $l")" "$(f2 "$cpu")" "$(f2 "$scpu")" "$(mib "$rss")"
done < "$WORK/sync-runs.txt"
cat <<EOF

The syncs after that, in the same store of that many cases (the fixed cost
above was measured with no case at all):

| cases in the store | sync, empty inbox | sync of one new report | sync of one follow-up to that report |
| --- | --- | --- | --- |
EOF
while read -r n _ _ _ _ _ _ empty _ _ _ again one fup; do
  printf '| %s | %s s (%s ms per case over the empty store'"'"'s %s s) | %s s | %s s |\n' \
    "$n" "$(f3 "$again")" "$(f3 "($again - $empty) / $n * 1000")" "$(f3 "$empty")" "$(f3 "$one")" "$(f3 "$fup")"
done < "$WORK/sync-runs.txt"
cat <<EOF

Details:

- Reports: bundles of kind report (a title and a body of $REPORT_BYTES
  bytes of text, $REPORT_ATTACH_WHAT) made by \`dropbox-bench submit\` the way
  \`dropbox-submit send\` makes them, encrypted to the team's 2 members
  (alice, who syncs, and \`lister\`, who lists) plus the decoy codename
  slot; padded, each is $CT_EACH bytes of ciphertext. $N were uploaded
  with \`POST /v1/submissions\` ($SUBMIT_THREADS threads, $(f1 "$UPLOAD_S") s) before any clock
  started.
- \`reviewer sync\` is timed from start to exit (with \`/usr/bin/time -v\`):
  unlocking the keys (scrypt), the roster, the event log, the inbox pages,
  then per item a signed \`GET /v1/submissions/ID\`, decrypting and filing
  the case (SQLite, \`synchronous=FULL\`), a signed ack, and at the end the
  snapshot pass over the cases whose snapshot is due (the store keeps
  that day beside each case). Its fixed cost, a sync of an empty
  inbox on the same team just before, was $(f3 "$EMPTY_S") s: mostly the
  one scrypt unlock of keys.age, whose work factor age chose at
  \`reviewer key new\` to take
  about a second on this machine at that moment (logN $LOGN here: every
  run unlocks the same keys.age; another \`key new\` may pick another
  factor, and so change the fixed cost and the peak RSS).
- The listing is \`dropbox-bench inbox\`: signed \`GET /v1/inbox\` pages as
  \`lister\` (a second member, who has acked nothing), one connection per
  request; it measures what the server spends on the listing part of a
  sync. Server CPU is user + system time from \`/proc/PID/stat\` over the
  sync.
- $ATTACH_LABEL attachment: $PLAIN_BYTES bytes of random data as the only
  attachment of a report, uploaded with \`curl -T\` and synced (sync's
  figure above); the case store keeps it as an age file ($STORED_BYTES
  bytes) encrypted to the case key. \`reviewer attachment\` (unlock,
  decrypt that file, write the output, log the access) and \`age -d\` (of
  a $BASE_BYTES-byte file made with \`age -r\` to a fresh \`age-keygen\`
  key, same plaintext) alternate, each after a \`sync\`, with their input in
  the page cache; neither fsyncs its output. Every output was checked
  against the plaintext's sha256. Seconds: reviewer ${EXPORTS[*]}; age
  ${AGES[*]}. Reviewer CPU per export: ${EXPORT_CPU[*]} s.
- Another session compiling during the measurements: $CONTENTION

| fact | value |
| --- | --- |
| cores (\`nproc\`) | $NPROC ($CPU) |
| memory | $MEM |
| file system (\`df -T\`) | $FS_TYPE on $FS_DEV |
| kernel | $KERNEL |
| tools | rustc $RUSTC_VERSION, age $AGE_VERSION |
EOF
} > "$SECTION"

put_section reviewer "$SECTION"
cat "$SECTION"
