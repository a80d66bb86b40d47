#!/usr/bin/env bash
# CI job "images": builds the four service images with the .NET SDK (`dotnet publish -t:PublishContainer`, no
# Dockerfile) and pushes them to CONTAINER_REGISTRY (host[:port]), tagged with the commit (IMAGE_TAG, default HEAD's hash) and
# nothing else, so that a deployment names exactly one build. Repository names and the non-root user come from
# each project's Container properties; the registry login is the CI's (the SDK reads Docker's credential store).
# Usage: CONTAINER_REGISTRY=registry.example.com scripts/ci/publish-images.sh [--dry-run]
source "$(dirname "$0")/lib.sh"
[ "${1:-}" = --dry-run ] && ci_dry_run=1
cd "$ci_root"
registry=$(registry)
tag=$(image_tag)

for project in "${ci_services[@]}"; do
  repository=$(container_repository "$project")
  [ -n "$repository" ] || { echo "error: $project/$project.csproj has no ContainerRepository" >&2; exit 2; }
  echo "image $registry/$repository:$tag"
  run dotnet publish "$project/$project.csproj" -c Release -nologo -t:PublishContainer \
    -p:ContainerRegistry="$registry" -p:ContainerImageTags="$tag"
done
