namespace RagQa.Tests.Delivery;

/// <summary>Every workflow is valid against SchemaStore's workflow schema, which rejects unknown keys and wrong types.</summary>
public sealed class WorkflowSchemaTests
{
    private static readonly WorkflowSchema Schema = new();

    public static TheoryData<string> Workflows() => new(DeliveryRepository.Workflows.Select(DeliveryRepository.Relative));

    [Theory]
    [MemberData(nameof(Workflows))]
    public void Workflow_is_valid_against_the_schema(string workflow)
    {
        var errors = Schema.Errors(File.ReadAllText(Path.Combine(DeliveryRepository.Root, workflow)));

        Assert.True(errors.Count == 0, string.Join("\n", errors));
    }

    [Theory]
    [InlineData("runs-on: ubuntu-24.04", "run-on: ubuntu-24.04")]
    [InlineData("timeout-minutes: 30", "timeout-minutes: half an hour")]
    [InlineData("cancel-in-progress: false", "cancel-in-progress: later")]
    public void A_misspelled_key_or_a_wrong_type_is_an_error(string valid, string invalid)
    {
        var workflow = File.ReadAllText(Path.Combine(DeliveryRepository.WorkflowsDirectory, "delivery.yml"));
        Assert.Contains(valid, workflow);

        Assert.NotEmpty(Schema.Errors(workflow.Replace(valid, invalid, StringComparison.Ordinal)));
    }
}
