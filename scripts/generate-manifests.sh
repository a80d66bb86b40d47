#!/usr/bin/env bash
# Regenerates aspire-manifest.json (the AppHost's manifest publisher, container topology) and the kustomize base
# aspirate-output/ from it (deploy/RagQa.Deployment). Both are committed; RagQa.Tests' GeneratedManifestsTests
# fail when they differ from what this produces. Extra arguments go to the generator
# (--otlp-endpoint URL, --wait-image IMAGE), but the committed files use the defaults.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
dotnet build RagQa.AppHost -nologo -v quiet
dotnet build deploy/RagQa.Deployment -nologo -v quiet
# A clean environment: the AppHost forwards Embeddings__*, Answers__*, ... settings it finds, and this machine's
# must not end up in the committed manifests.
env -i PATH="$PATH" HOME="$HOME" ${DOTNET_ROOT:+DOTNET_ROOT="$DOTNET_ROOT"} DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 \
  dotnet run --project RagQa.AppHost --no-build --no-launch-profile -- \
  --publisher manifest --output-path "$root/aspire-manifest.json"
dotnet run --project deploy/RagQa.Deployment --no-build -- "$root/aspire-manifest.json" "$root/aspirate-output" "$@"
