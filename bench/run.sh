#!/usr/bin/env bash
# The benchmarks: see bench/README.md. `bash bench/run.sh [all|server|load|reviewer|page|bundle|replicas]`
# (default all): `server` is below; `reviewer` is bench/reviewer.sh (issue #6),
# run after the server's part when both are asked for (`all`); `page` is
# bench/page.sh (issue #5) and `replicas` is bench/replicas.sh (issue 21:
# durable 4 KiB submissions/s and 1 GiB ingest with the SQLite default, one
# replica and two replicas on PostgreSQL and Garage, in the same run),
# neither of them part of `all`.
#
# The dropbox-server benchmark (issue #4, "Benchmark"):
#
# Builds the server (release) and bench/'s helper, makes a throw-away team
# and data directory in a scratch directory, then measures, on loopback only:
#   1. a 1 GiB (and a 64 MiB) upload with curl next to `dd conv=fsync` of the
#      same bytes to the same file system, and the server's peak RSS;
#   2. durable 4 KiB submissions per second at 64 concurrent clients, with
#      p50/p99 latency, next to sequential 4 KiB write+fsync on the same disk.
# Writes bench/RESULTS.md (overwritten) and prints it. Removes the scratch
# directory at the end.
#
# Knobs (environment): BENCH_TMP (parent of the scratch directory, default
# $TMPDIR or /tmp), BENCH_BIG_MIB (1024), BENCH_SMALL_MIB (64),
# BENCH_REPEAT (5 uploads of each size), BENCH_CLIENTS (64),
# BENCH_REQUESTS (5000), BENCH_MAX_SECS (60), BENCH_SERVER (use this
# dropbox-server binary instead of building one), BENCH_KEEP=1 (keep the
# scratch directory).
#
# `load` runs only part 2 (the 4 KiB submissions and their fsync
# baselines), prints its figures and leaves RESULTS.md alone: for
# profiling, with BENCH_PROFILE=FILE recording the server with
# `perf record -g` into FILE while the load runs.
set -euo pipefail

BENCH=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$BENCH/.." && pwd)
# shellcheck source=section.sh
. "$BENCH/section.sh"
# shellcheck source=common.sh
. "$BENCH/common.sh"
MODE=${1:-all}
case $MODE in
  reviewer) exec bash "$BENCH/reviewer.sh" ;;
  page) exec bash "$BENCH/page.sh" ;;
  bundle) exec bash "$BENCH/bundle.sh" ;;
  replicas) exec bash "$BENCH/replicas.sh" ;;
  server | all | load) ;;
  *) printf 'usage: bash bench/run.sh [all|server|load|reviewer|page|bundle|replicas]\n' >&2; exit 2 ;;
esac
BIG_MIB=${BENCH_BIG_MIB:-1024}
SMALL_MIB=${BENCH_SMALL_MIB:-64}
REPEAT=${BENCH_REPEAT:-5}
CLIENTS=${BENCH_CLIENTS:-64}
REQUESTS=${BENCH_REQUESTS:-5000}
MAX_SECS=${BENCH_MAX_SECS:-60}
RSS_GOAL_MIB=64
TIME_GOAL=1.3
# Issue 17 item 3 (group commit): durable 4 KiB submissions per second at
# 64 clients, and their p99 latency in ms.
RATE_GOAL=3000
P99_GOAL_MS=50

for tool in cargo age curl dd df sha256sum awk git; do
  command -v "$tool" >/dev/null || die "$tool is not installed (age: apt-get install age)"
done

# --- build -------------------------------------------------------------------
build_server
build_helper

# --- scratch directory, processes, clean-up ---------------------------------
scratch dropbox-bench

need_kib=$(( (BIG_MIB * (REPEAT + 3) + SMALL_MIB * (REPEAT + 3) + 512) * 1024 ))
need_space "$need_kib"

status_kib() { awk -v k="$1:" '$1 == k { print $2 }' "/proc/$SERVER_PID/status"; }
# The server's user + system CPU time so far, in clock ticks.
cpu_ticks() { awk '{ print $14 + $15 }' "/proc/$SERVER_PID/stat"; }
CLK_TCK=$(getconf CLK_TCK)

# --- team, data directory, files ---------------------------------------------
say "scratch directory: $WORK"
"$HELPER" team "$WORK/team" > "$WORK/team.txt"
[ "$(kv max_submission_bytes "$WORK/team.txt")" -ge $((BIG_MIB << 20)) ] ||
  die "the roster's max_submission_bytes is below the upload size"
# fresh_data NAME: DATA is a new data directory of the team, made by
# `dropbox-server init`; the one before it is removed. Each part starts its
# server on a fresh one: a server's start settles the file times of every
# report file that arrived that day (blobs::settle copies, fsyncs and renames
# each), so the 4 KiB load, started on the uploads' directory, shared the
# disk with the rewriting of their 5 GiB (issue 17: 1,161.7/s here against
# 4,065/s for the `load` part alone).
DATA=
fresh_data() {
  if [ -n "$DATA" ]; then rm -rf "$DATA"; fi
  DATA=$WORK/data-$1
  "$SERVER" init --data "$DATA" --roster "$WORK/team/roster.json" --json > "$WORK/init-$1.json" ||
    die "dropbox-server init failed"
}
fresh_data first
RECIPIENTS=$WORK/team/recipients.txt

mkdir -p "$WORK/files"
say "encrypting the test files with age (${BIG_MIB} MiB, ${SMALL_MIB} MiB, 4 KiB)"
make_age() { # MiB OUT
  head -c "$(( $1 << 20 ))" /dev/urandom | age -R "$RECIPIENTS" -o "$2"
}
if [ "$MODE" != load ]; then
  make_age "$BIG_MIB" "$WORK/files/big.age"
  make_age "$SMALL_MIB" "$WORK/files/small.age"
fi
# A 4 KiB age file: age's overhead for one chunk is fixed, so measure it.
head -c 1 /dev/urandom | age -R "$RECIPIENTS" -o "$WORK/files/probe.age"
overhead=$(( $(stat -c %s "$WORK/files/probe.age") - 1 ))
head -c $(( 4096 - overhead )) /dev/urandom | age -R "$RECIPIENTS" -o "$WORK/files/4k.age"
[ "$(stat -c %s "$WORK/files/4k.age")" -eq 4096 ] || die "the 4 KiB age file is not 4096 bytes"

# Same file system for the files, the server's data and dd's output.
[ "$(stat -c %d "$WORK/files")" = "$(stat -c %d "$DATA")" ] ||
  die "the test files and the data directory are on different file systems"

# --- machine facts -------------------------------------------------------------
FS_TYPE=$(df -PT "$WORK" | awk 'NR==2 {print $2}')
FS_DEV=$(df -PT "$WORK" | awk 'NR==2 {print $1}')
machine_info
AGE_VERSION=$(age --version)
CURL_VERSION=$(curl --version | awk 'NR==1 {print $2}')
RUSTC_VERSION=$(rustc --version | awk '{print $2}')

sample > "$WORK/sampler.txt" &
SAMPLER_PID=$!

# --- uploads -------------------------------------------------------------------
upload() { # FILE -> prints seconds; checks 201 and the receipt
  local file=$1 expect=$2 t0 t1 code
  sync; sleep 1
  t0=$(now)
  code=$(curl -sS -o "$WORK/resp.json" -w '%{http_code}' -X POST -T "$file" \
    -H 'Content-Type: application/octet-stream' -H 'Expect:' \
    "http://$ADDR/v1/submissions")
  t1=$(now)
  [ "$code" = 201 ] || die "upload of $file answered $code: $(cat "$WORK/resp.json")"
  grep -q "\"receipt\":\"$expect\"" "$WORK/resp.json" ||
    die "upload of $file: receipt mismatch: $(cat "$WORK/resp.json")"
  calc "$t1 - $t0"
}

dd_fsync() { # FILE BS -> prints seconds
  local file=$1 bs=$2 t0 t1
  sync; sleep 1
  t0=$(now)
  dd if="$file" of="$WORK/files/dd.out" bs="$bs" conv=fsync status=none
  t1=$(now)
  rm -f "$WORK/files/dd.out"
  sync
  calc "$t1 - $t0"
}

measure_size() { # NAME FILE: REPEAT uploads and dd copies, alternating, on a fresh server
  local name=$1 file=$2 sum i u d s c0 c1
  sum=$(sha256sum "$file" | awk '{print $1}')
  cat "$file" > /dev/null # every side reads it from the page cache
  fresh_data "$name"
  sync
  start_server "$DATA"
  eval "${name}_IDLE_KIB=$(status_kib VmRSS)"
  local ups=() dds=() smalls=()
  c0=$(cpu_ticks)
  for i in $(seq "$REPEAT"); do
    # Alternate the order, so no side always follows another's flush.
    if [ $((i % 2)) = 1 ]; then
      u=$(upload "$file" "$sum"); d=$(dd_fsync "$file" 8M); s=$(dd_fsync "$file" 256K)
    else
      s=$(dd_fsync "$file" 256K); d=$(dd_fsync "$file" 8M); u=$(upload "$file" "$sum")
    fi
    say "$name run $i: upload ${u} s, dd bs=8M conv=fsync ${d} s, dd bs=256K conv=fsync ${s} s"
    ups+=("$u"); dds+=("$d"); smalls+=("$s")
  done
  c1=$(cpu_ticks)
  eval "${name}_CPU=$(calc "($c1 - $c0) / $CLK_TCK / $REPEAT")"
  eval "${name}_HWM_KIB=$(status_kib VmHWM)"
  eval "${name}_UPLOADS='${ups[*]}'"
  eval "${name}_DDS='${dds[*]}'"
  eval "${name}_DDS256='${smalls[*]}'"
  eval "${name}_UP=$(median "${ups[@]}")"
  eval "${name}_DD=$(median "${dds[@]}")"
  eval "${name}_DD256=$(median "${smalls[@]}")"
  eval "${name}_BYTES=$(stat -c %s "$file")"
  stop_server
}

if [ "$MODE" != load ]; then
  say "uploads of ${SMALL_MIB} MiB (x$REPEAT)"
  measure_size SMALL "$WORK/files/small.age"
  say "uploads of ${BIG_MIB} MiB (x$REPEAT)"
  measure_size BIG "$WORK/files/big.age"
fi

# --- 4 KiB submissions at 64 clients -------------------------------------------
say "4 KiB submissions: $CLIENTS clients, up to $REQUESTS requests or $MAX_SECS s"
fresh_data load
sync
start_server "$DATA"
LOAD_IDLE_KIB=$(status_kib VmRSS)
sync
PERF_PID=
if [ -n "${BENCH_PROFILE:-}" ]; then
  command -v perf >/dev/null || die "BENCH_PROFILE needs perf"
  perf record -q -F 999 -g -p "$SERVER_PID" -o "$BENCH_PROFILE" 2>> "$WORK/perf.log" &
  PERF_PID=$!
  sleep 1
fi
c0=$(cpu_ticks)
"$HELPER" load --addr "$ADDR" --file "$WORK/files/4k.age" --clients "$CLIENTS" \
  --requests "$REQUESTS" --max-secs "$MAX_SECS" > "$WORK/load.txt"
LOAD_HWM_KIB=$(status_kib VmHWM)
LOAD_CPU=$(calc "($(cpu_ticks) - $c0) / $CLK_TCK")
if [ -n "$PERF_PID" ]; then
  kill -INT "$PERF_PID"; wait "$PERF_PID" || true
  say "profile of the server under the load: $BENCH_PROFILE (perf report -i $BENCH_PROFILE)"
fi
stop_server
cat "$WORK/load.txt" >&2
CREATED=$(kv created "$WORK/load.txt")
[ "$CREATED" -gt 0 ] || die "no 4 KiB submission was answered 201: $(cat "$WORK/load.txt")"

say "baselines: $CREATED durable 4 KiB writes"
"$HELPER" fsync --dir "$WORK/fsync" --size 4096 --count "$CREATED" --threads 1 --mode file > "$WORK/fsync-seq.txt"
"$HELPER" fsync --dir "$WORK/fsync" --size 4096 --count "$CREATED" --threads 1 --mode commit > "$WORK/fsync-commit.txt"
"$HELPER" fsync --dir "$WORK/fsync" --size 4096 --count "$CREATED" --threads "$CLIENTS" --mode file > "$WORK/fsync-par.txt"

kill "$SAMPLER_PID" 2>/dev/null || true
wait "$SAMPLER_PID" 2>/dev/null || true
SAMPLER_PID=

if [ "$MODE" = load ]; then
  contention
  cat "$WORK/fsync-seq.txt" "$WORK/fsync-par.txt" >&2
  printf 'server CPU for the load: %s s (%s µs per 201)\n' "$LOAD_CPU" \
    "$(calc "sprintf(\"%.0f\", $LOAD_CPU / $CREATED * 1000000)")"
  printf 'contention: %s\n' "$CONTENTION"
  exit 0
fi

# --- results -------------------------------------------------------------------
mib() { calc "sprintf(\"%.1f\", $1 / 1024)"; }                       # KiB -> MiB
mibps() { calc "sprintf(\"%.0f\", $1 / 1048576 / $2)"; }              # bytes, s -> MiB/s
f2() { calc "sprintf(\"%.2f\", $1)"; }
f3() { calc "sprintf(\"%.3f\", $1)"; }
yes_no() { if [ "$(calc "($1) ? 1 : 0")" = 1 ]; then echo yes; else echo "**no**"; fi; }

BIG_RATIO=$(f2 "$BIG_UP / $BIG_DD")
BIG_RATIO256=$(f2 "$BIG_UP / $BIG_DD256")
SMALL_RATIO256=$(f2 "$SMALL_UP / $SMALL_DD256")
SMALL_RATIO=$(f2 "$SMALL_UP / $SMALL_DD")
BIG_HWM=$(mib "$BIG_HWM_KIB"); SMALL_HWM=$(mib "$SMALL_HWM_KIB"); LOAD_HWM=$(mib "$LOAD_HWM_KIB")
BIG_IDLE=$(mib "$BIG_IDLE_KIB"); SMALL_IDLE=$(mib "$SMALL_IDLE_KIB"); LOAD_IDLE=$(mib "$LOAD_IDLE_KIB")
HWM_RATIO=$(f2 "$BIG_HWM_KIB / $SMALL_HWM_KIB")
BIG_LABEL=$([ "$BIG_MIB" -eq 1024 ] && echo "1 GiB" || echo "$BIG_MIB MiB")

L_RATE=$(kv per_s "$WORK/load.txt"); L_P50=$(kv p50_ms "$WORK/load.txt"); L_P99=$(kv p99_ms "$WORK/load.txt")
L_SENT=$(kv sent "$WORK/load.txt"); L_OTHER=$(kv other "$WORK/load.txt"); L_ELAPSED=$(kv elapsed_s "$WORK/load.txt")
S_RATE=$(kv per_s "$WORK/fsync-seq.txt"); S_P50=$(kv p50_ms "$WORK/fsync-seq.txt"); S_P99=$(kv p99_ms "$WORK/fsync-seq.txt")
C_RATE=$(kv per_s "$WORK/fsync-commit.txt"); C_P50=$(kv p50_ms "$WORK/fsync-commit.txt"); C_P99=$(kv p99_ms "$WORK/fsync-commit.txt")
P_RATE=$(kv per_s "$WORK/fsync-par.txt"); P_P50=$(kv p50_ms "$WORK/fsync-par.txt"); P_P99=$(kv p99_ms "$WORK/fsync-par.txt")

contention

{
cat <<EOF
## Server (\`bench/run.sh server\`, issue #4)

Written by \`bench/run.sh\` (see [README.md](README.md) for what each figure
means); every baseline was measured in the same run, on the same file
system, right next to the figure it is compared with. Loopback only.

| measurement | figure | baseline (same run) | ratio | goal | met |
| --- | --- | --- | --- | --- | --- |
| $BIG_LABEL upload, \`curl -T\` to \`POST /v1/submissions\` (median of $REPEAT) | $(f3 "$BIG_UP") s, $(mibps "$BIG_BYTES" "$BIG_UP") MiB/s | \`dd bs=8M conv=fsync\` of the same file: $(f3 "$BIG_DD") s, $(mibps "$BIG_BYTES" "$BIG_DD") MiB/s | ${BIG_RATIO}x | within ${TIME_GOAL}x | $(yes_no "$BIG_RATIO <= $TIME_GOAL") |
| the same upload next to \`dd bs=256K conv=fsync\` (256 KiB: the server's write buffer) | $(f3 "$BIG_UP") s | $(f3 "$BIG_DD256") s, $(mibps "$BIG_BYTES" "$BIG_DD256") MiB/s | ${BIG_RATIO256}x | within ${TIME_GOAL}x | $(yes_no "$BIG_RATIO256 <= $TIME_GOAL") |
| server peak RSS (VmHWM) over the $BIG_LABEL uploads | $BIG_HWM MiB | idle after start: $BIG_IDLE MiB | $(f2 "$BIG_HWM_KIB / $BIG_IDLE_KIB")x idle | under $RSS_GOAL_MIB MiB | $(yes_no "$BIG_HWM_KIB < $RSS_GOAL_MIB * 1024") |
| $SMALL_MIB MiB upload (median of $REPEAT) | $(f3 "$SMALL_UP") s, $(mibps "$SMALL_BYTES" "$SMALL_UP") MiB/s | \`dd bs=8M conv=fsync\`: $(f3 "$SMALL_DD") s, $(mibps "$SMALL_BYTES" "$SMALL_DD") MiB/s | ${SMALL_RATIO}x (bs=256K: $(f3 "$SMALL_DD256") s, ${SMALL_RATIO256}x) | (for comparison) | |
| server peak RSS (VmHWM) over the $SMALL_MIB MiB uploads | $SMALL_HWM MiB | idle after start: $SMALL_IDLE MiB | $BIG_LABEL / $SMALL_MIB MiB peak: ${HWM_RATIO}x | flat, under $RSS_GOAL_MIB MiB | $(yes_no "$SMALL_HWM_KIB < $RSS_GOAL_MIB * 1024 && $HWM_RATIO <= 1.25") |
| durable 4 KiB submissions/s, $CLIENTS concurrent clients (201s only) | $L_RATE /s | sequential 4 KiB write + fsync: $S_RATE /s | $(f2 "$L_RATE / $S_RATE")x | at least $RATE_GOAL /s at 64 clients (issue 17) | $(yes_no "$L_RATE >= $RATE_GOAL") |
| 4 KiB submission latency p50 | $L_P50 ms | one 4 KiB write + fsync p50: $S_P50 ms | $(f2 "$L_P50 / $S_P50")x | (report) | |
| 4 KiB submission latency p99 | $L_P99 ms | one 4 KiB write + fsync p99: $S_P99 ms | $(f2 "$L_P99 / $S_P99")x | under $P99_GOAL_MS ms (issue 17) | $(yes_no "$L_P99 < $P99_GOAL_MS") |
| server peak RSS (VmHWM) under the 4 KiB load | $LOAD_HWM MiB | idle after start: $LOAD_IDLE MiB | $(f2 "$LOAD_HWM_KIB / $LOAD_IDLE_KIB")x idle | under $RSS_GOAL_MIB MiB | $(yes_no "$LOAD_HWM_KIB < $RSS_GOAL_MIB * 1024") |

More baselines for the 4 KiB figure, same run, $CREATED writes each:

| durable 4 KiB write | per second | p50 | p99 |
| --- | --- | --- | --- |
| create, write, fsync; sequential (what \`dd conv=fsync\` does; the table's baseline) | $S_RATE | $S_P50 ms | $S_P99 ms |
| the same, then rename into a directory and fsync it; sequential (the file-system half of the server's commit) | $C_RATE | $C_P50 ms | $C_P99 ms |
| create, write, fsync; $CLIENTS threads at once | $P_RATE | $P_P50 ms | $P_P99 ms |

Details:

- $BIG_LABEL file: $BIG_BYTES bytes of age ciphertext ($BIG_MIB MiB of random
  plaintext, \`age -R\` to the team's 3 members). Each run times the
  upload, \`dd bs=8M\` and \`dd bs=256K\`, in that order in odd runs and the
  reverse in even ones. Upload seconds per run:
  $BIG_UPLOADS; \`dd bs=8M\` seconds: $BIG_DDS; \`dd bs=256K\` seconds:
  $BIG_DDS256. Every upload was answered 201 with the file's sha256 as the
  receipt. The server used $(f2 "$BIG_CPU") s of CPU (user + system) per
  upload, $(f2 "$BIG_CPU / $BIG_UP * 100")% of one core over the upload's
  median time.
- $SMALL_MIB MiB file: $SMALL_BYTES bytes. Upload seconds: $SMALL_UPLOADS;
  \`dd bs=8M\` seconds: $SMALL_DDS; \`dd bs=256K\` seconds: $SMALL_DDS256.
- 4 KiB load: $L_SENT requests sent, $CREATED answered 201, others:
  ${L_OTHER:-none}; $L_ELAPSED s in all; one connection per request (the
  server closes each after one response). The server used
  $(f2 "$LOAD_CPU") s of CPU for them, $(calc "sprintf(\"%.0f\", $LOAD_CPU / $CREATED * 1000000)") µs per 201.
- Each size ran on a freshly started server, so each VmHWM is that size's
  own peak (read from /proc/PID/status after the last upload).
- Another session compiling during the measurements: $CONTENTION

Machine:

| fact | value |
| --- | --- |
| date | $DATE |
| git commit | $TREE |
| cores (\`nproc\`) | $NPROC ($CPU) |
| memory | $MEM |
| file system (\`df -T\`) | $FS_TYPE on $FS_DEV |
| kernel | $KERNEL |
| tools | rustc $RUSTC_VERSION, curl $CURL_VERSION, age $AGE_VERSION |

Not a benchmark, but a bound checked by the test suite: a 2 GiB attachment
streams through bundle encoding, age encryption, decryption and decoding
with a peak live heap under 48 MiB
(\`crypto/tests/integration/streaming.rs\`).
EOF
} > "$WORK/section.md"

put_section server "$WORK/section.md"
cat "$WORK/section.md"

if [ "$MODE" = all ]; then
  # The server's scratch directory goes first: the reviewer's part needs
  # its own few GiB.
  cleanup
  trap - EXIT
  exec bash "$BENCH/reviewer.sh"
fi
