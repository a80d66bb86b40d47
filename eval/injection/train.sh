#!/usr/bin/env bash
# Rebuilds the injection corpus, retrains the classifier into RagQa.Core/Guardrails/Model and prints the evaluation tables.
set -euo pipefail
cd "$(dirname "$0")/../.."
python3 eval/injection/build_corpus.py > eval/injection/corpus.jsonl
dotnet run --project eval/injection/RagQa.InjectionTraining -c Release -- train
dotnet run --project eval/injection/RagQa.InjectionTraining -c Release -- evaluate
