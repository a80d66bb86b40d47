namespace RagQa.Benchmarks;

/// <summary><c>--name value</c> pairs from the command line.</summary>
public sealed class BenchmarkArguments(IReadOnlyDictionary<string, string> values)
{
    public static BenchmarkArguments Parse(string[] args)
    {
        var values = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            if (!args[i].StartsWith("--", StringComparison.Ordinal)) throw new ArgumentException($"Expected --name, got '{args[i]}'.");
            values[args[i][2..]] = args[i + 1];
        }
        return new BenchmarkArguments(values);
    }

    /// <summary>These arguments with one more (or another) value.</summary>
    public BenchmarkArguments With(string name, string value) =>
        new(new Dictionary<string, string>(values, StringComparer.OrdinalIgnoreCase) { [name] = value });

    public bool Has(string name) => values.ContainsKey(name);

    public string Get(string name, string fallback) => values.TryGetValue(name, out var value) ? value : fallback;

    public int GetInt(string name, int fallback) => values.TryGetValue(name, out var value) ? int.Parse(value, System.Globalization.CultureInfo.InvariantCulture) : fallback;
}
