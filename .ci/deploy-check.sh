#!/usr/bin/env bash
# Checks every file in deploy/ for real, with Debian's own tools:
#   systemd unit  systemd-analyze verify (on a copy whose ExecStart is the
#                 built binary) and systemd-analyze security --offline=true
#                 (the exposure score, which must match docs/OPERATIONS.md)
#   torrc         tor --verify-config, as shipped and with the optional
#                 client-authorised reviewer service turned on
#   nginx.conf    nginx -t with throw-away certificates
#   Caddyfile     caddy validate and caddy fmt
#   Containerfile text checks only: no container engine runs here
# Then it runs the real server as the unit would (init, then serve with the
# unit's flags, as an unprivileged user, umask 077, under strace) behind
# nginx and Caddy on loopback ports, and checks: the server's security
# headers arrive unchanged with HSTS; a tus upload in 8 MiB parts (OPTIONS,
# POST, HEAD, PATCH, DELETE) and streamed POSTs go through, and the server
# writes a body while the client is still sending it (no proxy buffering);
# no client address in either proxy's logs, even for a failed request; and
# every system call, socket family, memory mapping and file the server used
# is one the unit's sandbox allows. Last, it boots systemd in a throw-away
# systemd-nspawn container (read-only host tree under a tmpfs, no network)
# and runs the unit itself there, as docs/OPERATIONS.md tells an operator.
#
# Needs root: it installs what it lacks with apt-get (without starting the
# services the packages bring) and runs the server as another user. Every
# server it starts listens on 127.0.0.1 only and is stopped on exit.
#
# Usage: bash .ci/deploy-check.sh
#   DROPBOX_SERVER_BIN=PATH  use this server binary (else cargo build)
#   KEEP_TMP=1               keep the temporary directory for inspection
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
DEPLOY=$ROOT/deploy
export PATH="$PATH:/usr/local/sbin:/usr/sbin:/sbin"
T=$(mktemp -d /tmp/dropbox-deploy-check.XXXXXX)
chmod 755 "$T"
PIDS=()
SKIPPED=()

cleanup() {
  local p
  for p in "${PIDS[@]}"; do
    kill "$p" 2>/dev/null || true
  done
  for p in "${PIDS[@]}"; do
    wait "$p" 2>/dev/null || true
  done
  [ -n "${KEEP_TMP:-}" ] || rm -rf "$T"
}
trap cleanup EXIT

step() { printf '\n=== %s\n' "$*"; }
ok() { printf 'ok: %s\n' "$*"; }
fail() {
  printf 'FAIL: %s\n' "$*" >&2
  exit 1
}
skip() {
  printf 'SKIPPED: %s\n' "$*"
  SKIPPED+=("$*")
}
# Stops a process this script started (and the one it waits for, if
# another), and forgets both, so that cleanup never signals a reused id.
stop() { # pid [pid-to-wait-for]
  kill "$1" 2>/dev/null || true
  wait "${2:-$1}" 2>/dev/null || true
  local keep=() p
  for p in "${PIDS[@]}"; do
    [ "$p" = "$1" ] || [ "$p" = "${2:-$1}" ] || keep+=("$p")
  done
  PIDS=("${keep[@]}")
}

[ "$(id -u)" = 0 ] || fail "run as root: it installs packages and runs the server as another user"

# --- tools -------------------------------------------------------------------

have_caddy_candidate() {
  apt-cache policy caddy 2>/dev/null | grep -q 'Candidate: [0-9]'
}

install_missing() {
  local need=()
  command -v tor >/dev/null || need+=(tor)
  command -v nginx >/dev/null || need+=(nginx)
  command -v systemd-analyze >/dev/null || need+=(systemd)
  command -v openssl >/dev/null || need+=(openssl)
  command -v curl >/dev/null || need+=(curl ca-certificates)
  command -v age >/dev/null || need+=(age)
  command -v sha256sum >/dev/null || need+=(coreutils)
  command -v strace >/dev/null || need+=(strace)
  command -v setpriv >/dev/null || need+=(util-linux)
  command -v systemd-nspawn >/dev/null || need+=(systemd-container)
  local want_caddy=0
  command -v caddy >/dev/null || want_caddy=1
  if [ ${#need[@]} -eq 0 ] && [ $want_caddy -eq 0 ]; then
    ok "tools present: tor, nginx, caddy, systemd-analyze, openssl, curl, age, strace"
    return
  fi
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  if [ $want_caddy -eq 1 ]; then
    if have_caddy_candidate; then
      need+=(caddy)
    else
      echo "note: this machine's Debian archive has no caddy package (apt-cache policy caddy); the Caddy checks will be skipped"
    fi
  fi
  [ ${#need[@]} -gt 0 ] || return 0
  echo "installing: ${need[*]}"
  # Packages must not start their services here (a tor daemon would reach
  # out to the network): the standard policy-rc.d switch, removed again
  # only if this script put it there.
  local made_policy=0
  if [ ! -e /usr/sbin/policy-rc.d ]; then
    printf '#!/bin/sh\nexit 101\n' >/usr/sbin/policy-rc.d
    chmod 755 /usr/sbin/policy-rc.d
    made_policy=1
  fi
  local rc=0
  apt-get install -y -qq --no-install-recommends "${need[@]}" >"$T/apt.log" 2>&1 || rc=$?
  if [ $made_policy -eq 1 ]; then
    rm -f /usr/sbin/policy-rc.d
  fi
  if [ $rc -ne 0 ]; then
    tail -30 "$T/apt.log"
    fail "apt-get install ${need[*]} failed"
  fi
}

step "tools"
install_missing
tor --version | head -1
nginx -v 2>&1
if command -v caddy >/dev/null; then echo "caddy $(caddy version)"; fi
systemd-analyze --version | head -1

BIN=${DROPBOX_SERVER_BIN:-}
if [ -z "$BIN" ]; then
  TARGET=${CARGO_TARGET_DIR:-$ROOT/target}
  (cd "$ROOT" && cargo build --quiet -p dropbox-server)
  BIN=$TARGET/debug/dropbox-server
fi
[ -x "$BIN" ] || fail "no server binary at $BIN"
BIN=$(cd "$(dirname "$BIN")" && pwd)/$(basename "$BIN")
echo "server binary: $BIN ($("$BIN" --version))"

# Every --flag a config passes to `serve` must be one the server knows.
SERVE_HELP=$("$BIN" serve --help)
check_flags() {
  local what=$1 line=$2 flag
  for flag in $(grep -o -- '--[a-z-]*' <<<"$line" | sort -u); do
    grep -q -- "$flag" <<<"$SERVE_HELP" || fail "$what passes $flag, which \`dropbox-server serve\` does not know"
  done
}

# --- systemd -----------------------------------------------------------------

step "systemd unit: systemd-analyze verify and security"
UNIT=$DEPLOY/dropbox-server.service
mkdir -p "$T/systemd"
TUNIT=$T/systemd/dropbox-server.service
sed "s#/usr/local/bin/dropbox-server#$BIN#g" "$UNIT" >"$TUNIT"
grep -q "^ExecStart=$BIN serve " "$TUNIT" || fail "the unit's ExecStart is not /usr/local/bin/dropbox-server serve ..."
EXEC_LINE=$(sed -n 's/^ExecStart=//p' "$UNIT")
check_flags "the unit's ExecStart" "$EXEC_LINE"
for want in 'DynamicUser=yes' 'StateDirectory=dropbox' 'ProtectSystem=strict' 'NoNewPrivileges=yes' \
  'CapabilityBoundingSet=$' 'LimitCORE=0' 'UMask=0077' 'PrivateTmp=yes' \
  'RestrictAddressFamilies=AF_INET AF_INET6 AF_UNIX' 'SystemCallFilter=@system-service' \
  'MemoryDenyWriteExecute=yes'; do
  grep -q "^$want" "$UNIT" || fail "the unit lacks $want"
done
grep -q -- '--data /var/lib/dropbox ' <<<"$EXEC_LINE " || fail "ExecStart must serve /var/lib/dropbox (StateDirectory=dropbox)"
grep -q -- '--listen 127.0.0.1:8080' <<<"$EXEC_LINE" || fail "ExecStart must listen on 127.0.0.1:8080 (the proxies and torrc point there)"
systemd-analyze verify "$TUNIT" 2>&1 | tee "$T/verify.out"
if grep -q . "$T/verify.out"; then
  fail "systemd-analyze verify printed warnings"
fi
ok "systemd-analyze verify: no complaints"
systemd-analyze security --offline=true "$TUNIT" >"$T/security.out" 2>&1 || {
  cat "$T/security.out"
  fail "systemd-analyze security failed"
}
grep '^✗' "$T/security.out" || true
SCORE_LINE=$(grep 'Overall exposure level' "$T/security.out")
echo "$SCORE_LINE"
SCORE=$(sed -n 's/.*: \([0-9][0-9]*\.[0-9]\) .*/\1/p' <<<"$SCORE_LINE")
[ -n "$SCORE" ] || fail "no exposure score in systemd-analyze's output"
awk -v s="$SCORE" 'BEGIN { exit !(s <= 2.0) }' || fail "exposure $SCORE is worse than 2.0"
grep -q "exposure level.*\b$SCORE\b" "$ROOT/docs/OPERATIONS.md" ||
  fail "docs/OPERATIONS.md does not record the measured exposure level $SCORE"
ok "exposure level $SCORE, as docs/OPERATIONS.md records"

# --- tor ---------------------------------------------------------------------

step "torrc: tor --verify-config"
TORRC=$DEPLOY/torrc
grep -q '^HiddenServicePort 80 127.0.0.1:8080$' "$TORRC" || fail "torrc must forward port 80 to 127.0.0.1:8080"
grep -q '^HiddenServicePoWDefensesEnabled 1$' "$TORRC" || fail "torrc must turn on the proof-of-work defence"
grep -q '^#HiddenServicePort 80 127.0.0.1:8081$' "$TORRC" || fail "torrc's optional reviewer service must forward to 127.0.0.1:8081"
: >"$T/torrc-defaults"
verify_tor() {
  local name=$1 copy=$T/torrc-$1
  mkdir -p "$T/tor-$name"
  chmod 700 "$T/tor-$name"
  sed -e "s#/var/lib/tor/#$T/tor-$name/#g" "${@:2}" "$TORRC" >"$copy"
  echo "DataDirectory $T/tor-$name" >>"$copy"
  tor --verify-config --defaults-torrc "$T/torrc-defaults" -f "$copy" >"$T/tor-$name.out" 2>&1 || {
    cat "$T/tor-$name.out"
    fail "tor --verify-config refused the torrc ($name)"
  }
  grep -q 'Configuration was valid' "$T/tor-$name.out" || fail "tor did not say the torrc ($name) was valid"
  ok "tor --verify-config ($name): $(grep -c '^HiddenServiceDir' "$copy") onion service(s), configuration valid"
}
verify_tor shipped
verify_tor with-reviewer -e 's/^#\(HiddenService\)/\1/'

# --- nginx -------------------------------------------------------------------

step "nginx.conf: nginx -t"
NGINX=$DEPLOY/nginx.conf
for want in 'access_log off;' 'proxy_request_buffering off;' 'proxy_buffering off;' \
  'client_max_body_size 2g;' 'proxy_http_version 1.1;' 'proxy_pass http://127.0.0.1:8080;' \
  'add_header Strict-Transport-Security'; do
  grep -q "^ *$want" "$NGINX" || fail "nginx.conf lacks '$want'"
done
openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -days 2 \
  -subj /CN=dropbox.example.org -keyout "$T/key.pem" -out "$T/cert.pem" 2>/dev/null
mkdir -p "$T/nginx"
nginx_copy() {
  sed -e "s#/etc/ssl/dropbox/fullchain.pem#$T/cert.pem#" \
    -e "s#/etc/ssl/dropbox/privkey.pem#$T/key.pem#" \
    -e "s#/var/log/nginx/#$T/nginx/#g" \
    -e "s#/run/nginx.pid#$T/nginx/nginx.pid#" "$@" "$NGINX"
}
nginx_copy >"$T/nginx/nginx.conf"
nginx -t -c "$T/nginx/nginx.conf" -e "$T/nginx/error.log" 2>&1 | tee "$T/nginx-t.out"
grep -q 'test is successful' "$T/nginx-t.out" || fail "nginx -t refused nginx.conf"

step "replicas: the template unit and nginx-replicas.conf"
RUNIT=$DEPLOY/dropbox-server-replica@.service
mkdir -p "$T/replica-unit"
sed "s#/usr/local/bin/dropbox-server#$BIN#g" "$RUNIT" >"$T/replica-unit/dropbox-server-replica@.service"
for want in 'DynamicUser=yes' 'StateDirectory=dropbox-replica-%i' 'EnvironmentFile=/etc/dropbox/replicas.env' \
  'ProtectSystem=strict' 'NoNewPrivileges=yes' 'LimitCORE=0' 'UMask=0077' 'IPAddressDeny=any'; do
  grep -q "^$want" "$RUNIT" || fail "the replica unit lacks $want"
done
check_flags "the replica unit's ExecStart" "$(sed -n 's/^ExecStart=//p' "$RUNIT" | sed 's/%i/8081/g')"
(cd "$T/replica-unit" && systemd-analyze verify dropbox-server-replica@8081.service) 2>&1 | tee "$T/rverify.out"
if grep -q . "$T/rverify.out"; then
  fail "systemd-analyze verify printed warnings for the replica unit"
fi
systemd-analyze security --offline=true "$T/replica-unit/dropbox-server-replica@8081.service" >"$T/rsecurity.out" 2>&1 || {
  cat "$T/rsecurity.out"
  fail "systemd-analyze security failed for the replica unit"
}
RSCORE=$(sed -n 's/.*Overall exposure level.*: \([0-9][0-9]*\.[0-9]\) .*/\1/p' "$T/rsecurity.out")
awk -v s="$RSCORE" 'BEGIN { exit !(s <= 2.0) }' || fail "replica unit exposure '$RSCORE' is worse than 2.0"
ok "replica unit: systemd-analyze verify clean, exposure level $RSCORE"
nginx_copy -e "s#^http {#http {\n    include $DEPLOY/nginx-replicas.conf;#" \
  -e "s#proxy_pass http://127.0.0.1:8080;#proxy_pass http://dropbox_replicas;#" >"$T/nginx/replicas.conf"
grep -q 'include .*nginx-replicas.conf' "$T/nginx/replicas.conf" || fail "could not include nginx-replicas.conf"
nginx -t -c "$T/nginx/replicas.conf" -e "$T/nginx/error.log" 2>&1 | tee "$T/nginx-rt.out"
grep -q 'test is successful' "$T/nginx-rt.out" || fail "nginx -t refused nginx.conf with nginx-replicas.conf"
ok "nginx -t: nginx.conf with the replicas' upstream"

# --- caddy -------------------------------------------------------------------

step "Caddyfile: caddy validate"
CADDYFILE=$DEPLOY/Caddyfile
HAVE_CADDY=0
if command -v caddy >/dev/null; then
  HAVE_CADDY=1
  grep -q '^\s*log\b' <(sed -n '/^dropbox.example.org {/,$p' "$CADDYFILE") &&
    fail "the Caddyfile's site must not have a log directive (access logs)"
  grep -q 'reverse_proxy 127.0.0.1:8080' "$CADDYFILE" || fail "the Caddyfile must proxy to 127.0.0.1:8080"
  grep -v '^\s*#' "$CADDYFILE" | grep -q 'request_buffers\|buffer_requests' && fail "the Caddyfile must not buffer request bodies"
  mkdir -p "$T/caddy-home"
  HOME=$T/caddy-home XDG_DATA_HOME=$T/caddy-home XDG_CONFIG_HOME=$T/caddy-home \
    caddy validate --config "$CADDYFILE" --adapter caddyfile >"$T/caddy-validate.out" 2>&1 || {
    cat "$T/caddy-validate.out"
    fail "caddy validate refused the Caddyfile"
  }
  grep 'Valid configuration' "$T/caddy-validate.out"
  if ! caddy fmt "$CADDYFILE" | diff -q "$CADDYFILE" - >/dev/null; then
    fail "the Caddyfile is not as \`caddy fmt\` writes it"
  fi
  ok "caddy validate: valid; caddy fmt: unchanged"
else
  skip "Caddy: no caddy binary, and this Debian archive offers no caddy package"
fi

# --- container file ----------------------------------------------------------

step "Containerfile: text checks (no container engine here to build it)"
CF=$DEPLOY/Containerfile
[ "$(grep -c '^FROM ' "$CF")" -ge 2 ] || fail "the Containerfile must be multi-stage"
grep -q '^USER [0-9][0-9]*:[0-9][0-9]*$' "$CF" || fail "the Containerfile must switch to a numeric non-root USER"
grep -q '^USER 0\b\|^USER root' "$CF" && fail "the Containerfile must not run as root"
grep -q '^VOLUME \["/data"\]$' "$CF" || fail "the Containerfile must declare the one volume /data"
[ "$(grep -c '^VOLUME' "$CF")" -eq 1 ] || fail "the Containerfile must declare exactly one volume"
grep -q '^EXPOSE 8080$' "$CF" || fail "the Containerfile must EXPOSE 8080"
grep -q '^ENTRYPOINT \["/usr/local/bin/dropbox-server"\]$' "$CF" || fail "the ENTRYPOINT must be the server"
CMD_LINE=$(sed -n 's/^CMD //p' "$CF")
[ "$CMD_LINE" = '["serve", "--data", "/data", "--listen", "0.0.0.0:8080"]' ] ||
  fail "the CMD must be serve --data /data --listen 0.0.0.0:8080, not $CMD_LINE"
check_flags "the Containerfile's CMD" "$CMD_LINE"
ok "multi-stage ($(grep -c '^FROM ' "$CF") FROM), USER $(sed -n 's/^USER //p' "$CF"), VOLUME /data, EXPOSE 8080, entrypoint dropbox-server serve --data /data --listen 0.0.0.0:8080"
skip "building the container image: no Docker or Podman engine on this machine"

# --- the real server behind the proxies --------------------------------------

step "the real server behind nginx and Caddy, on loopback"

free_port() {
  local p
  for _ in $(seq 50); do
    p=$((20000 + RANDOM % 40000))
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null; then
      echo "$p"
      return
    fi
  done
  fail "no free loopback port"
}

wait_for_line() { # file pattern seconds
  local _
  for _ in $(seq $(($3 * 10))); do
    grep -q "$2" "$1" 2>/dev/null && return 0
    sleep 0.1
  done
  cat "$1" >&2 || true
  return 1
}

# A signed roster from the demo (which writes it before it listens), then
# the operator's own steps: init, and serve with the unit's flags.
"$BIN" demo --data "$T/demo" --listen 127.0.0.1:0 >"$T/demo.out" 2>&1 &
DEMO_PID=$!
PIDS+=("$DEMO_PID")
wait_for_line "$T/demo.out" '^listening on' 30 || fail "the demo did not start"
stop "$DEMO_PID"
# As docs/OPERATIONS.md runs it: umask 077.
(umask 077 && "$BIN" init --data "$T/data" --roster "$T/demo/roster.json") | tee "$T/init.out"
ASSERTED=$(sed -n 's#^AssertPathExists=/var/lib/dropbox/##p' "$UNIT")
[ -e "$T/data/$ASSERTED" ] || fail "init did not create $ASSERTED, which the unit asserts"
SPORT=$(free_port)
read -r -a SERVE_ARGS <<<"${EXEC_LINE#/usr/local/bin/dropbox-server }"
SERVE_ARGS=("${SERVE_ARGS[@]/\/var\/lib\/dropbox/$T/data}")
SERVE_ARGS=("${SERVE_ARGS[@]/127.0.0.1:8080/127.0.0.1:$SPORT}")
echo "dropbox-server ${SERVE_ARGS[*]}"
# As the unit runs it, as far as this machine can without systemd as PID 1:
# an unprivileged user owning only the data directory (systemd hands the
# StateDirectory to the dynamic user the same way), umask 077, no new
# privileges, the unit's DROPBOX_LOG, and the daily digest due at once (a
# command through /bin/sh). Under strace, so that every system call, socket
# family, memory mapping and file it touches can be held to the unit's
# sandbox afterwards.
chown -R 65534:65534 "$T/data"
mkdir -p "$T/trace"
chown 65534:65534 "$T/trace"
UNIT_LOG=$(sed -n 's/^Environment=DROPBOX_LOG=//p' "$UNIT")
# The digest goes out only within its hour (UTC): make it this hour, and
# do not start in the last half minute of one.
now=$(date -u +%M%S)
if [ "$now" -ge 5930 ]; then sleep $((61 - 10#${now:2})); fi
DIGEST_HOUR=$(date -u +%-H)
(
  umask 077
  exec env DROPBOX_LOG="$UNIT_LOG" DROPBOX_NOTIFY_COMMAND='cat >/dev/null' DROPBOX_NOTIFY_HOUR="$DIGEST_HOUR" \
    DROPBOX_NOTIFY_DAILY=true setpriv --reuid=65534 --regid=65534 --clear-groups --no-new-privs -- \
    strace -f -qq -o "$T/trace/strace.log" -- "$BIN" "${SERVE_ARGS[@]}"
) >"$T/serve.out" 2>&1 &
TRACER_PID=$!
PIDS+=("$TRACER_PID")
wait_for_line "$T/serve.out" "^listening on http://127.0.0.1:$SPORT" 30 || fail "serve did not start"
SERVER_PID=$(pgrep -P "$TRACER_PID" | head -1)
[ -n "$SERVER_PID" ] || fail "no server process under strace"
PIDS+=("$SERVER_PID")
DIRECT=http://127.0.0.1:$SPORT

# A real report: an age file to a demo member, 9 MiB so tus needs two parts.
# The demo's members are reviewer homes; a member card names the age
# recipient (a one-line JSON field, pretty-printed or not).
RECIPIENT=$(grep -o '"age": *"age1[0-9a-z]*"' "$T/demo/members/alice.card.json" | grep -o 'age1[0-9a-z]*')
[ -n "$RECIPIENT" ] || fail "no age recipient in the demo's card for alice"
head -c $((9 << 20)) /dev/urandom >"$T/plain"
age -r "$RECIPIENT" -o "$T/report.age" "$T/plain"
REPORT_SIZE=$(stat -c %s "$T/report.age")
REPORT_SHA=$(sha256sum "$T/report.age" | cut -d' ' -f1)
PART=$((8 << 20))
head -c "$PART" "$T/report.age" >"$T/part1"
tail -c +$((PART + 1)) "$T/report.age" >"$T/part2"

curl -sS -D "$T/direct.h" -o /dev/null "$DIRECT/healthz"

header() { # file name -> value
  grep -i "^$2:" "$1" | head -1 | cut -d: -f2- | sed 's/^ *//; s/\r$//'
}

exercise() { # label base-url curl-args...
  local label=$1 base=$2
  shift 2
  local c=(curl -sS "$@")
  local h=$T/$label.h
  # The page's headers pass unchanged, with HSTS added.
  "${c[@]}" -D "$h" -o /dev/null "$base/healthz"
  grep -q '^HTTP/[0-9.]* 200' "$h" || fail "$label: /healthz did not answer 200"
  local name
  for name in cache-control content-security-policy referrer-policy x-content-type-options \
    x-frame-options cross-origin-opener-policy cross-origin-resource-policy permissions-policy; do
    [ "$(header "$h" "$name")" = "$(header "$T/direct.h" "$name")" ] ||
      fail "$label: $name differs from the server's ($(header "$h" "$name"))"
  done
  header "$h" strict-transport-security | grep -q 'max-age=[1-9]' || fail "$label: no HSTS header"
  ok "$label: /healthz 200, the server's security headers unchanged, HSTS $(header "$h" strict-transport-security)"

  # tus: discovery, creation, offset, two parts, termination. The first
  # part is sent as 1 MiB, a pause, then the rest: while the client pauses,
  # the server must already be writing it (tmp/upload-ID grows), which it
  # cannot be if the proxy buffers bodies.
  local tus=(-H 'Tus-Resumable: 1.0.0')
  "${c[@]}" -X OPTIONS "${tus[@]}" -D "$h" -o /dev/null "$base/v1/uploads"
  [ "$(header "$h" tus-version)" = 1.0.0 ] || fail "$label: OPTIONS /v1/uploads lost Tus-Version"
  "${c[@]}" -X POST "${tus[@]}" -H "Upload-Length: $REPORT_SIZE" -D "$h" -o /dev/null "$base/v1/uploads"
  local loc
  loc=$(header "$h" location)
  [[ $loc == /v1/uploads/* ]] || fail "$label: POST /v1/uploads gave no Location"
  "${c[@]}" -I "${tus[@]}" -D "$h" -o /dev/null "$base$loc"
  [ "$(header "$h" upload-offset)" = 0 ] || fail "$label: HEAD did not report offset 0"
  local patch=(-X PATCH "${tus[@]}" -H 'Content-Type: application/offset+octet-stream' -H 'Expect:')
  paused "$T/part1" | "${c[@]}" "${patch[@]}" -H 'Upload-Offset: 0' -T - -D "$h" -o /dev/null "$base$loc" &
  local sender=$!
  written_while_paused "$label: tus PATCH" "$T/data/tmp/upload-*"
  wait "$sender" || fail "$label: the first PATCH failed"
  [ "$(header "$h" upload-offset)" = "$PART" ] || fail "$label: the 8 MiB part did not arrive whole"
  "${c[@]}" -I "${tus[@]}" -D "$h" -o /dev/null "$base$loc"
  [ "$(header "$h" upload-offset)" = "$PART" ] || fail "$label: HEAD did not report offset $PART"
  "${c[@]}" "${patch[@]}" -H "Upload-Offset: $PART" --data-binary "@$T/part2" -D "$h" -o /dev/null "$base$loc"
  [ "$(header "$h" dropbox-receipt)" = "$REPORT_SHA" ] ||
    fail "$label: the tus upload's receipt is not the report's sha256"
  "${c[@]}" -X POST "${tus[@]}" -H 'Upload-Length: 100' -D "$h" -o /dev/null "$base/v1/uploads"
  loc=$(header "$h" location)
  "${c[@]}" -X DELETE "${tus[@]}" -D "$h" -o /dev/null "$base$loc"
  grep -q '^HTTP/[0-9.]* 204' "$h" || fail "$label: DELETE (tus termination) did not pass"
  ok "$label: tus OPTIONS, POST, HEAD, PATCH 8 MiB (streamed, not buffered) + $((REPORT_SIZE - PART)) bytes, DELETE; receipt = sha256 of the report"

  # One streamed body of unknown length (chunked over HTTP/1.1, a stream of
  # DATA frames over HTTP/2), paused the same way: tmp/post-ID must grow
  # during the pause, and the receipt come back.
  local proto
  for proto in --http1.1 --http2; do
    rm -f "$T/$label.json"
    paused "$T/report.age" | "${c[@]}" "$proto" -X POST -H 'Content-Type: application/octet-stream' \
      -H 'Expect:' -T - -o "$T/$label.json" "$base/v1/submissions" &
    sender=$!
    written_while_paused "$label $proto: POST /v1/submissions" "$T/data/tmp/post-*"
    wait "$sender" || fail "$label $proto: the streamed POST failed"
    grep -q "\"receipt\":\"$REPORT_SHA\"" "$T/$label.json" ||
      fail "$label $proto: the streamed POST failed: $(cat "$T/$label.json")"
    ok "$label $proto: streamed POST /v1/submissions (not buffered), receipt = sha256 of the report"
  done
}

# Writes FILE to stdout as 1 MiB, a 3.5 s pause, then the rest.
paused() {
  head -c $((1 << 20)) "$1"
  sleep 3.5
  tail -c +$(((1 << 20) + 1)) "$1"
}

# Within paused()'s pause, the server must have written some of the body
# to FILE (a glob): looks for 3 s.
written_while_paused() { # what glob
  local f size=0 _
  for _ in $(seq 30); do
    sleep 0.1
    for f in $2; do
      [ -f "$f" ] && size=$(stat -c %s "$f")
    done
    [ "$size" -eq 0 ] || break
  done
  [ "$size" -gt 0 ] || fail "$1: nothing reached the server while the client paused: the proxy buffers request bodies"
  echo "    $1: $size bytes at the server while the client paused"
}

# nginx, as shipped but on a loopback port and with the test certificate.
NPORT=$(free_port)
nginx_copy -e "s#listen 443 ssl http2;#listen 127.0.0.1:$NPORT ssl http2;#" \
  -e '/listen \[::\]/d' -e '/listen 80;/d' \
  -e "s#127.0.0.1:8080#127.0.0.1:$SPORT#" >"$T/nginx/run.conf"
sed -i -e "/return 301/i listen 127.0.0.1:$(free_port);" "$T/nginx/run.conf"
nginx -c "$T/nginx/run.conf" -e "$T/nginx/error.log" -g 'daemon off;' >"$T/nginx/stdout" 2>&1 &
PIDS+=("$!")
for _ in $(seq 50); do
  (exec 3<>"/dev/tcp/127.0.0.1/$NPORT") 2>/dev/null && break
  sleep 0.1
done
exercise nginx "https://dropbox.example.org:$NPORT" --resolve "dropbox.example.org:$NPORT:127.0.0.1" --cacert "$T/cert.pem"

# Caddy, as shipped but on a loopback port with its internal CA.
if [ $HAVE_CADDY -eq 1 ]; then
  CPORT=$(free_port)
  {
    printf '{\n\tadmin off\n\tdefault_bind 127.0.0.1\n\tskip_install_trust\n\tauto_https disable_redirects\n'
    printf '\tstorage file_system %s\n' "$T/caddy-data"
    sed -e '0,/^{$/d' -e "s#^dropbox.example.org {#https://localhost:$CPORT {\n\ttls internal#" \
      -e "s#127.0.0.1:8080#127.0.0.1:$SPORT#" "$CADDYFILE"
  } >"$T/Caddyfile.run"
  HOME=$T/caddy-home XDG_DATA_HOME=$T/caddy-home XDG_CONFIG_HOME=$T/caddy-home \
    caddy run --config "$T/Caddyfile.run" --adapter caddyfile >"$T/caddy.log" 2>&1 &
  CADDY_PID=$!
  PIDS+=("$CADDY_PID")
  for _ in $(seq 100); do
    curl -sk -o /dev/null "https://localhost:$CPORT/healthz" 2>/dev/null && break
    sleep 0.1
  done
  exercise caddy "https://localhost:$CPORT" --resolve "localhost:$CPORT:127.0.0.1" -k
fi

# A failed request (the server stopped): the proxies log no client address.
stop "$SERVER_PID" "$TRACER_PID"
code=$(curl -s -o /dev/null -w '%{http_code}' --resolve "dropbox.example.org:$NPORT:127.0.0.1" \
  --cacert "$T/cert.pem" "https://dropbox.example.org:$NPORT/healthz")
[ "$code" = 502 ] || fail "nginx: expected 502 with the server stopped, got $code"
if [ $HAVE_CADDY -eq 1 ]; then
  code=$(curl -sk -o /dev/null -w '%{http_code}' "https://localhost:$CPORT/healthz")
  [ "$code" = 502 ] || fail "caddy: expected 502 with the server stopped, got $code"
fi
sleep 0.5
for f in "$T"/nginx/*access*; do
  [ ! -e "$f" ] || fail "nginx wrote an access log: $f"
done
if grep -rn 'client:\|127\.0\.0\.1' "$T/nginx/error.log" "$T/nginx/stdout"; then
  fail "nginx logged a client address"
fi
ok "nginx: no access log, and no client address in its error log, even for a 502"
if [ $HAVE_CADDY -eq 1 ]; then
  if grep -n 'remote_ip\|remote_port\|client_ip\|"uri"' "$T/caddy.log"; then
    fail "Caddy logged a request"
  fi
  ok "Caddy: no request logged, even for a 502 ($(wc -l <"$T/caddy.log") start-up lines)"
fi
if grep -n '127\.0\.0\.1:[0-9]* \|/v1/' "$T/serve.out" | grep -v '^1:listening on'; then
  fail "the server logged a request"
fi
ok "the server logged no request"

step "what the server did, against the unit's sandbox (strace)"
TRACE=$T/trace/strace.log
grep -q 'execve("/bin/sh"' "$TRACE" || fail "the daily digest's command did not run"
expand_group() { # @group -> its system calls, nested groups expanded
  local item
  systemd-analyze syscall-filter "$1" 2>/dev/null | sed -n '2,$p' | grep -v '^\s*#' |
    sed 's/^ *//' | grep . | while read -r item; do
    case $item in
      @*) expand_group "$item" ;;
      *) echo "$item" ;;
    esac
  done
}
: >"$T/allow"
: >"$T/deny"
while read -r line; do
  list=$line
  dest=$T/allow
  if [[ $list == "~"* ]]; then
    list=${list#\~}
    dest=$T/deny
  fi
  for item in $list; do
    if [[ $item == @* ]]; then expand_group "$item"; else echo "$item"; fi >>"$dest"
  done
done < <(sed -n 's/^SystemCallFilter=//p' "$UNIT")
comm -23 <(sort -u "$T/allow") <(sort -u "$T/deny") >"$T/allowed"
[ -s "$T/allowed" ] || fail "could not expand the unit's SystemCallFilter"
sed -E 's/^[0-9]+ +//' "$TRACE" | sed -E 's/^<\.\.\. ([a-z0-9_]+) resumed.*/\1/; s/^([a-z0-9_]+)\(.*/\1/' |
  grep -E '^[a-z0-9_]+$' | sort -u >"$T/used"
refused=$(comm -23 "$T/used" "$T/allowed" | tr '\n' ' ')
[ -z "$refused" ] || fail "the server used system calls the unit's SystemCallFilter refuses: $refused"
ok "$(wc -l <"$T/used") distinct system calls, all within SystemCallFilter ($(wc -l <"$T/allowed") allowed)"
families=$(grep -oE '(socket|socketpair)\(AF_[A-Z0-9]+' "$TRACE" | sed 's/.*(//' | sort -u | tr '\n' ' ')
allowed_families=" $(sed -n 's/^RestrictAddressFamilies=//p' "$UNIT") "
for f in $families; do
  [[ $allowed_families == *" $f "* ]] || fail "the server opened an $f socket, which RestrictAddressFamilies refuses"
done
ok "socket families used: ${families:-none} (RestrictAddressFamilies=${allowed_families# })"
if grep -E '(mmap|mprotect|pkey_mprotect)\(.*PROT_[A-Z_|]*(WRITE[A-Z_|]*EXEC|EXEC[A-Z_|]*WRITE)' "$TRACE"; then
  fail "the server mapped memory writable and executable, which MemoryDenyWriteExecute refuses"
fi
ok "no writable and executable memory (MemoryDenyWriteExecute)"
# Files written outside the data directory (ProtectSystem=strict), /proc
# beyond the process's own (ProcSubset=pid), devices PrivateDevices hides.
grep -oE 'open(at)?\((AT_FDCWD, )?"[^"]*", [A-Z_|]*(O_WRONLY|O_RDWR|O_CREAT)[A-Z_|]*' "$TRACE" |
  sed -E 's/.*"([^"]*)".*/\1/' | sort -u >"$T/written"
grep -E '^(mkdir|rename|renameat2?|unlink|unlinkat|rmdir)\(' <(sed -E 's/^[0-9]+ +//' "$TRACE") |
  grep -oE '"[^"]*"' | tr -d '"' | sort -u >>"$T/written"
bad=$(grep -vE "^($T/data/|/dev/null$)" "$T/written" | tr '\n' ' ' || true)
[ -z "$bad" ] || fail "the server wrote outside its data directory: $bad"
ok "files written: only under the data directory (and /dev/null): $(sort -u "$T/written" | wc -l) paths"
opened=$(grep -oE 'open(at)?\((AT_FDCWD, )?"(/proc|/dev)/[^"]*"' "$TRACE" | sed -E 's/.*"([^"]*)"/\1/' | sort -u)
# (glibc's malloc reads /proc/sys/vm/overcommit_memory when it can, and
# does without it when it cannot.)
bad=$(grep -vE '^/proc/(self|thread-self|[0-9]+)(/|$)|^/proc/sys/vm/overcommit_memory$|^/dev/(null|zero|full|random|urandom|tty)$' <<<"$opened" | tr '\n' ' ' || true)
[ -z "$bad" ] || fail "the server opened what ProcSubset=pid or PrivateDevices hides: $bad"
ok "/proc and /dev: only $(tr '\n' ' ' <<<"${opened:-nothing}")"
loose=$(find "$T/data" -perm /077 ! -type l | tr '\n' ' ')
[ -z "$loose" ] || fail "files in the data directory readable by others (UMask=0077): $loose"
ok "every file in the data directory is private to its owner (UMask=0077)"

step "the unit under systemd itself, in a throw-away container (systemd-nspawn)"
# systemd is not PID 1 on this machine, so boot it in a container: the
# host's own file system read-only with a tmpfs on top (--volatile=overlay:
# nothing it does is kept), no network but its own loopback
# (--private-network), and only basic.target plus a oneshot that walks
# through docs/OPERATIONS.md: start before init (refused), init with the
# documented systemd-run line, start, a report, the digest, a restart, a
# stop.
NS=$T/nspawn
mkdir -p "$NS/root" "$NS/check"
cp "$BIN" "$NS/check/dropbox-server"
cp "$T/demo/roster.json" "$UNIT" "$T/report.age" "$NS/check/"
cat >"$NS/dropbox-check.target" <<'UNIT'
[Unit]
Description=deploy-check: the dropbox-server unit under systemd
Requires=dropbox-check.service
After=dropbox-check.service
UNIT
cat >"$NS/dropbox-check.service" <<'UNIT'
[Unit]
Description=deploy-check runner
Requires=basic.target dbus.socket
After=basic.target dbus.socket
[Service]
Type=oneshot
ExecStart=/bin/bash /check/run.sh
StandardOutput=file:/check/run.log
StandardError=inherit
UNIT
cat >"$NS/check/run.sh" <<'RUN'
#!/bin/bash
# Inside the container, as root: what an operator does.
set -x
r() { echo "$*" >>/check/result; }
up() {
  for _ in $(seq 50); do
    curl -s -o /dev/null http://127.0.0.1:8080/healthz && return 0
    sleep 0.2
  done
  return 1
}
install -m 0755 /check/dropbox-server /usr/local/bin/dropbox-server
install -d -m 0755 /etc/dropbox
install -m 0644 /check/roster.json /etc/dropbox/roster.json
install -m 0644 /check/dropbox-server.service /etc/systemd/system/
systemctl daemon-reload
systemctl start dropbox-server
r "start_before_init=$?"
r "dir_before_init=$(test -e /var/lib/private/dropbox/dropbox.sqlite3 && echo made || echo none)"
systemd-run --wait --pipe --collect -p DynamicUser=yes \
  -p User=dropbox-server -p StateDirectory=dropbox -p UMask=0077 \
  /usr/local/bin/dropbox-server init --data /var/lib/dropbox \
  --roster /etc/dropbox/roster.json
r "init=$?"
# The digest, as a drop-in would set it: due within this hour.
now=$(date -u +%M%S)
if [ "$now" -ge 5930 ]; then sleep $((61 - 10#${now:2})); fi
mkdir -p /etc/systemd/system/dropbox-server.service.d
cat >/etc/systemd/system/dropbox-server.service.d/digest.conf <<CONF
[Service]
Environment="DROPBOX_NOTIFY_COMMAND=cat >/var/lib/dropbox/digest.json"
Environment=DROPBOX_NOTIFY_HOUR=$(date -u +%-H) DROPBOX_NOTIFY_DAILY=true
CONF
systemctl daemon-reload
systemctl start dropbox-server
r "start=$?"
up
r "healthz=$(curl -s -o /dev/null -w '%{http_code}' http://127.0.0.1:8080/healthz)"
r "tus_options=$(curl -s -o /dev/null -w '%{http_code}' -X OPTIONS -H 'Tus-Resumable: 1.0.0' http://127.0.0.1:8080/v1/uploads)"
r "receipt=$(curl -s -H 'Content-Type: application/octet-stream' --data-binary @/check/report.age \
  http://127.0.0.1:8080/v1/submissions | sed -n 's/.*"receipt":"\([0-9a-f]*\)".*/\1/p')"
pid=$(systemctl show -p MainPID --value dropbox-server)
r "uid=$(awk '/^Uid:/ { print $2 }' /proc/"$pid"/status)"
r "capeff=$(awk '/^CapEff:/ { print $2 }' /proc/"$pid"/status)"
r "capbnd=$(awk '/^CapBnd:/ { print $2 }' /proc/"$pid"/status)"
r "nonewprivs=$(awk '/^NoNewPrivs:/ { print $2 }' /proc/"$pid"/status)"
r "seccomp=$(awk '/^Seccomp:/ { print $2 }' /proc/"$pid"/status)"
r "core=$(awk '/^Max core file size/ { print $5 }' /proc/"$pid"/limits)"
for _ in $(seq 25); do
  [ -s /var/lib/private/dropbox/digest.json ] && break
  sleep 0.2
done
r "digest=$(cat /var/lib/private/dropbox/digest.json)"
systemctl restart dropbox-server
up
r "after_restart=$(curl -s -o /dev/null -w '%{http_code}' http://127.0.0.1:8080/healthz)"
r "loose_files=$(find /var/lib/private/dropbox -perm /077 ! -type l | wc -l)"
r "owner=$(stat -c %U /var/lib/private/dropbox/dropbox.sqlite3)"
systemctl stop dropbox-server
r "after_stop=$(systemctl is-active dropbox-server)"
journalctl -u dropbox-server -o cat --no-pager >/check/journal.txt
r "done=1"
systemctl poweroff --no-block
RUN
NS_START=$SECONDS
timeout 180 unshare --mount --propagation private bash -c '
  mount --bind / "$1" &&
  exec systemd-nspawn -D "$1" --volatile=overlay --private-network --register=no --keep-unit --quiet \
    --bind="$2/check":/check \
    --bind-ro="$2/dropbox-check.target":/etc/systemd/system/dropbox-check.target \
    --bind-ro="$2/dropbox-check.service":/etc/systemd/system/dropbox-check.service \
    -b -- systemd.unit=dropbox-check.target' _ "$NS/root" "$NS" >"$NS/console.log" 2>&1 || true
if ! grep -q '^done=1$' "$NS/check/result" 2>/dev/null; then
  if [ -s "$NS/check/result" ]; then
    cat "$NS/check/result" "$NS/check/run.log" 2>/dev/null || true
    fail "the runner in the container stopped half-way"
  fi
  tail -20 "$NS/console.log"
  skip "booting the unit under systemd: systemd-nspawn could not boot a container on this machine (console above)"
else
  sed 's/^/    /' "$NS/check/result"
  res() { sed -n "s/^$1=//p" "$NS/check/result"; }
  [ "$(res start_before_init)" != 0 ] && [ "$(res dir_before_init)" = none ] ||
    fail "systemd started the unit before init, or it left a database behind"
  [ "$(res init)" = 0 ] || fail "the documented systemd-run init failed"
  [ "$(res start)" = 0 ] && [ "$(res healthz)" = 200 ] || fail "the unit did not start and serve under systemd"
  [ "$(res tus_options)" = 204 ] || fail "tus OPTIONS failed under systemd"
  [ "$(res receipt)" = "$REPORT_SHA" ] || fail "a report could not be stored under the unit's sandbox"
  [ "$(res uid)" -ne 0 ] || fail "the unit runs as root"
  [ "$(res capeff)" = 0000000000000000 ] && [ "$(res capbnd)" = 0000000000000000 ] ||
    fail "the unit's process has capabilities"
  [ "$(res nonewprivs)" = 1 ] && [ "$(res seccomp)" = 2 ] || fail "no NoNewPrivileges or no seccomp filter"
  [ "$(res core)" = 0 ] || fail "core dumps are not off (LimitCORE=0)"
  [[ "$(res digest)" == *'"text":"Reports are waiting'* ]] || fail "the digest command did not run under the unit's sandbox"
  [ "$(res after_restart)" = 200 ] || fail "the unit did not come back after a restart"
  [ "$(res loose_files)" = 0 ] || fail "files in the state directory are readable by others"
  [ "$(res owner)" = dropbox-server ] || fail "the state directory does not belong to the dynamic user"
  [ "$(res after_stop)" = inactive ] || fail "the unit did not stop cleanly (is-active: $(res after_stop))"
  if grep -n '/v1/\|127\.0\.0\.1:[0-9]* ' "$NS/check/journal.txt" | grep -v 'listening on'; then
    fail "the unit's journal holds a request"
  fi
  ok "under systemd $(systemd-analyze --version | head -1 | cut -d' ' -f2): refused before init, init by systemd-run, started as dynamic user $(res uid) with no capabilities, NoNewPrivileges, seccomp, no core dumps; /healthz 200, tus OPTIONS 204, a report stored (receipt matches), the digest sent, restarted, stopped cleanly; private files; no request in the journal ($((SECONDS - NS_START)) s)"
fi

step "summary"
echo "systemd exposure level: $SCORE"
if [ ${#SKIPPED[@]} -gt 0 ]; then
  printf 'skipped: %s\n' "${SKIPPED[@]}"
fi
echo "deploy check passed"
