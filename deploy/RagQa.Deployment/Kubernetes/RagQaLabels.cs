namespace RagQa.Deployment.Kubernetes;

/// <summary>The recommended <c>app.kubernetes.io/*</c> labels every RagQa object carries.</summary>
public static class RagQaLabels
{
    public const string Name = "app.kubernetes.io/name";
    public const string Component = "app.kubernetes.io/component";
    public const string PartOf = "app.kubernetes.io/part-of";
    public const string System = "ragqa";

    /// <summary>What a Service, a PodDisruptionBudget or a Deployment selects the service's pods by.</summary>
    public static Dictionary<string, string> Selector(string service) => new()
    {
        [Name] = service,
        [PartOf] = System,
    };

    /// <summary>The selector's labels and the component (<c>api</c> or <c>worker</c>), in key order.</summary>
    public static Dictionary<string, string> For(string service, string component) => new()
    {
        [Component] = component,
        [Name] = service,
        [PartOf] = System,
    };
}
