#!/usr/bin/env bash
# The browser page's benchmark (issue #5): see bench/README.md, "Page".
#
# Builds the release server and bench/'s helper, makes a throw-away team
# and data directory, starts `dropbox-server serve` on 127.0.0.1, and with
# bench/page/page-bench.mjs (playwright-core driving Debian's headless
# Chromium; puppeteer-core driving Debian's Firefox ESR for one figure)
# measures, on loopback only:
#   a) sending a BENCH_PAGE_MIB MiB attachment through the served page: from
#      "Send report" to the receipt (bundle, age encryption, tus upload),
#      and the page's own pipeline without the upload (web/src's modules in
#      the page), next to the Go `age` CLI encrypting the same file to as
#      many X25519 recipients, in the same run;
#   b) the tab's renderer process's peak RSS (VmHWM) during that send, next
#      to its RSS before the send (and `age`'s peak RSS);
#   c) the codename's Argon2id derivation in the page's Web Worker, in
#      Chromium with and without the JIT (--js-flags=--jitless) and in
#      Firefox ESR with and without Tor Browser's "Safer" prefs, next to the
#      Rust library's derivation of the same codename.
# Writes the "Page" section of bench/RESULTS.md (the others are left as they
# are) and prints it. Removes its scratch directory at the end.
#
# Knobs (environment): BENCH_PAGE_MIB (100), BENCH_REPEAT (3 sends, and 3
# runs of each pipeline part and of `age`), BENCH_CODENAME_REPEAT (3
# derivations per browser; the library does 5 times as many),
# BENCH_FIREFOX (1; 0 leaves Firefox out), BENCH_TMP, BENCH_SERVER (a
# dropbox-server binary to use instead of building one), BENCH_KEEP=1.
set -euo pipefail

BENCH=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$BENCH/.." && pwd)
# shellcheck source=section.sh
. "$BENCH/section.sh"
# shellcheck source=common.sh
. "$BENCH/common.sh"
MIB=${BENCH_PAGE_MIB:-100}
REPEAT=${BENCH_REPEAT:-3}
CODENAME_REPEAT=${BENCH_CODENAME_REPEAT:-3}
WITH_FIREFOX=${BENCH_FIREFOX:-1}
# DESIGN.md, "Codename and mailbox": about 15 s with the JIT off.
CODENAME_GOAL_S=15
# Issue 17 item 4: the send within 20x `age` of the same bytes, the tab's
# peak under 200 MiB.
SEND_GOAL_X=20
TAB_GOAL_MIB=200

for tool in cargo node age age-keygen awk git sha256sum /usr/bin/time; do
  command -v "$tool" >/dev/null || die "$tool is not installed (age: apt-get install age; /usr/bin/time: apt-get install time)"
done
[ -x /usr/bin/chromium ] || die "Debian's Chromium is not installed (apt-get install chromium)"
if [ "$WITH_FIREFOX" = 1 ] && [ ! -x /usr/bin/firefox-esr ]; then
  die "Debian's Firefox ESR is not installed (apt-get install firefox-esr), or set BENCH_FIREFOX=0"
fi
for m in playwright-core esbuild puppeteer-core; do
  [ -d "$ROOT/web/node_modules/$m" ] || die "web/node_modules/$m is missing: run (cd web && npm ci)"
done

# --- build -------------------------------------------------------------------
build_server
build_helper

# --- scratch directory, processes, clean-up ---------------------------------
scratch dropbox-bench-page

# The attachment, and on the server every send plus three uploads per run
# of the upload-alone part.
need_kib=$(( (MIB * (4 * REPEAT + 2) + 512) * 1024 ))
need_space "$need_kib"

# jsq FILE EXPR: a value from the JSON result (EXPR is JavaScript on `r`).
jsq() { node -e 'const r = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8")); const v = (new Function("r", "return (" + process.argv[2] + ")"))(r); console.log(Array.isArray(v) ? v.join(" ") : v)' "$1" "$2"; }

# --- team, data directory, files ---------------------------------------------
say "scratch directory: $WORK"
"$HELPER" team "$WORK/team" > "$WORK/team.txt"
[ "$(kv max_submission_bytes "$WORK/team.txt")" -ge $(( (MIB + 1) << 20 )) ] ||
  die "the roster's max_submission_bytes is below the attachment's size"
"$SERVER" init --data "$WORK/data" --roster "$WORK/team/roster.json" --json > "$WORK/init.json" ||
  die "dropbox-server init failed"
FP=$(sed -n 's/.*"fingerprint":"\([0-9a-f]*\)".*/\1/p' "$WORK/init.json")
[ ${#FP} = 64 ] || die "no fingerprint in $(cat "$WORK/init.json")"

say "the library's codename derivation ($((CODENAME_REPEAT * 5)) runs)"
"$HELPER" codename --team "$FP" --repeat $((CODENAME_REPEAT * 5)) > "$WORK/rust-codename.txt"
CODENAME=$(kv codename "$WORK/rust-codename.txt")

say "a ${MIB} MiB attachment of random bytes"
head -c "$(( MIB << 20 ))" /dev/urandom > "$WORK/attachment.bin"
cat "$WORK/attachment.bin" > /dev/null
# The page encrypts to every member plus the codename slot (a decoy X25519
# stanza when no codename is asked for): age gets as many recipients.
age-keygen -o "$WORK/slot.key" 2> /dev/null
AGE_ARGS=()
while read -r r; do AGE_ARGS+=(-r "$r"); done < "$WORK/team/recipients.txt"
AGE_ARGS+=(-r "$(age-keygen -y "$WORK/slot.key")")
AGE_RECIPIENTS=$(( ${#AGE_ARGS[@]} / 2 ))

# --- machine facts -------------------------------------------------------------
machine_info
CHROMIUM_VERSION=$(/usr/lib/chromium/chromium --version 2>/dev/null | awk '{print $2}' || true)
[ -n "$CHROMIUM_VERSION" ] || CHROMIUM_VERSION=$(/usr/bin/chromium --version 2>/dev/null | awk '{print $2}')
FIREFOX_VERSION=$([ -x /usr/bin/firefox-esr ] && /usr/bin/firefox-esr --version 2>/dev/null | awk '{print $3}' || echo "not installed")
NODE_VERSION=$(node --version)
AGE_VERSION=$(age --version)
RUSTC_VERSION=$(rustc --version | awk '{print $2}')
PLAYWRIGHT_VERSION=$(node -p 'require(process.argv[1]).version' "$ROOT/web/node_modules/playwright-core/package.json")
PUPPETEER_VERSION=$(node -p 'require(process.argv[1]).version' "$ROOT/web/node_modules/puppeteer-core/package.json")

# --- measure -------------------------------------------------------------------
start_server "$WORK/data"

sample > "$WORK/sampler.txt" &
SAMPLER_PID=$!

age_run() { # -> seconds
  local t0 t1
  sync; sleep 1
  t0=$(now)
  age "${AGE_ARGS[@]}" -o /dev/null "$WORK/attachment.bin"
  t1=$(now)
  calc "$t1 - $t0"
}
AGE_TIMES=()
say "age -r x$AGE_RECIPIENTS of the attachment (x$REPEAT, before the browsers)"
for _ in $(seq "$REPEAT"); do AGE_TIMES+=("$(age_run)"); done

node -e '
const [out, base, fp, file, recipients, repeat, codename, crepeat, firefox] = process.argv.slice(1);
require("fs").writeFileSync(out, JSON.stringify({
  base, fingerprint: fp, file,
  recipients: require("fs").readFileSync(recipients, "utf8").split("\n").filter(Boolean),
  member_ids: ["alice", "bob", "carol"],
  repeat: Number(repeat), codename, codename_repeat: Number(crepeat), firefox: firefox === "1",
  output: out.replace(/spec\.json$/, "result.json"),
}));' "$WORK/spec.json" "http://$ADDR" "$FP" "$WORK/attachment.bin" "$WORK/team/recipients.txt" \
  "$REPEAT" "$CODENAME" "$CODENAME_REPEAT" "$WITH_FIREFOX"
say "the page (bench/page/page-bench.mjs)"
node "$BENCH/page/page-bench.mjs" "$WORK/spec.json" || die "page-bench.mjs failed: $(cat "$WORK/result.json" 2>/dev/null)"
R=$WORK/result.json

say "age -r x$AGE_RECIPIENTS of the attachment (x$REPEAT, after the browsers)"
for _ in $(seq "$REPEAT"); do AGE_TIMES+=("$(age_run)"); done
AGE_RSS_KIB=$(/usr/bin/time -f '%M' age "${AGE_ARGS[@]}" -o /dev/null "$WORK/attachment.bin" 2>&1 >/dev/null | tail -n1)

kill "$SAMPLER_PID" 2>/dev/null || true
wait "$SAMPLER_PID" 2>/dev/null || true
SAMPLER_PID=

# Every send's receipt is the sha256 of a file the server stored.
sha256sum "$WORK/data/blobs/"* > "$WORK/blobs.txt"
UPLOAD_BYTES=
for receipt in $(jsq "$R" 'r.full.map((f) => f.receipt)'); do
  blob=$(awk -v r="$receipt" '$1 == r { print $2 }' "$WORK/blobs.txt")
  [ -n "$blob" ] || die "the server holds no file whose sha256 is the page's receipt $receipt"
  UPLOAD_BYTES=$(stat -c %s "$blob")
done

# The library's derivation gives the keys the page's worker gave.
for b in chromium_jit chromium_jitless $([ "$WITH_FIREFOX" = 1 ] && echo firefox_safer firefox_jit); do
  [ "$(jsq "$R" "r.codename.$b.mailbox")" = "$(kv mailbox "$WORK/rust-codename.txt")" ] ||
    die "the page's worker ($b) derived another mailbox than the library"
  [ "$(jsq "$R" "r.codename.$b.x25519")" = "$(kv x25519_recipient "$WORK/rust-codename.txt")" ] ||
    die "the page's worker ($b) derived another reply recipient than the library"
done

# --- results -------------------------------------------------------------------
f2() { calc "sprintf(\"%.2f\", $1)"; }
f3() { calc "sprintf(\"%.3f\", $1)"; }
mib() { calc "sprintf(\"%.1f\", $1 / 1024)"; }          # KiB -> MiB
mibps() { calc "sprintf(\"%.1f\", $MIB / $1)"; }         # s -> MiB/s of the attachment
yes_no() { if [ "$(calc "($1) ? 1 : 0")" = 1 ]; then echo yes; else echo "**no**"; fi; }
list3() { local x out=(); for x in "$@"; do out+=("$(f3 "$x")"); done; echo "${out[*]}"; }

AGE_MED=$(median "${AGE_TIMES[@]}")
read -r -a FULL <<< "$(jsq "$R" 'r.full.map((f) => f.seconds)')"
FULL_MED=$(median "${FULL[@]}")
read -r -a ENC <<< "$(jsq "$R" 'r.pipeline.encrypt')"
ENC_MED=$(median "${ENC[@]}")
read -r -a SEAL <<< "$(jsq "$R" 'r.pipeline.seal')"
SEAL_MED=$(median "${SEAL[@]}")
read -r -a BUN <<< "$(jsq "$R" 'r.pipeline.bundle')"
BUN_MED=$(median "${BUN[@]}")
read -r -a RD <<< "$(jsq "$R" 'r.pipeline.read')"
RD_MED=$(median "${RD[@]}")
read -r -a UP_TUS <<< "$(jsq "$R" 'r.upload.tus')"
UP_TUS_MED=$(median "${UP_TUS[@]}")
read -r -a UP_U8 <<< "$(jsq "$R" 'r.upload.fetch_u8')"
UP_U8_MED=$(median "${UP_U8[@]}")
read -r -a UP_BLOB <<< "$(jsq "$R" 'r.upload.fetch_blob')"
UP_BLOB_MED=$(median "${UP_BLOB[@]}")
BUNDLE_BYTES=$(jsq "$R" 'r.pipeline.bundle_bytes')
CT_BYTES=$(jsq "$R" 'r.pipeline.ciphertext_bytes')
FILE_BYTES=$(jsq "$R" 'r.file_bytes')

read -r -a HWM <<< "$(jsq "$R" 'r.full.map((f) => f.renderer.hwm_kib)')"
HWM_MAX=$(printf '%s\n' "${HWM[@]}" | sort -g | tail -n1)
read -r -a IDLE <<< "$(jsq "$R" 'r.full.map((f) => f.renderer.idle_rss_kib)')"
IDLE_MED=$(median "${IDLE[@]}")
read -r -a ANON <<< "$(jsq "$R" 'r.full.map((f) => f.renderer.sampled_peak_anon_kib)')"
# The send's own memory: the renderer's peak over its RSS before the send
# (the idle tab's, about 160 MiB, is mostly the browser's own code and
# fonts, mapped before the page does anything), and RssAnon's rise.
read -r -a RISE <<< "$(jsq "$R" 'r.full.map((f) => f.renderer.hwm_kib - f.renderer.idle_rss_kib)')"
RISE_MAX=$(printf '%s\n' "${RISE[@]}" | sort -g | tail -n1)
read -r -a ANON_RISE <<< "$(jsq "$R" 'r.full.map((f) => f.renderer.sampled_peak_anon_kib - f.renderer.idle_anon_kib)')"
ANON_RISE_MAX=$(printf '%s\n' "${ANON_RISE[@]}" | sort -g | tail -n1)
read -r -a IDLE_ANON <<< "$(jsq "$R" 'r.full.map((f) => f.renderer.idle_anon_kib)')"
read -r -a NET <<< "$(jsq "$R" 'r.full.map((f) => f.network_service ? f.network_service.hwm_kib : 0)')"
read -r -a HEAP <<< "$(jsq "$R" 'r.full.map((f) => (f.js_heap_peak_bytes / 1048576).toFixed(1))')"
RENDERERS=$(jsq "$R" 'r.full.map((f) => f.renderers)')

RUST_MS=$(kv median_ms "$WORK/rust-codename.txt")
RUST_S=$(calc "$RUST_MS / 1000")
RUST_RUNS=$(kv runs_ms "$WORK/rust-codename.txt")
CN_KEYS="chromium_jit chromium_jitless"
[ "$WITH_FIREFOX" = 1 ] && CN_KEYS="$CN_KEYS firefox_safer firefox_jit"
declare -A CN_N CN_RUNS CN_MED
for key in $CN_KEYS; do
  read -r -a runs <<< "$(jsq "$R" "r.codename.$key.seconds")"
  CN_N[$key]=${#runs[@]}
  CN_RUNS[$key]=$(list3 "${runs[@]}")
  CN_MED[$key]=$(median "${runs[@]}")
done
cn_row() { # KEY LABEL GOAL(0/1)
  local key=$1 label=$2 goal=$3 n med
  n=${CN_N[$key]}
  med=${CN_MED[$key]}
  printf '| codename, %s: the page'"'"'s worker (median of %s) | %s s | the library: %s ms | %sx |' \
    "$label" "$n" "$(f3 "$med")" "$RUST_MS" "$(calc "sprintf(\"%.0f\", $med / $RUST_S)")"
  if [ "$goal" = 1 ]; then
    printf ' within about %s s | %s |\n' "$CODENAME_GOAL_S" "$(yes_no "$med <= $CODENAME_GOAL_S")"
  else
    printf ' | |\n'
  fi
}

contention
MIB_LABEL="$MIB MiB"

SECTION=$WORK/section.md
{
cat <<EOF
## Page (\`bench/page.sh\`, issue #5)

Measured $DATE at $TREE; see [README.md](README.md#page) for what each
figure means. Every baseline was measured in the same run. Loopback only:
the page is the one the release \`dropbox-server\` serves on 127.0.0.1, in
Debian's headless Chromium $CHROMIUM_VERSION (playwright-core
$PLAYWRIGHT_VERSION) unless a row says Firefox.

| measurement | figure | baseline (same run) | ratio | goal | met |
| --- | --- | --- | --- | --- | --- |
| $MIB_LABEL attachment, the page: "Send report" to the receipt (bundle, encryption, tus upload to loopback; median of ${#FULL[@]}, a fresh browser each) | $(f3 "$FULL_MED") s, $(mibps "$FULL_MED") MiB/s | \`age\` with $AGE_RECIPIENTS \`-r\` recipients, the same file to /dev/null (median of ${#AGE_TIMES[@]}): $(f3 "$AGE_MED") s, $(mibps "$AGE_MED") MiB/s | $(f2 "$FULL_MED / $AGE_MED")x the time | within ${SEND_GOAL_X}x (issue 17) | $(yes_no "$FULL_MED <= $SEND_GOAL_X * $AGE_MED") |
| the send's pipeline as it runs now, without the upload: the bundle's plan sealed by seal.js's Web Workers (one per core beyond two, one to three, reading the file themselves), the attachment's sha256 in a hashing worker, or with two cores on the page's thread from the plaintext the sealer hands back, workers' start included (median of ${#SEAL[@]}) | $(f3 "$SEAL_MED") s, $(mibps "$SEAL_MED") MiB/s | \`age\` as above: $(f3 "$AGE_MED") s | $(f2 "$SEAL_MED / $AGE_MED")x the time | | |
| the pipeline on the page's thread, as the send ran before issue 17: reading the file, the bundle (sha256, padding), age encryption (bundle.js and envelope.js in the page; median of ${#ENC[@]}) | $(f3 "$ENC_MED") s, $(mibps "$ENC_MED") MiB/s | \`age\` as above: $(f3 "$AGE_MED") s | $(f2 "$ENC_MED / $AGE_MED")x the time | | |
| of which: the bundle alone, no encryption (reading, sha256, padding) | $(f3 "$BUN_MED") s, $(mibps "$BUN_MED") MiB/s | reading the \`File\` alone: $(f3 "$RD_MED") s | | | |
| the upload alone, from memory, with the page's tus.js (8 MiB parts, sha256 of what it sends, receipt check; median of ${#UP_TUS[@]}) | $(f3 "$UP_TUS_MED") s, $(mibps "$UP_TUS_MED") MiB/s | the same parts by plain \`fetch\` PATCHes, no hashing, with \`Blob\` bodies: $(f3 "$UP_BLOB_MED") s; with \`Uint8Array\` bodies (what tus.js sent before it wrapped each part in a \`Blob\`): $(f3 "$UP_U8_MED") s | $(f2 "$UP_TUS_MED / $UP_BLOB_MED")x the \`Blob\` time | | |
| the tab's renderer process, peak RSS (VmHWM) during the send (highest of ${#HWM[@]}) | $(mib "$HWM_MAX") MiB | its VmRSS after the page loaded, before the send: $(mib "$IDLE_MED") MiB (median); \`age\`'s peak RSS: $(mib "$AGE_RSS_KIB") MiB | $(f2 "$HWM_MAX / $IDLE_MED")x before the send | under $TAB_GOAL_MIB MiB (issue 17) | $(yes_no "$HWM_MAX < $TAB_GOAL_MIB * 1024") |
| the send's own memory in the tab: the renderer's VmHWM over its VmRSS before the send (highest of ${#RISE[@]}); its private anonymous memory (RssAnon, sampled) over its figure before the send | $(mib "$RISE_MAX") MiB; RssAnon $(mib "$ANON_RISE_MAX") MiB | | | | |
$(cn_row chromium_jit "Chromium" 0)
$(cn_row chromium_jitless "Chromium \`--js-flags=--jitless\`" 1)
EOF
if [ "$WITH_FIREFOX" = 1 ]; then
  cn_row firefox_safer "Firefox ESR $FIREFOX_VERSION at Tor Browser's \"Safer\" prefs (no JIT)" 1
  cn_row firefox_jit "Firefox ESR $FIREFOX_VERSION, JIT on" 0
fi

cat <<EOF

Details:

- The attachment: $FILE_BYTES bytes of random data, one file, in the page
  cache; no codename asked for, so the send times no Argon2id. The page
  made a bundle of $BUNDLE_BYTES bytes (PADMÉ padding) and uploaded
  $UPLOAD_BYTES bytes of age ciphertext in 8 MiB tus parts (the pipeline
  alone, below, made $CT_BYTES; the length varies by a few dozen bytes with
  the random grease stanza); every receipt
  was the sha256 of a file the server stored. \`age\` encrypts the bare
  $FILE_BYTES bytes (no bundle, no padding, no sha256) to the 3 members'
  recipients and a fresh one standing for the codename slot (the page
  writes a decoy X25519 stanza there, plus one grease stanza).
- Seconds, the page's send: $(list3 "${FULL[@]}"); its pipeline without
  the upload: $(list3 "${ENC[@]}") (the bundle alone: $(list3 "${BUN[@]}");
  reading the file alone: $(list3 "${RD[@]}")); \`age\`, $REPEAT before the
  browsers and $REPEAT after them: $(list3 "${AGE_TIMES[@]}").
  Sealed in workers: $(list3 "${SEAL[@]}").
  The send is timed inside the page, from the click on the consent
  step's "I agree: encrypt and send" (which the form's \`submit\` shows)
  to the receipt appearing. Since issue 17 the send encrypts 512 KiB
  segments of the bundle in one to three Web Workers, one per core beyond
  two (web/src/seal.js, web/src/send-worker.js; each reads its segment
  from the \`File\` itself); hashes the attachment and the ciphertext
  (web/src/hashing.js) in one more worker with more than two cores, and
  with two (this machine) on the page's thread, the attachment from the
  plaintext the sealing worker hands back with each segment; and makes
  the next 8 MiB tus part while the last one uploads; the on-thread
  pipeline row runs bundle.js with its default, on-thread hasher. That pipeline is web/src's \`bundle.js\` and
  \`envelope.js\`, bundled with esbuild and run in the served page on the
  \`File\` from its file input, with app.js's two small stream helpers
  copied (they are not exported); the ciphertext is read and dropped.
  The upload's share of the send is about $(f3 "$FULL_MED - $SEAL_MED") s (send minus
  the pipeline as it runs now).
- The upload alone: in a fresh browser on the page, the ciphertext of the
  same kind of bundle is made once into memory ($(jsq "$R" 'r.upload.bytes') bytes),
  then each run uploads it three times to \`/v1/uploads\`: with web/src's
  \`tusUpload\` (read in 64 KiB pieces as from the encrypter), then in the
  same 8 MiB parts by plain \`fetch\` PATCHes with the part as a
  \`Uint8Array\` body, as tus.js sent it before, then with the same bytes wrapped
  in a \`Blob\`. Seconds: tus.js $(list3 "${UP_TUS[@]}"); \`Uint8Array\`
  $(list3 "${UP_U8[@]}"); \`Blob\` $(list3 "${UP_BLOB[@]}").
- Memory: the renderer is the tab's (Chromium ran with
  \`--renderer-process-limit=1\`; the process is found under the browser's
  in /proc; renderers per send: $RENDERERS). VmHWM per send: $(for k in "${HWM[@]}"; do printf '%s ' "$(mib "$k")"; done)MiB
  (each a fresh browser, so each is that send's peak including the page's
  load; VmRSS before the send: $(for k in "${IDLE[@]}"; do printf '%s ' "$(mib "$k")"; done)MiB).
  Sampled every 50 ms, the renderer's private anonymous memory (RssAnon)
  peaked at $(for k in "${ANON[@]}"; do printf '%s ' "$(mib "$k")"; done)MiB against $(for k in "${IDLE_ANON[@]}"; do printf '%s ' "$(mib "$k")"; done)MiB
  before the send (rises of $(for k in "${ANON_RISE[@]}"; do printf '%s ' "$(mib "$k")"; done)MiB; VmHWM over
  VmRSS before the send: $(for k in "${RISE[@]}"; do printf '%s ' "$(mib "$k")"; done)MiB). The goal's figure,
  VmHWM, counts the whole renderer process: the idle tab's RSS (Chromium's
  own code, fonts and heaps, mostly mapped before the page runs) as well
  as what the send adds; the rise over idle is what the page's code
  (its thread and its workers, all threads of this one process) adds.
  Other processes (the browser, the network service) are not counted.
  V8's used heap (DevTools \`Performance.getMetrics\`
  JSHeapUsedSize, every 250 ms) peaked at ${HEAP[*]} MiB: the
  buffers live outside the JavaScript heap (ArrayBuffers). The network
  service process, which holds each request body on its way out, peaked
  at (VmHWM) $(for k in "${NET[@]}"; do printf '%s ' "$(mib "$k")"; done)MiB.
  \`age\`'s figure is \`/usr/bin/time\`'s maximum RSS.
- The codename: Argon2id (m = 19 MiB, t = 2, p = 1) and HKDF, as the page
  does it: web/src/worker.js (built as web/scripts/build.mjs builds it)
  started from a \`blob:\` URL in the served page, timed from creating the
  worker to its answer, a fresh worker each time. Every browser derived
  the keys the library derived for the same codename. The library's
  figure is \`Codename::derive\` in \`dropbox-bench codename\` (release
  build), runs in ms: $RUST_RUNS. Browser runs in seconds: Chromium
  ${CN_RUNS[chromium_jit]}; \`--jitless\` ${CN_RUNS[chromium_jitless]} (there
  \`typeof WebAssembly\` was "$(jsq "$R" 'r.codename.chromium_jitless.wasm')", as V8 without a JIT has no wasm).
EOF
if [ "$WITH_FIREFOX" = 1 ]; then
cat <<EOF
  Firefox ESR (puppeteer-core $PUPPETEER_VERSION over WebDriver BiDi, the
  prefs of web/test/e2e/firefox-prefs.mjs): "Safer" ${CN_RUNS[firefox_safer]}
  (\`typeof WebAssembly\` "$(jsq "$R" 'r.codename.firefox_safer.wasm')"); JIT on ${CN_RUNS[firefox_jit]}. Without a
  JIT the derivation takes $(f2 "${CN_MED[chromium_jitless]} / ${CN_MED[chromium_jit]}")x as long in Chromium and
  $(f2 "${CN_MED[firefox_safer]} / ${CN_MED[firefox_jit]}")x in Firefox.
EOF
else
cat <<EOF
  Without a JIT the derivation takes $(f2 "${CN_MED[chromium_jitless]} / ${CN_MED[chromium_jit]}")x as long. Firefox was left out (BENCH_FIREFOX=0).
EOF
fi
cat <<EOF
- Chromium's flags: $(jsq "$R" 'r.chromium_flags.join(" ")'), and a fresh
  \`--user-data-dir\` per browser.
- Another session compiling during the measurements: $CONTENTION

| fact | value |
| --- | --- |
| cores (\`nproc\`) | $NPROC ($CPU) |
| memory | $MEM |
| kernel | $KERNEL |
| tools | Chromium $CHROMIUM_VERSION, Firefox ESR $FIREFOX_VERSION, Node.js $NODE_VERSION, playwright-core $PLAYWRIGHT_VERSION, puppeteer-core $PUPPETEER_VERSION, age $AGE_VERSION, rustc $RUSTC_VERSION |
EOF
} > "$SECTION"

put_section page "$SECTION"
cat "$SECTION"
