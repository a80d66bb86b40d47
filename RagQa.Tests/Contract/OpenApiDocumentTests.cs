using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using RagQa.Tests.Infrastructure;

namespace RagQa.Tests.Contract;

/// <summary>
/// contracts/openapi.json is what RagQa.Api generates now, and says what docs/api.md says: who needs a key, which
/// problem codes exist, and an operationId for every operation.
/// </summary>
public sealed partial class OpenApiDocumentTests
{
    /// <summary>Key-only routes by path prefix, with the role their key needs (issue #19: not every key is an admin key).</summary>
    private static readonly (string Prefix, string Role)[] KeyOnlyPaths =
        [("/documents", "ingest"), ("/escalations", "agent"), ("/api-keys", "admin"), ("/audit", "admin"), ("/collections/{name}/access", "admin")];

    /// <summary>Open routes that take a key when one is sent (ownership, private collections, the caller's own rate limit).</summary>
    private static readonly (string Path, string Method)[] KeyOptionalOperations =
        [("/query", "post"), ("/search", "post"), ("/collections", "get")];

    /// <summary>The asker's own query: its key, or the X-Query-Token an anonymous asker got (agent and admin keys too).</summary>
    private static readonly (string Path, string Method)[] AskerOperations = [("/query/{id}", "get"), ("/query/{id}/escalate", "post")];

    [Fact]
    public void The_committed_document_is_what_the_build_generates()
    {
        Assert.True(File.Exists(ContractFiles.Generated), $"{ContractFiles.Generated} is missing: build RagQa.Api first.");

        Assert.True(File.ReadAllText(ContractFiles.Committed) == File.ReadAllText(ContractFiles.Generated), ContractFiles.Regenerate);
    }

    [Fact]
    public void Key_only_routes_require_a_key_and_name_its_role_open_routes_that_read_one_accept_it_and_the_rest_are_public()
    {
        foreach (var (path, method, operation) in Operations())
        {
            var schemes = operation["security"]!.AsArray().Select(r => string.Join(",", r!.AsObject().Select(p => p.Key))).ToList();
            var role = KeyOnlyPaths.FirstOrDefault(p => path.StartsWith(p.Prefix, StringComparison.Ordinal)).Role;
            var expected = role is not null ? ["ApiKey"]
                : KeyOptionalOperations.Contains((path, method)) ? ["", "ApiKey"]
                : AskerOperations.Contains((path, method)) ? ["ApiKey", "QueryToken"]
                : new[] { "" };
            Assert.True(expected.SequenceEqual(schemes), $"{method.ToUpperInvariant()} {path}: security [{string.Join(" | ", schemes)}]");
            Assert.Equal(role, (string?)operation["x-required-role"]);
            if (role is not null) Assert.Contains($"Requires an {role}", (string?)operation["description"]);
        }
    }

    [Fact]
    public void Every_operation_has_a_unique_operationId_and_a_summary()
    {
        var ids = Operations().Select(o => (string?)o.Operation["operationId"]).ToList();

        Assert.All(ids, id => Assert.Matches("^[A-Z][A-Za-z]+$", id ?? ""));
        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.All(Operations(), o => Assert.False(string.IsNullOrWhiteSpace((string?)o.Operation["summary"]), $"{o.Method} {o.Path}"));
    }

    [Fact]
    public void The_problem_code_enum_is_the_list_of_codes_in_docs_api()
    {
        var enumCodes = ContractFiles.CommittedDocument()["components"]!["schemas"]!["ProblemDetails"]!["properties"]!["code"]!["enum"]!
            .AsArray().Select(c => (string)c!).Order();
        var documented = File.ReadLines(Path.Combine(LocalServers.RepositoryRoot(), "docs", "api.md"))
            .Select(line => ErrorHeading().Match(line)).Where(m => m.Success).Select(m => m.Groups[1].Value.Replace('-', '_')).Order();

        Assert.Equal(documented, enumCodes);
    }

    [Fact]
    public void Every_problem_response_uses_the_problem_schema()
    {
        foreach (var (path, method, operation) in Operations())
        {
            foreach (var (status, response) in operation["responses"]!.AsObject().Where(r => r.Key[0] is '4' or '5'))
            {
                var schema = response!["content"]?["application/problem+json"]?["schema"]?["$ref"];
                Assert.True((string?)schema == "#/components/schemas/ProblemDetails", $"{method.ToUpperInvariant()} {path} {status}");
            }
        }
    }

    [Fact]
    public void The_upload_form_names_its_fields_with_the_file_last_as_the_api_reads_them()
    {
        var document = ContractFiles.CommittedDocument();
        var body = document["paths"]!["/documents"]!["post"]!["requestBody"]!["content"]!["multipart/form-data"]!["schema"]!;
        var form = document["components"]!["schemas"]![((string)body["$ref"]!).Split('/')[^1]]!;

        Assert.Equal(["collection", "text_columns", "id_column", "metadata_columns", "file"], form["properties"]!.AsObject().Select(p => p.Key));
        Assert.Equal(["file"], form["required"]!.AsArray().Select(r => (string)r!));
        Assert.Equal("binary", (string?)form["properties"]!["file"]!["format"]);
    }

    [Fact]
    public void The_query_token_is_a_header_security_scheme()
    {
        var scheme = ContractFiles.CommittedDocument()["components"]!["securitySchemes"]!["QueryToken"]!;

        Assert.Equal("apiKey", (string?)scheme["type"]);
        Assert.Equal("header", (string?)scheme["in"]);
        Assert.Equal("X-Query-Token", (string?)scheme["name"]);
    }

    private static IEnumerable<(string Path, string Method, JsonNode Operation)> Operations() =>
        ContractFiles.CommittedDocument()["paths"]!.AsObject()
            .SelectMany(path => path.Value!.AsObject().Select(op => (path.Key, op.Key, op.Value!)));

    /// <summary>docs/api.md has one third-level heading per code under "Errors", e.g. "### not-found".</summary>
    [GeneratedRegex("^### ([a-z]+(?:-[a-z]+)*)$")]
    private static partial Regex ErrorHeading();
}
