#!/usr/bin/env bash
# Installs the machine packages the test suite needs. Idempotent: does nothing when they are present.
# The browser tests drive Debian's chromium through Playwright; Playwright never downloads a browser.
set -euo pipefail

if [[ ! -x /usr/bin/chromium ]]; then
    if [[ $(id -u) -ne 0 ]]; then
        echo "chromium is missing: run as root, or: sudo apt-get install -y --no-install-recommends chromium" >&2
        exit 1
    fi
    export DEBIAN_FRONTEND=noninteractive
    apt-get update
    apt-get install -y --no-install-recommends chromium
fi
