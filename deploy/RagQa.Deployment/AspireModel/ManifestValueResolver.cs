using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using RagQa.Deployment.Kubernetes;

namespace RagQa.Deployment.AspireModel;

/// <summary>
/// Resolves the placeholders of manifest values (<c>{postgres.bindings.tcp.host}</c>, <c>{ragqa.connectionString}</c>,
/// <c>{redis-password.value}</c>) for Kubernetes: a resource is reached by its Service name, a port is its Service
/// port (<see cref="ClusterPorts"/>), and a secret parameter becomes <c>$(SECRET_…)</c> (<see cref="SecretNames"/>).
/// </summary>
/// <remarks>
/// <c>annotated.string</c> filters (URI encoding of passwords) cannot be applied to a value Kubernetes expands at
/// start-up, so the raw secret is used: secrets must be URL-safe (docs/deploy.md), as the generated ones are.
/// </remarks>
public sealed partial class ManifestValueResolver(AspireManifest manifest)
{
    private const int MaxDepth = 16;

    public ResolvedValue Resolve(string template)
    {
        var secrets = new SortedSet<string>(StringComparer.Ordinal);
        var text = Resolve(template, secrets, depth: 0);
        return new ResolvedValue(text, secrets);
    }

    private string Resolve(string template, SortedSet<string> secrets, int depth)
    {
        if (depth > MaxDepth)
        {
            throw new InvalidDataException($"Manifest expressions nest deeper than {MaxDepth} levels near '{template}'.");
        }
        var text = new StringBuilder();
        var last = 0;
        foreach (Match match in Placeholder().Matches(template))
        {
            text.Append(template, last, match.Index - last);
            text.Append(ResolvePlaceholder(match.Groups[1].Value, secrets, depth));
            last = match.Index + match.Length;
        }
        return text.Append(template, last, template.Length - last).ToString();
    }

    private string ResolvePlaceholder(string path, SortedSet<string> secrets, int depth)
    {
        var parts = path.Split('.');
        var name = parts[0];
        var resource = manifest[name];
        return parts[1..] switch
        {
            ["connectionString"] => Resolve(
                resource.ConnectionString ?? throw new InvalidDataException($"'{name}' has no connection string."), secrets, depth + 1),
            ["value"] => ResolveValue(name, resource, secrets, depth),
            ["bindings", var binding, var property] => ResolveBinding(name, resource, binding, property),
            _ => throw new NotSupportedException($"The manifest expression '{{{path}}}' is not supported by the Kubernetes generator."),
        };
    }

    private string ResolveValue(string name, AspireResource resource, SortedSet<string> secrets, int depth)
    {
        if (resource.IsSecretParameter)
        {
            secrets.Add(name);
            return $"$({SecretNames.EnvironmentVariable(name)})";
        }
        return resource.Type switch
        {
            AspireResourceTypes.AnnotatedString or AspireResourceTypes.Value => Resolve(
                resource.Value ?? resource.ConnectionString ?? string.Empty, secrets, depth + 1),
            _ => throw new NotSupportedException(
                $"'{name}' ({resource.Type}) has no value the generator can place in a manifest; only secret parameters, values and annotated strings do."),
        };
    }

    private static string ResolveBinding(string name, AspireResource resource, string bindingName, string property)
    {
        var binding = resource.Bindings?.GetValueOrDefault(bindingName)
            ?? throw new InvalidDataException($"'{name}' has no binding '{bindingName}'.");
        return property switch
        {
            "host" => name,
            "port" => ClusterPorts.ServicePort(resource, binding).ToString(CultureInfo.InvariantCulture),
            "targetPort" => ClusterPorts.ContainerPort(resource, binding).ToString(CultureInfo.InvariantCulture),
            "scheme" => binding.Scheme,
            "url" => string.Create(CultureInfo.InvariantCulture, $"{binding.Scheme}://{name}:{ClusterPorts.ServicePort(resource, binding)}"),
            _ => throw new NotSupportedException($"The binding property '{name}.bindings.{bindingName}.{property}' is not supported."),
        };
    }

    [GeneratedRegex(@"\{([A-Za-z0-9_\-]+(?:\.[A-Za-z0-9_\-]+)+)\}")]
    private static partial Regex Placeholder();
}
