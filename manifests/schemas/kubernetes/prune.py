#!/usr/bin/env python3
"""Prunes Kubernetes' OpenAPI v2 spec (api/openapi-spec/swagger.json) to the definitions the RagQa manifests use:
the kinds below and every definition they reach through $ref, unchanged.
Usage: prune.py swagger.json > kubernetes-1.32-definitions.json"""
import json
import sys

KINDS = [
    ("", "v1", "Namespace"), ("", "v1", "ConfigMap"), ("", "v1", "Secret"), ("", "v1", "Service"),
    ("apps", "v1", "Deployment"), ("apps", "v1", "StatefulSet"), ("policy", "v1", "PodDisruptionBudget"),
    ("autoscaling", "v2", "HorizontalPodAutoscaler"), ("networking.k8s.io", "v1", "NetworkPolicy"),
    ("networking.k8s.io", "v1", "Ingress"),
]

spec = json.load(open(sys.argv[1]))
definitions = spec["definitions"]
by_kind = {(g["group"], g["version"], g["kind"]): name
           for name, schema in definitions.items() for g in schema.get("x-kubernetes-group-version-kind", [])}
kept = set()


def walk(node):
    if isinstance(node, dict):
        ref = node.get("$ref")
        if ref and ref.split("/")[-1] not in kept:
            kept.add(ref.split("/")[-1])
            walk(definitions[ref.split("/")[-1]])
        for value in node.values():
            walk(value)
    elif isinstance(node, list):
        for value in node:
            walk(value)


for kind in KINDS:
    kept.add(by_kind[kind])
    walk(definitions[by_kind[kind]])
print(json.dumps({"info": spec["info"], "definitions": {k: definitions[k] for k in sorted(kept)}}, indent=1, sort_keys=True))
