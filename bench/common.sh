# Sourced by run.sh, reviewer.sh and page.sh: what every benchmark does the
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
