using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using RagQa.Core.Caching;

namespace RagQa.Tests.Caching;

public sealed class CacheOptionsTests
{
    private static CacheOptions Bind(params (string Key, string Value)[] settings)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration.AddInMemoryCollection(settings.Select(s => KeyValuePair.Create(s.Key, (string?)s.Value)));
        builder.AddRagQaAnswerCache();
        using var host = builder.Build();
        return host.Services.GetRequiredService<IOptions<CacheOptions>>().Value;
    }

    [Fact]
    public void Defaults_are_one_hour_and_near_identical_questions_only()
    {
        var options = Bind();

        Assert.True(options.Enabled);
        Assert.Equal(TimeSpan.FromHours(1), options.Ttl);
        Assert.Equal(0.97, options.MinSimilarity);
    }

    [Fact]
    public void Settings_bind_from_the_cache_section()
    {
        var options = Bind(("Cache:Ttl", "00:10:00"), ("Cache:MinSimilarity", "0.99"), ("Cache:Enabled", "false"));

        Assert.Equal(TimeSpan.FromMinutes(10), options.Ttl);
        Assert.Equal(0.99, options.MinSimilarity);
        Assert.False(options.Enabled);
    }

    [Theory]
    [InlineData("Cache:Ttl", "00:00:00", "Cache:Ttl")]
    [InlineData("Cache:MinSimilarity", "1.5", "Cache:MinSimilarity")]
    [InlineData("Cache:InvalidationGuard", "02:00:00", "Cache:InvalidationGuard")]
    public void A_wrong_setting_fails_naming_it(string key, string value, string named)
    {
        var error = Assert.Throws<OptionsValidationException>(() => Bind((key, value)));

        Assert.Contains(named, error.Message, StringComparison.Ordinal);
    }
}
