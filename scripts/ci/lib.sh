# Sourced by the CI job scripts in this folder (.github/workflows/*.yml call them; RagQa.Tests/Delivery runs them
# with --dry-run). `run` prints each command before running it; in a dry run it only prints it, so a dry run
# shows exactly what the job would do without a registry, a cluster or a secret.
set -euo pipefail

ci_root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
ci_dry_run=0

# The four service projects that become container images and Kubernetes Deployments.
ci_services=(RagQa.Api RagQa.QueryWorker RagQa.IngestWorker RagQa.EmbedWorker)

run() {
  printf '+'
  printf ' %q' "$@"
  printf '\n'
  [ "$ci_dry_run" = 1 ] || "$@"
}

# Fails, naming (never showing) the variables that are not set.
require() {
  local missing=()
  for name in "$@"; do
    [ -n "${!name:-}" ] || missing+=("$name")
  done
  if [ ${#missing[@]} -gt 0 ]; then
    echo "error: not set: ${missing[*]}" >&2
    exit 2
  fi
}

# The image repository of a service project (its ContainerRepository, e.g. ragqa/api).
container_repository() {
  sed -n 's|.*<ContainerRepository>\([^<]*\)</ContainerRepository>.*|\1|p' "$ci_root/$1/$1.csproj"
}

# The registry host (and port) the images are pushed to and pulled from; the path is each project's repository.
registry() {
  require CONTAINER_REGISTRY
  if ! [[ $CONTAINER_REGISTRY =~ ^[A-Za-z0-9.-]+(:[0-9]+)?$ ]]; then
    echo "error: CONTAINER_REGISTRY must be a registry host[:port], e.g. registry.example.com, not '$CONTAINER_REGISTRY'" >&2
    exit 2
  fi
  printf '%s\n' "$CONTAINER_REGISTRY"
}

# The commit hash the images are tagged with: IMAGE_TAG when set (a redeploy of an earlier build), else HEAD.
image_tag() {
  local tag=${IMAGE_TAG:-$(git -C "$ci_root" rev-parse HEAD)}
  # An OCI tag: letters, digits, '_', '.', '-', at most 128 characters, not starting with '.' or '-'.
  if ! [[ $tag =~ ^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$ ]]; then
    echo "error: '$tag' is not a valid image tag" >&2
    exit 2
  fi
  printf '%s\n' "$tag"
}
