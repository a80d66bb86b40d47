using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using k8s;

namespace RagQa.Tests.Deployment;

/// <summary>
/// Reads a manifest file's objects. Core objects go through KubernetesClient's strict YAML reader, which fails on
/// any field its models do not have (a typo, a field at the wrong level, an unknown kind), as
/// <c>kubectl apply --validate=strict</c> would; KEDA objects are left to <see cref="KedaSchemas"/>.
/// </summary>
public static partial class KubernetesDocumentReader
{
    public static IReadOnlyList<KubernetesDocument> ReadFile(string file) => Read(File.ReadAllText(file), file);

    public static IReadOnlyList<KubernetesDocument> Read(string yaml, string file)
    {
        var parts = DocumentSeparator().Split(yaml).Where(HasContent).ToList();
        var documents = new List<KubernetesDocument>();
        foreach (var part in parts)
        {
            var json = YamlJson.Documents(part).Single() as JsonObject
                ?? throw new InvalidDataException($"{file}: a document that is not a mapping.");
            var document = new KubernetesDocument(file, json, null);
            documents.Add(document.IsKeda ? document : document with { Model = KubernetesYaml.LoadAllFromString(part, strict: true).Single() });
        }
        return documents;
    }

    private static bool HasContent(string part) =>
        part.Split('\n').Any(line => line.Trim() is { Length: > 0 } text && !text.StartsWith('#'));

    [GeneratedRegex(@"^---[ \t]*\r?$", RegexOptions.Multiline)]
    private static partial Regex DocumentSeparator();
}
