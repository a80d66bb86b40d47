using System.ComponentModel.DataAnnotations;
using RagQa.Core.Retrieval;

namespace RagQa.Tests.Retrieval;

public sealed class RetrievalSettingsTests
{
    private static IReadOnlyList<string> Errors(RetrievalOptions options)
    {
        var results = new List<ValidationResult>();
        Validator.TryValidateObject(options, new ValidationContext(options), results, validateAllProperties: true);
        return results.Select(r => r.ErrorMessage ?? "").ToList();
    }

    [Fact]
    public void Defaults_are_valid_and_as_measured()
    {
        var options = new RetrievalOptions();

        Assert.Empty(Errors(options));
        Assert.Equal(0.7, options.RerankLambda);
        Assert.Equal(0.9, options.NearDuplicateJaccard);
        Assert.Equal(20, options.FusionK);
        Assert.Equal(3, options.LexicalWeight);
        Assert.Equal(2, options.GlossWeight);
        Assert.Equal(1, options.TranslationWeight);
        Assert.Equal(0.2, options.SynonymWeight);
        Assert.Equal(0.5, options.TypoWeight);
        Assert.Equal(0.5, options.TypoSimilarity);
        Assert.True(options.RecogniseFilters);
    }

    [Theory]
    [InlineData(nameof(RetrievalOptions.RerankLambda), 1.5, "Query:RerankLambda")]
    [InlineData(nameof(RetrievalOptions.SynonymWeight), 1.5, "Query:SynonymWeight")]
    [InlineData(nameof(RetrievalOptions.TranslationWeight), -0.5, "Query:TranslationWeight")]
    [InlineData(nameof(RetrievalOptions.GlossWeight), -1.0, "Query:GlossWeight")]
    [InlineData(nameof(RetrievalOptions.TypoWeight), 1.5, "Query:TypoWeight")]
    [InlineData(nameof(RetrievalOptions.TypoSimilarity), 0.2, "Query:TypoSimilarity")]
    [InlineData(nameof(RetrievalOptions.NearDuplicateJaccard), 0.2, "Query:NearDuplicateJaccard")]
    [InlineData(nameof(RetrievalOptions.LexicalWeight), -1.0, "Query:LexicalWeight")]
    public void A_wrong_setting_is_reported_by_name(string property, double value, string named)
    {
        var options = new RetrievalOptions();
        typeof(RetrievalOptions).GetProperty(property)!.SetValue(options, value);

        Assert.Contains(Errors(options), e => e.Contains(named, StringComparison.Ordinal));
    }

    [Fact]
    public void Integer_settings_are_reported_by_name()
    {
        Assert.Contains(Errors(new RetrievalOptions { FusionK = 0 }), e => e.Contains("Query:FusionK", StringComparison.Ordinal));
        Assert.Contains(Errors(new RetrievalOptions { RerankDepth = 0 }), e => e.Contains("Query:RerankDepth", StringComparison.Ordinal));
    }
}
