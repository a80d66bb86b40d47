using RagQa.Core.VectorStore;

namespace RagQa.Tests.VectorStore;

public sealed class QdrantConnectionSettingsTests
{
    [Fact]
    public void Reads_endpoint_and_key()
    {
        var settings = QdrantConnectionSettings.Parse("Endpoint=http://qdrant:6334;Key=s3cr=t");

        Assert.Equal(new Uri("http://qdrant:6334"), settings.Endpoint);
        Assert.Equal("s3cr=t", settings.Key);
    }

    [Fact]
    public void Key_is_optional_and_names_are_case_insensitive()
    {
        var settings = QdrantConnectionSettings.Parse("endpoint=https://q.example.com:6334");

        Assert.Equal(new Uri("https://q.example.com:6334"), settings.Endpoint);
        Assert.Null(settings.Key);
    }

    [Fact]
    public void A_bare_uri_is_an_endpoint()
    {
        var settings = QdrantConnectionSettings.Parse("http://127.0.0.1:6334");

        Assert.Equal(new Uri("http://127.0.0.1:6334"), settings.Endpoint);
        Assert.Null(settings.Key);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("Key=abc")]
    [InlineData("Endpoint=qdrant:6334")]
    [InlineData("Endpoint=ftp://qdrant:6334")]
    [InlineData("Endpoint=\"unterminated")]
    public void Rejects_what_is_not_an_http_endpoint_naming_the_setting(string? connectionString)
    {
        Assert.False(QdrantConnectionSettings.TryParse(connectionString, out _));
        var error = Assert.Throws<FormatException>(() => QdrantConnectionSettings.Parse(connectionString));
        Assert.Contains("ConnectionStrings:qdrant", error.Message);
    }
}
