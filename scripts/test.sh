#!/usr/bin/env bash
# Runs every test of the solution on a fresh machine with the .NET 10 SDK and Node.js/npm.
# Installs what the tests need that is not a NuGet or npm package (see scripts/prerequisites.sh).
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/prerequisites.sh
dotnet test PlanWorkflows.sln --configuration Release "$@"
