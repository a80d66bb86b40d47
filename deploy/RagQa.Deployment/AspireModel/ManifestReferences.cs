using System.Text.RegularExpressions;

namespace RagQa.Deployment.AspireModel;

/// <summary>
/// Which containers a resource talks to, read from its environment the way the AppHost's <c>WithReference</c>
/// wrote it: every placeholder's resource, followed through connection strings and values to the containers behind
/// them. The NetworkPolicies allow exactly these connections.
/// </summary>
public static partial class ManifestReferences
{
    public static IReadOnlyList<string> Containers(AspireManifest manifest, AspireResource resource)
    {
        var found = new SortedSet<string>(StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var template in (resource.Env ?? new Dictionary<string, string>()).Values)
        {
            Collect(manifest, template, found, seen);
        }
        return found.ToList();
    }

    private static void Collect(AspireManifest manifest, string template, SortedSet<string> found, HashSet<string> seen)
    {
        foreach (Match match in ResourceName().Matches(template))
        {
            var name = match.Groups[1].Value;
            if (!seen.Add(name) || !manifest.Resources.TryGetValue(name, out var referenced))
            {
                continue;
            }
            if (referenced.Type == AspireResourceTypes.Container)
            {
                found.Add(name);
            }
            foreach (var inner in new[] { referenced.ConnectionString, referenced.Value }.OfType<string>())
            {
                Collect(manifest, inner, found, seen);
            }
        }
    }

    [GeneratedRegex(@"\{([A-Za-z0-9_\-]+)\.")]
    private static partial Regex ResourceName();
}
