namespace RagQa.AppHost;

/// <summary>Adds the <c>qdrant/qdrant</c> container the way Aspire.Hosting.Qdrant does.</summary>
public static class QdrantBuilderExtensions
{
    private const string Image = "qdrant/qdrant";
    private const string Tag = "v1.16.3";
    private const int GrpcPort = 6334;
    private const int HttpPort = 6333;

    public static IResourceBuilder<QdrantServerResource> AddQdrant(
        this IDistributedApplicationBuilder builder, [ResourceName] string name, IResourceBuilder<ParameterResource>? apiKey = null)
    {
        var apiKeyParameter = apiKey?.Resource
            ?? ParameterResourceBuilderExtensions.CreateDefaultPasswordParameter(builder, $"{name}-key", special: false);
        var qdrant = new QdrantServerResource(name, apiKeyParameter);

        return builder.AddResource(qdrant)
            .WithImage(Image, Tag)
            .WithImageRegistry("docker.io")
            .WithHttpEndpoint(targetPort: GrpcPort, name: QdrantServerResource.PrimaryEndpointName)
            .WithEndpoint(QdrantServerResource.PrimaryEndpointName, endpoint => endpoint.Transport = "http2")
            .WithHttpEndpoint(targetPort: HttpPort, name: QdrantServerResource.HttpEndpointName)
            .WithEnvironment(context => context.EnvironmentVariables["QDRANT__SERVICE__API_KEY"] = qdrant.ApiKeyParameter)
            // Qdrant serves /readyz without the API key once it can answer queries.
            .WithHttpHealthCheck("/readyz", endpointName: QdrantServerResource.HttpEndpointName);
    }

    public static IResourceBuilder<QdrantServerResource> WithDataVolume(this IResourceBuilder<QdrantServerResource> builder, string? name = null) =>
        builder.WithVolume(name ?? VolumeNameGenerator.Generate(builder, "data"), "/qdrant/storage");
}
