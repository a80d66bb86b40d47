using System.Text.Json;

namespace RagQa.Tests.Deployment;

/// <summary>
/// Issue #21 (retrieval levers) against #20 (first deployment): the images the SDK builds have no Debian thesaurus or
/// dictionary, so a published deployment turns the levers that read them off, or its services would refuse to start.
/// </summary>
public sealed class PublishedLexiconLeversTests
{
    [Theory]
    [InlineData("api")]
    [InlineData("queryworker")]
    [InlineData("embedworker")]
    public void Services_that_read_the_lexicons_have_their_levers_off_in_the_manifest(string service)
    {
        using var manifest = JsonDocument.Parse(File.ReadAllText(DeploymentRepository.AspireManifest));
        var environment = manifest.RootElement.GetProperty("resources").GetProperty(service).GetProperty("env");

        foreach (var lever in new[] { "Query__GlossWeight", "Query__TranslationWeight", "Query__SynonymWeight" })
        {
            Assert.Equal("0", environment.GetProperty(lever).GetString());
        }
    }
}
