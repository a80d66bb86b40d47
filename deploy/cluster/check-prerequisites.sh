#!/usr/bin/env bash
# Checks that the current kubectl context's cluster has what an overlay needs before `kubectl apply -k` (read-only:
# it changes nothing). Usage: deploy/cluster/check-prerequisites.sh keda|hpa
#   - metrics-server (the metrics.k8s.io API): every CPU HorizontalPodAutoscaler (the api's in both overlays, all
#     services' in hpa) reads it; without it they never scale and report FailedGetResourceMetric.
#   - a default StorageClass for the StatefulSets' PersistentVolumeClaims.
#   - the IngressClass the Ingress names (nginx).
#   - for keda: KEDA's CRDs (ScaledObject, TriggerAuthentication).
set -uo pipefail
overlay="${1:?usage: $0 keda|hpa}"
failed=0
check() {
  local what="$1"; shift
  if "$@" >/dev/null 2>&1; then echo "ok       $what"; else echo "MISSING  $what"; failed=1; fi
}
available() { [ "$(kubectl get apiservice "$1" -o jsonpath='{.status.conditions[?(@.type=="Available")].status}')" = "True" ]; }
default_storage_class() {
  kubectl get storageclass -o jsonpath='{range .items[*]}{.metadata.annotations.storageclass\.kubernetes\.io/is-default-class}{"\n"}{end}' | grep -qx true
}
check "metrics-server (APIService v1beta1.metrics.k8s.io available)" available v1beta1.metrics.k8s.io
check "a default StorageClass" default_storage_class
check "IngressClass nginx" kubectl get ingressclass nginx
if [ "$overlay" = keda ]; then
  check "KEDA CRD scaledobjects.keda.sh" kubectl get crd scaledobjects.keda.sh
  check "KEDA CRD triggerauthentications.keda.sh" kubectl get crd triggerauthentications.keda.sh
fi
exit "$failed"
