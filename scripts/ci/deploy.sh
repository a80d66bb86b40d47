#!/usr/bin/env bash
# CI jobs "deploy-staging" and "deploy-production": applies a kustomize overlay with the images of one build and
# waits for every workload to roll out; if one does not, the Deployments are rolled back to their previous
# revision and the job fails. The rendered objects are checked before anything is sent: every service image is
# CONTAINER_REGISTRY/<repository>:IMAGE_TAG and every object is in KUBE_NAMESPACE.
#
# Settings (the CI environment's variables):    KUSTOMIZE_OVERLAY (e.g. manifests/overlays/keda), KUBE_NAMESPACE,
#                                                CONTAINER_REGISTRY; IMAGE_TAG (default HEAD), ROLLOUT_TIMEOUT (10m)
# Secrets (the CI environment's secret store):   KUBE_CONFIG, a kubeconfig for the cluster;
#                                                RAGQA_SECRETS, the Secret ragqa-secrets as KEY=value lines
# Secret values are written only to files in a private temporary folder, removed on exit, and never printed.
# Usage: scripts/ci/deploy.sh [--dry-run] ENVIRONMENT
source "$(dirname "$0")/lib.sh"
[ "${1:-}" = --dry-run ] && { ci_dry_run=1; shift; }
cd "$ci_root"

environment=${1:-}
[[ $environment =~ ^[a-z][a-z0-9-]*$ ]] || { echo "usage: $0 [--dry-run] ENVIRONMENT" >&2; exit 2; }
require KUSTOMIZE_OVERLAY KUBE_NAMESPACE CONTAINER_REGISTRY KUBE_CONFIG RAGQA_SECRETS
registry=$(registry)
tag=$(image_tag)
timeout=${ROLLOUT_TIMEOUT:-10m}
[[ $KUSTOMIZE_OVERLAY == manifests || $KUSTOMIZE_OVERLAY == manifests/* ]] || { echo "error: KUSTOMIZE_OVERLAY must be an overlay under manifests/" >&2; exit 2; }
secret_template=aspirate-output/ragqa-secrets.template.yaml
[ -f "$KUSTOMIZE_OVERLAY/kustomization.yaml" ] || { echo "error: $KUSTOMIZE_OVERLAY has no kustomization.yaml" >&2; exit 2; }

work=$(mktemp -d "${RUNNER_TEMP:-${TMPDIR:-/tmp}}/ragqa-deploy.XXXXXX")
trap 'rm -rf "$work"' EXIT
chmod 700 "$work"

# ragqa-secrets from the CI's secret store: every key the template names must be there (names only in messages). The
# overlays generate the Secret from manifests/secrets/ragqa-secrets.env, so the manifests are rendered from a private
# copy holding that file (a developer's own ragqa-secrets.env is never touched).
mapfile -t required_keys < <(awk '/^[^ ]/ { on = /^stringData:/; next } on && /^  [A-Za-z0-9._-]+:/ { sub(/^  /, ""); sub(/:.*/, ""); print }' "$secret_template")
# A malformed line is reported by its number: kubectl's own message would quote it, value and all.
bad_lines=$(printf '%s\n' "$RAGQA_SECRETS" | grep -nvE '^([A-Za-z._-][A-Za-z0-9._-]*=.*|#.*|)$' | cut -d: -f1 | paste -sd, || true)
[ -z "$bad_lines" ] || { echo "error: RAGQA_SECRETS lines $bad_lines are not KEY=value" >&2; exit 1; }
mapfile -t given_keys < <(printf '%s\n' "$RAGQA_SECRETS" | sed -n 's/^\([A-Za-z0-9._-]*\)=..*/\1/p')
# A set, not "printf | grep -q": grep -q exits at the first match, printf then dies of SIGPIPE, and with pipefail a
# key that is there was reported missing now and then.
declare -A given=()
for key in "${given_keys[@]}"; do given[$key]=1; done
missing=()
for key in "${required_keys[@]}"; do
  [ -n "${given[$key]:-}" ] || missing+=("$key")
done
[ ${#missing[@]} -eq 0 ] || { echo "error: RAGQA_SECRETS has no value for: ${missing[*]}" >&2; exit 1; }
(umask 077 && printf '%s\n' "$RAGQA_SECRETS" >"$work/ragqa-secrets.env" && printf '%s\n' "$KUBE_CONFIG" >"$work/kubeconfig")
mkdir "$work/tree"
cp -r manifests aspirate-output "$work/tree/"
install -m 600 "$work/ragqa-secrets.env" "$work/tree/manifests/secrets/ragqa-secrets.env"
overlay="$work/tree/$KUSTOMIZE_OVERLAY"

# The release: this build's images, written into the copy's release component (manifests/release), which both
# overlays use, so the images are set in that one place as a developer would with `kustomize edit set image`.
{
  echo "apiVersion: kustomize.config.k8s.io/v1alpha1"
  echo "kind: Component"
  echo "images:"
  for project in "${ci_services[@]}"; do
    repository=$(container_repository "$project")
    echo "- name: $repository"
    echo "  newName: $registry/$repository"
    echo "  newTag: \"$tag\""
  done
} >"$work/tree/manifests/release/kustomization.yaml"
kubectl kustomize "$overlay" >"$work/release.yaml"

for project in "${ci_services[@]}"; do
  image="$registry/$(container_repository "$project"):$tag"
  grep -qF "image: $image" "$work/release.yaml" || { echo "error: $KUSTOMIZE_OVERLAY does not use the image $image" >&2; exit 1; }
done
namespaces=$(awk '/^[^ ]/ { meta = /^metadata:/ } meta && /^  namespace: / { print $2 }' "$work/release.yaml" | sort -u)
[ "$namespaces" = "$KUBE_NAMESPACE" ] || { echo "error: $KUSTOMIZE_OVERLAY renders into namespace(s) '$namespaces', not '$KUBE_NAMESPACE'" >&2; exit 1; }

# kind/name of the workloads to wait for, in the rendered order (kustomize's output is normalized: top-level kind,
# then metadata.name at two spaces).
mapfile -t workloads < <(awk '
  /^---/ { kind = ""; named = 0 }
  /^kind: (Deployment|StatefulSet)$/ { kind = tolower($2) }
  /^  name: / && kind != "" && !named { print kind "/" $2; named = 1 }' "$work/release.yaml")
mapfile -t statefulsets < <(printf '%s\n' "${workloads[@]}" | grep '^statefulset/' || true)
mapfile -t deployments < <(printf '%s\n' "${workloads[@]}" | grep '^deployment/' || true)
[ ${#deployments[@]} -ge ${#ci_services[@]} ] || { echo "error: $KUSTOMIZE_OVERLAY renders ${#deployments[@]} Deployments" >&2; exit 1; }

[ "$ci_dry_run" = 1 ] || export KUBECONFIG="$work/kubeconfig"

echo "Deploying $tag to $environment: $KUSTOMIZE_OVERLAY into namespace $KUBE_NAMESPACE (${#workloads[@]} workloads)"

# The overlay renders the Namespace first, so one apply creates it and everything in it.
run kubectl apply -f "$work/release.yaml"

rolled_out=1
for workload in "${statefulsets[@]}" "${deployments[@]}"; do
  run kubectl -n "$KUBE_NAMESPACE" rollout status "$workload" --timeout="$timeout" || { rolled_out=0; break; }
done
if [ "$rolled_out" = 0 ]; then
  echo "error: $workload did not roll out within $timeout; rolling the Deployments back" >&2
  for deployment in "${deployments[@]}"; do
    run kubectl -n "$KUBE_NAMESPACE" rollout undo "$deployment" || echo "warning: $deployment has no earlier revision" >&2
  done
  exit 1
fi
if [ "$ci_dry_run" = 1 ]; then
  echo "Dry run: nothing was sent to $environment"
else
  echo "Deployed $tag to $environment"
fi
