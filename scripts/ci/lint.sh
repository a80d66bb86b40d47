#!/usr/bin/env bash
# CI job "lint": the code as `dotnet format` wants it (whitespace, code style, analyzers; no file would change),
# then a Release build in which every compiler and analyzer warning is an error (TreatWarningsAsErrors, also set
# in Directory.Build.props). Usage: scripts/ci/lint.sh [--dry-run]
source "$(dirname "$0")/lib.sh"
[ "${1:-}" = --dry-run ] && ci_dry_run=1
cd "$ci_root"

run dotnet restore RagQa.sln --nologo -v quiet
run dotnet format RagQa.sln --verify-no-changes --no-restore -v minimal
run dotnet build RagQa.sln -c Release --no-restore -nologo -v quiet -p:TreatWarningsAsErrors=true
