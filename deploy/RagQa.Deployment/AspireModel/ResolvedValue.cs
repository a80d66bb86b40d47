namespace RagQa.Deployment.AspireModel;

/// <summary>
/// A manifest value as a Kubernetes container sees it. <see cref="Text"/> names each secret it needs as
/// <c>$(SECRET_…)</c>, which Kubernetes expands from an earlier environment variable filled from the Secret.
/// </summary>
public sealed record ResolvedValue(string Text, IReadOnlySet<string> SecretParameters)
{
    /// <summary>No secret in it: it can live in a ConfigMap.</summary>
    public bool IsPlain => SecretParameters.Count == 0;
}
