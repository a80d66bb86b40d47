using RagQa.Tests.Infrastructure;

namespace RagQa.Tests.Delivery;

/// <summary>
/// scripts/ci/test.sh splits the README's test command into the unit, integration and end-to-end jobs by filter. The
/// integration filter is read from the sources; here it must name exactly the classes of the "local servers"
/// collection, so that a new integration test class cannot fall into the unit job (or out of every job).
/// </summary>
public sealed class TestScriptTests
{
    private const string EndToEnd = "RagQa.Tests.EndToEnd.";

    [Fact]
    public async Task End_to_end_runs_the_end_to_end_namespace()
    {
        Assert.Equal($"FullyQualifiedName~{EndToEnd}", await FilterAsync("end-to-end"));
    }

    [Fact]
    public async Task Integration_runs_exactly_the_classes_that_use_the_local_servers()
    {
        var filter = await FilterAsync("integration");

        Assert.StartsWith("(", filter);
        Assert.EndsWith(")", filter);
        var classes = filter[1..^1].Split('|').Select(f => f["FullyQualifiedName~".Length..].TrimEnd('.')).Order(StringComparer.Ordinal);
        Assert.Equal(LocalServersClasses(), classes);
    }

    [Fact]
    public async Task Unit_runs_everything_else()
    {
        var filter = await FilterAsync("unit");

        var excluded = filter.Split('&').Select(f => f["FullyQualifiedName!~".Length..]).ToList();
        Assert.Equal([EndToEnd, .. LocalServersClasses().Select(c => c + ".")], excluded);
    }

    [Fact]
    public async Task An_unknown_suite_is_refused()
    {
        var result = await CiScript.DryRunAsync("test.sh", ["smoke"]);

        Assert.NotEqual(0, result.ExitCode);
        Assert.Empty(CiScript.Commands(result));
    }

    private static async Task<string> FilterAsync(string suite)
    {
        var result = await CiScript.DryRunAsync("test.sh", [suite]);
        Assert.True(result.ExitCode == 0, result.ToString());
        var command = Assert.Single(CiScript.Commands(result));
        const string prefix = "bash scripts/test.sh --filter ";
        Assert.StartsWith(prefix, command);
        // The command is printed shell-quoted (printf %q); a filter has no backslash of its own.
        return command[prefix.Length..].Replace("\\", "", StringComparison.Ordinal);
    }

    // xunit 2's CollectionAttribute keeps its name only as a constructor argument.
    private static List<string> LocalServersClasses() =>
        typeof(LocalServersCollection).Assembly.GetTypes()
            .Where(t => t.CustomAttributes.Any(a => a.AttributeType == typeof(CollectionAttribute)
                && (string?)a.ConstructorArguments.Single().Value == LocalServersCollection.Name))
            .Select(t => t.FullName!)
            .Where(name => !name.StartsWith(EndToEnd, StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .ToList();
}
