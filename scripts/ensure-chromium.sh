#!/usr/bin/env bash
# Installs Debian's Chromium for the browser tests when it is missing and we may use apt.
# Playwright never downloads a browser of its own here: tests launch /usr/bin/chromium.
set -u
if command -v chromium >/dev/null 2>&1; then
  exit 0
fi
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installing Debian's chromium for the browser tests..."
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null) \
    && exit 0
fi
if [ "${CI:-}" = "true" ]; then
  echo "ERROR: chromium is missing and could not be installed; browser tests must run in CI." >&2
  exit 1
fi
echo "WARNING: chromium is not installed (apt-get install chromium); browser tests will be SKIPPED." >&2
exit 0
