using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;
using RagQa.Tests.Deployment;

namespace RagQa.Tests.Delivery;

/// <summary>
/// SchemaStore's JSON schema of a GitHub Actions workflow (draft-07, vendored in Schemas/), validated with
/// JsonSchema.Net: the same check editors run, offline. The YAML is read as GitHub reads it (YAML 1.2 core types).
/// </summary>
public sealed class WorkflowSchema
{
    private readonly JsonSchema _schema = JsonSchema.FromText(
        File.ReadAllText(DeliveryRepository.WorkflowSchema),
        new BuildOptions { SchemaRegistry = new SchemaRegistry() },
        new Uri("https://json.schemastore.org/github-workflow.json"));

    /// <summary>The schema errors of the workflow, empty when it is valid.</summary>
    public IReadOnlyList<string> Errors(string yaml)
    {
        var workflow = YamlJson.Documents(yaml).Single() ?? throw new InvalidDataException("The workflow is empty.");
        using var instance = JsonDocument.Parse(workflow.ToJsonString());
        var result = _schema.Evaluate(instance.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
        return result.IsValid
            ? []
            : (result.Details ?? [])
                .Where(d => d.Errors is { Count: > 0 })
                .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Key}: {e.Value}"))
                .DefaultIfEmpty("invalid (no detail)")
                .ToList();
    }

    public static JsonObject Read(string workflowFile) =>
        YamlJson.Documents(File.ReadAllText(workflowFile)).Single()!.AsObject();
}
