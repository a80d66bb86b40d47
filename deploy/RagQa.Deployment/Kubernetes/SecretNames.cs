namespace RagQa.Deployment.Kubernetes;

/// <summary>
/// The one Secret (<see cref="SecretName"/>) holds every secret parameter of the Aspire manifest under the
/// parameter's own name (<c>postgres-password</c>, <c>admin-api-key</c>, ...); a pod reads each one it needs into
/// <c>SECRET_&lt;NAME&gt;</c> and composes connection strings from it.
/// </summary>
public static class SecretNames
{
    public const string SecretName = "ragqa-secrets";

    public static string EnvironmentVariable(string parameter) =>
        "SECRET_" + parameter.ToUpperInvariant().Replace('-', '_');
}
