#!/usr/bin/env bash
# The reviewer's layers (reviewer-cli/src/lib.rs): imports go one way,
# commands -> services -> {domain, store, remote, keys}, and the domain is
# pure. Fails, naming the file and line, when a module reaches a layer it
# must not, when the domain reads the clock or does I/O, or when a layer
# below the commands prints a result.
set -euo pipefail
cd "$(dirname "$0")/../reviewer-cli/src"

# The top-level modules each layer may name as crate::X.
allowed() {
  case "$1" in
    domain) echo "domain" ;;
    store) echo "domain home store" ;;
    remote) echo "domain keys remote" ;;
    keys) echo "agent home keys" ;;
    agent) echo "agent home" ;;
    pgp) echo "pgp" ;;
    home | error | term | cli) echo "$1" ;;
    output) echo "domain output term" ;;
    services) echo "agent domain error home keys pgp remote services store" ;;
    commands) echo "agent cli commands domain error home keys output pgp remote services store term" ;;
    *) echo "" ;;
  esac
}

fail=0
while IFS= read -r -d '' f; do
  f=${f#./}
  [ "$f" = main.rs ] || [ "$f" = lib.rs ] && continue
  layer=${f%%/*}
  layer=${layer%.rs}
  ok=" $(allowed "$layer") "
  if [ "$ok" = "  " ]; then
    echo "layers: $f is in no layer; add it to .ci/layers.sh"
    fail=1
    continue
  fi
  # Every crate:: path, in use lines and inline alike (doc links too: a
  # link into a higher layer is a dependency in the reader's mind).
  while IFS=: read -r line target; do
    case "$ok" in
      *" $target "*) ;;
      *)
        echo "layers: $f:$line: the $layer layer must not use crate::$target"
        fail=1
        ;;
    esac
  done < <(grep -noE 'crate::[a-z_]+' "$f" | sed -E 's/crate:://' || true)
  case "$layer" in
    domain)
      if grep -nE '(UnixTime|SystemTime|Instant|Timestamp|Zoned)::now\(|std::fs|rusqlite|ureq' "$f"; then
        echo "layers: $f: the domain takes the clock as a parameter and does no I/O"
        fail=1
      fi
      ;;
  esac
  # The services read the time through the session (Session::now) or take
  # it as a parameter, so tests can set it.
  case "$f" in
    services/session.rs) ;;
    services/*)
      if grep -nE 'UnixTime::now\(' "$f"; then
        echo "layers: $f: the services read the time through the session (s.now()) or take it as a parameter"
        fail=1
      fi
      ;;
  esac
  case "$layer" in
    domain | store | remote | keys | services | home)
      if grep -nE '\b(outln|out|jsonln)!' "$f"; then
        echo "layers: $f: only commands print results (warnings go to errln!)"
        fail=1
      fi
      ;;
  esac
done < <(find . -name '*.rs' -print0 | sort -z)

if [ $fail -ne 0 ]; then
  echo "layers: imports must go one way (reviewer-cli/src/lib.rs)"
  exit 1
fi
echo "layers: ok"
