#!/usr/bin/env bash
# Regenerates contracts/openapi.json, the committed API contract: building RagQa.Api writes the document to
# RagQa.Api/obj/openapi/ (Microsoft.Extensions.ApiDescription.Server), and this copies it. RagQa.Tests'
# OpenApiDocumentTests fail when the two differ; the generated clients in RagQa.Tests and the benchmarks are built from
# the committed file.
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet build RagQa.Api -nologo -v quiet
cp RagQa.Api/obj/openapi/openapi.json contracts/openapi.json
