# Sourced by run.sh, reviewer.sh, page.sh and replicas.sh: what every benchmark does the
# same way (messages, building the server and bench/'s helper, a scratch
# directory cleaned up on exit with the processes it started, sampling
# the machine's load, and small arithmetic). Needs BENCH and ROOT set.

say() { printf '::: %s\n' "$*" >&2; }
die() { printf 'bench: %s\n' "$*" >&2; exit 1; }

# build_server: SERVER is BENCH_SERVER, or the release build of the tree.
build_server() {
  if [ -n "${BENCH_SERVER:-}" ]; then
    SERVER=$BENCH_SERVER
    [ -x "$SERVER" ] || die "BENCH_SERVER=$SERVER is not an executable"
  else
    say "building dropbox-server (release)"
    (cd "$ROOT" && cargo build --release -p dropbox-server) ||
      die "cargo build --release -p dropbox-server failed"
    SERVER=$ROOT/target/release/dropbox-server
  fi
}

# build_helper: HELPER is bench/'s own binary (its own workspace).
build_helper() {
  say "building the helper (bench/, its own workspace)"
  cargo build --release --locked --quiet --manifest-path "$BENCH/Cargo.toml" ||
    die "building bench/'s helper failed"
  HELPER=$BENCH/target/release/dropbox-bench
}

# scratch NAME: WORK is a fresh directory under BENCH_TMP (or TMPDIR, or
# /tmp), removed on exit unless BENCH_KEEP=1, after the server
# (SERVER_PID) and the load sampler (SAMPLER_PID) are stopped.
scratch() {
  local parent=${BENCH_TMP:-${TMPDIR:-/tmp}}
  WORK=$(mktemp -d "$parent/$1.XXXXXX")
  SERVER_PID=
  SAMPLER_PID=
  trap cleanup EXIT
}
cleanup() {
  if [ -n "$SERVER_PID" ]; then kill "$SERVER_PID" 2>/dev/null || true; wait "$SERVER_PID" 2>/dev/null || true; fi
  if [ -n "$SAMPLER_PID" ]; then kill "$SAMPLER_PID" 2>/dev/null || true; wait "$SAMPLER_PID" 2>/dev/null || true; fi
  if [ "${BENCH_KEEP:-0}" = 1 ]; then say "kept $WORK"; else rm -rf "$WORK"; fi
}

# need_space KIB: dies unless WORK's file system has that much free.
need_space() {
  local avail_kib
  avail_kib=$(df -Pk "$WORK" | awk 'NR==2 {print $4}')
  [ "$avail_kib" -ge "$1" ] ||
    die "$WORK has $((avail_kib / 1024)) MiB free; the run needs about $(($1 / 1024)) MiB"
}

# Samples the load average and other compilers (rustc, cc1) once a second
# while measuring: a second session building on this machine shows here.
sample() {
  while :; do
    printf '%s %s %s\n' "$(cut -d' ' -f1 /proc/loadavg)" \
      "$(pgrep -c -x rustc || true)" "$(pgrep -c -x cc1 || true)"
    sleep 1
  done
}

now() { printf '%s' "$EPOCHREALTIME"; }
# awk arithmetic: calc 'expr' (printf-style formatting left to the caller).
calc() { awk "BEGIN { print $1 }"; }
median() {
  printf '%s\n' "$@" | sort -g |
    awk '{ a[NR] = $1 } END { if (NR % 2) print a[(NR + 1) / 2]; else print (a[NR / 2] + a[NR / 2 + 1]) / 2 }'
}
# kv KEY FILE: the value of KEY=value in FILE.
kv() { awk -F= -v k="$1" '$1 == k { sub(/^[^=]*=/, ""); print; exit }' "$2"; }

# start_server DATA: the release server on an ephemeral loopback port;
# ADDR is its address, SERVER_PID its process. stop_server ends it.
start_server() {
  local out=$WORK/server.out
  : > "$out"
  DROPBOX_LOG=warn "$SERVER" serve --data "$1" --listen 127.0.0.1:0 \
    > "$out" 2>> "$WORK/server.log" &
  SERVER_PID=$!
  ADDR=
  local i
  for i in $(seq 100); do
    ADDR=$(sed -n 's|^listening on http://||p' "$out" | head -n1)
    [ -n "$ADDR" ] && break
    kill -0 "$SERVER_PID" 2>/dev/null || die "the server exited: $(cat "$WORK/server.log")"
    sleep 0.1
  done
  [ -n "$ADDR" ] || die "the server did not print its address: $(cat "$WORK/server.log")"
}
stop_server() {
  kill -TERM "$SERVER_PID"
  wait "$SERVER_PID" 2>/dev/null || true
  SERVER_PID=
}

# machine_info: NPROC, MEM, CPU, KERNEL, DATE, COMMIT, DIRTY and TREE (the
# commit, and whether tracked files outside bench/ differed from it).
machine_info() {
  NPROC=$(nproc)
  MEM=$(awk '/^MemTotal:/ { printf "%.1f GiB", $2 / 1048576 }' /proc/meminfo)
  CPU=$(awk -F': ' '/^model name/ { print $2; exit }' /proc/cpuinfo)
  KERNEL=$(uname -r)
  DATE=$(date -u '+%Y-%m-%d %H:%M UTC')
  COMMIT=$(git -C "$ROOT" rev-parse --short HEAD)
  DIRTY=$(git -C "$ROOT" status --porcelain --untracked-files=no -- . ':!bench' | wc -l)
  if [ "$DIRTY" -gt 0 ]; then
    TREE="$COMMIT + uncommitted changes in $DIRTY tracked files outside bench/ (the binaries were built from the working tree)"
  else
    TREE="$COMMIT (clean outside bench/)"
  fi
}

# contention: CONTENTION says whether another compiler shared the machine
# while the sampler ran (WORK/sampler.txt; needs NPROC).
contention() {
  local samples load_max busy
  samples=$(wc -l < "$WORK/sampler.txt")
  load_max=$(awk 'BEGIN { m = 0 } $1 > m { m = $1 } END { print m }' "$WORK/sampler.txt")
  busy=$(awk '$2 + $3 > 0 { n++ } END { print n + 0 }' "$WORK/sampler.txt")
  if [ "$busy" -gt 0 ]; then
    CONTENTION="**yes**: another compiler (rustc or cc1, not this script's: its builds had finished) ran in $busy of $samples one-second samples; load average up to $load_max on $NPROC cores. Figures may be slower and noisier than on an idle machine."
  else
    CONTENTION="none seen: no rustc or cc1 in $samples one-second samples; load average up to $load_max on $NPROC cores"
  fi
}
