#!/usr/bin/env bash
# The browser page (web/): install what a fresh Debian machine lacks
# (Node.js 20+, npm, Debian's Chromium and Firefox ESR for the headless
# tests), install the locked npm packages, rebuild web/dist from web/src,
# and fail if the rebuilt bundle differs from the files the server embeds.
#
# tests/e2e/web.rs runs this first, so `cargo test --workspace` (and so
# .ci/run) covers it. Run by hand: bash .ci/web.sh
set -euo pipefail
cd "$(dirname "$0")/.."

apt_install() {
  export DEBIAN_FRONTEND=noninteractive
  if [ "$(id -u)" != 0 ]; then
    echo "web.sh: missing $*; install them (apt-get install $*) or run as root" >&2
    exit 1
  fi
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "$@"
}

need=()
command -v node >/dev/null || need+=(nodejs)
command -v npm >/dev/null || need+=(npm)
[ -x /usr/bin/chromium ] || need+=(chromium)
[ -x /usr/bin/firefox-esr ] || need+=(firefox-esr)
if [ ${#need[@]} -gt 0 ]; then
  echo "::: web: installing ${need[*]}"
  apt_install "${need[@]}"
fi
major=$(node -p 'process.versions.node.split(".")[0]')
if [ "$major" -lt 20 ]; then
  echo "web.sh: Node.js $(node --version) is too old; the page's dependencies need Node.js 20 or newer" >&2
  exit 1
fi

cd web
# npm ci only when node_modules is missing or older than the lock.
if [ ! -f node_modules/.package-lock.json ] ||
  [ package-lock.json -nt node_modules/.package-lock.json ] ||
  [ package.json -nt node_modules/.package-lock.json ]; then
  echo "::: web: npm ci"
  npm ci --no-audit --no-fund --loglevel=error
fi

# Rebuild and compare with what was there (the committed files in CI).
before=$(mktemp -d)
trap 'rm -rf "$before"' EXIT
cp -a dist/. "$before/"
npm run --silent build
if ! diff -r "$before" dist >/dev/null; then
  diff -r "$before" dist | head -c 2000 >&2 || true
  echo "web.sh: web/dist was stale; it has been rebuilt: commit web/dist" >&2
  exit 1
fi
if [ "${CI:-}" = true ] && git rev-parse --git-dir >/dev/null 2>&1; then
  # In CI the work tree is a fresh clone: the rebuild must equal the commit.
  git diff --exit-code -- dist
  if [ -n "$(git status --porcelain -- dist)" ]; then
    git status --porcelain -- dist >&2
    echo "web.sh: web/dist has files that are not committed" >&2
    exit 1
  fi
fi
echo "::: web: bundle up to date"
