using System.Text.Json;

namespace RagQa.AppHost;

/// <summary>
/// A Prometheus file_sd file (<c>[{"targets": ["host:port"], "labels": {"service": NAME}}]</c>) rewritten whenever a
/// target's address becomes known. Prometheus watches the file, so targets appear without a reload; the file is
/// replaced by a rename so that it never reads half of it.
/// </summary>
public sealed class ScrapeTargetsFile(string path)
{
    private readonly Lock _gate = new();
    private readonly SortedDictionary<string, string> _targets = new(StringComparer.Ordinal);

    public string Path { get; } = path;

    public void Set(string service, string address)
    {
        lock (_gate)
        {
            _targets[service] = address;
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(Path)!);
            var temporary = Path + ".tmp";
            File.WriteAllText(temporary, Render(_targets));
            File.Move(temporary, Path, overwrite: true);
        }
    }

    /// <summary>One target group per service, labelled <c>service</c> (the dashboards' and alerts' grouping label).</summary>
    public static string Render(IEnumerable<KeyValuePair<string, string>> targets) =>
        JsonSerializer.Serialize(targets.Select(t => new { targets = new[] { t.Value }, labels = new { service = t.Key } }),
            new JsonSerializerOptions { WriteIndented = true });
}
