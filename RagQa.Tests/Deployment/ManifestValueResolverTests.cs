using RagQa.Deployment.AspireModel;
using RagQa.Deployment.Generation;

namespace RagQa.Tests.Deployment;

public sealed class ManifestValueResolverTests
{
    private const string Manifest = """
        {
          "resources": {
            "db": {
              "type": "container.v0",
              "connectionString": "Host={db.bindings.tcp.host};Port={db.bindings.tcp.port};Password={db-password.value}",
              "image": "postgres:18",
              "bindings": { "tcp": { "scheme": "tcp", "protocol": "tcp", "transport": "tcp", "targetPort": 5432 } }
            },
            "app": { "type": "value.v0", "connectionString": "{db.connectionString};Database=app" },
            "web": {
              "type": "project.v0",
              "path": "Web/Web.csproj",
              "bindings": { "http": { "scheme": "http", "protocol": "tcp", "transport": "http", "port": 5000, "external": true } }
            },
            "db-password": {
              "type": "parameter.v0",
              "value": "{db-password.inputs.value}",
              "inputs": { "value": { "type": "string", "secret": true } }
            },
            "db-password-uri-encoded": { "type": "annotated.string", "value": "{db-password.value}", "filter": "uri" },
            "empty": { "type": "value.v0", "connectionString": "" }
          }
        }
        """;

    private readonly ManifestValueResolver _resolver = new(AspireManifest.Parse(Manifest));

    [Fact]
    public void NestedConnectionStringsResolveToServiceNamesAndSecretReferences()
    {
        var value = _resolver.Resolve("{app.connectionString}{empty.connectionString}");

        Assert.Equal("Host=db;Port=5432;Password=$(SECRET_DB_PASSWORD);Database=app", value.Text);
        Assert.Equal(["db-password"], value.SecretParameters);
        Assert.False(value.IsPlain);
    }

    [Fact]
    public void AnnotatedStringsUseTheRawSecret()
    {
        Assert.Equal("postgresql://u:$(SECRET_DB_PASSWORD)@db", _resolver.Resolve("postgresql://u:{db-password-uri-encoded.value}@{db.bindings.tcp.host}").Text);
    }

    [Fact]
    public void ProjectsListenOn8080BehindServicePort80()
    {
        var value = _resolver.Resolve("{web.bindings.http.targetPort} {web.bindings.http.port} {web.bindings.http.url}");

        Assert.Equal("8080 80 http://web:80", value.Text);
        Assert.True(value.IsPlain);
    }

    [Fact]
    public void TextWithoutPlaceholdersIsKept()
    {
        Assert.Equal("{not a placeholder} in_memory", _resolver.Resolve("{not a placeholder} in_memory").Text);
    }

    [Theory]
    [InlineData("{db.image}")]
    [InlineData("{db.bindings.tcp.tlsEnabled}")]
    [InlineData("{web.value}")]
    public void UnsupportedExpressionsFailLoudly(string template)
    {
        Assert.Throws<NotSupportedException>(() => _resolver.Resolve(template));
    }

    [Fact]
    public void AnUnknownResourceFails()
    {
        Assert.Throws<InvalidDataException>(() => _resolver.Resolve("{nothing.connectionString}"));
    }

    [Fact]
    public void OnlySettingsEveryProjectSharesUnchangedAndWithoutSecretsAreShared()
    {
        ResolvedValue Plain(string text) => new(text, new HashSet<string>());
        var secret = new ResolvedValue("$(SECRET_X)", new HashSet<string> { "x" });
        var environments = new[]
        {
            new Dictionary<string, ResolvedValue> { ["SAME"] = Plain("1"), ["DIFFERENT"] = Plain("a"), ["SECRET"] = secret, ["ONLY_FIRST"] = Plain("z") },
            new Dictionary<string, ResolvedValue> { ["SAME"] = Plain("1"), ["DIFFERENT"] = Plain("b"), ["SECRET"] = secret },
        };

        var shared = AspirateOutputGenerator.SharedSettings(environments);

        Assert.Equal(["SAME"], shared.Keys);
    }
}
