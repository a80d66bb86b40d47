using System.Data.Common;
using System.Diagnostics.CodeAnalysis;

namespace RagQa.Core.VectorStore;

/// <summary>
/// Where Qdrant's gRPC endpoint is and the API key, read from the Aspire-style connection string
/// <c>Endpoint=http://host:6334;Key=secret</c> (a bare endpoint URI is accepted too), the shape the
/// Aspire Qdrant integration hands to services.
/// </summary>
public sealed record QdrantConnectionSettings(Uri Endpoint, string? Key)
{
    public const string ConnectionName = "qdrant";

    public static QdrantConnectionSettings Parse(string? connectionString) =>
        TryParse(connectionString, out var settings)
            ? settings
            : throw new FormatException(
                $"ConnectionStrings:{ConnectionName} must be 'Endpoint=http(s)://host:port[;Key=api-key]' or an http(s) URI.");

    public static bool TryParse(string? connectionString, [NotNullWhen(true)] out QdrantConnectionSettings? settings)
    {
        settings = null;
        if (string.IsNullOrWhiteSpace(connectionString)) return false;
        if (TryEndpoint(connectionString, out var bare))
        {
            settings = new QdrantConnectionSettings(bare, null);
            return true;
        }

        var builder = new DbConnectionStringBuilder();
        try
        {
            builder.ConnectionString = connectionString;
        }
        catch (ArgumentException)
        {
            return false;
        }
        if (!builder.TryGetValue("Endpoint", out var endpointValue) || !TryEndpoint(endpointValue as string, out var endpoint)) return false;
        var key = builder.TryGetValue("Key", out var keyValue) ? keyValue as string : null;
        settings = new QdrantConnectionSettings(endpoint, string.IsNullOrEmpty(key) ? null : key);
        return true;
    }

    private static bool TryEndpoint(string? value, [NotNullWhen(true)] out Uri? endpoint) =>
        Uri.TryCreate(value, UriKind.Absolute, out endpoint)
        && (endpoint.Scheme == Uri.UriSchemeHttp || endpoint.Scheme == Uri.UriSchemeHttps)
        && !string.IsNullOrEmpty(endpoint.Host);
}
