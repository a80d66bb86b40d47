namespace RagQa.AppHost;

/// <summary>
/// A Qdrant vector database container, shaped like Aspire.Hosting.Qdrant's resource (that package is not
/// available here): the connection string names the gRPC endpoint and the API key,
/// <c>Endpoint=http://{host}:{grpcPort};Key={apiKey}</c>.
/// </summary>
public sealed class QdrantServerResource(string name, ParameterResource apiKey)
    : ContainerResource(name), IResourceWithConnectionString
{
    internal const string PrimaryEndpointName = "grpc";
    internal const string HttpEndpointName = "http";

    private EndpointReference? _primaryEndpoint;
    private EndpointReference? _httpEndpoint;

    public ParameterResource ApiKeyParameter { get; } = apiKey;

    /// <summary>The gRPC endpoint, which the .NET client uses.</summary>
    public EndpointReference PrimaryEndpoint => _primaryEndpoint ??= new(this, PrimaryEndpointName);

    /// <summary>The REST endpoint: health probes and the web dashboard.</summary>
    public EndpointReference HttpEndpoint => _httpEndpoint ??= new(this, HttpEndpointName);

    public ReferenceExpression ConnectionStringExpression => ReferenceExpression.Create(
        $"Endpoint={PrimaryEndpoint.Property(EndpointProperty.Url)};Key={ApiKeyParameter}");
}
