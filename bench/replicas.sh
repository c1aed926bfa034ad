#!/usr/bin/env bash
# The replicas' benchmark (issue 21): see bench/README.md, "Replicas".
# `bash bench/run.sh replicas` (or `bash bench/replicas.sh`); never part of
# `all`.
#
# Builds the release server and bench/'s helper, makes a throw-away team,
# then measures, on loopback only, three set-ups of one drop box in the
# same run:
#   sqlite: the default: one `serve`, metadata in DATA's SQLite file,
#           reports as files in DATA/blobs;
#   one:    one `serve` with its metadata in PostgreSQL (`--metadata`) and
#           its reports in a Garage bucket (`--blobs s3://…`);
#   two:    two `serve` processes, replicas sharing that database and bucket,
#           each with its own directory; the load generator spreads its
#           requests over both (round-robin, no load balancer).
# PostgreSQL (Debian's /usr/lib/postgresql/*/bin) and a single-node Garage
# (`garage` on PATH or in ~/.cargo/bin) are started by this script in
# throw-away directories, PostgreSQL on a unix socket only, Garage on
# loopback ports, both with fsync on (a 201 is durable in all three), as
# tests/src/pg.rs and tests/src/garage.rs do (but those turn PostgreSQL's
# fsync off); each PostgreSQL set-up gets a database and a Garage node of
# its own, removed after it. For each set-up:
#   1. durable 4 KiB submissions per second at BENCH_CLIENTS clients, p50
#      and p99, each request its own age file (Garage keeps one copy of
#      identical blocks: the same file sent again would cost it no write),
#      and the CPU time the servers, PostgreSQL and Garage spent per 201;
#   2. a BENCH_BIG_MIB MiB age file sent with `curl -T` to
#      `POST /v1/submissions` (to each replica in turn across rounds), and
#      another sent as a tus upload in 8 MiB parts (with two replicas the
#      parts alternate between them), next to `dd bs=8M conv=fsync` of the
#      same bytes in the same round; every receipt is checked.
# Ratios are to the SQLite set-up of the same run. Writes the "Replicas"
# section of bench/RESULTS.md (the others are left as they are) and prints
# it. Everything it started is stopped and its directories removed at the
# end (BENCH_KEEP=1 keeps the scratch directory).
#
# Knobs (environment): BENCH_BIG_MIB (1024), BENCH_REPEAT (2 rounds of the
# two uploads and dd per set-up), BENCH_CLIENTS (64), BENCH_REQUESTS (2000),
# BENCH_MAX_SECS (20, the load's time limit), BENCH_GARAGE_COMPRESSION
# (Garage's `compression_level`; unset: Garage's default, zstd level 1;
# "none" turns it off), BENCH_TMP, BENCH_SERVER (a dropbox-server binary
# to use instead of building one), BENCH_KEEP=1.
set -euo pipefail

BENCH=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$BENCH/.." && pwd)
# shellcheck source=section.sh
. "$BENCH/section.sh"
# shellcheck source=common.sh
. "$BENCH/common.sh"
BIG_MIB=${BENCH_BIG_MIB:-1024}
REPEAT=${BENCH_REPEAT:-2}
CLIENTS=${BENCH_CLIENTS:-64}
REQUESTS=${BENCH_REQUESTS:-2000}
MAX_SECS=${BENCH_MAX_SECS:-20}
PART=$((8 << 20))
GARAGE_COMPRESSION=${BENCH_GARAGE_COMPRESSION:-}

for tool in cargo age curl dd df sha256sum awk git pgrep; do
  command -v "$tool" >/dev/null || die "$tool is not installed (age: apt-get install age)"
done
GARAGE=$(command -v garage || true)
[ -n "$GARAGE" ] || GARAGE=${CARGO_HOME:-$HOME/.cargo}/bin/garage
[ -x "$GARAGE" ] ||
  die "garage is not installed: cargo install garage --version 2.5.0 --locked --no-default-features --features bundled-libs,sqlite"
PG_BIN=$(for d in /usr/lib/postgresql/*/bin; do [ -x "$d/initdb" ] && echo "$d"; done | sort -V | tail -n1)
[ -n "$PG_BIN" ] || die "PostgreSQL is not installed (no /usr/lib/postgresql/*/bin/initdb): apt-get install postgresql"
AS_POSTGRES=0
if [ "$(id -u)" = 0 ]; then
  # PostgreSQL refuses to run as root.
  AS_POSTGRES=1
  command -v setpriv >/dev/null || die "setpriv is needed to run PostgreSQL as its user (util-linux)"
  id postgres >/dev/null 2>&1 || die "running as root needs the postgres user (Debian's postgresql package makes it)"
fi

# --- build -------------------------------------------------------------------
build_server
build_helper

# --- scratch directory, processes, clean-up ---------------------------------
scratch dropbox-replicas
PARENT=$(dirname "$WORK")
REPLICA_PIDS=()
REPLICA_ADDRS=()
GARAGE_PID=
GDIR=
PGDIR=
PG_UP=0
cleanup_all() {
  stop_replicas
  garage_stop
  pg_stop
  cleanup
}
trap cleanup_all EXIT

# The files (two a round), a Garage node's objects (two a round), a
# report spooled and composed, dd's copy.
need_space $(( (BIG_MIB * (4 * REPEAT + 3) + 512) * 1024 ))
UPTIME_BEFORE=$(uptime)
say "scratch directory: $WORK"
say "load before: $UPTIME_BEFORE"

# --- the team and the files --------------------------------------------------
"$HELPER" team "$WORK/team" > "$WORK/team.txt"
[ "$(kv max_submission_bytes "$WORK/team.txt")" -ge $((BIG_MIB << 20)) ] ||
  die "the roster's max_submission_bytes is below the upload size"
ROSTER=$WORK/team/roster.json
RECIPIENTS=$WORK/team/recipients.txt

# A 4 KiB age file (its size is what the load's fresh files copy).
head -c 1 /dev/urandom | age -R "$RECIPIENTS" -o "$WORK/probe.age"
overhead=$(( $(stat -c %s "$WORK/probe.age") - 1 ))
head -c $(( 4096 - overhead )) /dev/urandom | age -R "$RECIPIENTS" -o "$WORK/4k.age"
[ "$(stat -c %s "$WORK/4k.age")" -eq 4096 ] || die "the 4 KiB age file is not 4096 bytes"

# Two large files a round (one for curl, one for tus), made once and used
# by every set-up: each PostgreSQL set-up has a fresh Garage node, so no
# file is ever sent twice to the same node (it would deduplicate it).
mkdir -p "$WORK/files"
say "encrypting $((2 * REPEAT)) files of ${BIG_MIB} MiB with age"
for i in $(seq $((2 * REPEAT))); do
  head -c "$((BIG_MIB << 20))" /dev/urandom | age -R "$RECIPIENTS" |
    tee "$WORK/files/big$i.age" | sha256sum | awk '{ print $1 }' > "$WORK/files/big$i.sha256"
done
BIG_BYTES=$(stat -c %s "$WORK/files/big1.age")

FS_TYPE=$(df -PT "$WORK" | awk 'NR==2 {print $2}')
FS_DEV=$(df -PT "$WORK" | awk 'NR==2 {print $1}')
machine_info
AGE_VERSION=$(age --version)
CURL_VERSION=$(curl --version | awk 'NR==1 {print $2}')
PG_VERSION=$("$PG_BIN/postgres" --version | awk '{print $3}')
GARAGE_VERSION=$("$GARAGE" --version 2>/dev/null | awk 'NR==1 { sub(/^cargo:/, "", $2); print $2 }')

# --- PostgreSQL ---------------------------------------------------------------
pg() { # PROGRAM ARGS...: one of the cluster's programs, as postgres when root
  local exe=$PG_BIN/$1
  shift
  if [ "$AS_POSTGRES" = 1 ]; then
    (cd "$PGDIR" && setpriv --reuid=postgres --regid=postgres --init-groups -- "$exe" "$@")
  else
    (cd "$PGDIR" && "$exe" "$@")
  fi
}
# pg_start: a cluster in its own directory (the scratch directory is
# root's alone), listening on a unix socket there only. fsync stays on
# (the default, as in production): a 201 must survive a crash.
pg_start() {
  PGDIR=$(mktemp -d "$PARENT/dropbox-replicas-pg.XXXXXX")
  if [ "$AS_POSTGRES" = 1 ]; then chown postgres:postgres "$PGDIR"; fi
  pg initdb -D "$PGDIR/data" -U postgres -A trust -E UTF8 > "$PGDIR/initdb.out" 2>&1 ||
    die "initdb failed: $(cat "$PGDIR/initdb.out")"
  pg pg_ctl -D "$PGDIR/data" -o "-c listen_addresses='' -k $PGDIR -c max_connections=20" \
    -l "$PGDIR/log" -w -t 120 start > "$PGDIR/start.out" 2>&1 ||
    die "pg_ctl start failed: $(cat "$PGDIR/start.out" "$PGDIR/log" 2>/dev/null)"
  PG_UP=1
}
pg_stop() {
  if [ "$PG_UP" = 1 ]; then
    pg pg_ctl -D "$PGDIR/data" -m fast -w stop > /dev/null 2>&1 || true
    PG_UP=0
  fi
  if [ -n "$PGDIR" ]; then rm -rf "$PGDIR"; PGDIR=; fi
}
# pg_db NAME: creates database NAME; prints its URL (over the socket).
pg_db() {
  pg createdb -h "$PGDIR" -U postgres "$1" || die "createdb $1 failed"
  printf 'postgres://postgres@%s/%s\n' "${PGDIR//\//%2F}" "$1"
}

# --- Garage -------------------------------------------------------------------
g() { "$GARAGE" -c "$GDIR/garage.toml" "$@"; }
# garage_start BUCKET: a fresh single-node Garage (sqlite metadata engine,
# data and metadata fsync on, as OPERATIONS.md asks), a layout of it alone,
# a key, and BUCKET; exports the AWS_* variables the servers read.
garage_start() {
  local bucket=$1 rpc s3 admin secret node out i
  GDIR=$(mktemp -d "$PARENT/dropbox-replicas-garage.XXXXXX")
  { read -r rpc; read -r s3; read -r admin; } < <("$HELPER" ports --count 3)
  secret=$(head -c 32 /dev/urandom | od -An -tx1 | tr -d ' \n')
  cat > "$GDIR/garage.toml" <<EOF
metadata_dir = "$GDIR/meta"
data_dir = "$GDIR/data"
db_engine = "sqlite"
metadata_fsync = true
data_fsync = true
replication_factor = 1
rpc_bind_addr = "127.0.0.1:$rpc"
rpc_public_addr = "127.0.0.1:$rpc"
rpc_secret = "$secret"

[s3_api]
s3_region = "garage"
api_bind_addr = "127.0.0.1:$s3"
root_domain = ".s3.garage.localhost"

[admin]
api_bind_addr = "127.0.0.1:$admin"
EOF
  if [ -n "$GARAGE_COMPRESSION" ]; then
    # A top-level key: it must come before the tables ("none" is a
    # string there, a level a number).
    local level=$GARAGE_COMPRESSION
    if [ "$level" = none ]; then level='"none"'; fi
    sed -i "1i compression_level = $level" "$GDIR/garage.toml"
  fi
  RUST_LOG=garage=warn "$GARAGE" -c "$GDIR/garage.toml" server > /dev/null 2> "$GDIR/log" &
  GARAGE_PID=$!
  node=
  for i in $(seq 300); do
    node=$(g node id -q 2>/dev/null) && break
    kill -0 "$GARAGE_PID" 2>/dev/null || die "garage exited: $(cat "$GDIR/log")"
    node=
    sleep 0.2
  done
  [ -n "$node" ] || die "garage did not come up (try $i): $(cat "$GDIR/log")"
  node=${node%%@*}
  g layout assign -z dc1 -c 10G "$node" > /dev/null
  g layout apply --version 1 > /dev/null
  out=$(g key create bench)
  AWS_ACCESS_KEY_ID=$(awk '$1 == "Key" && $2 == "ID:" { print $3 }' <<< "$out")
  AWS_SECRET_ACCESS_KEY=$(awk '$1 == "Secret" && $2 == "key:" { print $3 }' <<< "$out")
  if [ -z "$AWS_ACCESS_KEY_ID" ] || [ -z "$AWS_SECRET_ACCESS_KEY" ]; then
    die "no key in \`garage key create\`"
  fi
  g bucket create "$bucket" > /dev/null
  g bucket allow --read --write --owner "$bucket" --key bench > /dev/null
  export AWS_ENDPOINT_URL=http://127.0.0.1:$s3 AWS_REGION=garage AWS_ALLOW_HTTP=true
  export AWS_ACCESS_KEY_ID AWS_SECRET_ACCESS_KEY
}
garage_stop() {
  # Its log outlives it in the scratch directory (BENCH_KEEP=1 keeps that).
  if [ -n "$GDIR" ] && [ -e "$GDIR/log" ]; then cat "$GDIR/log" >> "$WORK/garage.log"; fi
  if [ -n "$GARAGE_PID" ]; then
    kill "$GARAGE_PID" 2>/dev/null || true
    wait "$GARAGE_PID" 2>/dev/null || true
    GARAGE_PID=
  fi
  if [ -n "$GDIR" ]; then rm -rf "$GDIR"; GDIR=; fi
}

# --- the servers --------------------------------------------------------------
# start_replica DATA [FLAGS…]: one more `serve` on an ephemeral loopback
# port, added to REPLICA_PIDS and REPLICA_ADDRS.
start_replica() {
  local data=$1 n=${#REPLICA_PIDS[@]} out addr pid
  shift
  out=$WORK/serve-$n.out
  : > "$out"
  DROPBOX_LOG=warn "$SERVER" serve --data "$data" --listen 127.0.0.1:0 "$@" \
    > "$out" 2>> "$WORK/server.log" &
  pid=$!
  REPLICA_PIDS+=("$pid")
  addr=
  while [ -z "$addr" ]; do
    kill -0 "$pid" 2>/dev/null || die "a server exited: $(cat "$WORK/server.log")"
    sleep 0.1
    addr=$(sed -n 's|^listening on http://||p' "$out" | head -n1)
  done
  REPLICA_ADDRS+=("$addr")
}
stop_replicas() {
  local pid
  for pid in "${REPLICA_PIDS[@]}"; do
    kill -TERM "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
  done
  REPLICA_PIDS=()
  REPLICA_ADDRS=()
}

# cost_pids PART: the processes whose CPU a set-up costs: its servers,
# Garage, or the PostgreSQL cluster (the postmaster, whose reaped
# children's time it holds, and its live children).
cost_pids() {
  local pm
  case $1 in
    servers) printf '%s\n' "${REPLICA_PIDS[@]}" ;;
    garage) if [ -n "$GARAGE_PID" ]; then echo "$GARAGE_PID"; fi ;;
    pg)
      if [ "$PG_UP" = 1 ]; then
        pm=$(head -n1 "$PGDIR/data/postmaster.pid")
        echo "$pm"
        pgrep -P "$pm" || true
      fi
      ;;
  esac
}
# cost_ticks: user + system CPU of the servers, PostgreSQL and Garage (and
# of their reaped children), in clock ticks: three numbers.
cost_ticks() {
  local part pid
  for part in servers pg garage; do
    for pid in $(cost_pids "$part"); do
      awk '{ print $14 + $15 + $16 + $17 }' "/proc/$pid/stat" 2>/dev/null || true
    done | awk '{ s += $1 } END { printf "%d ", s }'
  done
}
CLK_TCK=$(getconf CLK_TCK)

# --- measurements ---------------------------------------------------------------
post_big() { # ADDR FILE SHA -> prints seconds; checks 201 and the receipt
  local t0 t1 code
  t0=$(now)
  code=$(curl -sS -o "$WORK/resp.json" -w '%{http_code}' -X POST -T "$2" \
    -H 'Content-Type: application/octet-stream' -H 'Expect:' \
    "http://$1/v1/submissions")
  t1=$(now)
  [ "$code" = 201 ] || die "upload of $2 to $1 answered $code: $(cat "$WORK/resp.json"); $(logs)"
  grep -q "\"receipt\":\"$3\"" "$WORK/resp.json" ||
    die "upload of $2: receipt mismatch: $(cat "$WORK/resp.json")"
  calc "$t1 - $t0"
}
tus_big() { # ADDRS FILE SHA OUT: a tus upload (parts over ADDRS); its figures to OUT
  "$HELPER" tus --addr "$1" --file "$2" --part "$PART" > "$4" ||
    die "the tus upload of $2 to $1 failed; $(logs)"
  [ "$(kv receipt "$4")" = "$3" ] || die "tus upload of $2: receipt mismatch: $(cat "$4")"
}
dd_fsync() { # FILE -> prints seconds
  local t0 t1
  t0=$(now)
  dd if="$1" of="$WORK/dd.out" bs=8M conv=fsync status=none
  t1=$(now)
  rm -f "$WORK/dd.out"
  calc "$t1 - $t0"
}
settle() { sync; sleep 1; }
logs() { # the last lines the servers and Garage logged, for a failure's message
  printf 'the servers logged: %s; Garage logged: %s' \
    "$(tail -n 5 "$WORK/server.log" 2>/dev/null)" "$(tail -n 5 "$GDIR/log" 2>/dev/null)"
}

# Each set-up's figures, by its name.
declare -A CPU_S CPU_PARTS POST TUS LAST DD POSTS TUSES DDS
# measure NAME: the load, then REPEAT rounds of the two uploads and dd, on
# the set-up now running (REPLICA_ADDRS).
measure() {
  local name=$1 addrs c0 c1 cpu i n post_file tus_file u t d posts=() tuses=() lasts=() dds=()
  addrs=$(IFS=,; echo "${REPLICA_ADDRS[*]}")
  n=${#REPLICA_ADDRS[@]}
  say "$name: 4 KiB submissions, $CLIENTS clients over $n server(s), up to $REQUESTS requests or $MAX_SECS s"
  settle
  c0=$(cost_ticks)
  "$HELPER" load --addr "$addrs" --file "$WORK/4k.age" --fresh-to "$RECIPIENTS" \
    --clients "$CLIENTS" --requests "$REQUESTS" --max-secs "$MAX_SECS" > "$WORK/load-$name.txt"
  c1=$(cost_ticks)
  cat "$WORK/load-$name.txt" >&2
  [ "$(kv created "$WORK/load-$name.txt")" -gt 0 ] ||
    die "$name: no 4 KiB submission was answered 201: $(cat "$WORK/load-$name.txt")"
  # Seconds for each part, then their sum.
  read -r -a c0 <<< "$c0"
  read -r -a c1 <<< "$c1"
  cpu=()
  for i in 0 1 2; do cpu+=("$(calc "(${c1[i]} - ${c0[i]}) / $CLK_TCK")"); done
  CPU_PARTS[$name]=${cpu[*]}
  CPU_S[$name]=$(calc "${cpu[0]} + ${cpu[1]} + ${cpu[2]}")
  for i in $(seq "$REPEAT"); do
    post_file=$WORK/files/big$((2 * i - 1)).age
    tus_file=$WORK/files/big$((2 * i)).age
    cat "$post_file" "$tus_file" > /dev/null # all read them from the page cache
    # curl goes to each replica in turn; tus parts alternate over all.
    local to=${REPLICA_ADDRS[$(( (i - 1) % n ))]}
    if [ $((i % 2)) = 1 ]; then
      settle; u=$(post_big "$to" "$post_file" "$(cat "${post_file%.age}.sha256")")
      settle; tus_big "$addrs" "$tus_file" "$(cat "${tus_file%.age}.sha256")" "$WORK/tus-$name-$i.txt"
      settle; d=$(dd_fsync "$post_file")
    else
      settle; d=$(dd_fsync "$post_file")
      settle; tus_big "$addrs" "$tus_file" "$(cat "${tus_file%.age}.sha256")" "$WORK/tus-$name-$i.txt"
      settle; u=$(post_big "$to" "$post_file" "$(cat "${post_file%.age}.sha256")")
    fi
    t=$(kv elapsed_s "$WORK/tus-$name-$i.txt")
    say "$name round $i: curl POST $u s, tus $t s (last part $(kv last_part_s "$WORK/tus-$name-$i.txt") s), dd bs=8M conv=fsync $d s"
    posts+=("$u"); tuses+=("$t"); dds+=("$d"); lasts+=("$(kv last_part_s "$WORK/tus-$name-$i.txt")")
  done
  POST[$name]=$(median "${posts[@]}")
  TUS[$name]=$(median "${tuses[@]}")
  LAST[$name]=$(median "${lasts[@]}")
  DD[$name]=$(median "${dds[@]}")
  POSTS[$name]=${posts[*]}
  TUSES[$name]=${tuses[*]}
  DDS[$name]=${dds[*]}
}

sample > "$WORK/sampler.txt" &
SAMPLER_PID=$!

# --- sqlite: the default ----------------------------------------------------------
say "set-up sqlite: one server, SQLite and files"
"$SERVER" init --data "$WORK/data-sqlite" --roster "$ROSTER" --json > /dev/null ||
  die "dropbox-server init failed"
start_replica "$WORK/data-sqlite"
measure sqlite
stop_replicas
rm -rf "$WORK/data-sqlite"

# --- one and two: PostgreSQL and Garage ------------------------------------------
pg_start
for setup in one two; do
  n=1
  if [ "$setup" = two ]; then n=2; fi
  say "set-up $setup: $n server(s), PostgreSQL $PG_VERSION and Garage $GARAGE_VERSION"
  garage_start "bench-$setup"
  url=$(pg_db "bench_$setup")
  flags=(--metadata "$url" --blobs "s3://bench-$setup")
  "$SERVER" init --data "$WORK/data-$setup-1" --roster "$ROSTER" "${flags[@]}" --json > /dev/null ||
    die "dropbox-server init --metadata --blobs failed"
  for r in $(seq "$n"); do
    start_replica "$WORK/data-$setup-$r" "${flags[@]}"
  done
  measure "$setup"
  stop_replicas
  garage_stop
  rm -rf "$WORK"/data-"$setup"-*
done
pg_stop

say "baseline: sequential 4 KiB write + fsync"
BASE_COUNT=$(kv created "$WORK/load-sqlite.txt")
if [ "$BASE_COUNT" -gt 2000 ]; then BASE_COUNT=2000; fi
"$HELPER" fsync --dir "$WORK/fsync" --size 4096 --count "$BASE_COUNT" --threads 1 --mode file > "$WORK/fsync-seq.txt"

kill "$SAMPLER_PID" 2>/dev/null || true
wait "$SAMPLER_PID" 2>/dev/null || true
SAMPLER_PID=
contention
UPTIME_AFTER=$(uptime)

# --- results ---------------------------------------------------------------------
f2() { calc "sprintf(\"%.2f\", $1)"; }
f1() { calc "sprintf(\"%.1f\", $1)"; }
us() { calc "sprintf(\"%.0f\", $1 / $2 * 1000000)"; } # seconds, count -> µs each
mibps() { calc "sprintf(\"%.0f\", $BIG_BYTES / 1048576 / $1)"; }
BIG_LABEL=$([ "$BIG_MIB" -eq 1024 ] && echo "1 GiB" || echo "$BIG_MIB MiB")
declare -A LABEL=(
  [sqlite]="SQLite default: one server, DATA's SQLite file, reports as files"
  [one]="one replica: PostgreSQL + Garage"
  [two]="two replicas: PostgreSQL + Garage, requests round-robin"
)

S_RATE=$(kv per_s "$WORK/load-sqlite.txt")
load_row() {
  local name=$1 f=$WORK/load-$1.txt rate created parts
  rate=$(kv per_s "$f"); created=$(kv created "$f")
  read -r -a parts <<< "${CPU_PARTS[$name]}"
  printf '| %s | %s | %s ms | %s ms | %s of %s (%s) | %s µs (%s + %s + %s) | %sx |\n' "${LABEL[$name]}" "$rate" \
    "$(kv p50_ms "$f")" "$(kv p99_ms "$f")" "$created" "$(kv sent "$f")" \
    "$(kv created_by_addr "$f" | sed 's/,/ + /g')" "$(us "${CPU_S[$name]}" "$created")" \
    "$(us "${parts[0]}" "$created")" "$(us "${parts[1]}" "$created")" "$(us "${parts[2]}" "$created")" \
    "$(f2 "$rate / $S_RATE")"
}
ingest_row() {
  local name=$1 post=${POST[$1]} tus=${TUS[$1]} last=${LAST[$1]} dd=${DD[$1]}
  printf '| %s | %s s (%s MiB/s) | %s s (%s MiB/s; last part %s s) | %s s (%s MiB/s) | %sx | %sx | %sx | %sx |\n' \
    "${LABEL[$name]}" "$(f1 "$post")" "$(mibps "$post")" "$(f1 "$tus")" "$(mibps "$tus")" "$(f1 "$last")" \
    "$(f1 "$dd")" "$(mibps "$dd")" "$(f2 "$post / $dd")" "$(f2 "$tus / $dd")" \
    "$(f2 "$post / ${POST[sqlite]}")" "$(f2 "$tus / ${TUS[sqlite]}")"
}
others() { # NAME: the load's other answers, if any
  local o
  o=$(kv other "$WORK/load-$1.txt")
  printf '%s' "${o:-none}"
  if [ -n "$(kv first_error "$WORK/load-$1.txt")" ]; then printf ' (first error: %s)' "$(kv first_error "$WORK/load-$1.txt")"; fi
}

{
cat <<EOF
## Replicas (\`bench/run.sh replicas\`, issue 21)

Written by \`bench/replicas.sh\` (see [README.md](README.md#replicas));
every figure and its baseline come from the same run, on loopback, with
the servers, PostgreSQL $PG_VERSION and Garage $GARAGE_VERSION on the
same $NPROC cores and the same disk. Every 201 is durable in all three
set-ups (SQLite \`synchronous=FULL\` and fsynced files; PostgreSQL with
\`fsync\` and \`synchronous_commit\` on; Garage with \`data_fsync\` and
\`metadata_fsync\`; Garage's \`compression_level\`: ${GARAGE_COMPRESSION:-its default, zstd level 1}).
A cost measurement, not a scaling one.

Load average (\`uptime\`) before: \`${UPTIME_BEFORE#*load average: }\`;
after: \`${UPTIME_AFTER#*load average: }\`. Another session compiling
during the measurements: $CONTENTION

Durable 4 KiB submissions, $CLIENTS concurrent clients, one connection per
request, each request its own 4096-byte age file (up to $REQUESTS requests
or $MAX_SECS s):

| set-up | 201s per second | p50 | p99 | 201s of sent (per server) | CPU per 201 (servers + PostgreSQL + Garage) | rate / SQLite's |
| --- | --- | --- | --- | --- | --- | --- |
$(load_row sqlite)
$(load_row one)
$(load_row two)
| baseline: sequential 4 KiB create, write, fsync ($BASE_COUNT writes) | $(kv per_s "$WORK/fsync-seq.txt") | $(kv p50_ms "$WORK/fsync-seq.txt") ms | $(kv p99_ms "$WORK/fsync-seq.txt") ms | | | |

$BIG_LABEL ingest ($BIG_BYTES bytes of age ciphertext; median of $REPEAT
round(s) per set-up, each round a \`curl -T\` POST of one file, a tus
upload of another in 8 MiB parts, and \`dd bs=8M conv=fsync\` of the same
bytes; with two replicas the POST goes to each in turn across rounds and
the tus parts alternate between them):

| set-up | curl POST | tus, 8 MiB parts | dd conv=fsync, same round | POST / dd | tus / dd | POST / SQLite's | tus / SQLite's |
| --- | --- | --- | --- | --- | --- | --- | --- |
$(ingest_row sqlite)
$(ingest_row one)
$(ingest_row two)

Details:

- Seconds per round (POST; tus; dd): SQLite ${POSTS[sqlite]}; ${TUSES[sqlite]};
  ${DDS[sqlite]}. One replica ${POSTS[one]}; ${TUSES[one]}; ${DDS[one]}. Two
  replicas ${POSTS[two]}; ${TUSES[two]}; ${DDS[two]}. Every upload was answered with the
  file's sha256 as its receipt.
- Other answers to the 4 KiB load: SQLite $(others sqlite); one replica
  $(others one); two replicas $(others two).
- CPU per 201 is the user + system time the set-up's processes used
  during the load (\`/proc/PID/stat\`; PostgreSQL's includes its reaped
  children), divided by the 201s; the load generator's own is not in it.

Machine:

| fact | value |
| --- | --- |
| date | $DATE |
| git commit | $TREE |
| cores (\`nproc\`) | $NPROC ($CPU) |
| memory | $MEM |
| file system (\`df -T\`) | $FS_TYPE on $FS_DEV |
| kernel | $KERNEL |
| tools | PostgreSQL $PG_VERSION, Garage $GARAGE_VERSION, curl $CURL_VERSION, age $AGE_VERSION |
EOF
} > "$WORK/section.md"

put_section replicas "$WORK/section.md"
cat "$WORK/section.md"
