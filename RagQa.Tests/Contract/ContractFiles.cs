using System.Text.Json.Nodes;
using RagQa.Tests.Infrastructure;

namespace RagQa.Tests.Contract;

/// <summary>The committed API contract and the document the last build of RagQa.Api generated.</summary>
public static class ContractFiles
{
    public const string Regenerate = "Stale: run scripts/generate-openapi.sh and commit contracts/openapi.json.";

    public static string Committed => Path.Combine(LocalServers.RepositoryRoot(), "contracts", "openapi.json");

    /// <summary>Written by Microsoft.Extensions.ApiDescription.Server when RagQa.Api builds (OpenApiDocumentsDirectory).</summary>
    public static string Generated => Path.Combine(LocalServers.RepositoryRoot(), "RagQa.Api", "obj", "openapi", "openapi.json");

    public static JsonNode CommittedDocument() => JsonNode.Parse(File.ReadAllText(Committed))!;
}
