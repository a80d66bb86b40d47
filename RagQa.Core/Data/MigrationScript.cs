namespace RagQa.Core.Data;

/// <summary>One schema migration: an embedded <c>Data/Migrations/NNN_name.sql</c> file, applied in name order.</summary>
public sealed record MigrationScript(string Version, string Sql)
{
    /// <summary>Every migration embedded in RagQa.Core, ordered by version.</summary>
    public static IReadOnlyList<MigrationScript> LoadEmbedded()
    {
        var assembly = typeof(MigrationScript).Assembly;
        const string prefix = "RagQa.Core.Data.Migrations.";
        return assembly.GetManifestResourceNames()
            .Where(name => name.StartsWith(prefix, StringComparison.Ordinal) && name.EndsWith(".sql", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(name =>
            {
                using var stream = assembly.GetManifestResourceStream(name)!;
                using var reader = new StreamReader(stream);
                return new MigrationScript(name[prefix.Length..^".sql".Length], reader.ReadToEnd());
            })
            .ToList();
    }
}
