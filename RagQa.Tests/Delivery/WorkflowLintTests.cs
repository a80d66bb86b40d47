namespace RagQa.Tests.Delivery;

/// <summary>
/// actionlint over the workflows: expressions and their contexts, job dependencies, matrix values, action inputs and
/// runner labels — what the schema cannot see. It is a pinned npm package (WebAssembly, no download at run time) that
/// scripts/install.sh puts in tools/workflow-lint; like kubectl it is a prerequisite of the tests.
/// </summary>
public sealed class WorkflowLintTests
{
    [Fact]
    public async Task Actionlint_finds_nothing_in_the_workflows()
    {
        var result = await LintAsync(Path.Combine(".github", "workflows", "*.yml"), DeliveryRepository.Root);

        // The linter passes an empty glob quietly: say how many files it must have read.
        Assert.Contains($"Checking {DeliveryRepository.Workflows.Count} workflow file(s)", result.Output);
        Assert.True(result.ExitCode == 0, result.ToString());
    }

    [Fact]
    public async Task Actionlint_reports_a_job_that_needs_an_unknown_job()
    {
        var directory = Directory.CreateTempSubdirectory("ragqa-actionlint-");
        try
        {
            var workflow = File.ReadAllText(Path.Combine(DeliveryRepository.WorkflowsDirectory, "delivery.yml"));
            File.WriteAllText(Path.Combine(directory.FullName, "broken.yml"), workflow.Replace("needs: images", "needs: image", StringComparison.Ordinal));

            var result = await LintAsync("*.yml", directory.FullName);

            Assert.True(result.ExitCode != 0, result.ToString());
            Assert.Contains("image", result.Output);
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    private static Task<ProcessResult> LintAsync(string pattern, string directory) =>
        CommandRunner.RunAsync(DeliveryRepository.Actionlint, [pattern], workingDirectory: directory);
}
