#!/usr/bin/env bash
# Fetches the full public Olist dataset (Kaggle "olistbr/brazilian-ecommerce", CC BY-NC-SA 4.0) for
# users with internet access and a Kaggle API token (~/.kaggle/kaggle.json), then uploads the full
# reviews file (~100k reviews) through the RagQa API. Machines without internet use the bundled
# 2,000-review sample in data/olist/, which RagQa ingests on first start.
# Usage: scripts/fetch-olist.sh [API_URL]   (default http://localhost:5080)
set -euo pipefail
cd "$(dirname "$0")/.."
api=${1:-http://localhost:5080}
target=.ragqa/olist-full
mkdir -p "$target"

if [ ! -s "$target/olist_order_reviews_dataset.csv" ]; then
  if ! command -v kaggle >/dev/null; then
    echo "Needs the Kaggle CLI (pip install kaggle) and an API token in ~/.kaggle/kaggle.json." >&2
    exit 1
  fi
  kaggle datasets download -d olistbr/brazilian-ecommerce -p "$target" --unzip
fi

key=${RAGQA_ADMIN_API_KEY:-$(cat .ragqa/admin-api-key)}
curl --fail-with-body -sS "$api/documents" -H "X-Api-Key: $key" \
  -F collection=olist_reviews -F "file=@$target/olist_order_reviews_dataset.csv;type=text/csv"
echo
